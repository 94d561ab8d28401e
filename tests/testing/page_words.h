// Word boxes laid out as a PDF text layer or Tesseract would report them
// (A4 page, points, top-left origin), for layout tests.
#ifndef FINSAM_TESTS_TESTING_PAGE_WORDS_H_
#define FINSAM_TESTS_TESTING_PAGE_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/word.h"
#include "extract/text_line.h"

namespace finsam::testing {

inline constexpr double kPageWidth = 595;
inline constexpr double kPageHeight = 842;

inline PageWords Page() {
  PageWords page;
  page.width = kPageWidth;
  page.height = kPageHeight;
  return page;
}

// Characters, not bytes: "å" is as wide as "a".
inline int Chars(std::string_view s) {
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Width of a word in a font of `size` points: half an em per character.
inline double WordWidth(std::string_view word, double size) {
  return 0.5 * size * Chars(word);
}

// Places the words of `text` from `x` on the line whose box starts at `top`,
// `space` em apart (a normal word space is a quarter em), box height 1.2 em
// as Poppler reports it. Returns the x after the last word.
inline double Put(PageWords* page, double x, double top, std::string_view text,
                  double size = 10, double space = 0.25) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(start, end - start);
    if (!word.empty()) {
      Word w;
      w.text = std::string(word);
      w.box = Box{x, top, x + WordWidth(word, size), top + 1.2 * size};
      page->words.push_back(w);
      x = w.box.x1 + space * size;
    }
    start = end + 1;
  }
  return x;
}

// Places `text` so that it ends at `right` (amounts are right-aligned).
inline void PutRight(PageWords* page, double right, double top,
                     std::string_view text, double size = 10) {
  double width = 0;
  size_t start = 0;
  int words = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    width += WordWidth(text.substr(start, end - start), size);
    ++words;
    start = end + 1;
  }
  width += 0.25 * size * (words - 1);
  Put(page, right - width, top, text, size);
}

inline std::vector<std::string> Texts(const std::vector<TextLine>& lines) {
  std::vector<std::string> out;
  for (const TextLine& line : lines) out.push_back(line.text);
  return out;
}

// Ordinary prose lines, so the page has a word space to measure against.
inline void PutProse(PageWords* page, double top) {
  Put(page, 72, top,
      "Styrelsen för föreningen får härmed avge årsredovisning för "
      "räkenskapsåret.");
}

}  // namespace finsam::testing

#endif  // FINSAM_TESTS_TESTING_PAGE_WORDS_H_
