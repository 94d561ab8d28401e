#include "normalize/line_shape.h"

#include <algorithm>
#include <array>

#include "lang/swedish_letters.h"
#include "normalize/word_tokenizer.h"

namespace finsam {
namespace {

// Words a Swedish sentence does not end on: conjunctions, prepositions,
// articles, infinitive "att". With their å/ä/ö folded or dropped, since
// the line may have lost them.
constexpr std::array<std::string_view, 40> kNeverLast = {
    "och",    "eller", "samt", "men",  "att",  "som",   "i",      "på",
    "pa",     "p",     "av",   "för",  "for",  "fr",    "med",    "till",
    "om",     "från",  "fran", "frn",  "inom", "vid",   "genom",  "utan",
    "mellan", "mot",   "hos",  "en",   "ett",  "den",   "det",    "de",
    "dess",   "deras", "sin",  "sitt", "sina", "vilka", "vilket", "inklusive"};

bool IsYear(std::string_view t) {
  return t.size() == 4 &&
         ((t[0] == '1' && t[1] == '9') || (t[0] == '2' && t[1] == '0'));
}

}  // namespace

bool StartsWithBullet(std::string_view line) {
  const size_t start = line.find_first_not_of(" \t");
  if (start == std::string_view::npos) return false;
  line.remove_prefix(start);
  for (std::string_view mark :
       {"\u2022 ", "- ", "\u2013 ", "* ", "\u25aa ", "\u25cf ", "\u00b7 "}) {
    if (line.substr(0, mark.size()) == mark) return true;
  }
  return false;
}

bool EndsWithAmounts(std::string_view line) {
  const size_t end = line.find_last_not_of(" \t\r\f");
  if (end == std::string_view::npos ||
      !((line[end] >= '0' && line[end] <= '9') || line[end] == '%')) {
    return false;
  }
  const std::vector<WordToken> tokens = TokenizeLine(line);
  size_t amounts = 0;
  bool only_a_year = false;
  size_t i = tokens.size();
  while (i > 0 && (tokens[i - 1].kind == WordToken::Kind::kNumber ||
                   tokens[i - 1].text == "%")) {
    only_a_year = amounts == 0 && IsYear(tokens[i - 1].text);
    ++amounts;
    --i;
  }
  if (amounts == 0 || (amounts == 1 && only_a_year)) return false;
  if (i == 0 || tokens[i - 1].kind != WordToken::Kind::kWord) return false;
  // The label is one phrase: no comma, no capital after its first word.
  // Prose beside a table ("är organiserade runt deras behov Deltagare
  // avslut 5 % 18 %") is not a row.
  if (line.substr(0, tokens[i - 1].end).find(',') != std::string_view::npos) {
    return false;
  }
  for (size_t j = 1; j < i; ++j) {
    int len = 1;
    if (IsUpperLetter(DecodeUtf8(tokens[j].text, 0, &len))) return false;
  }
  return true;
}

bool EndsMidSentence(std::string_view line) {
  const size_t end = line.find_last_not_of(" \t\r\f");
  if (end == std::string_view::npos) return false;
  if (line[end] == ',') return true;
  // "Villkors-" (the word goes on below), not "2020-" or a dash alone.
  if (line[end] == '-' && end > 0) {
    const size_t before = end - 1;
    const unsigned char c = static_cast<unsigned char>(line[before]);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  }
  // The last chunk is enough to find the last word.
  const size_t space = line.find_last_of(" \t", end);
  const size_t from = space == std::string_view::npos ? 0 : space + 1;
  const std::vector<WordToken> tokens =
      TokenizeLine(line.substr(from, end + 1 - from));
  if (tokens.empty() || tokens.back().kind != WordToken::Kind::kWord ||
      tokens.back().punct_after) {
    return false;
  }
  const std::string last = ToLower(tokens.back().text);
  return std::find(kNeverLast.begin(), kNeverLast.end(), last) !=
         kNeverLast.end();
}

bool HasSentenceEnd(std::string_view line) {
  for (size_t i = 1; i < line.size(); ++i) {
    const char c = line[i];
    if (c != '.' && c != '!' && c != '?') continue;
    const unsigned char before = static_cast<unsigned char>(line[i - 1]);
    const bool after_letter = (before >= 'a' && before <= 'z') ||
                              (before >= 'A' && before <= 'Z') ||
                              before >= 0x80;
    if (after_letter && (i + 1 == line.size() || line[i + 1] == ' ')) {
      return true;
    }
  }
  return false;
}

std::string_view CellOf(std::string_view line, size_t index) {
  size_t begin = 0;
  for (size_t i = 0; i < index; ++i) {
    const size_t tab = line.find('\t', begin);
    if (tab == std::string_view::npos) return {};
    begin = tab + 1;
  }
  const size_t tab = line.find('\t', begin);
  return line.substr(begin, tab == std::string_view::npos
                                ? std::string_view::npos
                                : tab - begin);
}

size_t CellIndexAt(std::string_view line, size_t offset) {
  offset = std::min(offset, line.size());
  return static_cast<size_t>(
      std::count(line.begin(), line.begin() + offset, '\t'));
}

}  // namespace finsam
