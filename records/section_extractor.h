// The heading tree of a report, with page numbers.
//
// Headings are numbered ("1.1. Översikt över verksamhetens utveckling",
// "2.Resultaträkning"), note headings ("Not 2 Verksamhetens intäkter") or
// known unnumbered ones ("Resultaträkning", "Styrelsens underskrift").
// Where the report has a table of contents, numbered headings must appear
// in it (list items such as "1. Får du stöd ...?" then are not mistaken for
// headings) and pages the text cannot tell are taken from it.
#ifndef FINSAM_RECORDS_SECTION_EXTRACTOR_H_
#define FINSAM_RECORDS_SECTION_EXTRACTOR_H_

#include <string>
#include <vector>

#include "records/record_text.h"

namespace finsam::records {

// What a section is, as far as the extractors care.
enum class SectionKind {
  kOther,
  kToc,
  kManagementReport,  // förvaltningsberättelse
  kIncomeStatement,
  kBalanceSheet,
  kCashFlow,
  kOperatingStatement,  // driftredovisning
  kMultiYearOverview,
  kBalanceRequirement,
  kNotes,
  kNote,  // "Not 2 ..."
  kBoardSignatures,
  kAuditorSignatures,
  kBoard,          // "Styrelsen" list in a housing-cooperative report
  kAuditors,       // "Revisorer" list
  kEquityChanges,  // "Förändring av eget kapital" (ends the tables before)
  kAppropriation,  // "Förslag till resultatdisposition"
  kBudget,         // "Budget 2024", "Budgetplan 2024–2026" (a plan's budget)
};

// "income_statement", ...; "other" for kOther.
const char* SectionKindName(SectionKind kind);

// The kind a heading title names (folded comparison, OCR-tolerant).
SectionKind KindOfTitle(const std::string& title);

struct TocEntry {
  std::string id;     // "1.1", "" when unnumbered
  std::string title;  // as printed, without leaders
  int page = 0;
  int line = 0;  // index into RecordText::lines
};

struct Section {
  std::string id;  // "1.1", "not-2", or a slug of the title ("noter")
  std::string title;
  int level = 1;
  int page = 0;      // 0 when neither the text nor the TOC tells
  int line = 0;      // index of the heading line in RecordText::lines
  int end_line = 0;  // one past the section's last line (next heading)
  SectionKind kind = SectionKind::kOther;
  bool page_from_toc = false;
};

struct SectionTree {
  std::vector<TocEntry> toc;
  std::vector<Section> sections;  // in text order
  // Sections whose printed page differs from the TOC's ("2: text 23,
  // toc 24"), for the record's warnings.
  std::vector<std::string> toc_mismatches;

  // The first section of `kind`, or nullptr.
  const Section* Find(SectionKind kind) const;
  // Every section of `kind`, in order.
  std::vector<const Section*> FindAll(SectionKind kind) const;
};

SectionTree ExtractSections(const RecordText& text);

// True when a line's words, after the heading, are only column-header
// words (years, dates, "Not", "Belopp tkr"): "Resultaträkning  Not
// 2018-01-01  2017-01-01".
bool IsHeaderTail(const std::string& text);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_SECTION_EXTRACTOR_H_
