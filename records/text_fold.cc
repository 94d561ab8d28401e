#include "records/text_fold.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace finsam::records {
namespace {

// Decodes one UTF-8 code point at `*i`, advancing `*i`; invalid bytes come
// back as U+FFFD so folding never stops on damaged text.
char32_t NextCodePoint(std::string_view s, size_t* i) {
  const unsigned char c = static_cast<unsigned char>(s[*i]);
  int extra = 0;
  char32_t cp = 0;
  if (c < 0x80) {
    ++*i;
    return c;
  } else if ((c & 0xE0) == 0xC0) {
    extra = 1;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    extra = 2;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    extra = 3;
    cp = c & 0x07;
  } else {
    ++*i;
    return 0xFFFD;
  }
  if (*i + extra >= s.size()) {
    *i = s.size();
    return 0xFFFD;
  }
  for (int k = 1; k <= extra; ++k) {
    const unsigned char d = static_cast<unsigned char>(s[*i + k]);
    if ((d & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (d & 0x3F);
  }
  *i += extra + 1;
  return cp;
}

// The ASCII letter a Latin-1 letter folds to, or 0 when it is not a letter.
char FoldLatin1(char32_t cp) {
  if (cp >= 'a' && cp <= 'z') return static_cast<char>(cp);
  if (cp >= 'A' && cp <= 'Z') return static_cast<char>(cp - 'A' + 'a');
  if (cp >= '0' && cp <= '9') return static_cast<char>(cp);
  switch (cp) {
    case U'å':
    case U'ä':
    case U'à':
    case U'á':
    case U'â':
    case U'ã':
    case U'Å':
    case U'Ä':
    case U'À':
    case U'Á':
    case U'Â':
    case U'Ã':
    case U'æ':
    case U'Æ':
      return 'a';
    case U'ö':
    case U'ø':
    case U'ó':
    case U'ò':
    case U'ô':
    case U'õ':
    case U'Ö':
    case U'Ø':
    case U'Ó':
    case U'Ò':
    case U'Ô':
    case U'Õ':
      return 'o';
    case U'é':
    case U'è':
    case U'ê':
    case U'ë':
    case U'É':
    case U'È':
    case U'Ê':
    case U'Ë':
      return 'e';
    case U'ü':
    case U'ú':
    case U'ù':
    case U'Ü':
    case U'Ú':
    case U'Ù':
      return 'u';
    case U'í':
    case U'ì':
    case U'ï':
    case U'Í':
    case U'Ì':
    case U'Ï':
      return 'i';
    case U'ç':
    case U'Ç':
      return 'c';
    case U'ñ':
    case U'Ñ':
      return 'n';
    default:
      return 0;
  }
}

}  // namespace

std::string Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < text.size()) {
    const char f = FoldLatin1(NextCodePoint(text, &i));
    if (f == 0) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(f);
  }
  return out;
}

int EditDistance(std::string_view a, std::string_view b, int limit) {
  const int n = static_cast<int>(a.size());
  const int m = static_cast<int>(b.size());
  if (std::abs(n - m) > limit) return limit + 1;
  std::vector<int> prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(prev, cur);
  }
  return prev[m];
}

bool FoldedNear(std::string_view a, std::string_view b) {
  if (a == b) return true;
  const size_t len = std::min(a.size(), b.size());
  // Short labels ("bank", "skulder") must match exactly: one letter there
  // turns one line into another. Longer ones tolerate about one OCR error
  // per eight letters.
  if (len < 8) return false;
  const int limit = len < 16 ? 1 : (len < 28 ? 2 : 3);
  return EditDistance(a, b, limit) <= limit;
}

std::string_view Trim(std::string_view text) {
  size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r' ||
                   text[b] == '\n' || text[b] == '\f' || text[b] == '\v')) {
    ++b;
  }
  while (e > b &&
         (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r' ||
          text[e - 1] == '\n' || text[e - 1] == '\f' || text[e - 1] == '\v')) {
    --e;
  }
  return text.substr(b, e - b);
}

namespace {

// First letter of `text` (skipping digits, punctuation and spaces), 0 if none.
char32_t FirstLetter(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = NextCodePoint(text, &i);
    const char f = FoldLatin1(cp);
    if (f != 0 && !(f >= '0' && f <= '9')) return cp;
  }
  return 0;
}

}  // namespace

bool StartsUpper(std::string_view text) {
  const char32_t cp = FirstLetter(text);
  if (cp >= 'A' && cp <= 'Z') return true;
  return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
}

bool StartsLower(std::string_view text) {
  const char32_t cp = FirstLetter(text);
  if (cp >= 'a' && cp <= 'z') return true;
  return cp >= 0xDF && cp <= 0xFF && cp != 0xF7;
}

}  // namespace finsam::records
