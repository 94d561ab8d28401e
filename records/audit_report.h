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
// ("ingen anmärkning", "utan anmärkning"). The auditors themselves are
// read by the people extractor (records/people.h), their one home.
#ifndef FINSAM_RECORDS_AUDIT_REPORT_H_
#define FINSAM_RECORDS_AUDIT_REPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam::records {

struct AuditReading {
  std::string organisation;  // after "Till förbundsmedlemmarna i", ...
  std::string org_number;    // NNNNNN-NNNN, Luhn-valid; "" otherwise
  int fiscal_year = 0;       // the year the audited period ends in
  std::string period_start;  // ISO 8601, both or neither
  std::string period_end;
  // true: tillstyrker; false: avstyrker; nullopt: not said.
  std::optional<bool> discharge;
  std::optional<bool> approval;      // of the annual report / the statements
  std::vector<std::string> remarks;  // sentences that make a remark
  std::string date;                  // ISO 8601: the report's date
  // The sentences the recommendations were read from, as printed.
  std::string discharge_sentence;
  std::string approval_sentence;
  bool operator==(const AuditReading&) const = default;
};

// Reads `text` as an audit report. Values the text does not give are left
// empty.
AuditReading ReadAuditReport(std::string_view text);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_AUDIT_REPORT_H_
