#include "fixtures_tool/corrections.h"

#include <cstdlib>

#include "fixtures_tool/fixture_text.h"

namespace finsam::fixture {
namespace {

std::vector<std::string> SplitTabs(const std::string& row) {
  std::vector<std::string> fields;
  size_t from = 0;
  while (true) {
    const size_t to = row.find('\t', from);
    fields.push_back(row.substr(from, to - from));
    if (to == std::string::npos) break;
    from = to + 1;
  }
  return fields;
}

std::string Unescape(const std::string& field) {
  std::string out;
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + 1 < field.size()) {
      const char next = field[++i];
      out += next == 't' ? '\t' : next == 'n' ? '\n' : next;
    } else {
      out += field[i];
    }
  }
  return out;
}

std::string Escape(const std::string& field) {
  std::string out;
  for (char c : field) {
    if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\\') {
      out += "\\\\";
    } else {
      out += c;
    }
  }
  return out;
}

bool ParsePositive(const std::string& text, int& value) {
  if (text.empty() || text.size() > 6) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  value = std::atoi(text.c_str());
  return value > 0;
}

}  // namespace

Result<std::vector<Correction>> ParseCorrections(const std::string& tsv) {
  std::vector<Correction> out;
  size_t from = 0;
  int row_number = 0;
  while (from < tsv.size()) {
    size_t to = tsv.find('\n', from);
    if (to == std::string::npos) to = tsv.size();
    std::string row = tsv.substr(from, to - from);
    from = to + 1;
    ++row_number;
    if (!row.empty() && row.back() == '\r') row.pop_back();
    if (row.empty() || row[0] == '#') continue;
    if (row_number == 1 && row.rfind("page\tline\t", 0) == 0) continue;
    const std::vector<std::string> fields = SplitTabs(row);
    const std::string where = "row " + std::to_string(row_number) + ": ";
    if (fields.size() != 4) {
      return Status(ErrorCode::kInvalidArgument,
                    where +
                        "want 4 tab-separated fields (page, line, before, "
                        "after), got " +
                        std::to_string(fields.size()));
    }
    Correction c;
    if (!ParsePositive(fields[0], c.page) ||
        !ParsePositive(fields[1], c.line)) {
      return Status(ErrorCode::kInvalidArgument,
                    where + "page and line must be numbers from 1");
    }
    c.before = Unescape(fields[2]);
    c.after = Unescape(fields[3]);
    if (c.before.empty()) {
      return Status(ErrorCode::kInvalidArgument, where + "'before' is empty");
    }
    out.push_back(std::move(c));
  }
  return out;
}

std::string FormatCorrections(const std::vector<Correction>& corrections) {
  std::string out = "page\tline\tbefore\tafter\n";
  for (const Correction& c : corrections) {
    out += std::to_string(c.page) + "\t" + std::to_string(c.line) + "\t" +
           Escape(c.before) + "\t" + Escape(c.after) + "\n";
  }
  return out;
}

Result<std::vector<std::string>> ApplyCorrections(
    std::vector<std::string> pages,
    const std::vector<Correction>& corrections) {
  for (const Correction& c : corrections) {
    const std::string where = "correction page " + std::to_string(c.page) +
                              " line " + std::to_string(c.line) + ": ";
    if (c.page < 1 || static_cast<size_t>(c.page) > pages.size()) {
      return Status(
          ErrorCode::kInvalidArgument,
          where + "the text has " + std::to_string(pages.size()) + " pages");
    }
    std::string& page = pages[static_cast<size_t>(c.page) - 1];
    std::vector<std::string> lines = PageLines(page);
    if (static_cast<size_t>(c.line) > lines.size()) {
      return Status(
          ErrorCode::kInvalidArgument,
          where + "the page has " + std::to_string(lines.size()) + " lines");
    }
    std::string& line = lines[static_cast<size_t>(c.line) - 1];
    const size_t at = line.find(c.before);
    if (at == std::string::npos) {
      return Status(ErrorCode::kInvalidArgument,
                    where + "'" + c.before + "' is not on the line");
    }
    line.replace(at, c.before.size(), c.after);
    std::string rebuilt;
    for (const std::string& l : lines) rebuilt += l + "\n";
    page = std::move(rebuilt);
  }
  return pages;
}

}  // namespace finsam::fixture
