// PageTables: a page's tables as rows x columns of cell text, from the
// page's lines and its text (raw or normalised).
//
// A table row is one line of the page's text, its fields separated by tabs
// (TextLine::cell_columns says which column each fills); this rebuilds the
// grid for readers that want cells (`text --format json`, the review page),
// with the text the page shows, so normalised cells match the normalised
// text. Pure.
#ifndef FINSAM_PIPELINE_PAGE_TABLES_H_
#define FINSAM_PIPELINE_PAGE_TABLES_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/word.h"
#include "layout/table.h"
#include "layout/text_line.h"

namespace finsam {

struct TableCellText {
  std::string text;  // empty for an empty cell
  Box box;           // all zero for an empty cell
};

struct PageTable {
  TableSource source = TableSource::kAlignment;
  int columns = 0;
  Box box;
  std::vector<std::vector<TableCellText>> rows;  // each `columns` long
};

// The tables of a page whose body lines are `lines` (as the pipeline
// leaves them, with `tables` they index) and whose text is `text`
// (JoinLines of the lines, or its normalisation: the same lines). A line
// whose fields no longer match its columns takes its cells from its own
// words' text instead. Tables with no line left (all furniture) are
// skipped.
std::vector<PageTable> PageTables(const std::vector<TextLine>& lines,
                                  const std::vector<Table>& tables,
                                  std::string_view text);

}  // namespace finsam

#endif  // FINSAM_PIPELINE_PAGE_TABLES_H_
