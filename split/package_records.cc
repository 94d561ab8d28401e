#include "split/package_records.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "base/text.h"
#include "layout/furniture.h"
#include "layout/page_role.h"
#include "records/audit_report.h"
#include "records/evidence_page.h"
#include "records/text_fold.h"
#include "split/document_kind.h"
#include "split/text_pages.h"

namespace finsam::split {
namespace {

std::string JoinPages(const std::vector<std::string>& chunks, int first,
                      int last) {
  std::string out;
  for (int p = first; p <= last && p <= static_cast<int>(chunks.size()); ++p) {
    out.append(chunks[p - 1]);
    out += '\f';
  }
  return out;
}

// Lines first..last (1-based, inclusive) of `text`.
std::string JoinLines(std::string_view text, int first, int last) {
  std::string out;
  int line = 1;
  size_t start = 0;
  while (start < text.size() && line <= last) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (line >= first) {
      out.append(text.substr(start, end - start));
      out += '\n';
    }
    start = end + 1;
    ++line;
  }
  return out;
}

}  // namespace

std::vector<PackagePage> PackagePagesOf(const DocumentText& doc) {
  std::vector<PackagePage> pages;
  for (const PageResult& page : doc.pages) {
    PackagePage p;
    p.text = page.text;
    p.running_known = true;
    p.width_pt = page.width_pt;
    p.height_pt = page.height_pt;
    p.signature_page = page.role == PageRole::kSignaturePage;
    p.ocr = page.source == PageSource::kOcr;
    for (const FurnitureLine& line : page.furniture) {
      if (line.kind == FurnitureKind::kPageNumber) {
        p.page_number_lines.push_back(line.text);
      } else if (line.kind == FurnitureKind::kRunningHeader ||
                 line.kind == FurnitureKind::kRunningFooter) {
        p.running_lines.push_back(line.text);
      } else if (line.kind == FurnitureKind::kSigningStamp ||
                 line.kind == FurnitureKind::kVismaStamp) {
        p.signing_stamps.push_back(line.text);
      }
    }
    pages.push_back(std::move(p));
  }
  return pages;
}

std::vector<PackagePart> SplitReport(const Report& report) {
  const records::RecordInput& whole = report.input;
  std::vector<PackagePart> parts;
  std::vector<PackageDocument> docs;
  TextPages text_pages;
  if (report.text.has_value()) {
    docs = SplitPackage(PackagePagesOf(*report.text));
  } else {
    text_pages = PagesOfText(whole.text);
    docs = SplitPackage(text_pages.pages);
  }
  if (docs.size() <= 1) {
    PackagePart part;
    if (!docs.empty()) part.document = docs.front();
    part.input = whole;
    parts.push_back(std::move(part));
    return parts;
  }
  const bool by_lines = !report.text.has_value() && !text_pages.page_breaks;
  const std::vector<std::string> text_chunks = SplitPages(whole.text);
  const std::vector<std::string> furniture_chunks = SplitPages(whole.furniture);
  for (const PackageDocument& doc : docs) {
    PackagePart part;
    part.document = doc;
    records::RecordInput& in = part.input;
    in.path = whole.path;
    in.sha256 = whole.sha256;
    in.bytes = whole.bytes;
    if (by_lines) {
      part.first_line = text_pages.first_line[doc.first_page - 1];
      part.last_line = text_pages.last_line[doc.last_page - 1];
      in.text = JoinLines(whole.text, part.first_line, part.last_line);
    } else {
      in.text = JoinPages(text_chunks, doc.first_page, doc.last_page);
      in.furniture = JoinPages(furniture_chunks, doc.first_page, doc.last_page);
      in.page_count = doc.last_page - doc.first_page + 1;
      for (const records::PageInfo& page : whole.pages) {
        if (page.number < doc.first_page || page.number > doc.last_page) {
          continue;
        }
        records::PageInfo info = page;
        info.number = page.number - doc.first_page + 1;
        in.pages.push_back(std::move(info));
      }
    }
    parts.push_back(std::move(part));
  }
  return parts;
}

namespace {

using R = records::ReportRecord;

// An e-signed audit report prints no date ("Malmö den", "enligt datum som
// framgår av elektronisk signering"): it is dated when the last auditor
// signed, as the signing service's evidence page on its pages says
// (records/evidence_page.h: Verified, Scrive, TellusTalk). "" when no
// signer's time is printed.
std::string SigningDate(const R& record) {
  std::string last;
  for (const records::EvidencePages& e : record.signatures.evidence) {
    for (const records::EvidenceSigner& s : e.signers) {
      // ISO 8601 times: the latest sorts last ("2022-11-16T10:56:09+01:00").
      if (s.time.size() >= 10 && s.time.substr(0, 10) > last) {
        last = s.time.substr(0, 10);
      }
    }
  }
  return last;
}

// The audit report's reading: its auditors from its signature block, else
// those the people extractor found in the record (body "revision").
R::Audit AuditOf(const PackagePart& part, const R& record,
                 const records::AuditReading& reading) {
  R::Audit audit;
  audit.title = part.document.title;
  audit.organisation_name = reading.organisation;
  audit.org_number = reading.org_number;
  audit.fiscal_year = reading.fiscal_year;
  audit.period_start = reading.period_start;
  audit.period_end = reading.period_end;
  audit.discharge = reading.discharge;
  audit.approval = reading.approval;
  audit.remarks = reading.remarks;
  audit.date = reading.date;
  audit.discharge_sentence = reading.discharge_sentence;
  audit.approval_sentence = reading.approval_sentence;
  if (audit.date.empty()) audit.date = SigningDate(record);
  // An audit report that names no addressee ("Som revisor för Kalmar
  // Nation ... har jag granskat", kalmar nation's bokslut 2025) is the
  // organisation's its pages name: the running header "Kalmar nation
  // (262000-0931)" the record read from them.
  if (audit.organisation_name.empty() && audit.org_number.empty()) {
    audit.organisation_name = record.document.organisation_name;
    audit.org_number = record.document.org_number;
  }
  for (const records::AuditSigner& s : reading.auditors) {
    audit.auditors.push_back({s.name, s.appointed_by, s.role, s.firm});
  }
  if (!audit.auditors.empty()) return audit;
  for (const records::Person& p : record.people) {
    if (p.body != "revision") continue;
    audit.auditors.push_back({p.name, p.appointed_by, p.role, ""});
  }
  return audit;
}

// The same, reading the part's text.
R::Audit AuditOf(const PackagePart& part, const R& record) {
  return AuditOf(part, record, records::ReadAuditReport(part.input.text));
}

// Whether `audit` audits the report whose record is `report`: the same
// organisation (number, or one name inside the other, folded) and the
// same year when both say.
bool Audits(const R::Audit& audit, const R& report) {
  const R::Document& d = report.document;
  if (audit.fiscal_year > 0 && d.fiscal_year > 0 &&
      audit.fiscal_year != d.fiscal_year) {
    return false;
  }
  if (!audit.org_number.empty() && !d.org_number.empty()) {
    return audit.org_number == d.org_number;
  }
  const std::string a = records::Fold(audit.organisation_name);
  const std::string b = records::Fold(d.organisation_name);
  if (a.empty() || b.empty()) return false;
  return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

// An audit report that names no organisation after accounts that name none
// either audits them when their years agree: kalmar nation's bokslut 1990,
// a scan whose cover ("KALMAR NATION / BOKSLUT 1990") gives no name the
// records read, and its auditors' "Revisionsberättelse" for 1990 on the
// page after. Only the document right before may be so joined.
bool AuditsUnnamed(const R::Audit& audit, const R& report) {
  const R::Document& d = report.document;
  return audit.organisation_name.empty() && audit.org_number.empty() &&
         d.organisation_name.empty() && d.org_number.empty() &&
         audit.fiscal_year > 0 && audit.fiscal_year == d.fiscal_year;
}

// Accounts an audit report may go into: an annual report by its record's
// type, or by the title that opens its part ("Bokslut 1990").
bool AuditedKind(const R& record, const PackagePart& part) {
  return record.document.type == "arsredovisning" ||
         part.document.kind == DocumentKind::kAnnualReport;
}

// A second audit report of the same annual report (Lindh 2011: the
// elected auditor's, then the authorised auditor's) joins the first's
// reading: its auditors, remarks and pages added, what the first left
// unsaid filled in. False, and `into` untouched, when they recommend
// differently: then it stays a record of its own.
bool JoinAudit(const R::Audit& more, R::Audit* into) {
  auto differ = [](const std::optional<bool>& a, const std::optional<bool>& b) {
    return a.has_value() && b.has_value() && *a != *b;
  };
  if (differ(more.discharge, into->discharge) ||
      differ(more.approval, into->approval)) {
    return false;
  }
  for (const R::Auditor& a : more.auditors) {
    bool known = false;
    for (const R::Auditor& b : into->auditors) {
      known = known || records::Fold(a.name) == records::Fold(b.name);
    }
    if (!known) into->auditors.push_back(a);
  }
  into->remarks.insert(into->remarks.end(), more.remarks.begin(),
                       more.remarks.end());
  if (!into->discharge) {
    into->discharge = more.discharge;
    into->discharge_sentence = more.discharge_sentence;
  }
  if (!into->approval) {
    into->approval = more.approval;
    into->approval_sentence = more.approval_sentence;
  }
  if (into->date.empty()) into->date = more.date;
  into->first_page = std::min(into->first_page, more.first_page);
  into->last_page = std::max(into->last_page, more.last_page);
  return true;
}

// An audit report printed on the annual report's own last pages, opening
// under the board's signatures half-way down a page (the lead's r7 Granby
// probe: "Revisionsberättelse för år 2023" under "Styrelsens
// underskrifter" on page 7): no page starts it, so the splitter finds no
// part for it. The part it would be: from the last audit title line whose
// text to the end gives a recommendation (so a contents line or a mention
// never opens one) to the last page before the signing service's pages.
// nullopt when there is none.
// The part and its reading, read once.
struct InlinePart {
  PackagePart part;
  records::AuditReading reading;
};

std::optional<InlinePart> InlineAuditPart(const records::RecordInput& in) {
  struct TitleLine {
    size_t offset;
    int page;
    std::string text;
  };
  std::vector<TitleLine> titles;
  int page = 1;
  size_t start = 0;
  const std::string& text = in.text;
  while (start < text.size()) {
    size_t end = text.find_first_of("\n\f", start);
    if (end == std::string::npos) end = text.size();
    const std::string_view line(text.data() + start, end - start);
    if (TitleKind(line) == DocumentKind::kAuditReport) {
      titles.push_back({start, page, std::string(records::Trim(line))});
    }
    // A form feed ends a page; the text's last one opens none.
    if (end + 1 < text.size() && text[end] == '\f') ++page;
    start = end + 1;
  }
  for (auto t = titles.rbegin(); t != titles.rend(); ++t) {
    const records::AuditReading reading =
        records::ReadAuditReport(std::string_view(text).substr(t->offset));
    if (!reading.discharge && !reading.approval) continue;
    PackagePart part;
    part.document.kind = DocumentKind::kAuditReport;
    part.document.title = t->text;
    part.document.first_page = t->page;
    part.document.last_page = page;
    for (const records::PageInfo& p : in.pages) {
      if (p.number > t->page && p.role == "signature-page") {
        part.document.last_page =
            std::min(part.document.last_page, p.number - 1);
      }
    }
    part.input = in;
    part.input.text = text.substr(t->offset);
    return InlinePart{std::move(part), reading};
  }
  return std::nullopt;
}

// The audit report printed inside `in`'s pages (InlineAuditPart) when it
// audits `record`'s report; nullopt otherwise.
std::optional<R::Audit> InlineAudit(const records::RecordInput& in,
                                    const R& record) {
  const std::optional<InlinePart> inline_part = InlineAuditPart(in);
  if (!inline_part) return std::nullopt;
  const PackagePart& part = inline_part->part;
  R::Audit audit = AuditOf(part, record, inline_part->reading);
  if (!Audits(audit, record)) return std::nullopt;
  audit.first_page = part.document.first_page;
  audit.last_page = part.document.last_page;
  return audit;
}

// `whole`, the record of the whole file, with `audit` when one of `parts`
// is an audit report that audits it (several join: JoinAudit), or the
// whole file is one audit report.
R WithWholeFileAudit(const std::vector<PackagePart>& parts, R whole) {
  if (parts.size() <= 1) {
    if (!parts.empty() &&
        parts.front().document.kind == DocumentKind::kAuditReport) {
      whole.audit = AuditOf(parts.front(), whole);
    } else if (!parts.empty() && whole.document.type == "arsredovisning") {
      whole.audit = InlineAudit(parts.front().input, whole);
    }
    return whole;
  }
  if (!AuditedKind(whole, parts.front())) return whole;
  for (size_t i = 0; i < parts.size(); ++i) {
    const PackagePart& part = parts[i];
    if (part.document.kind != DocumentKind::kAuditReport) continue;
    // Its auditors from the audit report's own pages, as PartRecords
    // reads them.
    R::Audit audit = AuditOf(part, records::BuildRecord(part.input));
    if (!Audits(audit, whole) && !(i == 1 && AuditsUnnamed(audit, whole))) {
      continue;
    }
    audit.first_page = part.document.first_page;
    audit.last_page = part.document.last_page;
    if (!whole.audit) {
      whole.audit = std::move(audit);
    } else {
      JoinAudit(audit, &*whole.audit);
    }
  }
  return whole;
}

}  // namespace

void AttachWholeFileAudit(Report* report) {
  report->record =
      WithWholeFileAudit(SplitReport(*report), std::move(report->record));
}

std::vector<records::ReportRecord> PartRecords(
    const Report& report, const std::vector<PackagePart>& parts) {
  std::vector<records::ReportRecord> out;
  if (parts.size() <= 1) {
    out.push_back(WithWholeFileAudit(parts, report.record));
    return out;
  }
  std::vector<bool> is_audit;
  for (size_t i = 0; i < parts.size(); ++i) {
    const PackagePart& part = parts[i];
    records::ReportRecord record = records::BuildRecord(part.input);
    record.source = report.record.source;
    record.signatures.pdf = report.record.signatures.pdf;
    records::ReportRecord::PartOf part_of;
    part_of.document = static_cast<int>(i) + 1;
    part_of.documents = static_cast<int>(parts.size());
    part_of.first_page = part.document.first_page;
    part_of.last_page = part.document.last_page;
    part_of.first_line = part.first_line;
    part_of.last_line = part.last_line;
    part_of.kind = DocumentKindName(part.document.kind);
    part_of.evidence = part.document.reasons;
    record.part_of = part_of;
    is_audit.push_back(part.document.kind == DocumentKind::kAuditReport);
    if (is_audit.back()) {
      R::Audit audit = AuditOf(part, record);
      audit.first_page = part.document.first_page;
      audit.last_page = part.document.last_page;
      record.audit = std::move(audit);
    }
    out.push_back(std::move(record));
  }
  // An audit report goes into the record of the report it audits, when
  // the package holds it (a second one joins the first); its own record
  // then goes.
  std::vector<bool> keep(out.size(), true);
  for (size_t i = 0; i < out.size(); ++i) {
    if (!is_audit[i]) continue;
    for (size_t j = 0; j < out.size(); ++j) {
      if (is_audit[j] || !AuditedKind(out[j], parts[j]) ||
          !(Audits(*out[i].audit, out[j]) ||
            (j + 1 == i && AuditsUnnamed(*out[i].audit, out[j])))) {
        continue;
      }
      if (!out[j].audit) {
        out[j].audit = out[i].audit;
      } else if (!JoinAudit(*out[i].audit, &*out[j].audit)) {
        continue;
      }
      keep[i] = false;
      break;
    }
  }
  std::vector<records::ReportRecord> kept;
  for (size_t i = 0; i < out.size(); ++i) {
    if (keep[i]) kept.push_back(std::move(out[i]));
  }
  // An annual report with its audit reports appended, as archives file
  // them, is one document: the whole file's record, as --split never
  // gives it, byte for byte (its statements' page numbers are the
  // file's).
  if (kept.size() == 1) {
    kept.front() = WithWholeFileAudit(parts, report.record);
  }
  return kept;
}

}  // namespace finsam::split
