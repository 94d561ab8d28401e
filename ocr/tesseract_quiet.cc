#include "ocr/tesseract_quiet.h"

#include <tesseract/baseapi.h>

#include <mutex>

namespace finsam {

void QuietTesseract(tesseract::TessBaseAPI& api) {
  static std::once_flag quiet_once;
  std::call_once(quiet_once,
                 [&api] { api.SetVariable("debug_file", "/dev/null"); });
}

}  // namespace finsam
