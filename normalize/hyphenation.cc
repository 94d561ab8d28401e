#include "normalize/hyphenation.h"

#include <array>

#include "lang/swedish_letters.h"

namespace finsam {
namespace {

// Words that follow a suspended compound's hyphen ("Individ- och
// familjeomsorg", "för- eller eftermiddag", "Bygg- respektive miljönämnd").
constexpr std::array<std::string_view, 8> kSuspendedCompoundJoiners = {
    "och", "eller", "samt", "respektive", "resp.", "liksom", "som", "till"};

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

// The code point before byte `end` of `s` (0 when none).
char32_t LastCodePoint(std::string_view s, size_t end) {
  if (end == 0) return 0;
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  int len = 1;
  return DecodeUtf8(s, start, &len);
}

}  // namespace

std::string JoinWrappedLines(std::string_view first, std::string_view second) {
  first = TrimSpaces(first);
  second = TrimSpaces(second);
  if (first.empty()) return std::string(second);
  if (second.empty()) return std::string(first);
  std::string out(first);
  const bool hyphen_end = first.back() == '-';
  const char32_t before_hyphen =
      hyphen_end ? LastCodePoint(first, first.size() - 1) : 0;
  if (!hyphen_end || !(IsLetter(before_hyphen) ||
                       (before_hyphen >= '0' && before_hyphen <= '9'))) {
    // A word, "/", "-/", a dash standing alone: the line break was a space.
    out += ' ';
    out += second;
    return out;
  }
  const size_t space = second.find(' ');
  const std::string next_word = ToLower(second.substr(0, space));
  for (std::string_view joiner : kSuspendedCompoundJoiners) {
    if (next_word == joiner) {
      out += ' ';
      out += second;
      return out;
    }
  }
  int len = 1;
  const char32_t next = DecodeUtf8(second, 0, &len);
  // The part before the hyphen: its last piece after a space or slash.
  const size_t piece_start = first.find_last_of(" /", first.size() - 2);
  const std::string_view piece =
      first.substr(piece_start == std::string_view::npos ? 0 : piece_start + 1);
  const bool single_letter =
      piece.size() >= 2 && piece.size() <= 3 &&
      LastCodePoint(piece, piece.size() - 1) == before_hyphen &&
      DecodeUtf8(piece, 0, &len) == before_hyphen;
  const bool keeps_hyphen =
      !IsLowerLetter(before_hyphen) || !IsLowerLetter(next) || single_letter;
  if (!keeps_hyphen) out.pop_back();  // "kompetens-" + "utveckling"
  out += second;
  return out;
}

}  // namespace finsam
