#include "layout/page_role.h"

#include <re2/re2.h>

#include <string>
#include <vector>

#include "layout/folded_text.h"

namespace finsam {
namespace {

// The page's non-empty lines: as given, and folded (lower case, å/ä/ö ->
// a/o) for matching, since OCR may have dropped the marks.
struct PageText {
  std::vector<std::string_view> lines;
  std::vector<std::string> folded;
  int words = 0;
};

int CountWords(std::string_view folded) {
  int words = 0;
  bool in_word = false;
  for (char c : folded) {
    if (c != ' ' && !in_word) ++words;
    in_word = c != ' ';
  }
  return words;
}

PageText Split(std::string_view text) {
  PageText page;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    std::string folded = FoldForMatching(line);
    if (!folded.empty()) {
      page.lines.push_back(line);
      page.words += CountWords(folded);
      page.folded.push_back(std::move(folded));
    }
    start = end + 1;
  }
  return page;
}

bool IsSignaturePage(const PageText& page) {
  // Visma Sign's signature page is multilingual; any of its fixed phrases,
  // in any of its languages, identifies it.
  static const RE2 kMarker(
      "signature page|allekirjoitussivu|signatursida|underskriftsside|"
      "sidor fore denna sida|pages? before this page|"
      "sivua ennen tata sivua|sider (for|foer) denne side|"
      "company - yritys|yritys - foretag|selskap - virksomhed|"
      "signed - allekirjoitettu|authentication - tunnistautuminen");
  // Failing those (a cut-off page), two signers' times next to the word
  // "signed" in some language.
  static const RE2 kSigned("sign|allekirjoit|underskr");
  static const RE2 kTime("\\d{4}-\\d\\d-\\d\\d[ t]\\d\\d:\\d\\d");
  int signed_times = 0;
  for (const std::string& line : page.folded) {
    if (RE2::PartialMatch(line, kMarker)) return true;
    if (RE2::PartialMatch(line, kTime) && RE2::PartialMatch(line, kSigned)) {
      ++signed_times;
    }
  }
  return signed_times >= 2;
}

// FoldForMatching turns tabs into spaces; table-of-contents entries with a
// tab before the page number need them kept.
std::string FoldKeepingTabs(std::string_view line) {
  std::string out;
  size_t start = 0;
  while (start <= line.size()) {
    size_t end = line.find('\t', start);
    if (end == std::string_view::npos) end = line.size();
    if (start > 0) out += '\t';
    out += FoldForMatching(line.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool IsToc(const PageText& page) {
  // The heading, among the first lines.
  static const RE2 kHeading(
      "(innehallsforteckning|innehall|table of contents|contents)\\s*:?");
  for (size_t i = 0; i < page.folded.size() && i < 5; ++i) {
    if (RE2::FullMatch(page.folded[i], kHeading)) return true;
  }
  // Or entries: a title, dot leaders, a page number. OCR turns leaders into
  // "....ccc" runs, so any four dots will do. Born-digital tables of
  // contents may have a tab instead: then the page numbers must rise.
  static const RE2 kLeader("\\.{4,}.{0,80}?\\s?(\\d{1,3})\\s*$");
  static const RE2 kTabbed("[^\\t]*[a-z][^\\t]*\\t(\\d{1,3})\\s*$");
  int leaders = 0, tabbed = 0, last = 0;
  bool rising = true;
  for (const std::string_view line : page.lines) {
    const std::string folded_tabs = FoldKeepingTabs(line);
    int number = 0;
    if (RE2::PartialMatch(folded_tabs, kLeader, &number)) {
      ++leaders;
    } else if (RE2::FullMatch(folded_tabs, kTabbed, &number)) {
      ++tabbed;
      rising = rising && number >= last;
      last = number;
    }
  }
  const int lines = static_cast<int>(page.lines.size());
  if (leaders >= 4 || (leaders >= 3 && 10 * leaders >= 3 * lines)) {
    return true;
  }
  return rising && tabbed >= 5 && 2 * tabbed >= lines;
}

// A cover is short: a title, a year, the organisation's name, perhaps a
// decision date, each on a short line. Prose (several long lines) is not.
bool IsCover(const PageText& page) {
  const int lines = static_cast<int>(page.lines.size());
  if (lines == 0 || lines > 15 || page.words > 80) return false;
  static const RE2 kTitle(
      "arsredovisning|verksamhetsberattelse|verksamhetsplan|budget|"
      "delarsrapport|arsbokslut|bokslut|protokoll|kallelse|rapport|"
      "annual report");
  int long_lines = 0;
  bool title = false;
  for (const std::string& line : page.folded) {
    const int words = CountWords(line);
    if (words > 10) ++long_lines;
    if (words <= 6 && RE2::PartialMatch(line, kTitle)) title = true;
  }
  if (long_lines > 2) return false;
  return title || page.words <= 4 * lines;
}

}  // namespace

const char* PageRoleName(PageRole role) {
  switch (role) {
    case PageRole::kCover:
      return "cover";
    case PageRole::kToc:
      return "toc";
    case PageRole::kBody:
      return "body";
    case PageRole::kSignaturePage:
      return "signature-page";
  }
  return "body";
}

PageRole ClassifyPageRole(std::string_view body_text, int index,
                          int page_count) {
  const PageText page = Split(body_text);
  if (IsSignaturePage(page)) return PageRole::kSignaturePage;
  if (IsToc(page)) return PageRole::kToc;
  // A one-page document has no cover: its page is the document.
  if (index == 0 && page_count != 1 && IsCover(page)) return PageRole::kCover;
  return PageRole::kBody;
}

}  // namespace finsam
