#include "ocr/image_cleaner.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace finsam {
namespace {

// Leptonica's own pixDeskew thresholds: below this confidence the measured
// angle is noise (a page of tables or pictures); below this angle rotating
// costs sharpness and gains nothing (a 0.1 degree tilt moves a line by
// about 4 pixels over a 300 dpi A4 width, which Tesseract absorbs).
constexpr float kMinSkewConfidence = 3.0f;
constexpr float kMinSkewDegrees = 0.1f;

// Tile side in pixels for the paper-colour estimate; larger than a glyph at
// 300 dpi, so every tile in a text area still shows some paper.
constexpr int kPaperTile = 64;
// A page whose paper is at least this light everywhere is clean already.
constexpr int kCleanPaperLevel = 215;
// A tile whose lightest pixel is darker than this shows no paper at all.
constexpr int kMinPaperLevel = 64;
// Paper level after background normalisation: above kCleanPaperLevel, with
// a little headroom so that light ink is not flattened into the paper.
constexpr int kNormalizedPaper = 240;

// Gray level at which the deskew finder's binary copy is cut. A clean page
// has its paper near 255 and ink near 0, so the middle works.
constexpr int kSkewThreshold = 128;

PixPtr ToGray8(Pix* pix) {
  if (pixGetDepth(pix) == 8 && pixGetColormap(pix) == nullptr) {
    return PixPtr(pixCopy(nullptr, pix));
  }
  // For 1-bit scans this gives 0/255, for colour the luminance.
  return PixPtr(pixConvertTo8(pix, /*cmapflag=*/0));
}

// True when the paper (the lightest pixels of each tile) is darker than
// kCleanPaperLevel in a noticeable part of the page: a grey, yellowed or
// unevenly lit scan. Tiles that are mostly picture are rare enough that the
// 10th percentile ignores them.
bool PaperIsUneven(Pix* gray) {
  const int w = pixGetWidth(gray);
  const int h = pixGetHeight(gray);
  if (w < kPaperTile || h < kPaperTile) return false;
  PixPtr map(pixScaleGrayMinMax(gray, kPaperTile, kPaperTile, L_CHOOSE_MAX));
  if (map == nullptr) return false;
  std::vector<int> levels;
  const int mw = pixGetWidth(map.get());
  const int mh = pixGetHeight(map.get());
  levels.reserve(static_cast<size_t>(mw) * mh);
  for (int y = 0; y < mh; ++y) {
    for (int x = 0; x < mw; ++x) {
      l_uint32 v = 0;
      pixGetPixel(map.get(), x, y, &v);
      levels.push_back(static_cast<int>(v));
    }
  }
  if (levels.empty()) return false;
  // No paper anywhere (a black or nearly black page): nothing to normalise
  // against, and Leptonica would fail noisily trying.
  if (*std::max_element(levels.begin(), levels.end()) < kMinPaperLevel) {
    return false;
  }
  const size_t k = levels.size() / 10;
  std::nth_element(levels.begin(), levels.begin() + k, levels.end());
  return levels[k] < kCleanPaperLevel;
}

}  // namespace

Result<CleanedImage> CleanForOcr(const Pix& image,
                                 const CleanOptions& options) {
  // Leptonica's API takes non-const pointers even for read-only use; none
  // of the calls below modify their input.
  Pix* input = const_cast<Pix*>(&image);
  if (pixGetWidth(input) <= 0 || pixGetHeight(input) <= 0) {
    return Status(ErrorCode::kInvalidArgument, "empty image");
  }
  l_int32 xres = 0;
  l_int32 yres = 0;
  pixGetResolution(input, &xres, &yres);

  CleanedImage result;
  PixPtr gray = ToGray8(input);
  if (gray == nullptr) {
    return Status(ErrorCode::kTooLarge, "cannot convert image to gray");
  }

  if (options.normalize_background && PaperIsUneven(gray.get())) {
    // Divides by a background map so the paper becomes uniform and ink
    // keeps its contrast. The map is a grayscale closing at 1/4 scale,
    // which removes strokes up to ~28 px (large type at 300 dpi) and, unlike
    // the tile-threshold pixBackgroundNorm, needs no guess of how dark paper
    // may be, so it also works (and stays quiet) on very dark scans.
    PixPtr normalized(pixBackgroundNormMorph(gray.get(), nullptr,
                                             /*reduction=*/4, /*size=*/7,
                                             kNormalizedPaper));
    if (normalized != nullptr) {
      gray = std::move(normalized);
      result.background_normalized = true;
    }
  }

  if (options.deskew) {
    PixPtr binary(pixThresholdToBinary(gray.get(), kSkewThreshold));
    l_float32 angle = 0.0f;
    l_float32 confidence = 0.0f;
    // pixFindSkew returns an error (1) for an empty or featureless page; that
    // just means there is no skew to remove.
    if (binary != nullptr &&
        pixFindSkew(binary.get(), &angle, &confidence) == 0 &&
        confidence >= kMinSkewConfidence &&
        std::fabs(angle) > kMinSkewDegrees) {
      // Area mapping interpolates the gray values, so the text stays smooth;
      // width and height 0 keep the image size.
      PixPtr rotated(pixRotate(gray.get(),
                               angle * std::numbers::pi_v<float> / 180.0f,
                               L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
      if (rotated != nullptr) {
        gray = std::move(rotated);
        result.skew_degrees = -angle;
      }
    }
  }

  if (options.binarize) {
    Pix* binary = nullptr;
    // Window ~ 2 x-heights at 300 dpi; factor 0.34 is Leptonica's suggestion
    // for text.
    if (pixSauvolaBinarizeTiled(gray.get(), /*whsize=*/25, /*factor=*/0.34f,
                                /*nx=*/1, /*ny=*/1, nullptr, &binary) == 0 &&
        binary != nullptr) {
      gray.reset(binary);
      result.binarized = true;
    }
  }

  pixSetResolution(gray.get(), xres, yres);
  result.pix = std::move(gray);
  return result;
}

}  // namespace finsam
