// Small tables headed by their years wherever they stand in a report
// ("Nyckeltal 2023 2022" over "Soliditet, % 78 78"; "Medlemsbidrag, tkr |
// 2024 | 2023 | Andel" over the members' rows): each header row
// (records/table_row.h HeaderRowYears) with the rows under it, split into
// one cell per year. The readers of key figures outside the statements
// (records/loose_figures.h) and of member contributions
// (records/member_contributions.h) walk the report this one way.
#ifndef FINSAM_RECORDS_YEAR_TABLES_H_
#define FINSAM_RECORDS_YEAR_TABLES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "records/record_text.h"
#include "records/table_row.h"

namespace finsam::records {

struct YearTable {
  size_t header_line = 0;  // index into RecordText::lines
  std::vector<int> years;  // the header's years, left to right
  // The words before the years ("Nyckeltal"), without the columns they
  // name before them ("Medlem | Andel | 2024 | 2023": "Medlem").
  std::string title;
  struct Row {
    size_t line = 0;  // index into RecordText::lines
    TableRow row;
  };
  // The rows with values on the `max_lines_under_header` lines after the
  // header and before the next header; cells of columns the header prints
  // before or after its years ("Andel") are split off and not read.
  std::vector<Row> rows;
};

// Every year-headed table of `text`, in reading order; a header with no
// row under it gives a table without rows.
// REQUIRES: max_lines_under_header >= 0.
std::vector<YearTable> FindYearTables(const RecordText& text,
                                      int max_lines_under_header);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_YEAR_TABLES_H_
