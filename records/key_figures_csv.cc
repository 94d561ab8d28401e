#include "records/key_figures_csv.h"

#include <cstdio>

namespace finsam::records {
namespace {

std::string Quote(const std::string& s, char sep) {
  if (s.find_first_of(std::string("\"\r\n") + sep) == std::string::npos) {
    return s;
  }
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Number(const RecordNumber& v, CsvDialect dialect) {
  if (v.is_integer) return std::to_string(v.integer);
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.10g", v.real);
  std::string s = buf;
  if (dialect == CsvDialect::kExcelSv) {
    for (char& c : s) {
      if (c == '.') c = ',';
    }
  }
  return s;
}

}  // namespace

std::string KeyFiguresCsv(const ReportRecord& record, CsvDialect dialect) {
  const bool excel = dialect == CsvDialect::kExcelSv;
  const char sep = excel ? ';' : ',';
  const std::string eol = excel ? "\r\n" : "\n";
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  const std::string s(1, sep);
  out += "org_number" + s + "fiscal_year" + s + "key" + s + "year" + s +
         "value" + eol;
  const std::string org = record.document.org_number;
  const std::string fiscal = record.document.fiscal_year > 0
                                 ? std::to_string(record.document.fiscal_year)
                                 : "";
  for (const ReportRecord::KeyFigure& figure : record.key_figures) {
    for (const ReportRecord::YearValue& y : figure.years) {
      out += Quote(org, sep) + s + fiscal + s + Quote(figure.key, sep) + s +
             std::to_string(y.year) + s + Number(y.value, dialect) + eol;
    }
  }
  return out;
}

}  // namespace finsam::records
