#include "pdf/page_images.h"

#include <cmath>
#include <exception>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace finsam {
namespace {

int IntOr(QPDFObjectHandle dict, const char* key, int fallback) {
  QPDFObjectHandle value = dict.getKey(key);
  return value.isInteger() ? static_cast<int>(value.getIntValue()) : fallback;
}

PageImageInfo Inspect(QPDFPageObjectHelper& page) {
  PageImageInfo info;
  page.forEachImage(
      /*recursive=*/true,
      [&info](QPDFObjectHandle& image, QPDFObjectHandle&, const std::string&) {
        QPDFObjectHandle dict = image.getDict();
        const int w = IntOr(dict, "/Width", 0);
        const int h = IntOr(dict, "/Height", 0);
        ++info.image_count;
        if (static_cast<long long>(w) * h >
            static_cast<long long>(info.largest_width_px) *
                info.largest_height_px) {
          info.largest_width_px = w;
          info.largest_height_px = h;
        }
      });
  if (info.largest_width_px <= 0 || info.largest_height_px <= 0) return info;

  QPDFObjectHandle::Rectangle box =
      page.getCropBox(false, false).getArrayAsRectangle();
  double page_w = std::fabs(box.urx - box.llx);
  double page_h = std::fabs(box.ury - box.lly);
  if (page_w <= 0 || page_h <= 0) return info;
  QPDFObjectHandle rotate = page.getAttribute("/Rotate", false);
  if (rotate.isInteger() && (rotate.getIntValue() / 90) % 2 != 0) {
    std::swap(page_w, page_h);
  }
  double img_w = info.largest_width_px;
  double img_h = info.largest_height_px;
  // A scan may be stored sideways and rotated by the content stream.
  if ((img_w > img_h) != (page_w > page_h)) std::swap(img_w, img_h);
  const double image_ratio = img_w / img_h;
  const double page_ratio = page_w / page_h;
  info.native_dpi = img_w / (page_w / 72.0);
  info.page_sized = std::fabs(image_ratio / page_ratio - 1.0) < 0.06 &&
                    info.native_dpi >= 100;
  return info;
}

}  // namespace

std::vector<PageImageInfo> InventoryPageImages(const std::string& pdf_bytes,
                                               const std::string& password,
                                               int page_count) {
  std::vector<PageImageInfo> result(static_cast<size_t>(page_count));
  // qpdf reports problems by throwing; none of that may leave this module.
  try {
    QPDF pdf;
    pdf.setSuppressWarnings(true);
    pdf.processMemoryFile("input", pdf_bytes.data(), pdf_bytes.size(),
                          password.empty() ? nullptr : password.c_str());
    std::vector<QPDFPageObjectHelper> pages =
        QPDFPageDocumentHelper(pdf).getAllPages();
    for (size_t i = 0; i < pages.size() && i < result.size(); ++i) {
      try {
        result[i] = Inspect(pages[i]);
      } catch (const std::exception&) {
        // One damaged page's resources do not spoil the others.
      }
    }
  } catch (const std::exception&) {
  }
  return result;
}

}  // namespace finsam
