#include "review/review_builder.h"

#include <cctype>
#include <set>
#include <string_view>
#include <utility>

#include "lang/swedish_letters.h"
#include "pdf/pdf_document.h"
#include "pipeline/report_record.h"
#include "review/review_html.h"
#include "split/package_records.h"

namespace finsam::review {
namespace {

// Words of four letters or more (nothing but letters and inner hyphens).
bool IsPlainWord(std::string_view word) {
  int letters = 0;
  for (size_t i = 0; i < word.size();) {
    int length = 1;
    const char32_t c = DecodeUtf8(word, i, &length);
    if (length <= 0) return false;
    if (IsLetter(c)) {
      ++letters;
    } else if (c != '-' || i == 0 || i + 1 == word.size()) {
      return false;
    }
    i += static_cast<size_t>(length);
  }
  return letters >= 4;
}

// Words the dictionary knows neither as written nor in lower case, on the
// pages whose text came from OCR or a restored layer.
std::set<std::string> UnknownWords(const DocumentText& doc,
                                   SwedishDictionary& dictionary) {
  std::set<std::string> unknown;
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    if (doc.pages[i].source == PageSource::kTextLayer) continue;
    const std::string& text = doc.pages[i].text;
    size_t at = 0;
    while (at < text.size()) {
      const size_t end = text.find_first_of(" \t\n", at);
      std::string_view word(
          text.data() + at,
          (end == std::string::npos ? text.size() : end) - at);
      while (!word.empty() &&
             std::ispunct(static_cast<unsigned char>(word.front()))) {
        word.remove_prefix(1);
      }
      while (!word.empty() &&
             std::ispunct(static_cast<unsigned char>(word.back()))) {
        word.remove_suffix(1);
      }
      if (IsPlainWord(word) && unknown.count(std::string(word)) == 0 &&
          !dictionary.Contains(word) && !dictionary.Contains(ToLower(word))) {
        unknown.insert(std::string(word));
      }
      if (end == std::string::npos) break;
      at = end + 1;
    }
  }
  return unknown;
}

}  // namespace

Result<Review> BuildReview(const std::string& path, std::string bytes,
                           const std::string& password,
                           const ReviewOptions& options) {
  if (options.pipeline.normalizer == nullptr) {
    return Status(ErrorCode::kInvalidArgument, "review needs a normaliser");
  }
  if (bytes.empty()) return Status(ErrorCode::kNotPdf, "empty input");
  if (!LooksLikePdf(path, bytes)) {
    return Status(ErrorCode::kNotPdf,
                  "not a PDF (a review shows page pictures, so it needs the "
                  "PDF)");
  }
  auto file = PdfFile::FromBytes(bytes, password);
  if (!file.ok()) return file.status();
  auto report =
      BuildReportRecord(path, std::move(bytes), password, options.pipeline);
  if (!report.ok()) return report.status();
  if (!report->text.has_value()) {
    return Status(ErrorCode::kNotPdf, "not a PDF");
  }
  split::AttachWholeFileAudit(&*report);
  const DocumentText& doc = *report->text;
  std::vector<PageSnapshot> snapshots;
  if (!doc.pages.empty()) {
    auto rendered = RenderSnapshots(**file, doc.pages.front().number,
                                    doc.pages.back().number, options.snapshots);
    if (!rendered.ok()) return rendered.status();
    snapshots = std::move(rendered).value();
  }

  Review review;
  review.failed_pages = report->failed_pages;
  for (const PageResult& page : doc.pages) {
    review.edits += static_cast<int>(page.edits.size());
  }
  for (const PageResult& page : doc.pages) {
    if (page.source != PageSource::kOcr) continue;
    for (const TextLine& line : page.lines) {
      for (const Word& word : line.words) {
        if (word.confidence < options.low_confidence) {
          ++review.low_confidence_words;
        }
      }
    }
  }
  std::set<std::string> unknown;
  if (options.pipeline.dictionary != nullptr) {
    unknown = UnknownWords(doc, *options.pipeline.dictionary);
  }
  review.unknown_words = static_cast<int>(unknown.size());
  ReviewInput input;
  input.unknown_words = &unknown;
  input.file_name = path;
  input.text = &doc;
  input.snapshots = &snapshots;
  input.record = &report->record;
  input.low_confidence = options.low_confidence;
  review.html = RenderReviewHtml(input);
  return review;
}

}  // namespace finsam::review
