// Comparing one key figure across organisations and years, from the current
// submissions in the report database (batch/report_db.h).
//
// Rows are organisations (sorted by name, then number), columns the years
// asked for. A figure for year Y is taken from the current document of
// fiscal year Y when it gives one (the report for the year itself), else
// from the current document of the latest fiscal year that does (a later
// report's comparison column).
#ifndef FINSAM_BATCH_COMPARE_H_
#define FINSAM_BATCH_COMPARE_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "batch/report_db.h"

namespace finsam::batch {

struct CompareQuery {
  std::string key;  // e.g. result_for_year
  int first_year = 0;
  int last_year = 0;
  std::string type;  // document type; empty: every type
};

struct CompareValue {
  double value = 0;
  bool integer = true;  // print without decimals
};

struct CompareRow {
  std::string organisation;  // name, or the number when no name is known
  std::string org_number;    // may be empty
  std::map<int, CompareValue> values;  // year -> value
};

struct CompareTable {
  CompareQuery query;
  std::vector<CompareRow> rows;
};

Result<CompareTable> CompareKeyFigure(ReportDb& db, const CompareQuery& query);

// Renderings. Text: aligned columns, amounts grouped in threes with spaces
// (Swedish style), "-" where a year has no figure. CSV (RFC 4180):
// organisation,org_number,YEAR... with empty cells for missing. JSON: an
// object {key, years, rows: [{organisation, org_number, values: {YEAR: v}}]}.
std::string RenderCompareText(const CompareTable& table);
std::string RenderCompareCsv(const CompareTable& table);
std::string RenderCompareJson(const CompareTable& table);

// Parses "2019-2024" or "2023". kInvalidArgument otherwise.
Result<std::pair<int, int>> ParseYearRange(const std::string& text);

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_COMPARE_H_
