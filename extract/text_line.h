// TextLine: one line of a page in reading order, as layout rebuilt it.
#ifndef FINSAM_EXTRACT_TEXT_LINE_H_
#define FINSAM_EXTRACT_TEXT_LINE_H_

#include <string>
#include <vector>

#include "base/word.h"

namespace finsam {

struct TextLine {
  // Words of one cell joined by single spaces; cells of a table row joined
  // by one '\t'. Never contains '\n'.
  std::string text;
  Box box;                      // union of the words' boxes
  float confidence = 1.0f;      // mean word confidence, 0..1
  float min_confidence = 1.0f;  // lowest word confidence on the line
  // Layout found a paragraph gap (or a column change) before this line, so a
  // renderer may put a blank line before it.
  bool starts_block = false;
  std::vector<Word> words;  // the words, in the order they appear in `text`
  // A table row: the index of its table among the page's tables
  // (PageLayout::tables) and its row there; -1 for other lines.
  int table = -1;
  int table_row = -1;
  // For a table row, the column each '\t'-separated field of `text` fills
  // (ascending; a field that spans columns names its first).
  std::vector<int> cell_columns;
};

}  // namespace finsam

#endif  // FINSAM_EXTRACT_TEXT_LINE_H_
