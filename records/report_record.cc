#include "records/report_record.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace finsam::records {

const ReportRecord::Statement* ReportRecord::FindStatement(
    const std::string& name) const {
  for (const Statement& s : statements) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

const RecordNumber* ReportRecord::FindKeyFigure(const std::string& key,
                                                int year) const {
  for (const KeyFigure& k : key_figures) {
    if (k.key != key) continue;
    for (const YearValue& y : k.years) {
      if (y.year == year) return &y.value;
    }
  }
  return nullptr;
}

namespace {

// The year a statement column holds figures of, 0 when none (see
// FindPrintedFigure).
int ColumnYear(const std::string& column) {
  std::string_view c = column;
  for (std::string_view outcome :
       {"Utfall ", "utfall ", "Bokslut ", "bokslut "}) {
    if (c.substr(0, outcome.size()) == outcome) {
      c.remove_prefix(outcome.size());
      break;
    }
  }
  if (c.size() < 4) return 0;
  int year = 0;
  for (size_t i = 0; i < 4; ++i) {
    if (c[i] < '0' || c[i] > '9') return 0;
    year = year * 10 + (c[i] - '0');
  }
  if (c.size() > 4 && c[4] >= '0' && c[4] <= '9') return 0;
  return year >= 1900 && year <= 2200 ? year : 0;
}

int64_t HalfUnit(const std::string& unit) {
  if (unit == "tkr") return 500;
  if (unit == "mkr" || unit == "mnkr") return 500000;
  return 0;
}

}  // namespace

std::optional<ReportRecord::PrintedFigure> ReportRecord::FindPrintedFigure(
    const std::string& key, int year) const {
  for (const Statement& st : statements) {
    for (size_t c = 0; c < st.columns.size(); ++c) {
      if (ColumnYear(st.columns[c]) != year) continue;
      for (const StatementLine& line : st.lines) {
        if (line.key != key || c >= line.values_kr.size() ||
            !line.values_kr[c]) {
          continue;
        }
        PrintedFigure f;
        f.value = *line.values_kr[c];
        f.page = line.page > 0 ? line.page : st.page;
        f.rounding = HalfUnit(line.unit.empty() ? st.unit : line.unit);
        f.statement = st.name;
        f.column = st.columns[c];
        return f;
      }
    }
  }
  return std::nullopt;
}

std::vector<int> ReportRecord::PrintedYears() const {
  std::vector<int> years;
  for (const Statement& st : statements) {
    for (const std::string& column : st.columns) {
      const int year = ColumnYear(column);
      if (year > 0) years.push_back(year);
    }
  }
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  return years;
}

void ReportRecord::Warn(std::string code, std::string message, int page) {
  warnings.push_back({std::move(code), std::move(message), page});
}

}  // namespace finsam::records
