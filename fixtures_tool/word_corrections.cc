#include "fixtures_tool/word_corrections.h"

#include <algorithm>
#include <set>

#include "fixtures_tool/fixture_text.h"

namespace finsam::fixture {
namespace {

std::vector<std::string> NonBlankLines(const std::string& page) {
  std::vector<std::string> out;
  for (std::string& line : PageLines(page)) {
    if (line.find_first_not_of(" \t") != std::string::npos) {
      out.push_back(std::move(line));
    }
  }
  return out;
}

std::vector<std::string> Words(const std::string& line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const size_t begin = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > begin) out.push_back(line.substr(begin, i - begin));
  }
  return out;
}

bool IsAsciiPunctuation(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == '(' || c == ')' || c == '"' || c == '\'';
}

std::string Strip(const std::string& word) {
  size_t b = 0;
  size_t e = word.size();
  while (b < e && IsAsciiPunctuation(word[b])) ++b;
  while (e > b && IsAsciiPunctuation(word[e - 1])) --e;
  return word.substr(b, e - b);
}

// Latin letters (ASCII, and U+00C0..U+024F without × and ÷: å, ä, ö, é,
// ü ...) and inner hyphens; no digits, no symbols such as "•" or "«".
bool IsWord(const std::string& word) {
  if (word.empty() || word.front() == '-' || word.back() == '-') return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char u = static_cast<unsigned char>(word[i]);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '-') continue;
    if (u < 0xC3 || u > 0xC9 || i + 1 >= word.size()) return false;
    const unsigned char next = static_cast<unsigned char>(word[i + 1]);
    if ((next & 0xC0) != 0x80) return false;
    const unsigned code = ((u & 0x1Fu) << 6) | (next & 0x3Fu);
    if (code < 0xC0 || code == 0xD7 || code == 0xF7 || code > 0x24F) {
      return false;
    }
    ++i;
  }
  return true;
}

}  // namespace

std::vector<WordCorrection> FindWordCorrections(
    const std::vector<std::string>& output_pages,
    const std::vector<std::string>& corrected_pages) {
  std::vector<WordCorrection> out;
  const size_t pages = std::min(output_pages.size(), corrected_pages.size());
  for (size_t p = 0; p < pages; ++p) {
    const auto a = NonBlankLines(output_pages[p]);
    const auto b = NonBlankLines(corrected_pages[p]);
    if (a.size() != b.size()) continue;
    for (size_t l = 0; l < a.size(); ++l) {
      if (a[l] == b[l]) continue;
      const auto wa = Words(a[l]);
      const auto wb = Words(b[l]);
      if (wa.size() != wb.size()) continue;
      for (size_t w = 0; w < wa.size(); ++w) {
        const std::string x = Strip(wa[w]);
        const std::string y = Strip(wb[w]);
        if (x == y || !IsWord(x) || !IsWord(y)) continue;
        out.push_back(WordCorrection{x, y});
      }
    }
  }
  return out;
}

std::vector<LexiconCandidate> FindLexiconCandidates(
    const std::map<std::string, std::vector<WordCorrection>>& by_fixture,
    int min_fixtures) {
  std::map<WordCorrection, std::set<std::string>> where;
  std::map<std::string, std::set<std::string>> targets;  // before -> afters
  for (const auto& [fixture, corrections] : by_fixture) {
    for (const WordCorrection& c : corrections) {
      where[c].insert(fixture);
      targets[c.before].insert(c.after);
    }
  }
  std::vector<LexiconCandidate> out;
  for (const auto& [correction, fixtures] : where) {
    if (static_cast<int>(fixtures.size()) < min_fixtures) continue;
    if (targets[correction.before].size() > 1) continue;
    out.push_back(LexiconCandidate{
        correction,
        std::vector<std::string>(fixtures.begin(), fixtures.end())});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const LexiconCandidate& a, const LexiconCandidate& b) {
                     return a.fixtures.size() > b.fixtures.size();
                   });
  return out;
}

}  // namespace finsam::fixture
