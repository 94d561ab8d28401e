// Arithmetic and identity checks of a record (contract "Checks").
//
//   balance_sheet_balances  total_assets = total_equity_and_liabilities
//   result_agrees           result_for_year equal wherever it is printed
//   statement_sums          each "Summa ..." / result line equals the lines
//                           it closes
//   org_number_valid        Luhn check of the organisation number
//   overview_agrees         the multi-year overview against the statements
//   prior_year_agrees       what a report prints for earlier years against
//                           those years' own reports, else against the other
//                           reports that print them (needs them: the report
//                           database runs it, not RunChecks)
//
// Status: pass; warn when off by no more than the rounding of the lines
// involved (1 unit per summed line, or the rounding of a tkr figure); fail
// otherwise. The difference per year is kept, and `detail` says it in words.
#ifndef FINSAM_RECORDS_CHECKS_H_
#define FINSAM_RECORDS_CHECKS_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "records/document_info.h"
#include "records/key_figures.h"
#include "records/statement_parser.h"

namespace finsam::records {

enum class CheckStatus { kPass, kWarn, kFail };
const char* CheckStatusName(CheckStatus status);

struct Check {
  std::string id;
  CheckStatus status = CheckStatus::kPass;
  std::string detail;
  std::vector<int> pages;
  // Named differences ("2023", or "equity_2022"), printed minus computed.
  std::map<std::string, int64_t> difference;
  bool operator==(const Check&) const = default;
};

Check CheckBalanceSheetBalances(const Statement& balance_sheet);
// Empty id when fewer than two places print the result.
Check CheckResultAgrees(const Statements& statements);
Check CheckStatementSums(const Statements& statements);
Check CheckOrgNumber(const std::string& printed_org_number);
// Empty id when the overview repeats no statement figure.
Check CheckOverviewAgrees(const KeyFigures& figures, const Statements& st);

struct ReportRecord;

// prior_year_agrees: every figure `report` prints for an earlier year Y (its
// comparison column, its multi-year overview; never a budget) against the
// same key in Y's own report among `others` (the caller's: the other
// reports of the same organisation, any year, e.g. the current annual
// reports in the report database; `report` itself among them is skipped).
// Where no own report of Y prints the key, against every other report that
// prints Y (a later report's comparison column or overview). A figure
// agrees within the rounding of the coarser unit of the two (1 234 tkr and
// 1 234 311 kr agree) or, for a percentage, half a point. A difference with
// Y's own report fails: it is a restatement the staff must know about or a
// misread figure. A difference between two other reports fails too, with
// which side is wrong left open, unless arithmetic decides: when this
// report's figure stands in a statement whose sums hold (statement_sums
// not failed) and the other's does not (an overview), it is only noted
// here and fails in the other report's check.
// difference[KEY_YEAR] is `report` minus the other report (kronor). Pages
// are `report`'s. Empty id when no other report shares a figure.
Check CheckPriorYearAgrees(const ReportRecord& report,
                           const std::vector<const ReportRecord*>& others);

// Every check that applies to the record, in contract order.
std::vector<Check> RunChecks(const DocumentInfo& info,
                             const Statements& statements,
                             const KeyFigures& figures);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_CHECKS_H_
