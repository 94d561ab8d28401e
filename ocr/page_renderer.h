// Renders one PDF page into an 8-bit grayscale Leptonica image for OCR.
#ifndef FINSAM_OCR_PAGE_RENDERER_H_
#define FINSAM_OCR_PAGE_RENDERER_H_

#include <cstdint>

#include "base/status.h"
#include "base/word.h"
#include "ocr/pix.h"

namespace poppler {
class page;
}

namespace finsam {

struct RenderOptions {
  // 300 dpi suits Tesseract (10 pt text gets ~20 px x-height) and is the
  // native resolution of typical office scans. Measured on the real scans:
  // 400 dpi gave no significant gain for 25 % more time, 200 dpi lost
  // digits and diacritics on the Lindh report. (The pipeline upsamples a
  // low-resolution scan to 250 dpi, see TextPipelineOptions::min_dpi.)
  int dpi = 300;
  // Refuse (kTooLarge) a page whose rendering would exceed this many pixels,
  // before allocating anything. 300 dpi A4 is about 8.7 Mpx.
  int64_t max_pixels = 60'000'000;
  // The resolution written into the image, in pixels per inch of paper;
  // 0: `dpi`. They differ when the page's declared size is not the paper's
  // (a 200 dpi A4 scan on a page declared at one point per pixel renders
  // its own pixels at dpi 72 and is a 200 dpi image all the same).
  int resolution = 0;
  // Only this part of the page, in points as the text layer places words
  // (origin top-left, after /Rotate); an empty box: the whole page. An
  // image on a born-digital page is read from its own region so.
  Box clip = {};
};

// Renders `page` (its crop box, turned by its /Rotate as a viewer shows
// it) at options.dpi, antialiased, as 8-bit gray; the image's resolution is
// set to options.resolution (or the dpi). The pixel budget applies to the
// image actually rendered (the clip's pixels when there is one). For a rotated
// page the image is landscape, so the page size passed on to OCR must be the
// rotated one too. Errors: kInvalidArgument (dpi outside 1..2400), kTooLarge
// (pixel budget; checked before anything is allocated), kRenderFailed (Poppler
// failed). Thread-safety: a poppler::document and its pages must only be used
// by one thread at a time; give each worker its own document.
Result<PixPtr> RenderPage(const poppler::page& page,
                          const RenderOptions& options);

// The part of the page a clipped rendering shows, in points: options.clip
// moved to whole pixels at options.dpi, as RenderPage renders it.
Box ClipInPoints(const RenderOptions& options);

}  // namespace finsam

#endif  // FINSAM_OCR_PAGE_RENDERER_H_
