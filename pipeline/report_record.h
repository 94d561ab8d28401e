// One report in, its record out: the work `records` does for one file, as a
// function that `records`, `batch` and `review` share.
//
// A PDF goes through the text pipeline (text layer or OCR, then the
// normaliser); any other input is text with pages split by form feeds, as
// `finsam-extract text` writes it. The record is built from the normalised
// text (records::BuildRecord); its `signatures` object is then completed
// with the PDF's digital signatures and the Visma Sign evidence
// (signatures/signature_record.h).
#ifndef FINSAM_PIPELINE_REPORT_RECORD_H_
#define FINSAM_PIPELINE_REPORT_RECORD_H_

#include <optional>
#include <string>

#include "base/status.h"
#include "pipeline/text_pipeline.h"
#include "records/record_builder.h"
#include "records/report_record.h"

namespace finsam {

// A report read: its pipeline pages and its record.
struct Report {
  records::RecordInput input;  // what the record was built from
  // The pipeline's pages, for PDF input; nullopt for text input.
  std::optional<DocumentText> text;
  records::ReportRecord record;
  int failed_pages = 0;  // PDF pages that failed (listed in text->pages)
};

// True when `bytes` start like a PDF, or `path` ends in ".pdf" (a
// "report.pdf" that is not a PDF is then an error, "not a PDF", not text).
bool LooksLikePdf(const std::string& path, const std::string& bytes);

// Builds the record of the report whose content is `bytes`, named `path`.
// `options.normalizer` should be set (not owned): records are built from
// normalised text. Fails for empty input and for PDFs that cannot be opened
// (not a PDF, damaged, encrypted without the right `password`, no pages) or
// when language data is missing; a PDF page that fails is counted in
// `failed_pages` and the record is built from the other pages.
Result<Report> BuildReportRecord(const std::string& path, std::string bytes,
                                 const std::string& password,
                                 const TextPipelineOptions& options);

}  // namespace finsam

#endif  // FINSAM_PIPELINE_REPORT_RECORD_H_
