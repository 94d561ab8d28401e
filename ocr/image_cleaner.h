// Leptonica clean-up of a page image before recognition.
#ifndef FINSAM_OCR_IMAGE_CLEANER_H_
#define FINSAM_OCR_IMAGE_CLEANER_H_

#include "base/status.h"
#include "ocr/pix.h"

namespace finsam {

// The defaults are what gave the lowest character error rate with Tesseract
// 5.3 (swe, LSTM) on the real scans; the switches exist for measurement.
struct CleanOptions {
  bool deskew = true;
  // Normalise the background when the paper is not already clean white
  // (uneven or grey scans); a clean page is left alone.
  bool normalize_background = true;
  // Hand Tesseract a 1-bit image binarised with Sauvola instead of the
  // gray image. Off: Tesseract's own Otsu did as well or better.
  bool binarize = false;
};

struct CleanedImage {
  PixPtr pix;  // 8-bit grayscale or 1-bit, same resolution
  // Skew that was removed, in degrees: the input's text lines were turned
  // by this angle, positive clockwise as in Leptonica's pixRotate (0 if the
  // image was not rotated).
  float skew_degrees = 0.0f;
  bool background_normalized = false;
  bool binarized = false;
};

// Grayscale conversion, deskew (when the measured skew is confident and
// above a small threshold), background normalisation for uneven scans and
// binarisation where it helps. Never changes the image's size or resolution,
// so boxes in the cleaned image map to the page with the same scale.
// Errors: kInvalidArgument (empty image), kTooLarge (out of memory).
Result<CleanedImage> CleanForOcr(const Pix& image,
                                 const CleanOptions& options = {});

}  // namespace finsam

#endif  // FINSAM_OCR_IMAGE_CLEANER_H_
