#include "pdf/page_images.h"

#include <cmath>
#include <exception>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace finsam {
namespace {

// Scanners' resolutions for documents. Below 100 dpi 10 pt text is under 14
// pixels high and nobody scans a report so; above 1200 no office scanner
// goes. A page-covering image outside that range on its declared page says
// the page size is wrong, not the scan.
constexpr double kMinScanDpi = 100;
constexpr double kMaxScanDpi = 1200;
// The paper a page of untrustworthy size is taken to be: A4 (8.27 x 11.69
// inches), nearly every Swedish report's. By area, so that a Letter-shaped
// scan gets nearly the same resolution.
constexpr double kA4SquareInches = 8.27 * 11.69;
// The resolutions scanners offer; an inferred resolution within 5 % of one
// is that one (the 1700x2338 scan: 202.8 dpi by area, 200 dpi scanned).
constexpr double kScannerDpis[] = {100, 150, 200, 240, 300, 400, 600, 1200};
constexpr double kSnapTolerance = 0.05;

double ScanDpi(double native_dpi, double width_px, double height_px) {
  if (native_dpi >= kMinScanDpi && native_dpi <= kMaxScanDpi) {
    return native_dpi;
  }
  const double by_area = std::sqrt(width_px * height_px / kA4SquareInches);
  for (double dpi : kScannerDpis) {
    if (std::fabs(by_area / dpi - 1.0) <= kSnapTolerance) return dpi;
  }
  return by_area;
}

int IntOr(QPDFObjectHandle dict, const char* key, int fallback) {
  QPDFObjectHandle value = dict.getKey(key);
  return value.isInteger() ? static_cast<int>(value.getIntValue()) : fallback;
}

PageImageInfo Inspect(QPDFPageObjectHelper& page) {
  PageImageInfo info;
  // forEachImage leaves out stencil masks (/ImageMask), which carry the
  // text of a mixed-raster scan (Kalmar nation 1990: a 100-dpi grey
  // background under 200-dpi JBIG2 text masks): they count for the OCR
  // time, not for the page's scan resolution.
  page.forEachXObject(
      /*recursive=*/true,
      [&info](QPDFObjectHandle& image, QPDFObjectHandle&, const std::string&) {
        QPDFObjectHandle dict = image.getDict();
        const int length = IntOr(dict, "/Length", 0);
        if (length > 0) info.image_bytes += length;
        QPDFObjectHandle mask = dict.getKey("/ImageMask");
        if (mask.isBool() && mask.getBoolValue()) return;
        const int w = IntOr(dict, "/Width", 0);
        const int h = IntOr(dict, "/Height", 0);
        ++info.image_count;
        if (static_cast<long long>(w) * h >
            static_cast<long long>(info.largest_width_px) *
                info.largest_height_px) {
          info.largest_width_px = w;
          info.largest_height_px = h;
        }
      },
      [](QPDFObjectHandle object) {
        return object.isImage(/*exclude_imagemask=*/false);
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
  if (std::fabs(image_ratio / page_ratio - 1.0) < 0.06) {
    info.scan_dpi = ScanDpi(info.native_dpi, img_w, img_h);
    info.page_sized = info.scan_dpi >= kMinScanDpi;
  }
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
