// Table builder: finds tables among a page's rows and tells which printed
// lines make one table row. Internal to extract/ (finsam_layout); pure.
//
// Contract:
//  * A table starts at a row with at least two cells and takes in the rows
//    below it while their words keep clear of its column gutters (white
//    bands no word crosses), or span whole columns (a total, a heading over
//    two columns) with cell gaps in the gutters. Rows above it whose words
//    sit in its columns but not only in the first (the upper lines of a
//    bottom-aligned header) are taken in too. A list (a column of bullets
//    beside text) is not a table. Prose columns are the line builder's.
//  * Columns: the gutters' middles.
//  * Rows: a printed line starts a new table row unless the evidence says
//    it goes on the row above. A drawn ruling between the two lines always
//    starts a new row. Otherwise, in order of weight: in a table whose rows
//    are ruled, a missing ruling means the row goes on; a gap wider than the
//    table's line spacing starts a row where the table has both (cell
//    padding); per column, a cell goes on when the line above it stops
//    mid-sentence (",", "och", a hyphen), starts lower case, or would not
//    have fitted on the line above; it starts anew after an amount, after a
//    line that would have fitted, and with a capital; a line with nothing
//    in the first column does not start a new entry. See TableRowScore's
//    weights in table_builder.cc for the examples that set them.
#ifndef FINSAM_EXTRACT_TABLE_BUILDER_H_
#define FINSAM_EXTRACT_TABLE_BUILDER_H_

#include <cstddef>
#include <vector>

#include "base/word.h"
#include "extract/layout_rows.h"
#include "extract/table.h"
#include "extract/text_line.h"

namespace finsam::layout {

struct FoundTable {
  Table table;
  size_t first_row = 0;  // rows [first_row, end_row) of the input
  size_t end_row = 0;
  // Per table row: the printed rows (indices into the input) it joins.
  std::vector<std::vector<size_t>> rows;
};

// Tables among rows [begin, end) of `rows` (top to bottom), in order; they
// do not overlap. `rulings` are the page's (may be empty).
std::vector<FoundTable> FindTables(const std::vector<Row>& rows, size_t begin,
                                   size_t end,
                                   const std::vector<Ruling>& rulings,
                                   const PageMetrics& m);

// The table's lines, one per table row, tagged with `table_index`. When no
// row joins several printed lines the lines are exactly MakeLine's (the
// table only adds its tags); otherwise every line holds one field per
// column, empty ones included, each cell's printed lines joined as Swedish
// hyphenation says (normalize/hyphenation.h). Fills table->cell_boxes.
std::vector<TextLine> TableLines(FoundTable* found,
                                 const std::vector<Row>& rows, int table_index,
                                 const PageMetrics& m);

}  // namespace finsam::layout

#endif  // FINSAM_EXTRACT_TABLE_BUILDER_H_
