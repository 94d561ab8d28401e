// Keeps Tesseract's diagnostics off stdout and stderr.
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

}  // namespace finsam

#endif  // FINSAM_OCR_TESSERACT_QUIET_H_
