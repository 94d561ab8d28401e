#include "extract/layout_rows.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace finsam::layout {
namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

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

}  // namespace

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  const size_t mid = v.size() / 2;
  std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid),
                   v.end());
  return v[mid];
}

// Any letter, ASCII or not (every byte >= 0xC0 starts a non-ASCII letter or
// symbol; Swedish text has letters there).
bool HasLetter(std::string_view s) {
  for (unsigned char c : s) {
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
    if (c >= 0xC3 && c < 0xE0) return true;
  }
  return false;
}

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

void AppendWord(const Word* prev, const Word& w, double h, std::string* text) {
  if (prev != nullptr &&
      (prev->space_after || w.box.x0 - prev->box.x1 > 0.1 * h)) {
    *text += ' ';
  }
  *text += w.text;
}

void SetLineMeasures(TextLine* line) {
  if (line->words.empty()) return;
  line->box = line->words.front().box;
  double confidence = 0;
  line->min_confidence = 1.0f;
  for (const Word& w : line->words) {
    line->box.x0 = std::min(line->box.x0, w.box.x0);
    line->box.y0 = std::min(line->box.y0, w.box.y0);
    line->box.x1 = std::max(line->box.x1, w.box.x1);
    line->box.y1 = std::max(line->box.y1, w.box.y1);
    confidence += w.confidence;
    line->min_confidence = std::min(line->min_confidence, w.confidence);
  }
  line->confidence = static_cast<float>(confidence / line->words.size());
}

TextLine MakeLine(std::vector<Word> words, const PageMetrics& m) {
  TextLine line;
  line.words = std::move(words);
  if (line.words.empty()) return line;
  const std::vector<bool> breaks = CellBreaks(line.words, m);
  const double h = LineHeight(line.words, m);
  for (size_t i = 0; i < line.words.size(); ++i) {
    if (i > 0 && breaks[i - 1]) {
      line.text += '\t';
      AppendWord(nullptr, line.words[i], h, &line.text);
    } else {
      AppendWord(i > 0 ? &line.words[i - 1] : nullptr, line.words[i], h,
                 &line.text);
    }
  }
  SetLineMeasures(&line);
  return line;
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

}  // namespace finsam::layout
