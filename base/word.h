// Word: one recognised word with its box on the page, from either source.
//
// Both the PDF text layer and OCR produce Words in the same coordinate
// system, so layout (lines, tables, columns) and furniture detection are
// written once and tested without Poppler or Tesseract.
#ifndef FINSAM_BASE_WORD_H_
#define FINSAM_BASE_WORD_H_

#include <string>
#include <vector>

namespace finsam {

// Axis-aligned box in PDF points (1/72 inch), origin at the page's top-left,
// y growing downwards. x0 <= x1, y0 <= y1.
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  double center_x() const { return (x0 + x1) / 2; }
  double center_y() const { return (y0 + y1) / 2; }
};

struct Word {
  std::string text;         // UTF-8, no spaces inside
  Box box;                  // in points, page top-left origin
  float confidence = 1.0f;  // 0..1; text-layer words are 1
  // Text layer only: the PDF says a space follows (a word gap, not a glyph
  // gap). OCR words leave it true.
  bool space_after = true;
  // Text layer only: the direction the word is written in, in quarter
  // turns clockwise from upright (1: top to bottom, 3: bottom to top, as a
  // stamp along the margin: "Powered by TellusTalk"). OCR words are 0.
  int rotation = 0;
};

// A straight horizontal or vertical line the page draws: a table's rule, a
// cell border, the edge of a shaded cell. Read from the PDF's vector
// graphics (text layer) or found in the page image (OCR). Same coordinates
// as Box; a horizontal ruling has y0 == y1, a vertical one x0 == x1.
struct Ruling {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

  bool horizontal() const { return y0 == y1; }
  double length() const { return horizontal() ? x1 - x0 : y1 - y0; }
};

// Everything recognised on one page before layout.
struct PageWords {
  double width = 0;  // page size in points (after the page's rotation)
  double height = 0;
  std::vector<Word> words;
  // Rulings on the page; empty when none were drawn or none were looked
  // for. Layout uses them to find table rows and columns.
  std::vector<Ruling> rulings;
};

}  // namespace finsam

#endif  // FINSAM_BASE_WORD_H_
