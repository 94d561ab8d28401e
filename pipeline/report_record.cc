#include "pipeline/report_record.h"

#include <cctype>
#include <utility>

#include "extract/pdf_document.h"
#include "records/sha256.h"

namespace finsam {

bool LooksLikePdf(const std::string& path, const std::string& bytes) {
  if (bytes.compare(0, 5, "%PDF-") == 0) return true;
  if (path.size() < 4) return false;
  std::string ext = path.substr(path.size() - 4);
  for (char& c : ext) c = static_cast<char>(std::tolower(c));
  return ext == ".pdf";
}

Result<ReportRecord> BuildReportRecord(const std::string& path,
                                       std::string bytes,
                                       const std::string& password,
                                       const TextPipelineOptions& options) {
  if (bytes.empty()) return Status(ErrorCode::kNotPdf, "empty input");
  ReportRecord out;
  records::RecordInput& input = out.input;
  input.path = path;
  input.bytes = static_cast<int64_t>(bytes.size());
  input.sha256 = records::Sha256Hex(bytes);
  if (LooksLikePdf(path, bytes)) {
    auto file = PdfFile::FromBytes(std::move(bytes), password);
    if (!file.ok()) return file.status();
    auto doc = ExtractText(**file, options);
    if (!doc.ok()) return doc.status();
    input.page_count = doc->page_count;
    for (const PageResult& page : doc->pages) {
      if (!page.status.ok()) ++out.failed_pages;
      input.text += page.text;
      input.text += "\n\f";
      records::PageInfo info;
      info.number = page.number;
      info.source = PageSourceName(page.source);
      info.confidence = page.confidence;
      info.role = PageRoleName(page.role);
      input.pages.push_back(info);
    }
    out.text = std::move(doc).value();
  } else {
    input.text = std::move(bytes);
  }
  out.record = records::BuildRecord(input);
  return out;
}

}  // namespace finsam
