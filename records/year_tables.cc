#include "records/year_tables.h"

#include <utility>

namespace finsam::records {

std::vector<YearTable> FindYearTables(const RecordText& text,
                                      int max_lines_under_header) {
  std::vector<YearTable> tables;
  // Columns the current header prints before and after its years.
  int before_years = 0;
  int after_years = 0;
  for (size_t i = 0; i < text.lines.size(); ++i) {
    const std::string& line = text.lines[i].text;
    std::string title;
    int trailing = 0;
    std::vector<int> years = HeaderRowYears(line, &title, &trailing);
    if (!years.empty()) {
      YearTable table;
      table.header_line = i;
      table.years = std::move(years);
      // "Medlem | Andel | 2024 | 2023": a share column before the years.
      before_years = StripComparisonColumns(&title);
      table.title = std::move(title);
      tables.push_back(std::move(table));
      after_years = trailing;
      continue;
    }
    if (tables.empty() || i - tables.back().header_line >
                              static_cast<size_t>(max_lines_under_header)) {
      continue;
    }
    YearTable& table = tables.back();
    const int years_count = static_cast<int>(table.years.size());
    const std::string cells = WithoutTrailingCells(line, after_years);
    const std::string year_cells =
        WithoutLeadingCells(cells, before_years, years_count);
    TableRow row;
    if (year_cells.size() != cells.size()) {
      row = SplitRow(year_cells, years_count, false);
    } else {
      // No cell boundaries to go by (OCR single-spaced the row): the
      // columns' values are the first of the row's amounts.
      row = SplitRow(cells, years_count + before_years, false);
      if (before_years > 0 &&
          row.cells.size() == static_cast<size_t>(years_count + before_years)) {
        row.cells.erase(row.cells.begin(), row.cells.begin() + before_years);
      }
    }
    if (row.cells.empty()) continue;
    table.rows.push_back({i, std::move(row)});
  }
  return tables;
}

}  // namespace finsam::records
