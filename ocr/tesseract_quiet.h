// Keeps Tesseract's and Leptonica's diagnostics off stdout and stderr.
#ifndef FINSAM_OCR_TESSERACT_QUIET_H_
#define FINSAM_OCR_TESSERACT_QUIET_H_

namespace tesseract {
class TessBaseAPI;
}

namespace finsam {

// Sends Tesseract's debug output to /dev/null. Call on every new API
// before Init, so that Init's own complaints (a missing traineddata file)
// stay quiet too; our Status says it instead. debug_file is a process-wide
// Tesseract parameter, so only the first call sets it: writing it again
// while another thread's engine prints would be a race.
void QuietTesseract(tesseract::TessBaseAPI& api);

// Leptonica reports its own checks on stderr ("Error in
// boxClipToRectangle: box outside rectangle", when Tesseract asks it to
// clip a box off the page); the result is right all the same, and a user
// reads such lines as failures. This silences them for the lifetime of the
// object and restores the level after. Leptonica's level is process-wide,
// so only the front end should create one (next to QuietPoppler).
class QuietLeptonica {
 public:
  QuietLeptonica();
  ~QuietLeptonica();
  QuietLeptonica(const QuietLeptonica&) = delete;
  QuietLeptonica& operator=(const QuietLeptonica&) = delete;

 private:
  int previous_;
};

}  // namespace finsam

#endif  // FINSAM_OCR_TESSERACT_QUIET_H_
