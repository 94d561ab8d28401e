// TesseractEngine: one Tesseract instance, reused across pages.
#ifndef FINSAM_OCR_TESSERACT_ENGINE_H_
#define FINSAM_OCR_TESSERACT_ENGINE_H_

#include <map>
#include <memory>
#include <string>

#include "base/status.h"
#include "base/word.h"
#include "ocr/pix.h"
#include "ocr/uncovered_ink.h"

namespace tesseract {
class TessBaseAPI;
}

namespace finsam {

// The defaults are what gave the lowest character error rate on the real
// scans; the other values exist for measurement.
struct EngineOptions {
  std::string language = "swe";  // traineddata name(s), "a+b" for several
  // Directory holding <language>.traineddata. Empty: the TESSDATA_PREFIX
  // environment variable, else Tesseract's compiled-in default
  // (/usr/share/tesseract-ocr/5/tessdata on Debian 12).
  std::string tessdata_dir;
  // Tesseract page segmentation mode (tesseract::PageSegMode), 3..11 or 13:
  // 3 is fully automatic layout analysis. Words and boxes are all that is
  // used; the caller rebuilds lines and tables from the boxes. Measured on
  // the Spettet scan (character errors after rebuilding lines): 3 and 4
  // 2.3 %, 6 (one uniform block) 2.7 %, 11 (sparse text) 2.3 % but with
  // Tesseract's own word order scrambled.
  int page_segmentation_mode = 3;
  // Let Tesseract retry lines it reads badly as white-on-black text
  // (tessedit_do_invert). Off: on the real scans the retries turned table
  // rules and stamps into "0)" or stray letters, raised the character error
  // rate by 8 % (relative) and cost 10-20 % time. Turn on for documents with
  // light text on dark bands.
  bool try_inverted_text = false;
  // Further Tesseract parameters (name -> value), set after the engine's
  // own; for experiments. An unknown name fails Create with
  // kInvalidArgument.
  std::map<std::string, std::string> variables;
};

// Runs Tesseract's LSTM recogniser on page images.
//
// Tesseract's OpenMP teams stay on the calling thread (ocr/serial_openmp.h):
// parallelism belongs to the callers, one engine per thread. Nothing need
// be set in the environment.
//
// Tesseract's debug output is sent to /dev/null (a process-wide Tesseract
// setting, made once), so nothing is printed to stdout or stderr.
//
// Not thread-safe: one engine per worker thread. Engines in different
// threads are independent.
class TesseractEngine {
 public:
  // Errors: kDataMissing when the language's traineddata is not installed,
  // kInvalidArgument for a bad option.
  static Result<std::unique_ptr<TesseractEngine>> Create(
      const EngineOptions& options);
  ~TesseractEngine();
  TesseractEngine(const TesseractEngine&) = delete;
  TesseractEngine& operator=(const TesseractEngine&) = delete;

  // Recognises `image` (any depth; its resolution should be set, else 300
  // dpi is assumed) and returns its words with boxes converted to points on
  // a page of the given size (the size after the page's rotation, which the
  // image must show upright), and word confidences in 0..1. Words come in
  // Tesseract's reading order; empty words are dropped, but low-confidence
  // ones are kept (dropping those under 0.4 raised the character error rate
  // on the real scans from 2.3 % to 3.3 %): weighing them is the caller's.
  // Errors: kInvalidArgument (empty image or page), kOcrFailed.
  Result<PageWords> Recognize(const Pix& image, double page_width_pt,
                              double page_height_pt);

  // As Recognize, but only `block` (pixels of `image`) and read as one
  // uniform block of text (Tesseract's psm 6, whatever the engine's mode):
  // for ink the page layout left out (ocr/uncovered_ink.h), where psm 3
  // would drop it again. Boxes are on the whole page, as Recognize's.
  Result<PageWords> RecognizeBlock(const Pix& image, const PixelBox& block,
                                   double page_width_pt, double page_height_pt);

 private:
  Result<PageWords> Run(const Pix& image, const PixelBox* block,
                        double page_width_pt, double page_height_pt);

  explicit TesseractEngine(std::unique_ptr<tesseract::TessBaseAPI> api);
  std::unique_ptr<tesseract::TessBaseAPI> api_;
};

}  // namespace finsam

#endif  // FINSAM_OCR_TESSERACT_ENGINE_H_
