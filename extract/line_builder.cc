#include "extract/line_builder.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace finsam {
namespace {

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  const size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<long>(mid), v.end());
  return v[mid];
}

bool HasLetter(const std::string& s) {
  for (unsigned char c : s) {
    if (std::isalpha(c) || c >= 0xC0) return true;
  }
  return false;
}

// A row: words whose vertical centres are close, left to right. Rows are
// found before columns, so one row may hold words of two text columns.
struct Row {
  std::vector<Word> words;
  double y0 = 0, y1 = 0;
  double center() const { return (y0 + y1) / 2; }
};

std::vector<Row> GroupRows(std::vector<Word> words, double word_height) {
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
    return a.box.center_y() < b.box.center_y();
  });
  std::vector<Row> rows;
  // Half a word height: tolerant of OCR skew and superscripts, yet two
  // printed lines (a full line pitch apart) never merge.
  const double tolerance = 0.5 * word_height;
  for (Word& w : words) {
    if (!rows.empty() &&
        std::fabs(w.box.center_y() - rows.back().center()) <= tolerance) {
      Row& row = rows.back();
      row.y0 = std::min(row.y0, w.box.y0);
      row.y1 = std::max(row.y1, w.box.y1);
      row.words.push_back(std::move(w));
    } else {
      Row row;
      row.y0 = w.box.y0;
      row.y1 = w.box.y1;
      row.words.push_back(std::move(w));
      rows.push_back(std::move(row));
    }
  }
  for (Row& row : rows) {
    std::sort(row.words.begin(), row.words.end(),
              [](const Word& a, const Word& b) { return a.box.x0 < b.box.x0; });
  }
  return rows;
}

// True when no word of `row` crosses the vertical band [x0, x1].
bool RowClearOf(const Row& row, double x0, double x1) {
  for (const Word& w : row.words) {
    if (w.box.x1 > x0 && w.box.x0 < x1) return false;
  }
  return true;
}

// A run of rows [begin, end) read as two columns split at `gutter`.
struct ColumnBlock {
  size_t begin = 0, end = 0;
  double gutter = 0;
};

// Whether rows [begin, end) split at `gutter` look like two columns of
// prose: enough rows on each side, mostly words (not numbers), and several
// words per row on both sides. A table (labels | amounts, or names | roles)
// fails one of these.
bool LooksLikeProseColumns(const std::vector<Row>& rows, size_t begin,
                           size_t end, double gutter) {
  int rows_left = 0, rows_right = 0;
  int words_left = 0, words_right = 0, alpha_left = 0, alpha_right = 0;
  for (size_t r = begin; r < end; ++r) {
    bool any_left = false, any_right = false;
    for (const Word& w : rows[r].words) {
      const bool left = w.box.center_x() < gutter;
      (left ? any_left : any_right) = true;
      (left ? words_left : words_right) += 1;
      if (HasLetter(w.text)) (left ? alpha_left : alpha_right) += 1;
    }
    rows_left += any_left;
    rows_right += any_right;
  }
  if (rows_left < 4 || rows_right < 4) return false;
  if (alpha_left < 0.75 * words_left || alpha_right < 0.75 * words_right) {
    return false;
  }
  return words_left >= 3 * rows_left && words_right >= 3 * rows_right;
}

// Finds runs of rows that share a vertical white gutter in the middle of
// the page and read as prose columns.
std::vector<ColumnBlock> FindColumnBlocks(const std::vector<Row>& rows,
                                          double page_width,
                                          double word_height) {
  std::vector<ColumnBlock> blocks;
  if (page_width <= 0 || rows.size() < 8) return blocks;
  const double min_gutter = std::max(8.0, 0.8 * word_height);
  const double step = 2.0;
  size_t begin = 0;
  while (begin < rows.size()) {
    // Grow the run while some gutter position stays clear of every row.
    size_t best_end = begin;
    double best_gutter = 0;
    for (double x = 0.3 * page_width; x <= 0.7 * page_width; x += step) {
      size_t end = begin;
      while (end < rows.size() &&
             RowClearOf(rows[end], x - min_gutter / 2, x + min_gutter / 2)) {
        ++end;
      }
      if (end > best_end) {
        best_end = end;
        best_gutter = x;
      }
    }
    if (best_end - begin >= 4 &&
        LooksLikeProseColumns(rows, begin, best_end, best_gutter)) {
      blocks.push_back(ColumnBlock{begin, best_end, best_gutter});
      begin = best_end;
    } else if (best_end - begin >= 4) {
      begin = best_end;  // a table's rows: no column split inside it
    } else {
      ++begin;
    }
  }
  return blocks;
}

TextLine MakeLine(std::vector<Word> words, double word_height) {
  TextLine line;
  line.words = std::move(words);
  if (line.words.empty()) return line;
  line.box = line.words.front().box;
  double confidence = 0;
  line.min_confidence = 1.0f;
  std::vector<double> heights;
  for (const Word& w : line.words) {
    line.box.x0 = std::min(line.box.x0, w.box.x0);
    line.box.y0 = std::min(line.box.y0, w.box.y0);
    line.box.x1 = std::max(line.box.x1, w.box.x1);
    line.box.y1 = std::max(line.box.y1, w.box.y1);
    confidence += w.confidence;
    line.min_confidence = std::min(line.min_confidence, w.confidence);
    heights.push_back(w.box.height());
  }
  line.confidence = static_cast<float>(confidence / line.words.size());
  // A cell break is a gap clearly wider than any word space: word spaces are
  // about a third of the font height (justified prose stretches them to
  // under one height), a thousands separator is narrower still.
  const double h = std::max(Median(heights), 0.5 * word_height);
  const double cell_gap = 1.25 * h;
  for (size_t i = 0; i < line.words.size(); ++i) {
    if (i > 0) {
      const double gap = line.words[i].box.x0 - line.words[i - 1].box.x1;
      line.text += gap > cell_gap ? '\t' : ' ';
    }
    line.text += line.words[i].text;
  }
  return line;
}

// Splits `row` at `gutter` (0: no split) into at most two lines.
void EmitRow(const Row& row, double gutter, bool left, double word_height,
             std::vector<TextLine>* out) {
  std::vector<Word> words;
  for (const Word& w : row.words) {
    if (gutter <= 0 || (w.box.center_x() < gutter) == left) words.push_back(w);
  }
  if (!words.empty()) out->push_back(MakeLine(std::move(words), word_height));
}

void MarkBlocks(std::vector<TextLine>* lines, size_t from, double line_height) {
  for (size_t i = from + 1; i < lines->size(); ++i) {
    const double gap = (*lines)[i].box.y0 - (*lines)[i - 1].box.y1;
    if (gap > 0.9 * line_height) (*lines)[i].starts_block = true;
  }
}

}  // namespace

std::vector<TextLine> BuildLines(const PageWords& page) {
  std::vector<Word> words;
  words.reserve(page.words.size());
  std::vector<double> heights;
  for (Word w : page.words) {
    if (w.text.empty()) continue;
    if (w.box.x1 < w.box.x0) std::swap(w.box.x0, w.box.x1);
    if (w.box.y1 < w.box.y0) std::swap(w.box.y0, w.box.y1);
    if (!std::isfinite(w.box.x0) || !std::isfinite(w.box.y0) ||
        !std::isfinite(w.box.x1) || !std::isfinite(w.box.y1)) {
      continue;
    }
    if (w.box.height() > 0) heights.push_back(w.box.height());
    words.push_back(std::move(w));
  }
  std::vector<TextLine> lines;
  if (words.empty()) return lines;
  const double word_height = std::max(Median(heights), 1.0);
  const std::vector<Row> rows = GroupRows(std::move(words), word_height);
  const std::vector<ColumnBlock> blocks =
      FindColumnBlocks(rows, page.width, word_height);

  size_t next_block = 0;
  for (size_t r = 0; r < rows.size();) {
    if (next_block < blocks.size() && blocks[next_block].begin == r) {
      const ColumnBlock& block = blocks[next_block++];
      for (bool left : {true, false}) {
        const size_t first = lines.size();
        for (size_t k = block.begin; k < block.end; ++k) {
          EmitRow(rows[k], block.gutter, left, word_height, &lines);
        }
        if (first < lines.size()) {
          lines[first].starts_block = true;
          MarkBlocks(&lines, first, word_height);
        }
      }
      r = block.end;
      if (r < rows.size()) {
        const size_t first = lines.size();
        EmitRow(rows[r], 0, true, word_height, &lines);
        if (first < lines.size()) lines[first].starts_block = true;
        ++r;
      }
      continue;
    }
    const size_t first = lines.size();
    EmitRow(rows[r], 0, true, word_height, &lines);
    if (first > 0 && first < lines.size()) {
      const double gap = lines[first].box.y0 - lines[first - 1].box.y1;
      if (gap > 0.9 * word_height) lines[first].starts_block = true;
    }
    ++r;
  }
  return lines;
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
