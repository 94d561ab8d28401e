#include "pipeline/page_tables.h"

#include <cstddef>

namespace finsam {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t begin = 0;
  while (true) {
    const size_t at = s.find(sep, begin);
    out.push_back(s.substr(begin, at == std::string_view::npos
                                      ? std::string_view::npos
                                      : at - begin));
    if (at == std::string_view::npos) return out;
    begin = at + 1;
  }
}

}  // namespace

std::vector<PageTable> PageTables(const std::vector<TextLine>& lines,
                                  const std::vector<Table>& tables,
                                  std::string_view text) {
  // The text line of each body line: JoinLines puts a blank line before a
  // line that starts a block.
  const std::vector<std::string_view> text_lines = Split(text, '\n');
  std::vector<std::string_view> line_text(lines.size());
  size_t at = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0 && lines[i].starts_block) ++at;
    line_text[i] = at < text_lines.size() ? text_lines[at] : lines[i].text;
    ++at;
  }
  std::vector<PageTable> out(tables.size());
  std::vector<bool> used(tables.size(), false);
  for (size_t t = 0; t < tables.size(); ++t) {
    out[t].source = tables[t].source;
    out[t].columns = tables[t].columns;
    out[t].box = tables[t].box;
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    const TextLine& line = lines[i];
    if (line.table < 0 || static_cast<size_t>(line.table) >= tables.size()) {
      continue;
    }
    const Table& table = tables[static_cast<size_t>(line.table)];
    PageTable& page_table = out[static_cast<size_t>(line.table)];
    used[static_cast<size_t>(line.table)] = true;
    std::vector<TableCellText> row(static_cast<size_t>(table.columns));
    std::vector<std::string_view> fields = Split(line_text[i], '\t');
    if (fields.size() != line.cell_columns.size()) {
      fields = Split(line.text, '\t');  // the normaliser moved a tab
    }
    for (size_t f = 0; f < fields.size() && f < line.cell_columns.size(); ++f) {
      const int c = line.cell_columns[f];
      if (c < 0 || c >= table.columns) continue;
      std::string& cell = row[static_cast<size_t>(c)].text;
      if (!cell.empty() && !fields[f].empty()) cell += ' ';
      cell += fields[f];
    }
    const size_t r = static_cast<size_t>(line.table_row);
    if (r < table.cell_boxes.size()) {
      for (size_t c = 0; c < row.size() && c < table.cell_boxes[r].size();
           ++c) {
        row[c].box = table.cell_boxes[r][c];
      }
    }
    page_table.rows.push_back(std::move(row));
  }
  std::vector<PageTable> kept;
  for (size_t t = 0; t < out.size(); ++t) {
    if (used[t]) kept.push_back(std::move(out[t]));
  }
  return kept;
}

}  // namespace finsam
