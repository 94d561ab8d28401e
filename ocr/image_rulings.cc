#include "ocr/image_rulings.h"

#include <algorithm>
#include <memory>
#include <utility>

#include "layout/rulings.h"

namespace finsam {
namespace {

// Gray level below which a pixel is ink for the rule search: rules are
// printed dark, and a scan's grey paper (shading, JPEG noise) is not ink.
constexpr int kInkLevel = 160;

// The image is halved while that leaves at least this resolution: a
// 300-dpi page is searched at 150, a 250-dpi one at 125, a 600-dpi one at
// 150, 200 dpi as it is. Rules stay (each 2x2 block keeps its darkest pixel,
// so a one-pixel rule survives), positions are within half a point, and the
// openings cost an eighth (a quarter of the pixels, half the brick): the
// search was 5 % of a 300-dpi page's OCR instructions (callgrind, Sjötungan
// 2007 page 3), now 1 %; at 140 a 250-dpi page (a 200-dpi scan raised to
// the OCR floor) was still searched whole, 6 % of Ångturbinen 2014 page 8.
constexpr double kSearchDpi = 120;

// 1-bit copy of `image`, ink set, reduced by 2 `halvings` times.
PixPtr Binary(Pix* image, int halvings) {
  if (pixGetDepth(image) == 1) {
    PixPtr binary(pixClone(image));
    for (int i = 0; i < halvings && binary != nullptr; ++i) {
      binary.reset(pixReduceRankBinary2(binary.get(), /*level=*/1, nullptr));
    }
    return binary;
  }
  PixPtr gray(pixConvertTo8(image, /*cmapflag=*/0));
  for (int i = 0; i < halvings && gray != nullptr; ++i) {
    gray.reset(pixScaleGrayMinMax2(gray.get(), L_CHOOSE_MIN));
  }
  if (gray == nullptr) return nullptr;
  return PixPtr(pixThresholdToBinary(gray.get(), kInkLevel));
}

// The rulings along one axis: open with a brick `length` long, then each
// connected piece thin enough is one ruling.
void Collect(Pix* binary, bool horizontal, int length, int max_thickness,
             double scale_x, double scale_y, std::vector<Ruling>* out) {
  PixPtr opened(horizontal ? pixOpenBrick(nullptr, binary, length, 1)
                           : pixOpenBrick(nullptr, binary, 1, length));
  if (opened == nullptr) return;
  BoxaPtr boxes(pixConnCompBB(opened.get(), 8));
  if (boxes == nullptr) return;
  const int n = boxaGetCount(boxes.get());
  for (int i = 0; i < n; ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    if (boxaGetBoxGeometry(boxes.get(), i, &x, &y, &w, &h) != 0) continue;
    if (horizontal) {
      if (h > max_thickness || w < length) continue;
      const double cy = (y + h / 2.0) * scale_y;
      out->push_back(Ruling{x * scale_x, cy, (x + w) * scale_x, cy});
    } else {
      if (w > max_thickness || h < length) continue;
      const double cx = (x + w / 2.0) * scale_x;
      out->push_back(Ruling{cx, y * scale_y, cx, (y + h) * scale_y});
    }
  }
}

}  // namespace

std::vector<Ruling> FindImageRulings(const Pix& image, double page_width_pt,
                                     double page_height_pt) {
  std::vector<Ruling> out;
  Pix* pix = const_cast<Pix*>(&image);  // Leptonica's API is not const
  const int width = pixGetWidth(pix), height = pixGetHeight(pix);
  if (width <= 0 || height <= 0 || page_width_pt <= 0 || page_height_pt <= 0) {
    return out;
  }
  int halvings = 0;
  double dpi = width / (page_width_pt / 72.0);
  while (dpi / 2 >= kSearchDpi && width >> (halvings + 1) >= 8 &&
         height >> (halvings + 1) >= 8) {
    dpi /= 2;
    ++halvings;
  }
  PixPtr binary = Binary(pix, halvings);
  if (binary == nullptr) return out;
  const int length = std::max(8, static_cast<int>(kMinImageRulingInches * dpi));
  const int thickness =
      std::max(2, static_cast<int>(kMaxImageRulingInches * dpi));
  const double scale_x = page_width_pt / pixGetWidth(binary.get());
  const double scale_y = page_height_pt / pixGetHeight(binary.get());
  Collect(binary.get(), true, length, thickness, scale_x, scale_y, &out);
  Collect(binary.get(), false, length, thickness, scale_x, scale_y, &out);
  return MergeRulings(std::move(out));
}

}  // namespace finsam
