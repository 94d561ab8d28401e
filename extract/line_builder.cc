#include "extract/line_builder.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace finsam {
namespace {

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  const size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid),
                   v.end());
  return v[mid];
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Any letter, ASCII or not (every byte >= 0xC0 starts a non-ASCII letter or
// symbol; Swedish text has letters there).
bool HasLetter(std::string_view s) {
  for (unsigned char c : s) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
    if (c >= 0xC3 && c < 0xE0) return true;
  }
  return false;
}

// "036", "515," or "500)": a thousands group that may continue a number.
bool IsDigitGroup(std::string_view s) {
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ')' ||
                        s.back() == ';')) {
    s.remove_suffix(1);
  }
  return s.size() == 3 && IsAsciiDigit(s[0]) && IsAsciiDigit(s[1]) &&
         IsAsciiDigit(s[2]);
}

// "-", "+", U+2212 minus, en and em dash standing alone before a number
// ("- 438 192" in Word tables, "-   23 808" when amounts are aligned).
bool IsLoneSign(std::string_view s) {
  return s == "-" || s == "+" || s == "\u2212" || s == "\u2013" ||
         s == "\u2014";
}

bool StartsWithDigit(std::string_view s) {
  return !s.empty() && IsAsciiDigit(s[0]);
}

// Measures of the whole page that every threshold is scaled by, so the same
// rules serve 8-point notes and 20-point titles, text layers and OCR.
struct PageMetrics {
  double word_height = 10;  // median word box height
  // Median gap between neighbouring words of a line: the page's word space.
  double space = 3;
};

// Word space scaled to a line whose words are `h` high.
double SpaceFor(double h, const PageMetrics& m) {
  return m.space * h / m.word_height;
}

// A gap wider than this starts a new cell. A word space is a quarter to a
// third of the font size and justification stretches it to rarely more than
// twice that; table columns sit at least about a font size apart.
double CellGap(double h, const PageMetrics& m) {
  return std::clamp(3.0 * SpaceFor(h, m), 0.75 * h, 1.3 * h);
}

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

// How two vertical extents overlap: the common part as a share of the
// shorter one (does one sit within the other's line?) and of the longer one
// (how alike are they?).
struct Overlap {
  double of_shorter = 0;
  double of_longer = 0;
};

Overlap VerticalOverlap(double a0, double a1, double b0, double b1) {
  const double shorter = std::min(a1 - a0, b1 - b0);
  const double longer = std::max(a1 - a0, b1 - b0);
  const double common = std::min(a1, b1) - std::max(a0, b0);
  if (longer <= 0) return common >= 0 ? Overlap{1, 1} : Overlap{};
  if (common <= 0) return Overlap{};
  return Overlap{shorter > 0 ? common / shorter : 1.0, common / longer};
}

// Same text drawn twice at (almost) the same place: fake bold, or a PDF
// that overprints. Keeping both would double the word.
bool IsDuplicate(const Word& a, const Word& b) {
  if (a.text != b.text) return false;
  const double common_x =
      std::min(a.box.x1, b.box.x1) - std::max(a.box.x0, b.box.x0);
  const double wider = std::max(a.box.width(), b.box.width());
  return wider > 0 && common_x > 0.7 * wider &&
         VerticalOverlap(a.box.y0, a.box.y1, b.box.y0, b.box.y1).of_longer >
             0.7;
}

// Groups words into rows. Words are taken left to right; each joins a row
// whose latest word ends before it and overlaps it vertically by at least
// half the shorter height (so a superscript, or a larger word on the same
// baseline, still does). Of several such rows it joins the most alike in
// extent, so a flat speck of OCR noise does not capture the words after it.
std::vector<Row> GroupRows(std::vector<Word> words, const PageMetrics& m) {
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
    return a.box.x0 < b.box.x0 || (a.box.x0 == b.box.x0 && a.box.y0 < b.box.y0);
  });
  // Only words of ordinary height set a row's reference extent: a tall
  // glyph ("|" across two lines) or a flat speck would mislead it.
  const double tall = 1.6 * m.word_height;
  const double flat = 0.4 * m.word_height;
  std::vector<Row> rows;
  for (Word& w : words) {
    const Box& b = w.box;
    int best = -1;
    double best_likeness = 0;
    bool duplicate = false;
    for (size_t k = 0; k < rows.size() && !duplicate; ++k) {
      const Row& row = rows[k];
      const Word& last = row.words.back();
      if (IsDuplicate(last, w)) duplicate = true;
      // The row must end before the word starts, or at least the word must
      // reach further right: OCR boxes of neighbours often overlap a little
      // ("medlemmar" reaching into "vid").
      const double narrower = std::min(last.box.width(), b.width());
      if (last.box.x1 > b.x0 + 0.5 * narrower && last.box.x1 > b.x1) continue;
      const Overlap overlap =
          VerticalOverlap(b.y0, b.y1, row.ref_y0, row.ref_y1);
      if (overlap.of_shorter < 0.5) continue;
      if (best < 0 || overlap.of_longer > best_likeness) {
        best = static_cast<int>(k);
        best_likeness = overlap.of_longer;
      }
    }
    if (duplicate) continue;
    if (best < 0) {
      Row row;
      row.ref_y0 = row.y0 = b.y0;
      row.ref_y1 = row.y1 = b.y1;
      row.words.push_back(std::move(w));
      rows.push_back(std::move(row));
      continue;
    }
    Row& row = rows[static_cast<size_t>(best)];
    row.y0 = std::min(row.y0, b.y0);
    row.y1 = std::max(row.y1, b.y1);
    const bool ordinary = b.height() <= tall && b.height() >= flat;
    const double ref_height = row.ref_y1 - row.ref_y0;
    if (ordinary || ref_height < flat || ref_height > tall) {
      row.ref_y0 = b.y0;
      row.ref_y1 = b.y1;
    }
    row.words.push_back(std::move(w));
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return a.center() < b.center();
  });
  return rows;
}

// Median height of the words, but not below half the page's: a line of
// tiny OCR boxes ("...", ",") still gets sane thresholds.
double LineHeight(const std::vector<Word>& words, const PageMetrics& m) {
  std::vector<double> heights;
  heights.reserve(words.size());
  for (const Word& w : words) heights.push_back(w.box.height());
  return std::max(Median(std::move(heights)), 0.5 * m.word_height);
}

// For each gap between neighbouring words, whether it separates two cells.
std::vector<bool> CellBreaks(const std::vector<Word>& words,
                             const PageMetrics& m) {
  std::vector<bool> breaks;
  if (words.size() < 2) return breaks;
  const double h = LineHeight(words, m);
  const double cell_gap = CellGap(h, m);
  std::vector<double> gaps;
  int lettered = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    if (HasLetter(words[i].text)) ++lettered;
    if (i > 0) gaps.push_back(words[i].box.x0 - words[i - 1].box.x1);
  }
  // A justified prose line stretches every space alike; a table row has
  // narrow spaces inside cells and wide ones between them. So a line of
  // words whose gaps are all about equal is prose, however wide they are.
  const auto [min_gap, max_gap] = std::minmax_element(gaps.begin(), gaps.end());
  const bool justified =
      gaps.size() >= 3 && 4 * lettered >= 3 * static_cast<int>(words.size()) &&
      *min_gap > 0 && *max_gap <= 1.5 * *min_gap && *max_gap < 3 * h;
  breaks.assign(gaps.size(), false);
  if (justified) return breaks;
  for (size_t i = 0; i < gaps.size(); ++i) {
    const Word& prev = words[i];
    const Word& next = words[i + 1];
    bool cell = gaps[i] > cell_gap;
    // "8 036 515": a thousands group after a digit is part of the number
    // unless the gap is as wide as a column gap gets.
    if (cell && StartsWithDigit(prev.text) && IsAsciiDigit(prev.text.back()) &&
        IsDigitGroup(next.text) && gaps[i] <= std::max(cell_gap, 1.0 * h)) {
      cell = false;
    }
    // A sign alone in front of an amount belongs to it, even when the
    // amounts are aligned and the sign is set apart ("-   23 808").
    if (cell && IsLoneSign(prev.text) && (i == 0 || breaks[i - 1]) &&
        StartsWithDigit(next.text) && gaps[i] <= 4 * h) {
      cell = false;
    }
    breaks[i] = cell;
  }
  return breaks;
}

TextLine MakeLine(std::vector<Word> words, const PageMetrics& m) {
  TextLine line;
  line.words = std::move(words);
  if (line.words.empty()) return line;
  const std::vector<bool> breaks = CellBreaks(line.words, m);
  const double h = LineHeight(line.words, m);
  line.box = line.words.front().box;
  double confidence = 0;
  for (size_t i = 0; i < line.words.size(); ++i) {
    const Word& w = line.words[i];
    line.box.x0 = std::min(line.box.x0, w.box.x0);
    line.box.y0 = std::min(line.box.y0, w.box.y0);
    line.box.x1 = std::max(line.box.x1, w.box.x1);
    line.box.y1 = std::max(line.box.y1, w.box.y1);
    confidence += w.confidence;
    line.min_confidence = std::min(line.min_confidence, w.confidence);
    if (i > 0) {
      const Word& prev = line.words[i - 1];
      const double gap = w.box.x0 - prev.box.x1;
      if (breaks[i - 1]) {
        line.text += '\t';
      } else if (prev.space_after || gap > 0.1 * h) {
        line.text += ' ';
      }
      // else: the text layer says the two pieces touch ("Org." + "nr" in
      // two fonts), so they are one word.
    }
    line.text += w.text;
  }
  line.confidence = static_cast<float>(confidence / line.words.size());
  return line;
}

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
    if (best_end - begin >= 8 &&
        LooksLikeProseColumns(rows, begin, best_end, gutter, m)) {
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

PageMetrics MeasurePage(const std::vector<Word>& words) {
  PageMetrics m;
  std::vector<double> heights;
  heights.reserve(words.size());
  for (const Word& w : words) {
    if (w.box.height() > 0) heights.push_back(w.box.height());
  }
  m.word_height = std::max(Median(std::move(heights)), 1.0);
  m.space = 0.3 * m.word_height;
  return m;
}

// The page's word space: the median gap between neighbours in a row that
// is narrower than a word height (wider ones are cell or column gaps).
void MeasureSpace(const std::vector<Row>& rows, PageMetrics* m) {
  std::vector<double> gaps;
  for (const Row& row : rows) {
    for (size_t i = 1; i < row.words.size(); ++i) {
      const double gap = row.words[i].box.x0 - row.words[i - 1].box.x1;
      if (gap > 0.02 * m->word_height && gap < m->word_height) {
        gaps.push_back(gap);
      }
    }
  }
  if (gaps.size() >= 5) m->space = Median(std::move(gaps));
}

// Marks `starts_block` from vertical gaps: a gap between two lines' boxes
// that exceeds what 1.5 times the usual line pitch leaves. Lines already
// marked (a column's first line) stay marked. `piece[i]` tells which run of
// lines (full width, or one column) line i belongs to: pitches are measured
// within a run only.
void MarkBlocks(const std::vector<int>& piece, std::vector<TextLine>* lines) {
  std::vector<double> pitches, heights;
  for (size_t i = 0; i < lines->size(); ++i) {
    const TextLine& line = (*lines)[i];
    heights.push_back(line.box.height());
    if (i == 0 || piece[i] != piece[i - 1]) continue;
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

}  // namespace

std::vector<TextLine> BuildLines(const PageWords& page) {
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
  std::vector<TextLine> lines;
  if (words.empty()) return lines;
  PageMetrics m = MeasurePage(words);
  const std::vector<Row> rows = GroupRows(std::move(words), m);
  MeasureSpace(rows, &m);
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
    if (after_columns || piece.empty()) ++pieces;
    lines.push_back(MakeLine(rows[r].words, m));
    lines.back().starts_block = after_columns;
    piece.push_back(pieces);
    after_columns = false;
    ++r;
  }
  MarkBlocks(piece, &lines);
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
