// Page orientation: which way up a page image's text stands.
#ifndef FINSAM_OCR_ORIENTATION_H_
#define FINSAM_OCR_ORIENTATION_H_

#include <memory>
#include <string>

#include "base/status.h"
#include "base/word.h"
#include "ocr/pix.h"

namespace tesseract {
class TessBaseAPI;
}

namespace finsam {

struct OrientationGuess {
  // How far the text is turned clockwise from upright: 0, 90, 180 or 270
  // (a landscape table fed sideways through a scanner reads top to bottom:
  // 90). Turning the image back by this much makes it upright.
  int degrees = 0;
  // Tesseract's orientation confidence: how much likelier this orientation
  // is than the next best; under 1 it is a guess.
  float confidence = 0;
};

// Tesseract's orientation and script detection (OSD: the legacy classifier
// on up to 250 glyphs in each of the four orientations), with Debian's
// tesseract-ocr-osd data. Not thread-safe: one detector per worker thread.
class OrientationDetector {
 public:
  // Errors: kDataMissing when osd.traineddata is not installed in
  // `tessdata_dir` (empty: Tesseract's default).
  static Result<std::unique_ptr<OrientationDetector>> Create(
      const std::string& tessdata_dir);
  ~OrientationDetector();
  OrientationDetector(const OrientationDetector&) = delete;
  OrientationDetector& operator=(const OrientationDetector&) = delete;

  // The orientation of `image`'s text (any depth; its resolution should be
  // set). Errors: kInvalidArgument (empty image), kOcrFailed (too little
  // text to tell: a blank page, a photograph).
  Result<OrientationGuess> Detect(const Pix& image);

 private:
  explicit OrientationDetector(std::unique_ptr<tesseract::TessBaseAPI> api);
  std::unique_ptr<tesseract::TessBaseAPI> api_;
};

// What a recognised page's words say about which way up it stood.
enum class TurnSign {
  kNone,
  // Most words stand on end: Tesseract found vertical text lines and read
  // them as columns, so the page lay turned by 90 or 270 degrees (its words
  // may be right, their order is not).
  kSideways,
  // The words' mean confidence is that of text read upside down (or of a
  // page that is not text at all).
  kGarbled,
};

// Judges `words` (as TesseractEngine::Recognize gives them). Pure.
TurnSign JudgeUpright(const PageWords& words);

// The mean confidence of `words` (0 when there are none).
float MeanWordConfidence(const PageWords& words);

// `image` turned counter-clockwise by `degrees` (a multiple of 90), so that
// text turned clockwise by that much stands upright. Resolution is kept.
// Errors: kInvalidArgument (another angle), kTooLarge (out of memory).
Result<PixPtr> TurnUpright(const Pix& image, int degrees);

}  // namespace finsam

#endif  // FINSAM_OCR_ORIENTATION_H_
