#include "pipeline/report_record.h"

#include <cctype>
#include <utility>

#include "extract/pdf_document.h"
#include "records/sha256.h"
#include "signatures/signature_record.h"

namespace finsam {

namespace {

// What the signature evidence needs from each page the pipeline read.
std::vector<signatures::PageEvidence> PageEvidenceOf(const DocumentText& doc) {
  std::vector<signatures::PageEvidence> pages;
  for (const PageResult& page : doc.pages) {
    signatures::PageEvidence evidence;
    evidence.number = page.number;
    evidence.signature_page = page.role == PageRole::kSignaturePage;
    for (const FurnitureLine& line : page.furniture) {
      if (line.kind == FurnitureKind::kVismaStamp) {
        evidence.stamp_lines.push_back(line.text);
      }
    }
    pages.push_back(std::move(evidence));
  }
  return pages;
}

}  // namespace

bool LooksLikePdf(const std::string& path, const std::string& bytes) {
  if (bytes.compare(0, 5, "%PDF-") == 0) return true;
  if (path.size() < 4) return false;
  std::string ext = path.substr(path.size() - 4);
  for (char& c : ext) c = static_cast<char>(std::tolower(c));
  return ext == ".pdf";
}

Result<Report> BuildReportRecord(const std::string& path, std::string bytes,
                                 const std::string& password,
                                 const TextPipelineOptions& options) {
  if (bytes.empty()) return Status(ErrorCode::kNotPdf, "empty input");
  Report out;
  records::RecordInput& input = out.input;
  input.path = path;
  input.bytes = static_cast<int64_t>(bytes.size());
  input.sha256 = records::Sha256Hex(bytes);
  signatures::PdfSignatures pdf_signatures;
  if (LooksLikePdf(path, bytes)) {
    auto file = PdfFile::FromBytes(std::move(bytes), password);
    if (!file.ok()) return file.status();
    pdf_signatures = signatures::ReadPdfSignatures((*file)->bytes(), password);
    auto doc = ExtractText(**file, options);
    if (!doc.ok()) return doc.status();
    input.page_count = doc->page_count;
    for (const PageResult& page : doc->pages) {
      if (!page.status.ok()) ++out.failed_pages;
      input.text += page.text;
      input.text += "\n\f";
      for (const FurnitureLine& line : page.furniture) {
        input.furniture += line.text;
        input.furniture += '\n';
      }
      input.furniture += '\f';
      records::PageInfo info;
      info.number = page.number;
      info.source = PageSourceName(page.source);
      info.confidence = page.confidence;
      info.role = PageRoleName(page.role);
      input.pages.push_back(info);
    }
    out.text = std::move(doc).value();
  } else if (options.normalizer != nullptr) {
    // Text goes through the same normaliser as a PDF's pages (OCR output a
    // user saved, a text layer that lost its å/ä/ö); text the `text` command
    // already normalised comes out unchanged.
    input.text =
        options.normalizer->Normalize(bytes, options.normalize_options).text;
  } else {
    input.text = std::move(bytes);
  }
  out.record = records::BuildRecord(input);
  signatures::AddSignatureEvidence(
      pdf_signatures,
      out.text.has_value() ? PageEvidenceOf(*out.text)
                           : std::vector<signatures::PageEvidence>(),
      &out.record);
  return out;
}

}  // namespace finsam
