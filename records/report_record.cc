#include "records/report_record.h"

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

void ReportRecord::Warn(std::string code, std::string message, int page) {
  warnings.push_back({std::move(code), std::move(message), page});
}

}  // namespace finsam::records
