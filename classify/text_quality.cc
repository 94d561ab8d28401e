#include "classify/text_quality.h"

#include <cstdint>
#include <string>

namespace finsam {
namespace {

// Decodes one UTF-8 code point at `pos`, advancing it. Invalid bytes decode
// as U+FFFD so damaged text counts as damaged.
char32_t NextCodePoint(std::string_view s, size_t* pos) {
  const auto byte = [&](size_t i) { return static_cast<uint8_t>(s[i]); };
  const uint8_t b0 = byte(*pos);
  int len = b0 < 0x80           ? 1
            : (b0 >> 5) == 0x6  ? 2
            : (b0 >> 4) == 0xE  ? 3
            : (b0 >> 3) == 0x1E ? 4
                                : 0;
  if (len == 0 || *pos + len > s.size()) {
    *pos += 1;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? b0 : b0 & (0x7F >> len);
  for (int i = 1; i < len; ++i) {
    const uint8_t b = byte(*pos + i);
    if ((b & 0xC0) != 0x80) {
      *pos += 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  *pos += len;
  return cp;
}

// Letters of the scripts a Swedish report uses: ASCII, Latin-1 and Latin
// Extended-A/B. Other scripts are not expected and count as non-letters.
bool IsLetter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) return true;
  return false;
}

bool IsSwedishLetter(char32_t c) {
  switch (c) {
    case U'å':
    case U'ä':
    case U'ö':
    case U'Å':
    case U'Ä':
    case U'Ö':
      return true;
    default:
      return false;
  }
}

bool IsBadGlyph(char32_t c) {
  if (c == 0xFFFD) return true;
  if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
    return true;
  }
  return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0x7F && c < 0xA0);
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == 0xA0;
}

}  // namespace

TextQuality MeasureTextQuality(std::string_view text,
                               const WordPredicate& is_word) {
  TextQuality q;
  std::string token;
  int token_letters = 0;
  int token_digits = 0;
  const auto flush = [&] {
    if (token_letters >= 2 && token_digits <= 1) {
      ++q.words;
      if (is_word(token)) ++q.known_words;
    }
    token.clear();
    token_letters = 0;
    token_digits = 0;
  };
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const char32_t c = NextCodePoint(text, &pos);
    if (IsSpace(c)) {
      flush();
      continue;
    }
    ++q.chars;
    if (IsBadGlyph(c)) ++q.bad_glyphs;
    if (IsLetter(c)) {
      ++q.letters;
      if (IsSwedishLetter(c)) ++q.swedish_letters;
      token.append(text.substr(start, pos - start));
      ++token_letters;
    } else if (c >= '0' && c <= '9') {
      ++token_digits;
      token.append(text.substr(start, pos - start));
    } else {
      flush();
    }
  }
  flush();
  return q;
}

}  // namespace finsam
