#include "layout/folded_text.h"

#include <cctype>

namespace finsam {

std::string FoldForMatching(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (c == 0xC3 && i + 1 < text.size()) {
      // Latin-1 letters U+00C0..U+00FF: fold the ones Swedish text uses.
      const unsigned char d = static_cast<unsigned char>(text[i + 1]) | 0x20;
      char folded = 0;
      if (d == 0xA5 || d == 0xA4 || d == 0xA0 || d == 0xA1 || d == 0xA2) {
        folded = 'a';  // å ä à á â
      } else if (d == 0xB6 || d == 0xB3 || d == 0xB2 || d == 0xB4 ||
                 d == 0xB8) {
        folded = 'o';  // ö ó ò ô ø
      } else if (d == 0xA9 || d == 0xA8 || d == 0xAA || d == 0xAB) {
        folded = 'e';  // é è ê ë
      } else if (d == 0xBC) {
        folded = 'u';  // ü
      }
      if (folded != 0) {
        out += folded;
        ++i;
        continue;
      }
    }
    out += static_cast<char>(c < 0x80 ? std::tolower(c) : c);
  }
  return out;
}

}  // namespace finsam
