// Page images: what raster images each page draws, read with qpdf.
//
// Tells a scanned page (one big image, perhaps with a scanner's OCR text over
// it) from a born-digital page, and gives the scan's native resolution so OCR
// renders at it rather than at a guess.
#ifndef FINSAM_PDF_PAGE_IMAGES_H_
#define FINSAM_PDF_PAGE_IMAGES_H_

#include <string>
#include <vector>

namespace finsam {

struct PageImageInfo {
  int image_count = 0;
  // The largest image by pixel count.
  int largest_width_px = 0;
  int largest_height_px = 0;
  // The largest image's pixels per inch if it were stretched over the whole
  // page width; meaningful when `page_sized` holds.
  double native_dpi = 0;
  // The scan's own resolution: pixels per inch of the paper that was
  // scanned. It is `native_dpi` when that is a scanner's (100..1200 dpi);
  // otherwise the page size is not the paper's (a tool that wraps a
  // 1700x2338 scan in a page of one point per pixel, 24 x 32 inches), and
  // the paper is taken to be A4 by area: 200 dpi for that scan. 0 when the
  // largest image does not cover the page.
  double scan_dpi = 0;
  // The largest image has the page's aspect ratio (within 6 %) and a scan
  // resolution of at least 100 dpi: the page is (or sits on) a scan.
  bool page_sized = false;
  // The page's images as stored (compressed stream bytes, summed). Bilevel
  // scans (CCITT, JBIG2) grow with the ink on the page, so this predicts the
  // page's OCR time without decoding anything.
  long long image_bytes = 0;
};

// One entry per page. Never fails: a file qpdf cannot read yields entries
// with no images (Poppler, which is more forgiving, still reads the text).
std::vector<PageImageInfo> InventoryPageImages(const std::string& pdf_bytes,
                                               const std::string& password,
                                               int page_count);

}  // namespace finsam

#endif  // FINSAM_PDF_PAGE_IMAGES_H_
