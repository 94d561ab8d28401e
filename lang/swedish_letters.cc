#include "lang/swedish_letters.h"

namespace finsam {

char32_t DecodeUtf8(std::string_view s, size_t pos, int* len) {
  const unsigned char b = static_cast<unsigned char>(s[pos]);
  int n = b < 0x80           ? 1
          : (b >> 5) == 0x6  ? 2
          : (b >> 4) == 0xE  ? 3
          : (b >> 3) == 0x1E ? 4
                             : 1;
  if (n == 1 || pos + n > s.size()) {
    *len = 1;
    return b;
  }
  char32_t c = b & (0x7F >> n);
  for (int k = 1; k < n; ++k) {
    const unsigned char cont = static_cast<unsigned char>(s[pos + k]);
    if ((cont & 0xC0) != 0x80) {
      *len = 1;
      return b;
    }
    c = (c << 6) | (cont & 0x3F);
  }
  *len = n;
  return c;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool IsUpperLetter(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

bool IsLowerLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}

bool IsLetter(char32_t c) {
  return IsUpperLetter(c) || IsLowerLetter(c) || (c >= 0x100 && c < 0x250);
}

char32_t ToLowerLetter(char32_t c) {
  if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) {
    return c + 0x20;
  }
  return c;
}

char32_t ToUpperLetter(char32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7)) {
    return c - 0x20;
  }
  return c;
}

namespace {

template <typename Fn>
std::string MapLetters(std::string_view word, Fn fn) {
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size();) {
    int len = 1;
    const char32_t c = DecodeUtf8(word, i, &len);
    if (c < 0x80) {
      out.push_back(static_cast<char>(fn(c)));
    } else {
      const char32_t m = fn(c);
      if (m == c) {
        out.append(word.substr(i, len));
      } else if (m != 0) {
        AppendUtf8(m, &out);
      }
    }
    i += len;
  }
  return out;
}

}  // namespace

std::string ToLower(std::string_view word) {
  // Most words are plain ASCII: no decoding needed.
  bool ascii = true;
  for (char c : word) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    std::string out(word);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 0x20);
    }
    return out;
  }
  return MapLetters(word, ToLowerLetter);
}

std::string ToUpper(std::string_view word) {
  return MapLetters(word, ToUpperLetter);
}

bool IsSwedishDiacritic(char32_t c) {
  return c == U'å' || c == U'ä' || c == U'ö' || c == U'Å' || c == U'Ä' ||
         c == U'Ö';
}

bool HasSwedishDiacritic(std::string_view word) {
  // Every one of å/ä/ö/Å/Ä/Ö is encoded as 0xC3 followed by one byte.
  for (size_t i = 0; i + 1 < word.size(); ++i) {
    if (static_cast<unsigned char>(word[i]) != 0xC3) continue;
    const unsigned char b = static_cast<unsigned char>(word[i + 1]);
    if (b == 0xA5 || b == 0xA4 || b == 0xB6 || b == 0x85 || b == 0x84 ||
        b == 0x96) {
      return true;
    }
  }
  return false;
}

std::u32string ToCodePoints(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    int len = 1;
    out.push_back(DecodeUtf8(s, i, &len));
    i += len;
  }
  return out;
}

std::string FromCodePoints(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() + 4);
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

std::string FoldDiacritics(std::string_view word) {
  return MapLetters(word, [](char32_t c) -> char32_t {
    switch (c) {
      case U'å':
      case U'ä':
        return U'a';
      case U'ö':
        return U'o';
      case U'Å':
      case U'Ä':
        return U'A';
      case U'Ö':
        return U'O';
      default:
        return c;
    }
  });
}

std::string DropDiacritics(std::string_view word) {
  // MapLetters drops a code point mapped to 0.
  return MapLetters(word, [](char32_t c) -> char32_t {
    return IsSwedishDiacritic(c) ? 0 : c;
  });
}

CasePattern CasePatternOf(std::string_view word) {
  int upper = 0, lower = 0;
  bool first_upper = false, first = true;
  for (size_t i = 0; i < word.size();) {
    int len = 1;
    const char32_t c = DecodeUtf8(word, i, &len);
    i += len;
    if (IsUpperLetter(c)) {
      ++upper;
      if (first) first_upper = true;
    } else if (IsLowerLetter(c)) {
      ++lower;
    } else {
      continue;
    }
    first = false;
  }
  if (upper == 0) return CasePattern::kLower;
  if (lower == 0)
    return upper == 1 ? CasePattern::kCapitalized : CasePattern::kUpper;
  if (first_upper && upper == 1) return CasePattern::kCapitalized;
  return CasePattern::kMixed;
}

std::string ApplyCase(std::string_view lower_word, CasePattern pattern) {
  switch (pattern) {
    case CasePattern::kLower:
      return std::string(lower_word);
    case CasePattern::kUpper:
      return ToUpper(lower_word);
    case CasePattern::kCapitalized:
    case CasePattern::kMixed: {
      if (lower_word.empty()) return std::string();
      int len = 1;
      const char32_t c = DecodeUtf8(lower_word, 0, &len);
      std::string out;
      AppendUtf8(ToUpperLetter(c), &out);
      out.append(lower_word.substr(len));
      return out;
    }
  }
  return std::string(lower_word);
}

std::string CopyCase(std::string_view written, std::string_view lower_word) {
  const auto decode = [](std::string_view text) {
    std::u32string cps;
    for (size_t i = 0; i < text.size();) {
      int len = 1;
      cps.push_back(DecodeUtf8(text, i, &len));
      i += len;
    }
    return cps;
  };
  const std::u32string w = decode(written);
  const std::u32string c = decode(lower_word);
  if (w.empty() || c.size() < w.size()) {
    return ApplyCase(lower_word, !w.empty() && IsUpperLetter(w[0])
                                     ? CasePattern::kCapitalized
                                     : CasePattern::kLower);
  }
  const auto base = [](char32_t x) {
    x = ToLowerLetter(x);
    if (x == U'\u00e5' || x == U'\u00e4') return U'a';
    if (x == U'\u00f6') return U'o';
    return x;
  };
  size_t missing = c.size() - w.size();  // letters the reading adds
  std::string out;
  size_t i = 0;  // into w
  for (const char32_t letter : c) {
    const bool added =
        missing > 0 && (i >= w.size() || base(w[i]) != base(letter));
    // An added or replaced letter is upper case only between upper-case
    // letters: OCR writes "ansOkningar" and "fAnga" for "ansökningar" and
    // "fånga".
    const auto between_capitals = [&](size_t at, size_t next) {
      return at > 0 && IsUpperLetter(w[at - 1]) &&
             (next >= w.size() || IsUpperLetter(w[next]));
    };
    bool upper;
    if (added) {
      --missing;
      upper = between_capitals(i, i);
    } else {
      upper = ToLowerLetter(w[i]) == letter ? IsUpperLetter(w[i])
                                            : between_capitals(i, i + 1);
      ++i;
    }
    AppendUtf8(upper ? ToUpperLetter(letter) : letter, &out);
  }
  return out;
}

}  // namespace finsam
