// Rows and cells of a page: the pieces the line builder and the table
// builder share. Internal to extract/ (finsam_layout); pure.
//
// A row is the words that share a baseline; a cell is a run of a row's
// words with no column gap inside. Every threshold is scaled by the page's
// own measures (PageMetrics), so the same rules serve 8-point notes and
// 20-point titles, text layers and OCR.
#ifndef FINSAM_EXTRACT_LAYOUT_ROWS_H_
#define FINSAM_EXTRACT_LAYOUT_ROWS_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/word.h"
#include "extract/text_line.h"

namespace finsam::layout {

double Median(std::vector<double> v);

// Any letter, ASCII or not (every byte >= 0xC0 starts a non-ASCII letter or
// symbol; Swedish text has letters there).
bool HasLetter(std::string_view s);

// Measures of the whole page that every threshold is scaled by.
struct PageMetrics {
  double word_height = 10;  // median word box height
  // Median gap between neighbouring words of a line: the page's word space.
  double space = 3;
};

// Word height and a first guess at the word space from the words alone.
PageMetrics MeasurePage(const std::vector<Word>& words);

// Word space scaled to a line whose words are `h` high.
double SpaceFor(double h, const PageMetrics& m);

// A gap wider than this starts a new cell. A word space is a quarter to a
// third of the font size and justification stretches it to rarely more than
// twice that; table columns sit at least about a font size apart.
double CellGap(double h, const PageMetrics& m);

// A row: words that share a baseline, left to right. Rows are found for the
// whole page first (they may hold words of two text columns) and again
// within each column once columns are known.
struct Row {
  std::vector<Word> words;
  // Vertical extent of the latest normal-height word: the baseline is
  // followed word by word, so a skewed OCR line stays one row, and a tall
  // glyph (a "|" spanning two lines) does not pull in the next line.
  double ref_y0 = 0, ref_y1 = 0;
  double y0 = 0, y1 = 0;  // union of all words
  double center() const { return (y0 + y1) / 2; }
};

// Groups words into rows, top to bottom; words within a row left to right.
// Each word joins a row whose latest word ends before it and overlaps it
// vertically by at least half the shorter height (so a superscript, or a
// larger word on the same baseline, still does); of several such rows the
// most alike in extent. A word drawn twice at one place (fake bold) is kept
// once.
std::vector<Row> GroupRows(std::vector<Word> words, const PageMetrics& m);

// Sets m->space to the median gap between neighbours in a row that is
// narrower than a word height (wider ones are cell or column gaps).
void MeasureSpace(const std::vector<Row>& rows, PageMetrics* m);

// Median height of the words, but not below half the page's: a line of
// tiny OCR boxes ("...", ",") still gets sane thresholds.
double LineHeight(const std::vector<Word>& words, const PageMetrics& m);

// For each gap between neighbouring words (left to right), whether it
// separates two cells. Not a break: a thousands group after a number ("8
// 036 515"), a lone sign before an amount ("-   23 808"), the evenly
// stretched spaces of a justified prose line.
std::vector<bool> CellBreaks(const std::vector<Word>& words,
                             const PageMetrics& m);

// Appends `w` to `text` after `prev` (null for the first word of a piece):
// a space, unless the text layer says the two pieces touch ("Org." + "nr"
// in two fonts), in which case they are one word. `h` is the line height.
void AppendWord(const Word* prev, const Word& w, double h, std::string* text);

// One line from a row's words: cells joined by '\t', words by spaces.
TextLine MakeLine(std::vector<Word> words, const PageMetrics& m);

// Sets `line`'s box and confidences from its words.
void SetLineMeasures(TextLine* line);

}  // namespace finsam::layout

#endif  // FINSAM_EXTRACT_LAYOUT_ROWS_H_
