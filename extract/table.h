// Table: a table found on a page, as rows x columns of cells.
//
// The text of a table row is one TextLine (cells joined by '\t'); the
// Table keeps what text cannot: where the columns and cells are, and how
// the table was found. A line says which table and row it is
// (TextLine::table, TextLine::table_row) and which column each of its
// tab-separated fields fills (TextLine::cell_columns), so a reader can
// rebuild the grid from the page's text, raw or normalised.
#ifndef FINSAM_EXTRACT_TABLE_H_
#define FINSAM_EXTRACT_TABLE_H_

#include <vector>

#include "base/word.h"

namespace finsam {

enum class TableSource {
  kRules,      // rows and columns from the page's drawn rulings
  kAlignment,  // from text that stays aligned over several rows
};

// "rules" or "alignment".
const char* TableSourceName(TableSource source);

struct Table {
  Box box;  // union of the table's words
  TableSource source = TableSource::kAlignment;
  int columns = 0;
  // Column c runs from column_x[c] to column_x[c + 1] (columns + 1 edges,
  // in the middle of the white gutters; the outer edges are the table's).
  std::vector<double> column_x;
  // True when some row's cells wrapped over several printed lines and were
  // joined: the row lines then hold one field per column, empty ones too.
  bool joined_rows = false;
  // Per row (in order), per column: the box of the cell's words; an empty
  // cell has an empty box (all zero).
  std::vector<std::vector<Box>> cell_boxes;
  // Per row: how many printed lines it spans.
  std::vector<int> row_lines;
};

}  // namespace finsam

#endif  // FINSAM_EXTRACT_TABLE_H_
