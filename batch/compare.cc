#include "batch/compare.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <tuple>

#include "base/text.h"

namespace finsam::batch {
namespace {

// Which document a value came from, to prefer the year's own report.
struct Candidate {
  CompareValue value;
  int64_t fiscal_year = 0;
  bool own_year = false;
};

std::string Plain(const CompareValue& v) {
  if (v.integer) return std::to_string(std::llround(v.value));
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.10g", v.value);
  return buf;
}

// 1234567 -> "1 234 567", -2203 -> "-2 203"; decimals with a comma.
std::string Grouped(const CompareValue& v) {
  std::string s = Plain(v);
  std::string sign;
  if (!s.empty() && s[0] == '-') {
    sign = "-";
    s.erase(0, 1);
  }
  std::string frac;
  const size_t dot = s.find('.');
  if (dot != std::string::npos) {
    frac = "," + s.substr(dot + 1);
    s.resize(dot);
  }
  return sign + GroupThousands(s) + frac;
}

// Display width in code points (UTF-8 continuation bytes do not count).
size_t Width(const std::string& s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string Pad(const std::string& s, size_t width, bool right) {
  const size_t w = Width(s);
  const std::string fill(width > w ? width - w : 0, ' ');
  return right ? fill + s : s + fill;
}

}  // namespace

Result<std::pair<int, int>> ParseYearRange(const std::string& text) {
  auto number = [](std::string_view s) -> std::optional<int> {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || v < 1900 || v > 2200) {
      return std::nullopt;
    }
    return v;
  };
  const size_t dash = text.find('-');
  const auto first = number(std::string_view(text).substr(0, dash));
  const auto last = dash == std::string::npos
                        ? first
                        : number(std::string_view(text).substr(dash + 1));
  if (!first || !last || *first > *last || *last - *first > 200) {
    return Status(ErrorCode::kInvalidArgument,
                  "--years must be YYYY or YYYY-YYYY, got '" + text + "'");
  }
  return std::make_pair(*first, *last);
}

Result<CompareTable> CompareKeyFigure(ReportDb& db, const CompareQuery& query) {
  auto st = db.sqlite().Prepare(
      "SELECT d.submitter, d.organisation, d.org_number, d.fiscal_year, "
      "k.year, k.value FROM documents d JOIN key_figures k ON "
      "k.document_id = d.id WHERE d.is_current = 1 AND k.key = ? AND "
      "k.year BETWEEN ? AND ? AND (? = '' OR d.type = ?) "
      "ORDER BY d.submitter, k.year, d.fiscal_year");
  if (!st.ok()) return st.status();
  st->BindText(1, query.key);
  st->BindInt(2, query.first_year);
  st->BindInt(3, query.last_year);
  st->BindText(4, query.type);
  st->BindText(5, query.type);
  std::map<std::string, CompareRow> rows;  // by submitter
  std::map<std::pair<std::string, int>, Candidate> best;
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    const std::string submitter = st->ColumnText(0);
    CompareRow& out = rows[submitter];
    if (out.organisation.empty() && !st->IsNull(1)) {
      out.organisation = st->ColumnText(1);
    }
    if (out.org_number.empty() && !st->IsNull(2)) {
      out.org_number = st->ColumnText(2);
    }
    Candidate c;
    c.fiscal_year = st->IsNull(3) ? 0 : st->ColumnInt(3);
    const int year = static_cast<int>(st->ColumnInt(4));
    c.own_year = c.fiscal_year == year;
    c.value.integer = st->ColumnIsInteger(5);
    c.value.value = c.value.integer ? static_cast<double>(st->ColumnInt(5))
                                    : st->ColumnDouble(5);
    auto [it, inserted] = best.emplace(std::make_pair(submitter, year), c);
    if (!inserted &&
        std::tie(c.own_year, c.fiscal_year) >
            std::tie(it->second.own_year, it->second.fiscal_year)) {
      it->second = c;
    }
  }
  for (const auto& [key, c] : best)
    rows[key.first].values[key.second] = c.value;
  CompareTable table;
  table.query = query;
  for (auto& [submitter, row] : rows) {
    if (row.organisation.empty()) row.organisation = submitter;
    table.rows.push_back(std::move(row));
  }
  std::sort(table.rows.begin(), table.rows.end(),
            [](const CompareRow& a, const CompareRow& b) {
              return std::tie(a.organisation, a.org_number) <
                     std::tie(b.organisation, b.org_number);
            });
  return table;
}

std::string RenderCompareText(const CompareTable& table) {
  const CompareQuery& q = table.query;
  std::vector<std::vector<std::string>> cells;
  std::vector<std::string> header = {"organisation", "org_number"};
  for (int y = q.first_year; y <= q.last_year; ++y) {
    header.push_back(std::to_string(y));
  }
  cells.push_back(header);
  for (const CompareRow& row : table.rows) {
    std::vector<std::string> line = {row.organisation, row.org_number};
    for (int y = q.first_year; y <= q.last_year; ++y) {
      auto it = row.values.find(y);
      line.push_back(it == row.values.end() ? "-" : Grouped(it->second));
    }
    cells.push_back(std::move(line));
  }
  std::vector<size_t> widths(header.size(), 0);
  for (const auto& line : cells) {
    for (size_t i = 0; i < line.size(); ++i) {
      widths[i] = std::max(widths[i], Width(line[i]));
    }
  }
  std::string out = q.key + " (current submissions)\n";
  for (const auto& line : cells) {
    std::string text;
    for (size_t i = 0; i < line.size(); ++i) {
      if (i > 0) text += "  ";
      text += Pad(line[i], widths[i], i >= 2);
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    out += text + "\n";
  }
  if (table.rows.empty()) out += "(no current documents give " + q.key + ")\n";
  return out;
}

std::string RenderCompareCsv(const CompareTable& table) {
  const CompareQuery& q = table.query;
  std::string out = "organisation,org_number";
  for (int y = q.first_year; y <= q.last_year; ++y) {
    out += "," + std::to_string(y);
  }
  out += "\n";
  for (const CompareRow& row : table.rows) {
    out += CsvField(row.organisation) + "," + CsvField(row.org_number);
    for (int y = q.first_year; y <= q.last_year; ++y) {
      auto it = row.values.find(y);
      out += ",";
      if (it != row.values.end()) out += Plain(it->second);
    }
    out += "\n";
  }
  return out;
}

std::string RenderCompareJson(const CompareTable& table) {
  const CompareQuery& q = table.query;
  nlohmann::ordered_json j;
  j["key"] = q.key;
  j["years"] = nlohmann::ordered_json::array();
  for (int y = q.first_year; y <= q.last_year; ++y) j["years"].push_back(y);
  j["rows"] = nlohmann::ordered_json::array();
  for (const CompareRow& row : table.rows) {
    nlohmann::ordered_json r;
    r["organisation"] = row.organisation;
    if (!row.org_number.empty()) r["org_number"] = row.org_number;
    r["values"] = nlohmann::ordered_json::object();
    for (const auto& [year, v] : row.values) {
      if (v.integer) {
        r["values"][std::to_string(year)] = std::llround(v.value);
      } else {
        r["values"][std::to_string(year)] = v.value;
      }
    }
    j["rows"].push_back(std::move(r));
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace finsam::batch
