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

std::string Number(const nlohmann::ordered_json& v, CsvDialect dialect) {
  if (v.is_number_integer()) return std::to_string(v.get<int64_t>());
  if (!v.is_number()) return "";
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.10g", v.get<double>());
  std::string s = buf;
  if (dialect == CsvDialect::kExcelSv) {
    for (char& c : s) {
      if (c == '.') c = ',';
    }
  }
  return s;
}

}  // namespace

std::string KeyFiguresCsv(const nlohmann::ordered_json& record,
                          CsvDialect dialect) {
  const bool excel = dialect == CsvDialect::kExcelSv;
  const char sep = excel ? ';' : ',';
  const std::string eol = excel ? "\r\n" : "\n";
  std::string out = excel ? "\xEF\xBB\xBF" : "";
  const std::string s(1, sep);
  out += "org_number" + s + "fiscal_year" + s + "key" + s + "year" + s +
         "value" + eol;
  std::string org, fiscal;
  if (record.contains("document")) {
    const auto& doc = record["document"];
    if (doc.contains("organisation") &&
        doc["organisation"].contains("org_number")) {
      org = doc["organisation"]["org_number"].get<std::string>();
    }
    if (doc.contains("fiscal_year")) {
      fiscal = std::to_string(doc["fiscal_year"].get<int>());
    }
  }
  if (!record.contains("key_figures")) return out;
  for (const auto& [key, years] : record["key_figures"].items()) {
    for (const auto& [year, value] : years.items()) {
      out += Quote(org, sep) + s + fiscal + s + Quote(key, sep) + s + year + s +
             Number(value, dialect) + eol;
    }
  }
  return out;
}

}  // namespace finsam::records
