#include "extract/line_builder.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "extract/layout_rows.h"
#include "extract/table_builder.h"

namespace finsam {
namespace {

using layout::CellBreaks;
using layout::GroupRows;
using layout::HasLetter;
using layout::MakeLine;
using layout::Median;
using layout::PageMetrics;
using layout::Row;

// True when no word of `row` crosses the vertical band [x0, x1].
bool RowClearOf(const Row& row, double x0, double x1) {
  for (const Word& w : row.words) {
    if (w.box.x1 > x0 && w.box.x0 < x1) return false;
  }
  return true;
}

// Rows [begin, end) of the page read as columns split at `gutter`.
struct ColumnBlock {
  size_t begin = 0, end = 0;
  double gutter = 0;
};

// What one side of a candidate gutter looks like.
struct SideStats {
  int rows = 0;  // rows with words on this side
  int words = 0;
  int lettered = 0;          // words with a letter
  int tabbed_rows = 0;       // rows with a cell gap inside this side
  std::vector<double> fill;  // each row's right edge, as share of the side
};

SideStats MeasureSide(const std::vector<Row>& rows, size_t begin, size_t end,
                      double gutter, bool left, const PageMetrics& m) {
  SideStats s;
  double x0 = 1e300, x1 = -1e300;
  std::vector<double> right_edges;
  for (size_t r = begin; r < end; ++r) {
    std::vector<Word> side;
    for (const Word& w : rows[r].words) {
      if ((w.box.center_x() < gutter) == left) side.push_back(w);
    }
    if (side.empty()) continue;
    ++s.rows;
    s.words += static_cast<int>(side.size());
    double edge = -1e300;
    for (const Word& w : side) {
      if (HasLetter(w.text)) ++s.lettered;
      x0 = std::min(x0, w.box.x0);
      x1 = std::max(x1, w.box.x1);
      edge = std::max(edge, w.box.x1);
    }
    right_edges.push_back(edge);
    const std::vector<bool> breaks = CellBreaks(side, m);
    if (std::find(breaks.begin(), breaks.end(), true) != breaks.end()) {
      ++s.tabbed_rows;
    }
  }
  for (double edge : right_edges) {
    s.fill.push_back(x1 > x0 ? (edge - x0) / (x1 - x0) : 1.0);
  }
  return s;
}

// Whether rows [begin, end) split at `gutter` are two columns of prose:
// both sides have several rows of several words, mostly letters, no table
// cells, and lines that mostly run to the column's right edge. A table
// (labels | amounts, names | roles, a survey's question | answer) fails at
// least one of these; reading a table column by column would scramble it,
// so when in doubt this says no.
bool LooksLikeProseColumns(const std::vector<Row>& rows, size_t begin,
                           size_t end, double gutter, const PageMetrics& m) {
  for (bool left : {true, false}) {
    const SideStats s = MeasureSide(rows, begin, end, gutter, left, m);
    if (s.rows < 4) return false;
    if (4 * s.lettered < 3 * s.words) return false;
    if (s.words < 3 * s.rows) return false;
    if (5 * s.tabbed_rows > s.rows) return false;
    if (Median(s.fill) < 0.6) return false;
  }
  return true;
}

// Whether rows [begin, end) split at `gutter` are two text flows that do
// not share lines: at least two rows hold words on the left only and two on
// the right only, and no more than one row in four on both (a signing
// service's "Document summary", label-over-value blocks in two columns
// whose lines fall at different heights). A table's rows have both sides,
// and a line of numbers alone on one side (a total, the years over a
// note's columns) counts as a table's; a list keyed by a sparse first
// column ("Februari" | events) never has the left side alone.
bool IndependentFlows(const std::vector<Row>& rows, size_t begin, size_t end,
                      double gutter) {
  int left_only = 0, right_only = 0, both = 0;
  for (size_t r = begin; r < end; ++r) {
    bool left = false, right = false, letters = false;
    for (const Word& w : rows[r].words) {
      (w.box.center_x() < gutter ? left : right) = true;
      letters = letters || HasLetter(w.text);
    }
    if ((left && right) || !letters) {
      ++both;
    } else if (left) {
      ++left_only;
    } else if (right) {
      ++right_only;
    }
  }
  return left_only >= 2 && right_only >= 2 &&
         4 * both <= left_only + right_only + both;
}

// Finds runs of rows that share a vertical white gutter in the middle of
// the page and read as prose columns. Rows crossing the gutter (titles,
// footers, table rows) end a run and keep their place.
std::vector<ColumnBlock> FindColumnBlocks(const std::vector<Row>& rows,
                                          double page_width,
                                          const PageMetrics& m) {
  std::vector<ColumnBlock> blocks;
  if (rows.size() < 8) return blocks;
  double left = 0, right = page_width;
  if (right <= 0) {  // size unknown: the words' extent stands in
    left = 1e300;
    right = -1e300;
    for (const Row& row : rows) {
      for (const Word& w : row.words) {
        left = std::min(left, w.box.x0);
        right = std::max(right, w.box.x1);
      }
    }
  }
  const double width = right - left;
  if (width <= 0) return blocks;
  // A gutter is wider than any word space, justified ones included.
  const double min_gutter = std::max(8.0, 1.2 * m.word_height);
  const double step = std::max(1.0, width / 300);
  size_t begin = 0;
  while (begin < rows.size()) {
    // The gutter position that stays clear of the most rows from `begin`;
    // of equally good ones, the middle of their range.
    size_t best_end = begin;
    double best_from = 0, best_to = 0;
    for (double x = left + 0.3 * width; x <= left + 0.7 * width; x += step) {
      size_t end = begin;
      while (end < rows.size() &&
             RowClearOf(rows[end], x - min_gutter / 2, x + min_gutter / 2)) {
        ++end;
      }
      if (end > best_end) {
        best_end = end;
        best_from = best_to = x;
      } else if (end == best_end && end > begin && x - best_to <= step * 1.5) {
        best_to = x;
      }
    }
    const double gutter = (best_from + best_to) / 2;
    if ((best_end - begin >= 8 &&
         LooksLikeProseColumns(rows, begin, best_end, gutter, m)) ||
        (best_end - begin >= 4 &&
         IndependentFlows(rows, begin, best_end, gutter))) {
      blocks.push_back(ColumnBlock{begin, best_end, gutter});
      begin = best_end;
    } else if (best_end - begin >= 8) {
      begin = best_end;  // a table, or too little prose: no split inside
    } else {
      ++begin;
    }
  }
  return blocks;
}

// Marks `starts_block` from vertical gaps: a gap between two lines' boxes
// that exceeds what 1.5 times the usual line pitch leaves. Lines already
// marked (a column's first line) stay marked. `piece[i]` tells which run of
// lines (full width, or one column) line i belongs to: pitches are measured
// within a run only, and between lines of one printed line each (a table
// row whose cells wrap, `joined[i]`, is as tall as its lines together).
void MarkBlocks(const std::vector<int>& piece, const std::vector<bool>& joined,
                std::vector<TextLine>* lines) {
  std::vector<double> pitches, heights;
  for (size_t i = 0; i < lines->size(); ++i) {
    const TextLine& line = (*lines)[i];
    if (joined[i]) continue;
    heights.push_back(line.box.height());
    if (i == 0 || piece[i] != piece[i - 1] || joined[i - 1]) continue;
    const double pitch = line.box.center_y() - (*lines)[i - 1].box.center_y();
    pitches.push_back(pitch);
  }
  const double height = std::max(Median(heights), 1.0);
  // Only pitches inside a paragraph tell the usual line spacing.
  std::vector<double> close;
  for (double p : pitches) {
    if (p > 0.5 * height && p < 2.5 * height) close.push_back(p);
  }
  const double pitch = close.size() >= 3 ? Median(close) : 1.2 * height;
  const double block_gap = std::max(0.5 * height, 1.5 * pitch - height);
  for (size_t i = 1; i < lines->size(); ++i) {
    if (piece[i] != piece[i - 1]) continue;
    TextLine& line = (*lines)[i];
    if (line.box.y0 - (*lines)[i - 1].box.y1 > block_gap) {
      line.starts_block = true;
    }
  }
}

// Words written across the page's lines (a stamp along the margin:
// "Powered by TellusTalk", signers' initials) read as lines of their own,
// one per run of words that share a position across the text, in their
// reading order. Set apart only when they are fewer than the upright
// words' characters: a page drawn sideways is read as it lies.
std::vector<TextLine> TakeTurnedWords(std::vector<Word>* words) {
  size_t turned_chars = 0, all_chars = 0;
  for (const Word& w : *words) {
    all_chars += w.text.size();
    if (w.rotation != 0) turned_chars += w.text.size();
  }
  std::vector<TextLine> lines;
  if (turned_chars == 0 || 2 * turned_chars >= all_chars) return lines;
  std::vector<Word> turned;
  std::vector<Word> upright;
  for (Word& w : *words) {
    (w.rotation != 0 ? turned : upright).push_back(std::move(w));
  }
  *words = std::move(upright);
  // Runs: same rotation, centres across the writing direction within half
  // a word's thickness.
  const auto across = [](const Word& w) {
    return w.rotation % 2 == 1 ? w.box.center_x() : w.box.center_y();
  };
  const auto along = [](const Word& w) {
    switch (w.rotation) {
      case 1:
        return w.box.y0;  // top to bottom
      case 2:
        return -w.box.x1;  // right to left
      default:
        return -w.box.y1;  // bottom to top
    }
  };
  std::sort(turned.begin(), turned.end(), [&](const Word& a, const Word& b) {
    if (a.rotation != b.rotation) return a.rotation < b.rotation;
    return across(a) < across(b);
  });
  size_t i = 0;
  while (i < turned.size()) {
    const double thickness = turned[i].rotation % 2 == 1
                                 ? turned[i].box.width()
                                 : turned[i].box.height();
    size_t j = i + 1;
    while (j < turned.size() && turned[j].rotation == turned[i].rotation &&
           across(turned[j]) - across(turned[j - 1]) <= 0.5 * thickness) {
      ++j;
    }
    std::vector<Word> run(turned.begin() + static_cast<long>(i),
                          turned.begin() + static_cast<long>(j));
    std::stable_sort(run.begin(), run.end(), [&](const Word& a, const Word& b) {
      return along(a) < along(b);
    });
    TextLine line;
    std::erase_if(run, [](const Word& w) {
      return w.text.find_first_not_of(" \u00a0") == std::string::npos;
    });
    if (run.empty()) {
      i = j;
      continue;
    }
    for (const Word& w : run) {
      if (!line.text.empty()) line.text += ' ';
      line.text += w.text;
    }
    line.words = std::move(run);
    layout::SetLineMeasures(&line);
    line.starts_block = true;
    lines.push_back(std::move(line));
    i = j;
  }
  return lines;
}

}  // namespace

PageLayout BuildPageLayout(const PageWords& page) {
  std::vector<Word> words;
  words.reserve(page.words.size());
  for (Word w : page.words) {
    // Line text must not hold line or cell separators of its own; a PDF may
    // put control characters in a "word".
    std::erase_if(w.text, [](char c) {
      return static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
    });
    if (w.text.empty()) continue;
    if (!std::isfinite(w.box.x0) || !std::isfinite(w.box.y0) ||
        !std::isfinite(w.box.x1) || !std::isfinite(w.box.y1)) {
      continue;
    }
    if (w.box.x1 < w.box.x0) std::swap(w.box.x0, w.box.x1);
    if (w.box.y1 < w.box.y0) std::swap(w.box.y0, w.box.y1);
    words.push_back(std::move(w));
  }
  PageLayout out;
  std::vector<TextLine>& lines = out.lines;
  std::vector<TextLine> turned = TakeTurnedWords(&words);
  if (words.empty()) {
    lines = std::move(turned);
    return out;
  }
  PageMetrics m = layout::MeasurePage(words);
  const std::vector<Row> rows = GroupRows(std::move(words), m);
  layout::MeasureSpace(rows, &m);
  const std::vector<ColumnBlock> blocks = FindColumnBlocks(rows, page.width, m);

  std::vector<int> piece;  // per line: which run of lines it belongs to
  int pieces = 0;
  bool after_columns = false;
  size_t next_block = 0;
  for (size_t r = 0; r < rows.size();) {
    if (next_block < blocks.size() && blocks[next_block].begin == r) {
      const ColumnBlock& block = blocks[next_block++];
      for (bool left : {true, false}) {
        std::vector<Word> side;
        for (size_t k = block.begin; k < block.end; ++k) {
          for (const Word& w : rows[k].words) {
            if ((w.box.center_x() < block.gutter) == left) side.push_back(w);
          }
        }
        ++pieces;
        bool first = true;
        for (Row& row : GroupRows(std::move(side), m)) {
          lines.push_back(MakeLine(std::move(row.words), m));
          lines.back().starts_block = first && lines.size() > 1;
          piece.push_back(pieces);
          first = false;
        }
      }
      r = block.end;
      after_columns = true;
      continue;
    }
    // Rows up to the next column block: lines, and the tables among them.
    const size_t stretch_end =
        next_block < blocks.size() ? blocks[next_block].begin : rows.size();
    std::vector<layout::FoundTable> tables =
        layout::FindTables(rows, r, stretch_end, page.rulings, m);
    size_t next_table = 0;
    while (r < stretch_end) {
      if (after_columns || piece.empty()) ++pieces;
      std::vector<TextLine> made;
      if (next_table < tables.size() && tables[next_table].first_row == r) {
        layout::FoundTable& t = tables[next_table++];
        made = layout::TableLines(&t, rows, static_cast<int>(out.tables.size()),
                                  m);
        out.tables.push_back(std::move(t.table));
        r = t.end_row;
      } else {
        made.push_back(MakeLine(rows[r].words, m));
        ++r;
      }
      for (TextLine& line : made) {
        line.starts_block = after_columns;
        after_columns = false;
        lines.push_back(std::move(line));
        piece.push_back(pieces);
      }
    }
  }
  std::vector<bool> joined(lines.size(), false);
  for (size_t i = 0; i < lines.size(); ++i) {
    const TextLine& line = lines[i];
    if (line.table < 0) continue;
    const Table& t = out.tables[static_cast<size_t>(line.table)];
    joined[i] = t.row_lines[static_cast<size_t>(line.table_row)] > 1;
  }
  MarkBlocks(piece, joined, &lines);
  for (TextLine& line : turned) lines.push_back(std::move(line));
  return out;
}

std::vector<TextLine> BuildLines(const PageWords& page) {
  return BuildPageLayout(page).lines;
}

std::string JoinLines(const std::vector<TextLine>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) {
      out += '\n';
      if (lines[i].starts_block) out += '\n';
    }
    out += lines[i].text;
  }
  return out;
}

}  // namespace finsam
