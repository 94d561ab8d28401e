#include "extract/page_role.h"

#include <re2/re2.h>

#include <string>

#include "extract/folded_text.h"

namespace finsam {
namespace {

int CountLines(std::string_view text) {
  int lines = text.empty() ? 0 : 1;
  for (char c : text) lines += c == '\n';
  return lines;
}

int CountWords(std::string_view text) {
  int words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool IsSignaturePage(const std::string& folded) {
  // Visma Sign's signature page is multilingual; any of its fixed phrases,
  // in Swedish, English or Finnish, identifies it.
  static const RE2 kMarkers(
      "signature page|allekirjoitussivu|signatursida|"
      "sidor fore denna sida|pages? before this page|"
      "company - yritys|yritys - foretag|"
      "allekirjoittajat|tunnistautuminen");
  return RE2::PartialMatch(folded, kMarkers);
}

bool IsToc(std::string_view text, const std::string& folded) {
  static const RE2 kHeading(
      "(?m)^\\s*(innehallsforteckning|innehall|"
      "table of contents|contents)\\s*$");
  if (RE2::PartialMatch(folded, kHeading)) return true;
  // Many lines ending in a page number after dot leaders (OCR turns dots
  // into "....ccc" runs, so any run of four dots will do).
  static const RE2 kLeader("\\.{4,}[^\\n]{0,80}?\\d{1,3}\\s*$");
  int leaders = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    if (RE2::PartialMatch(text.substr(start, end - start), kLeader)) {
      ++leaders;
    }
    start = end + 1;
  }
  return leaders >= 4;
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
  (void)page_count;
  const std::string folded = FoldForMatching(body_text);
  std::string folded_lines;  // folded, but keeping line breaks for ^ and $
  {
    size_t start = 0;
    while (start <= body_text.size()) {
      size_t end = body_text.find('\n', start);
      if (end == std::string_view::npos) end = body_text.size();
      folded_lines += FoldForMatching(body_text.substr(start, end - start));
      folded_lines += '\n';
      start = end + 1;
    }
  }
  if (IsSignaturePage(folded)) return PageRole::kSignaturePage;
  if (IsToc(body_text, folded_lines)) return PageRole::kToc;
  if (index == 0 && CountLines(body_text) <= 15 &&
      CountWords(body_text) <= 80) {
    return PageRole::kCover;
  }
  return PageRole::kBody;
}

}  // namespace finsam
