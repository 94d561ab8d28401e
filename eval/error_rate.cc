#include "eval/error_rate.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace finsam {
namespace {

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Code points as 32-bit values; invalid bytes stand for themselves so every
// byte is accounted for.
std::vector<uint32_t> CodePoints(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const uint8_t b = static_cast<uint8_t>(s[i]);
    const int len = b < 0x80           ? 1
                    : (b >> 5) == 0x6  ? 2
                    : (b >> 4) == 0xE  ? 3
                    : (b >> 3) == 0x1E ? 4
                                       : 1;
    if (len == 1 || i + len > s.size()) {
      out.push_back(b);
      ++i;
      continue;
    }
    uint32_t cp = b & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
      cp = (cp << 6) | (static_cast<uint8_t>(s[i + k]) & 0x3F);
    }
    out.push_back(cp);
    i += len;
  }
  return out;
}

template <typename T>
size_t Levenshtein(const std::vector<T>& a, const std::vector<T>& b) {
  // Two rows: memory is O(|b|) even for whole documents.
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitute = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

// Levenshtein distance from `a` to the closest stretch of `b`: a stretch
// may start and end anywhere in b for free (semi-global alignment).
template <typename T>
size_t LevenshteinWithin(const std::vector<T>& a, const std::vector<T>& b) {
  std::vector<size_t> prev(b.size() + 1, 0), cur(b.size() + 1);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitute = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitute});
    }
    std::swap(prev, cur);
  }
  return *std::min_element(prev.begin(), prev.end());
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> words;
  std::string word;
  for (char c : s) {
    if (IsSpaceByte(c)) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace

double ErrorCount::rate() const {
  if (reference == 0) return errors == 0 ? 0.0 : 1.0;
  return static_cast<double>(errors) / static_cast<double>(reference);
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (IsSpaceByte(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

ErrorCount CharacterErrors(std::string_view reference,
                           std::string_view hypothesis) {
  const std::vector<uint32_t> ref = CodePoints(CollapseWhitespace(reference));
  const std::vector<uint32_t> hyp = CodePoints(CollapseWhitespace(hypothesis));
  return ErrorCount{Levenshtein(ref, hyp), ref.size()};
}

ErrorCount CharacterErrorsWithin(std::string_view reference,
                                 std::string_view hypothesis) {
  const std::vector<uint32_t> ref = CodePoints(CollapseWhitespace(reference));
  const std::vector<uint32_t> hyp = CodePoints(CollapseWhitespace(hypothesis));
  return ErrorCount{LevenshteinWithin(ref, hyp), ref.size()};
}

ErrorCount WordErrors(std::string_view reference, std::string_view hypothesis) {
  const std::vector<std::string> ref = Words(reference);
  const std::vector<std::string> hyp = Words(hypothesis);
  return ErrorCount{Levenshtein(ref, hyp), ref.size()};
}

}  // namespace finsam
