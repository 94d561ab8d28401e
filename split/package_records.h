// A package read by the pipeline, split into its documents, one record
// each: the join between the pure splitter (package_split.h) and the
// report the pipeline read (pipeline/report_record.h).
//
// A PDF's pages come from the pipeline with what the splitter reads of
// them (body text, page-number and running furniture, page size, signature
// pages); text input is cut into pages by split/text_pages.h. Each document
// gets the record records::BuildRecord makes of its pages alone, numbered
// from 1, with `part_of` giving its place in the package; `source` stays
// the package file (its path, sha256, bytes, pages). The package's digital
// signatures (signatures.pdf) sign every document in it and are copied to
// each; Visma stamp evidence is read for the whole package only.
#ifndef FINSAM_SPLIT_PACKAGE_RECORDS_H_
#define FINSAM_SPLIT_PACKAGE_RECORDS_H_

#include <vector>

#include "pipeline/report_record.h"
#include "records/record_builder.h"
#include "records/report_record.h"
#include "split/package_page.h"
#include "split/package_split.h"

namespace finsam::split {

// The pipeline's pages as the splitter reads them.
std::vector<PackagePage> PackagePagesOf(const DocumentText& doc);

struct PackagePart {
  PackageDocument document;
  records::RecordInput input;  // the document's pages only
  int first_line = 0;          // text without form feeds: its lines
  int last_line = 0;
};

// The documents of `report`, in order; one part holding the whole input
// when the splitter finds one document (or the input has no pages).
std::vector<PackagePart> SplitReport(const Report& report);

// One record per part: the report's own record when there is one part,
// else each part's, with part_of set. An audit report's reading
// (records/audit_report.h; auditors from the record's people) goes as
// `audit` into the record of the annual report in the package with the
// same organisation and year (a second audit report of it joins the
// first's reading when they recommend alike), and its own record is then
// left out; an
// audit report whose annual report is not there keeps its own record with
// `audit` in it, as does a file that is one audit report. When that leaves
// one record (an annual report with its audit reports appended), it is the
// whole file's record with the audit, byte for byte what --split never
// gives (AttachWholeFileAudit).
std::vector<records::ReportRecord> PartRecords(
    const Report& report, const std::vector<PackagePart>& parts);

// The record of the whole file (the default, --split never) given the
// audit report it carries: when one of the parts SplitReport finds is an
// audit report that audits `report`'s own record (same organisation and year:
// an annual report with its audit report appended), or the whole file is one
// audit report, report->record gets `audit` with that part's pages; otherwise
// the record is left as it is. Audit report starts were right on every
// held-out file (4 of 4), unlike the split as a whole, so the whole file's
// record may use them. Every command that prints a record calls this, so
// batch, review and fixtures give what `records` gives.
void AttachWholeFileAudit(Report* report);

}  // namespace finsam::split

#endif  // FINSAM_SPLIT_PACKAGE_RECORDS_H_
