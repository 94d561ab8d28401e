#include "pdf/pdf_document.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <sys/stat.h>

#include <climits>

#include "base/files.h"

namespace finsam {
namespace {

// The PDF header may be preceded by up to 1024 bytes of junk (as readers
// tolerate), but must be there.
bool HasPdfHeader(std::string_view bytes) {
  return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

// True when the bytes look like an encrypted PDF (an /Encrypt entry in a
// trailer), to tell "wrong password" from "damaged".
bool MentionsEncrypt(std::string_view bytes) {
  return bytes.find("/Encrypt") != std::string_view::npos;
}

void DiscardPopplerMessage(const std::string&, void*) {}

}  // namespace

void PopplerDocumentDeleter::operator()(poppler::document* doc) const {
  delete doc;
}

Result<std::shared_ptr<const PdfFile>> PdfFile::Open(
    const std::string& path, const std::string& password) {
  struct stat info;
  if (stat(path.c_str(), &info) != 0) {
    return Status(ErrorCode::kNotFound, "no such file");
  }
  if (S_ISDIR(info.st_mode)) {
    return Status(ErrorCode::kNotPdf, "is a directory, not a PDF");
  }
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  return FromBytes(std::move(bytes).value(), password);
}

Result<std::shared_ptr<const PdfFile>> PdfFile::FromBytes(
    std::string bytes, const std::string& password) {
  if (bytes.empty()) return Status(ErrorCode::kNotPdf, "empty file");
  if (!HasPdfHeader(bytes)) {
    return Status(ErrorCode::kNotPdf, "not a PDF (no %PDF header)");
  }
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Status(ErrorCode::kTooLarge, "file larger than 2 GiB");
  }
  std::shared_ptr<PdfFile> file(new PdfFile(std::move(bytes), password));
  auto doc = file->NewPopplerDocument();
  if (!doc.ok()) return doc.status();
  file->page_count_ = (*doc)->pages();
  if (file->page_count_ <= 0) {
    return Status(ErrorCode::kNoPages, "the PDF has no pages");
  }
  return std::shared_ptr<const PdfFile>(std::move(file));
}

Result<PopplerDocumentPtr> PdfFile::NewPopplerDocument() const {
  PopplerDocumentPtr doc(poppler::document::load_from_raw_data(
      bytes_.data(), static_cast<int>(bytes_.size()), password_, password_));
  if (doc == nullptr) {
    if (MentionsEncrypt(bytes_)) {
      return Status(ErrorCode::kEncrypted,
                    password_.empty() ? "encrypted; give --password"
                                      : "encrypted; the password is wrong");
    }
    return Status(ErrorCode::kCorruptPdf,
                  "damaged or truncated PDF (Poppler cannot read it)");
  }
  if (doc->is_locked()) {
    return Status(ErrorCode::kEncrypted,
                  password_.empty() ? "encrypted; give --password"
                                    : "encrypted; the password is wrong");
  }
  return doc;
}

QuietPoppler::QuietPoppler() {
  poppler::set_debug_error_function(&DiscardPopplerMessage, nullptr);
}

QuietPoppler::~QuietPoppler() {
  // Poppler's default writes to stderr; restore it.
  poppler::set_debug_error_function(nullptr, nullptr);
}

}  // namespace finsam
