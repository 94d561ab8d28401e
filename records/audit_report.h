// What an audit report (revisionsberättelse, revisorernas
// granskningsrapport) says: whose accounts, which period, whether the
// auditors recommend discharge (tillstyrker / avstyrker ansvarsfrihet) and
// the approval of the annual report, their remarks (anmärkning) and the
// date.
//
// Pure: the report's text in (pages split by form feeds, or not), the
// reading out. Sentences are read with å/ä/ö folded, as OCR may lose
// them. A recommendation is read from the sentence that gives it: the verb
// (tillstyrker, avstyrker, "föreslår/rekommenderar ... beviljas", "inte
// beviljas") with its object (ansvarsfrihet; årsredovisningen,
// resultaträkningen, balansräkningen, "fastställs", "godkänns"). A remark
// is a sentence or heading with "anmärkning" that does not deny one
// ("ingen anmärkning", "utan anmärkning"). The date is the one a place
// and date line gives above the signatures ("Stockholm den 12 mars 2025",
// "Lund, 2026-04-23"), never a date inside a sentence (the fiscal year's
// end, "per den 31 december"); none when the report leaves it to its
// e-signature ("Malmö den", "enligt datum som framgår av elektronisk
// signering"). The auditors are the names of its signature block: a name
// over a line that names an auditor ("Auktoriserad revisor", "Av
// föreningen vald revisor", "Revisorssuppleant"), or a names row over a
// roles row, cell by cell; whether a line is a name is decided by
// records/people.h (IsPersonName), its one home.
#ifndef FINSAM_RECORDS_AUDIT_REPORT_H_
#define FINSAM_RECORDS_AUDIT_REPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam::records {

// An auditor as the signature block prints them.
struct AuditSigner {
  std::string name;
  std::string role;  // as printed: "Auktoriserad revisor", "Revisor"
  // Who appointed them, when the role says: "Av HSB Riksförbund utsedd
  // revisor" -> "HSB Riksförbund"; "Av föreningen vald revisor" ->
  // "föreningen".
  std::string appointed_by;
  std::string firm;  // "Grant Thornton Sweden AB", printed by the name
  bool operator==(const AuditSigner&) const = default;
};

struct AuditReading {
  std::string organisation;  // after "Till förbundsmedlemmarna i", ...
  std::string org_number;    // NNNNNN-NNNN, Luhn-valid; "" otherwise
  int fiscal_year = 0;       // the year the audited period ends in
  std::string period_start;  // ISO 8601, both or neither
  std::string period_end;
  // true: tillstyrker; false: avstyrker; nullopt: not said.
  std::optional<bool> discharge;
  std::optional<bool> approval;       // of the annual report / the statements
  std::vector<std::string> remarks;   // sentences that make a remark
  std::string date;                   // ISO 8601: the report's date
  std::vector<AuditSigner> auditors;  // in the order printed
  // The sentences the recommendations were read from, as printed.
  std::string discharge_sentence;
  std::string approval_sentence;
  bool operator==(const AuditReading&) const = default;
};

// Reads `text` as an audit report. Values the text does not give are left
// empty.
AuditReading ReadAuditReport(std::string_view text);

// True when `line`'s first cell is an audit report's heading, where the
// report begins: "Revisionsberättelse", "REVISIONSBERÄTTELSE 2025",
// "Revisionsberättelse för Brf Ängturbinen", "Revisorernas
// granskningsrapport för år 2023", "Revisorsrapport" (å/ä/ö may be lost:
// "Revisionsberttelse"). A sentence about the report ("Vår
// revisionsberättelse har lämnats ...") is none, nor a table of contents'
// line that opens with its page ("Sid 8 REVISIONSBERÄTTELSE").
bool IsAuditReportHeading(std::string_view line);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_AUDIT_REPORT_H_
