#include "ocr/tesseract_quiet.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

#include <mutex>

namespace finsam {

void QuietTesseract(tesseract::TessBaseAPI& api) {
  static std::once_flag quiet_once;
  std::call_once(quiet_once,
                 [&api] { api.SetVariable("debug_file", "/dev/null"); });
}

QuietLeptonica::QuietLeptonica() : previous_(setMsgSeverity(L_SEVERITY_NONE)) {}

QuietLeptonica::~QuietLeptonica() { setMsgSeverity(previous_); }

}  // namespace finsam
