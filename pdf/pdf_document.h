// PdfDocument: a PDF's bytes, checked and opened with Poppler.
//
// Owns the file's bytes so several workers can each open their own Poppler
// document from the same memory (a poppler::document may only be used by one
// thread at a time). Load errors are classified so the user is told *why*
// a file cannot be read: not a PDF, empty, damaged, encrypted, no pages.
#ifndef FINSAM_PDF_PDF_DOCUMENT_H_
#define FINSAM_PDF_PDF_DOCUMENT_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace poppler {
class document;
}

namespace finsam {

// Deleter so std::unique_ptr can own Poppler's raw document pointer.
struct PopplerDocumentDeleter {
  void operator()(poppler::document* doc) const;
};
using PopplerDocumentPtr =
    std::unique_ptr<poppler::document, PopplerDocumentDeleter>;

class PdfFile {
 public:
  // Reads `path` and checks that it opens. Errors: kNotFound, kIoError,
  // kNotPdf (empty, or no %PDF header), kCorruptPdf, kEncrypted (no or wrong
  // password), kNoPages.
  static Result<std::shared_ptr<const PdfFile>> Open(
      const std::string& path, const std::string& password = "");

  // The same checks for bytes already in memory; `name` is used in messages.
  static Result<std::shared_ptr<const PdfFile>> FromBytes(
      std::string bytes, const std::string& password = "");

  // A fresh Poppler document over the shared bytes, for one thread's use.
  // REQUIRES: this PdfFile outlives the document.
  Result<PopplerDocumentPtr> NewPopplerDocument() const;

  const std::string& bytes() const { return bytes_; }
  const std::string& password() const { return password_; }
  int page_count() const { return page_count_; }

 private:
  PdfFile(std::string bytes, std::string password)
      : bytes_(std::move(bytes)), password_(std::move(password)) {}

  std::string bytes_;
  std::string password_;
  int page_count_ = 0;
};

// Poppler reports syntax errors on stderr by default; this routes them to
// nowhere for the lifetime of the object (the front end keeps one alive).
// Poppler's hook is process-wide, so only the front end should create one.
class QuietPoppler {
 public:
  QuietPoppler();
  ~QuietPoppler();
  QuietPoppler(const QuietPoppler&) = delete;
  QuietPoppler& operator=(const QuietPoppler&) = delete;
};

}  // namespace finsam

#endif  // FINSAM_PDF_PDF_DOCUMENT_H_
