// ReportRecord: one report's record as a C++ value, field for field the
// contract of schema/record.v1.schema.json ("finsam-extract/record/v1").
//
// records/record_builder.h builds it from the report's text,
// signatures/signature_record.h adds what only the PDF shows, and
// records/record_json.h is the one place it becomes JSON and is read back.
// The review page, the report database, compare and the key-figure CSV read
// these fields, never JSON keys, so a renamed field fails to compile.
//
// A value the document does not give is empty: "" for text, 0 for a page,
// year or count that is never 0 when given, an empty list, or nullopt where 0
// or false would be a value. Empty values are left out of the JSON.
#ifndef FINSAM_RECORDS_REPORT_RECORD_H_
#define FINSAM_RECORDS_REPORT_RECORD_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "records/checks.h"
#include "records/evidence_page.h"
#include "records/interventions.h"
#include "records/member_contributions.h"
#include "records/people.h"

namespace finsam::records {

inline constexpr const char* kRecordSchema = "finsam-extract/record/v1";

// A figure as the record gives it: whole kronor (or a count, or a percent
// printed without decimals), or a real number where the report printed
// decimals ("41,8 %", "58,13 tkr").
struct RecordNumber {
  bool is_integer = true;
  int64_t integer = 0;  // when is_integer
  double real = 0;      // otherwise

  static RecordNumber Integer(int64_t v) { return {true, v, 0}; }
  static RecordNumber Real(double v) { return {false, 0, v}; }
  double value() const {
    return is_integer ? static_cast<double>(integer) : real;
  }
  bool operator==(const RecordNumber&) const = default;
};

// What the text pipeline knew about a page; for text input, what the text
// tells (number and role only).
struct PageInfo {
  int number = 0;
  std::string source;  // "text-layer", "text-layer-restored", "ocr"
  std::optional<double> confidence;  // rounded to 0.001 in a record
  std::string role;                  // "cover", "toc", "body", "signature-page"
  bool operator==(const PageInfo&) const = default;
};

struct ReportRecord {
  struct Source {
    std::string path;    // the input as the user named it
    std::string sha256;  // of the input's bytes
    int64_t bytes = 0;
    int pages = 0;
    bool operator==(const Source&) const = default;
  };

  // The package a document was split from (split/package_records.h): the
  // package is `source`; set only when the package held more than one
  // document. Pages and lines are the package's, 1-based, inclusive; the
  // record's own page numbers count from first_page as 1. Lines only for
  // text without form feeds, whose pages are not the PDF's.
  struct PartOf {
    int document = 0;   // 1-based place in the package
    int documents = 0;  // documents in the package
    int first_page = 0;
    int last_page = 0;
    int first_line = 0;  // 0: not given
    int last_line = 0;
    std::string kind;  // split::DocumentKindName: "annual-report", ...
    // What showed the start: "title", "cover", "numbering-restart", ...
    // (split/package_split.h); "first-page" for the first document.
    std::vector<std::string> evidence;
    bool operator==(const PartOf&) const = default;
  };

  // An audit report's reading (records/audit_report.h): in the record of
  // the annual report it audits (same organisation and year, found in the
  // same package), or in the audit report's own record.
  struct Auditor {
    std::string name;
    std::string appointed_by;  // "Region Exempelbygd", "staten", ...
    std::string role;          // the line under the name, as printed
    // The audit firm printed by the name ("Grant Thornton Sweden AB");
    // "" for an elected lay auditor.
    std::string firm;
    bool operator==(const Auditor&) const = default;
  };
  struct Audit {
    std::string title;   // "Revisionsberättelse", as printed
    int first_page = 0;  // in the package, when split from one
    int last_page = 0;
    std::string organisation_name;
    std::string org_number;
    int fiscal_year = 0;
    std::string period_start;  // ISO 8601, both or neither
    std::string period_end;
    std::optional<bool> discharge;  // true: tillstyrker ansvarsfrihet
    std::optional<bool> approval;   // of the annual report
    std::vector<std::string> remarks;
    std::string date;
    std::vector<Auditor> auditors;
    std::string discharge_sentence;  // as printed
    std::string approval_sentence;
    bool operator==(const Audit&) const = default;
  };

  struct Document {
    // "arsredovisning", "delarsrapport", "verksamhetsplan", "protokoll",
    // "other".
    std::string type = "other";
    std::string title;
    // The document prints no title: `title` is composed from its kind,
    // organisation and year (records/document_info.h, ComposeTitle).
    bool title_derived = false;
    std::string organisation_name;
    std::string org_number;  // NNNNNN-NNNN, Luhn-valid
    int fiscal_year = 0;
    std::string fiscal_start;  // ISO 8601, both or neither
    std::string fiscal_end;
    std::string adopted_date;  // ISO 8601; adopted_by only with a date
    std::string adopted_by;
    std::vector<std::string> diarienummer;
    bool operator==(const Document&) const = default;
  };

  struct Section {
    std::string id;  // "1.1", "not-2", "noter"
    std::string title;
    int level = 1;
    int page = 0;
    bool operator==(const Section&) const = default;
  };

  struct RepairedCell {
    std::string column;  // the column's printed name
    RecordNumber read;   // as OCR read it; the line's value is the derived one
    bool operator==(const RepairedCell&) const = default;
  };

  struct StatementLine {
    std::string label;
    std::string key;   // vocabulary key; "" when none
    std::string note;  // "2", "10, 11"
    // One per column; nullopt for a cell printed empty ("-"). values as
    // printed (in the statement's or the line's unit), values_kr in kronor
    // (percentages and counts as printed).
    std::vector<std::optional<RecordNumber>> values;
    std::vector<std::optional<RecordNumber>> values_kr;
    std::string unit;  // "" when the statement's; "kr", "tkr", "mkr"
    bool complete = true;
    bool derived = false;
    std::vector<RepairedCell> repaired;
    int page = 0;
    bool operator==(const StatementLine&) const = default;
  };

  struct Statement {
    // "income_statement", "balance_sheet", "cash_flow",
    // "operating_statement", "multi_year_overview", "balance_requirement".
    std::string name;
    std::string title;
    int page = 0;
    std::string unit;                  // "kr", "tkr", "mkr"
    std::vector<std::string> columns;  // as printed: "2023", "Budget 2024"
    std::vector<StatementLine> lines;
    bool operator==(const Statement&) const = default;
  };

  struct YearValue {
    int year = 0;
    RecordNumber value;
    bool operator==(const YearValue&) const = default;
  };
  struct KeyFigure {
    std::string key;               // "result_for_year", ...
    std::vector<YearValue> years;  // newest first
    bool operator==(const KeyFigure&) const = default;
  };

  using MemberContribution = records::MemberContribution;
  using Person = records::Person;  // body is never "": "other" when unknown
  using Intervention = records::Intervention;
  using Check = records::Check;

  // ---- signatures ----

  struct VismaSigner {
    std::string name;
    std::string time;  // ISO 8601 with zone
    std::string country;
    std::string company;
    std::string role;
    std::string authentication;
    std::string hash;
    bool operator==(const VismaSigner&) const = default;
  };

  struct VismaStamp {
    std::vector<int> pages;
    std::string verification_url;
    std::string verification_code;
    std::string document_id;
    // Whether document_id names the signature page's document (set when
    // both are known).
    std::optional<bool> document_id_agrees;
    bool operator==(const VismaStamp&) const = default;
  };

  struct Visma {
    // True when the text held Visma's signature page; pages_before, page,
    // document_id and signers come from it. False when only the PDF's
    // stamps tell that Visma signed.
    bool signature_page_read = false;
    int pages_before = 0;  // as stated on the signature page
    int page = 0;
    std::string document_id;
    std::vector<VismaSigner> signers;
    // From the PDF (signatures/visma_evidence.h).
    std::optional<VismaStamp> stamp;
    std::vector<int> signature_pages;
    std::optional<int> pages_before_actual;
    std::optional<bool> pages_before_agrees;
    bool operator==(const Visma&) const = default;
  };

  struct Certificate {
    std::string subject;
    std::string common_name;
    std::string organization;
    std::string country;
    std::string serial_number;
    std::string issuer;
    std::string serial;
    std::string not_before;
    std::string not_after;
    bool self_signed = false;
    bool operator==(const Certificate&) const = default;
  };

  // What the byte range says about the bytes after the signed revision
  // (present when the range could be checked).
  struct SignedRange {
    bool signed_revision_covered = false;
    int64_t bytes_after = 0;
    int incremental_updates_after = 0;
    int later_signatures = 0;
    bool operator==(const SignedRange&) const = default;
  };

  // One digital signature (signatures/pdf_signatures.h).
  struct PdfSignature {
    std::string field;
    std::string subfilter;
    std::string signing_time;
    std::string signer;
    bool covers_whole_file = false;
    std::optional<bool> digest_valid;
    std::optional<bool> signature_valid;
    bool chain_validated = false;  // never claimed offline
    std::string note;
    std::string name;
    std::string filter;
    std::string reason;
    std::string location;
    std::string cms_signing_time;
    std::string digest_algorithm;
    std::string signature_algorithm;
    std::optional<Certificate> certificate;
    std::optional<std::vector<int64_t>> byte_range;  // as written
    std::optional<SignedRange> range;
    std::vector<std::string> warnings;
    bool operator==(const PdfSignature&) const = default;
  };

  struct PrintedSigner {
    std::string name;
    std::string role;        // board
    std::string as_printed;  // auditors: the line under the name
    bool operator==(const PrintedSigner&) const = default;
  };
  // Names printed under "Styrelsens underskrift" / "Revisorernas påteckning".
  struct Printed {
    std::string method;
    std::vector<PrintedSigner> board;
    std::vector<PrintedSigner> auditors;
    bool empty() const { return board.empty() && auditors.empty(); }
    bool operator==(const Printed&) const = default;
  };

  struct NameMatch {
    std::string signer;
    std::string printed;
    std::string under;  // "board" or "auditors"
    bool operator==(const NameMatch&) const = default;
  };
  struct PrintedName {
    std::string name;
    std::string under;
    bool operator==(const PrintedName&) const = default;
  };
  // Visma signers against printed names (signatures/signer_match.h).
  struct SignerMatch {
    std::vector<NameMatch> matched;
    std::vector<std::string> unmatched_signers;
    std::vector<PrintedName> unmatched_printed;
    bool operator==(const SignerMatch&) const = default;
  };

  struct Signatures {
    std::optional<Visma> visma;
    Printed printed;
    std::vector<PdfSignature> pdf;
    std::optional<SignerMatch> match;
    // Other services' evidence pages (records/evidence_page.h).
    std::vector<EvidencePages> evidence;

    bool empty() const {
      return !visma && printed.empty() && pdf.empty() && !match &&
             evidence.empty();
    }
    // True when the text gave part of it (a signature page, evidence pages
    // or printed names); the JSON places the object by this
    // (record_json.h).
    bool from_text() const {
      return (visma && visma->signature_page_read) || !printed.empty() ||
             !evidence.empty();
    }
    bool operator==(const Signatures&) const = default;
  };

  struct Warning {
    std::string code;
    std::string message;
    int page = 0;
    bool operator==(const Warning&) const = default;
  };

  std::string schema = kRecordSchema;
  std::string generator;  // "finsam-extract 0.1.0"
  Source source;
  std::optional<PartOf> part_of;
  Document document;
  std::optional<Audit> audit;
  std::vector<PageInfo> pages;
  std::vector<Section> sections;
  std::vector<Statement> statements;   // in contract order
  std::vector<KeyFigure> key_figures;  // in vocabulary order
  std::vector<MemberContribution> member_contributions;
  std::vector<Person> people;
  std::vector<Intervention> interventions;
  Signatures signatures;
  std::vector<Check> checks;
  std::vector<Warning> warnings;

  // The statement named `name` ("balance_sheet"), or nullptr.
  const Statement* FindStatement(const std::string& name) const;
  // The key figure for `key` in `year`, or nullptr.
  const RecordNumber* FindKeyFigure(const std::string& key, int year) const;

  // A figure as a statement prints it for a year, with where it is.
  struct PrintedFigure {
    RecordNumber value;     // in kronor (values_kr); percent as printed
    int page = 0;           // in this record's pages
    int64_t rounding = 0;   // half the unit it is printed in: 500 for tkr
    std::string statement;  // "income_statement", "multi_year_overview", ...
    std::string column;     // the column's heading, as in `columns`
  };
  // `key` for `year` in the first statement (contract order) that prints
  // it: the year's own column, a comparison column, or a multi-year
  // overview's column. A column counts for a year when it is the year
  // ("2023", "2023-12-31" as the parser keeps them) or an outcome of it
  // ("Utfall 2023", "Bokslut 2023"); never a budget. nullopt when none does.
  std::optional<PrintedFigure> FindPrintedFigure(const std::string& key,
                                                 int year) const;
  // The years some statement column holds figures of (as
  // FindPrintedFigure counts them), ascending.
  std::vector<int> PrintedYears() const;
  // Appends a warning (`page` 0: none).
  void Warn(std::string code, std::string message, int page = 0);

  bool operator==(const ReportRecord&) const = default;
};

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_REPORT_RECORD_H_
