// Status and Result<T>: explicit error results for every module boundary.
//
// No exception crosses a module boundary in finsam-extract. A function that
// can fail returns Status (no value) or Result<T> (a value or a Status).
// The ErrorCode says what kind of failure it is, so the command-line front end
// can map it to a documented exit code; the message names what failed, in one
// line, without the file name (the caller adds that, since only it knows it).
#ifndef FINSAM_BASE_STATUS_H_
#define FINSAM_BASE_STATUS_H_

#include <string>
#include <utility>
#include <variant>

namespace finsam {

enum class ErrorCode {
  kOk = 0,
  kInvalidArgument,  // the caller asked for something impossible
  kNotFound,         // file or resource does not exist
  kIoError,          // reading or writing failed
  kNotPdf,           // input is not a PDF at all (or empty)
  kCorruptPdf,       // a PDF, but damaged or truncated beyond reading
  kEncrypted,        // needs a password (or the one given is wrong)
  kNoPages,          // a PDF with zero pages
  kTooLarge,         // would exceed a resource budget (pixels, memory)
  kRenderFailed,     // Poppler could not render a page
  kOcrFailed,        // Tesseract could not initialise or recognise
  kDataMissing,      // language data (tessdata, dictionaries) not installed
  kInternal,         // a bug: an invariant did not hold
};

// Short stable name of a code, e.g. "not-pdf"; used in JSON and messages.
const char* ErrorCodeName(ErrorCode code);

class Status {
 public:
  Status() = default;  // OK
  Status(ErrorCode code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "not-pdf: no %PDF header" or "ok".
  std::string ToString() const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

// A value of type T, or the Status that says why there is none.
// Constructing from a Status requires a non-OK status.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : state_(std::move(status)) {}  // NOLINT

  bool ok() const { return std::holds_alternative<T>(state_); }

  // Status of the result: OK when a value is present.
  Status status() const {
    return ok() ? Status::Ok() : std::get<Status>(state_);
  }

  // REQUIRES: ok().
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }

  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace finsam

#endif  // FINSAM_BASE_STATUS_H_
