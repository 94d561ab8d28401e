// Line building: words with boxes -> lines in reading order.
//
// Pure: no Poppler, no Tesseract. Works the same for text-layer and OCR words.
// Contract:
//  * Words whose vertical extents overlap by at least half the shorter one
//    form one line (a row); each word is matched against the row's latest
//    word, so a skewed OCR line, a superscript or a larger word on the same
//    baseline stays in its row. Words come out left to right.
//  * A table row stays one line, its cells joined by '\t'. A cell break is
//    a gap wider than three word spaces (the page's median gap, scaled to
//    the line's height), but at least 0.75 and at most 1.3 word heights.
//    Not a break: a thousands group after a number ("8 036 515", up to one
//    word height), a lone sign before an amount ("-   23 808"), or the
//    evenly stretched spaces of a justified prose line.
//  * Text-layer pieces that the PDF says touch (space_after false, gap under
//    a tenth of the height) are joined without a space.
//  * A page set in two columns, detected by a white gutter (at least 1.2
//    word heights wide, in the middle 40 % of the page) that runs through at
//    least 8 consecutive rows, is read column by column, when both sides are
//    prose: 4+ rows, 3+ words a row, 75 %+ words with letters, at most one
//    row in five with a cell gap, lines mostly running to the column's edge.
//    Tables fail that and keep their rows. So are two runs of lines beside
//    each other that do not share lines (4+ rows, at least two with words
//    on one side only, each side, and at most a quarter with both).
//    Full-width lines above or below (titles, footers) stay in place.
//  * Tables (extract/table_builder.h) are found among the rows outside
//    prose columns, with the page's rulings. A table row whose cells wrap
//    over several printed lines becomes one line, one field per column
//    (empty ones too), each cell's lines joined; a table whose rows each
//    fit one printed line keeps the lines above, tagged as table rows.
//  * Words written across the lines (rotated text layer words along the
//    margin, when they are the minority) come after the page's lines, one
//    line per run, in their reading order, each starting a block.
//  * `starts_block` marks a line after a vertical gap larger than 1.5 times
//    the page's usual line pitch leaves, the first line of each column, and
//    the first full-width line after columns.
#ifndef FINSAM_EXTRACT_LINE_BUILDER_H_
#define FINSAM_EXTRACT_LINE_BUILDER_H_

#include <string>
#include <vector>

#include "base/word.h"
#include "extract/table.h"
#include "extract/text_line.h"

namespace finsam {

// A page's lines in reading order and the tables among them.
struct PageLayout {
  std::vector<TextLine> lines;
  std::vector<Table> tables;  // TextLine::table indexes this
};

PageLayout BuildPageLayout(const PageWords& page);

// BuildPageLayout(page).lines.
std::vector<TextLine> BuildLines(const PageWords& page);

// Joins lines with '\n', with one empty line before a line that starts a
// block (never at the start). No trailing newline.
std::string JoinLines(const std::vector<TextLine>& lines);

}  // namespace finsam

#endif  // FINSAM_EXTRACT_LINE_BUILDER_H_
