#include "base/status.h"

namespace finsam {

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk:
      return "ok";
    case ErrorCode::kInvalidArgument:
      return "invalid-argument";
    case ErrorCode::kNotFound:
      return "not-found";
    case ErrorCode::kIoError:
      return "io-error";
    case ErrorCode::kNotPdf:
      return "not-pdf";
    case ErrorCode::kCorruptPdf:
      return "corrupt-pdf";
    case ErrorCode::kEncrypted:
      return "encrypted";
    case ErrorCode::kNoPages:
      return "no-pages";
    case ErrorCode::kTooLarge:
      return "too-large";
    case ErrorCode::kRenderFailed:
      return "render-failed";
    case ErrorCode::kOcrFailed:
      return "ocr-failed";
    case ErrorCode::kDataMissing:
      return "data-missing";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(ErrorCodeName(code_)) + ": " + message_;
}

}  // namespace finsam
