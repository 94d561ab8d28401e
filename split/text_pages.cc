#include "split/text_pages.h"

#include <string>
#include <utility>

#include "records/text_fold.h"
#include "split/page_number.h"

namespace finsam::split {
namespace {

// How many non-blank lines at each edge may be a page number.
constexpr int kEdgeLines = 2;
// Without form feeds, a line starting with one space begins a page only
// when the page before has this many lines: a list whose bullet signs
// were lost starts every item so (seed 001's agenda, lines 108-128: items
// of one to three lines).
constexpr size_t kMinTextPageLines = 4;

struct RawLine {
  std::string_view text;
  int number = 0;  // 1-based
};

// Moves the page numbers at the page's edges out of its text.
PackagePage PageOf(const std::vector<RawLine>& lines) {
  PackagePage page;
  std::vector<size_t> non_blank;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!records::Trim(lines[i].text).empty()) non_blank.push_back(i);
  }
  std::vector<bool> is_number(lines.size(), false);
  for (size_t k = 0; k < non_blank.size(); ++k) {
    const bool edge = k < kEdgeLines || k + kEdgeLines >= non_blank.size();
    if (edge && ParsePageNumber(lines[non_blank[k]].text)) {
      is_number[non_blank[k]] = true;
    }
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    if (is_number[i]) {
      page.page_number_lines.emplace_back(records::Trim(lines[i].text));
    } else {
      page.text.append(lines[i].text);
      page.text += '\n';
    }
  }
  return page;
}

bool StartsWithOneSpace(std::string_view line) {
  return line.size() >= 2 && line[0] == ' ' && line[1] != ' ' &&
         line[1] != '\t';
}

// "2 (332)", "Sida 21": a line that is a page number and nothing else,
// in a style that is not a bare number (a bare number ends table rows).
bool EndsPage(std::string_view line) {
  auto n = ParsePageNumber(line);
  return n && n->style != PageNumberStyle::kBare;
}

}  // namespace

TextPages PagesOfText(std::string_view text) {
  TextPages out;
  out.page_breaks = text.find('\f') != std::string_view::npos;
  std::vector<RawLine> current;
  auto flush = [&](bool keep_empty) {
    if (current.empty() && !keep_empty) return;
    out.pages.push_back(PageOf(current));
    const int first = current.empty() ? 0 : current.front().number;
    out.first_line.push_back(first);
    out.last_line.push_back(current.empty() ? first : current.back().number);
    current.clear();
  };
  int line_number = 1;
  size_t start = 0;
  if (out.page_breaks) {
    // Every form feed ends a page, an empty one too; text after the last
    // one makes a last page only when it holds more than white space.
    while (start <= text.size()) {
      size_t end = text.find('\f', start);
      const bool last = end == std::string_view::npos;
      if (last) end = text.size();
      std::string_view chunk = text.substr(start, end - start);
      if (last && records::Trim(chunk).empty()) break;
      size_t from = 0;
      while (from < chunk.size()) {
        size_t nl = chunk.find('\n', from);
        const bool has_nl = nl != std::string_view::npos;
        if (!has_nl) nl = chunk.size();
        current.push_back({chunk.substr(from, nl - from), line_number});
        if (has_nl) ++line_number;
        from = nl + 1;
      }
      flush(/*keep_empty=*/true);
      if (last) break;
      start = end + 1;
    }
    return out;
  }
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (StartsWithOneSpace(line) && current.size() >= kMinTextPageLines) {
      flush(false);
    }
    current.push_back({line, line_number});
    if (EndsPage(line)) flush(false);
    ++line_number;
  }
  flush(false);
  return out;
}

}  // namespace finsam::split
