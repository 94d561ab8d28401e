#include "records/record_text.h"

#include <re2/re2.h>

#include <algorithm>

#include "records/text_fold.h"

namespace finsam::records {
namespace {

// "Sida 3" / "Sida 3 av 33" / "Sida 3 (33)": returns the page number or 0.
int FooterPage(std::string_view line) {
  static const RE2 kFooter(
      R"((?i)^\s*sida\s+(\d{1,4})(?:\s*(?:av|/|\()\s*\d{1,4}\)?)?\s*$)");
  int page = 0;
  if (RE2::FullMatch(line, kFooter, &page)) return page;
  return 0;
}

// A line as document converters mark it up, without the marks: "## 5.2
// Budget 2024", "<b>Summa</b>\t<b>4 000 000</b>", "**Mål**" read like the
// plain text a PDF gives. Tabs stay.
std::string WithoutMarkup(std::string_view line) {
  if (line.find_first_of("<*#") == std::string_view::npos) {
    return std::string(line);
  }
  std::string out(line);
  static const RE2 kTag(R"(</?(?:b|i|u|strong|em)>)");
  static const RE2 kStars(R"(\*\*)");
  static const RE2 kHashes(R"(^(\s*)#{1,6}\s+)");
  RE2::GlobalReplace(&out, kTag, "");
  RE2::GlobalReplace(&out, kStars, "");
  RE2::Replace(&out, kHashes, "\\1");
  return out;
}

}  // namespace

bool IsFurnitureLine(std::string_view line) {
  if (FooterPage(line) > 0) return true;
  static const RE2 kStamp(R"((?i)^\W{0,3}\s*visma\s*sign\s*$)");
  return RE2::FullMatch(line, kStamp);
}

RecordText SplitRecordText(std::string_view text) {
  RecordText out;
  out.page_breaks = text.find('\f') != std::string_view::npos;
  std::vector<std::string> raw;
  std::vector<int> raw_page;
  int page = 1;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    // A form feed may sit anywhere in a line; each one starts a page.
    size_t ff;
    while ((ff = line.find('\f')) != std::string_view::npos) {
      std::string_view before = line.substr(0, ff);
      if (!Trim(before).empty()) {
        raw.push_back(WithoutMarkup(before));
        raw_page.push_back(page);
      }
      ++page;
      line.remove_prefix(ff + 1);
    }
    raw.push_back(WithoutMarkup(line));
    raw_page.push_back(page);
    if (end == text.size()) break;
    start = end + 1;
  }
  if (out.page_breaks) {
    for (size_t i = 0; i < raw.size(); ++i) {
      if (IsFurnitureLine(raw[i])) continue;
      out.lines.push_back({raw[i], raw_page[i]});
    }
    // A final form feed closes the last page rather than opening one.
    int last = 0;
    for (const Line& l : out.lines) {
      if (!Trim(l.text).empty()) last = std::max(last, l.page);
    }
    out.page_count = last;
    return out;
  }
  // No form feeds: "Sida N" closes page N. Lines before a footer whose
  // number follows the previous one are on that page; lines before a
  // footer that skips (OCR lost the ones between) are on an unknown page.
  int previous_footer = 0;
  size_t open_from = 0;
  for (size_t i = 0; i < raw.size(); ++i) {
    const int footer = FooterPage(raw[i]);
    if (footer == 0) continue;
    const int assigned = footer == previous_footer + 1 ? footer : 0;
    for (size_t k = open_from; k < i; ++k) raw_page[k] = assigned;
    raw_page[i] = -1;
    previous_footer = footer;
    open_from = i + 1;
  }
  bool trailing_text = false;
  for (size_t k = open_from; k < raw.size(); ++k) {
    raw_page[k] = previous_footer > 0 ? previous_footer + 1 : 1;
    if (!Trim(raw[k]).empty() && !IsFurnitureLine(raw[k])) {
      trailing_text = true;
    }
  }
  if (previous_footer == 0) {
    // No footers at all: one page of unknown number would be misleading
    // only if the document is long; call it page 1 when it is short.
    for (int& p : raw_page) p = raw.size() < 80 ? 1 : 0;
  }
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw_page[i] < 0 || IsFurnitureLine(raw[i])) continue;
    out.lines.push_back({raw[i], raw_page[i]});
  }
  out.page_count = previous_footer + (trailing_text ? 1 : 0);
  if (out.page_count == 0) out.page_count = 1;
  return out;
}

std::vector<std::string> LineCells(const std::string& line) {
  std::vector<std::string> cells;
  static const RE2 kSep(R"(\t|\s{2,})");
  std::string s = line;
  RE2::GlobalReplace(&s, kSep, "\t");
  size_t start = 0;
  while (start <= s.size()) {
    size_t tab = s.find('\t', start);
    if (tab == std::string::npos) tab = s.size();
    const std::string cell(Trim(s.substr(start, tab - start)));
    if (!cell.empty()) cells.push_back(cell);
    start = tab + 1;
  }
  return cells;
}

}  // namespace finsam::records
