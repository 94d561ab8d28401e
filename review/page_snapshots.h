// Small JPEG pictures of PDF pages for the review page.
//
// The review page sits beside the text a picture of each page, so a data
// cleaner can compare what was printed with what was read. Pictures are
// rendered at a low resolution (grey, JPEG) to keep one self-contained HTML
// file small enough to mail or carry on a USB stick: about 60-120 kB a page.
#ifndef FINSAM_REVIEW_PAGE_SNAPSHOTS_H_
#define FINSAM_REVIEW_PAGE_SNAPSHOTS_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "pdf/pdf_document.h"

namespace finsam::review {

struct SnapshotOptions {
  int dpi = 90;                     // at most this resolution ...
  int max_width = 1000;             // ... and at most this many pixels wide
  int jpeg_quality = 60;            // 1..100
  int64_t max_pixels = 60'000'000;  // refuse larger renderings (kTooLarge)
};

struct PageSnapshot {
  int number = 0;    // 1-based page number
  Status status;     // not OK: no picture (the page is shown without one)
  std::string jpeg;  // JPEG bytes
  int width = 0;     // pixels
  int height = 0;
};

// Renders pages first..last (1-based, inclusive) of `file`. Fails as a whole
// only when the document cannot be opened; a page that cannot be rendered
// gets a failed status and the others still come out.
Result<std::vector<PageSnapshot>> RenderSnapshots(
    const PdfFile& file, int first, int last, const SnapshotOptions& options);

}  // namespace finsam::review

#endif  // FINSAM_REVIEW_PAGE_SNAPSHOTS_H_
