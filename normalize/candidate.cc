#include "normalize/candidate.h"

#include "lang/swedish_letters.h"

namespace finsam {

int KindOf(char32_t c) {
  switch (c) {
    case U'å':
    case U'Å':
      return kRing;
    case U'ä':
    case U'Ä':
      return kUmlautA;
    case U'ö':
    case U'Ö':
      return kUmlautO;
    default:
      return -1;
  }
}

void CountKinds(std::string_view word, float counts[kKinds]) {
  for (size_t i = 0; i < word.size();) {
    int len = 1;
    const int kind = KindOf(DecodeUtf8(word, i, &len));
    if (kind >= 0) counts[kind] += 1;
    i += len;
  }
}

bool MatchFolded(std::u32string_view damaged, std::string_view candidate,
                 float folded[kKinds]) {
  size_t i = 0;
  for (char32_t d : damaged) {
    if (i >= candidate.size()) return false;
    int len = 1;
    const char32_t c = DecodeUtf8(candidate, i, &len);
    i += len;
    if (c == d) continue;
    const int kind = KindOf(c);
    if (kind < 0) return false;
    if ((kind == kUmlautO) != (d == U'o')) return false;
    if (kind != kUmlautO && d != U'a') return false;
    folded[kind] += 1;
  }
  return i == candidate.size();
}

}  // namespace finsam
