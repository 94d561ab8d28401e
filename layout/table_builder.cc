#include "layout/table_builder.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "lang/swedish_letters.h"
#include "layout/rulings.h"
#include "normalize/hyphenation.h"
#include "normalize/line_shape.h"

namespace finsam::layout {
namespace {

// ---------------------------------------------------------------------------
// TableRowScore: does a printed line go on the table row above it? Each
// piece of evidence adds its weight; the line joins the row when the sum
// reaches kJoinThreshold. No evidence at all keeps lines apart, as they
// were before tables were read, so a table that already read right stays
// as it was.

// A table whose rows are separated by drawn rulings (a Word table with
// borders): two lines with no ruling between them are one row, whatever the
// capitals and line lengths say; only amounts over amounts or a blank line
// outweigh it. Set by the ruled goal tables of Finsam reports ("Mål |
// Aktiviteter | Effekt"). (A caption set tight over a ruled table's header,
// Riksbyggen's "Dessutom tillkommer" / "Användning | Antal", joins it too:
// the words stay in order.)
constexpr int kRuledTableNoRuling = 5;
// A gap as narrow as the table's narrowest, in a table whose rows are set
// apart by padding (Riksbyggen's maintenance list: 13-pt row pitch, 11-pt
// inside "Värmesystem, nya undercentraler&injustering med" / "EB-metoden").
constexpr int kTightGap = 2;
// A gap clearly wider than the table's narrowest one.
constexpr int kLooseGap = -3;
// A blank line's worth of white.
constexpr int kBlankLine = -3;
// Amounts above one another are two rows' values ("-772 279" over
// "-9 351 715"), however the labels wrap.
constexpr int kTwoAmounts = -3;
// A bracketed remark under an amount belongs to it ("1 234" / "(inkl
// ESF)" in a multi-year overview).
constexpr int kRemarkUnderAmount = 2;
// The cell above stops mid-sentence: after a comma, a hyphen, "och", "av",
// "med" ("... före förändringar av" / "rörelsekapital").
constexpr int kMidSentence = 2;
// A period's first date ends in a dash and its last date is below it
// ("2024-01-01-" / "2024-12-31": a result report's column headers).
constexpr int kOpenPeriod = kMidSentence;
// "/" or "&" ends the cell above ("Per Ek/" / "Eva Sand Berg"): it goes on,
// even against a capital in the first column.
constexpr int kOpenJoin = 4;
// The cell starts in lower case ("Av- och nedskrivningar av materiella och
// immateriella" / "anläggningstillgångar").
constexpr int kLowerStart = 2;
// ... and more so in a column whose cells mostly start with a capital
// (kCapitalisedShare of its lines that start with a letter): there a
// lower-case line is the rest of a cell ("Förtroendevald" / "revisor" among
// "Ordförande", "Ledamot", "Auktoriserad revisor").
constexpr int kLowerInCapitalisedColumn = 2;
constexpr double kCapitalisedShare = 0.6;
// The cell starts with a capital or a digit: rather a new entry.
constexpr int kCapitalStart = -1;
// ... and in the first column, where entries start, much rather: a names |
// roles table has lower-case roles ("Gunnar Jonsson" | "styrelseledamot")
// that would otherwise read as one cell going on.
constexpr int kCapitalKey = -3;
// The cell above had room for this cell's first word (it and the word are
// no wider than the column's widest line) and does not stop mid-sentence:
// the line broke on purpose, so this is a new line of its own ("Balkonger"
// / "Fönster"). Not having room says little: two names never fit one line
// of a names column, and a cell may be wider than its widest line.
constexpr int kWouldHaveFit = -2;
// The cell above ends a sentence.
constexpr int kSentenceEnd = -1;
// A number under words: a header over its values.
constexpr int kKindChange = -1;
// Words under an amount (other than a bracketed remark) are a new row: a
// label, or on a scan the initials signed under a statement ("-4 810 740"
// / "NS.").
constexpr int kWordsUnderAmount = -3;
// A line of values alone under a label that had none: the values of a
// label set over two lines ("Kassaflöde ... före förändringar av" / values
// / "rörelsekapital").
constexpr int kValuesForLabel = 1;
// Nothing in the first column of a line that goes on in a column the row
// has: the line does not start a new entry (a table whose entries are keyed
// by their first cell: "Februari" | "SM 2023, Stockholm" / "" | "Matsumae
// Cup, Danmark").
constexpr int kNoNewKey = 2;
constexpr int kJoinThreshold = 1;
// A line whose words alone go on the row above this surely stays there even
// when the line below would take it too (the upper lines of a
// bottom-aligned header: "föregående års" / "Belopp vid | resultat enligt |
// ..."); "Förtroendevald" over "Karla Ortega Vasques | revisor" has only
// its empty first column (kNoNewKey) against a capital.
constexpr int kSureJoin = 2;

// Two printed lines that overlap in height by this share of the shorter,
// in a band between two rulings, are cells of one row set at different
// heights (a spreadsheet's header row, each cell centred on its own number
// of lines: "Årsavgift" / "Avgiftsuträkning" / "andelar" / "moms"). Without
// the rulings, overlapping lines are as often a badge set beside a
// sentence (Verified's "GDPR" / "compliant" by "To review ...").
constexpr double kOverlapShare = 0.25;
constexpr int kOverlappingLines = 5;
// The band's rulings lie within this many word heights of its lines.
constexpr double kBandReach = 3.0;
// A ruling counts as a row boundary when it covers this share of the
// table's width.
constexpr double kRowRulingCover = 0.5;
// ... and as a ruling of a row-ruled table when it covers nearly all of it.
constexpr double kFullRulingCover = 0.9;
// Text evidence at or below this clearly sets two lines apart.
constexpr int kClearBreak = -3;
// Gutters narrower than this many word heights are not column gaps.
constexpr double kMinGutter = 0.5;
// A table's line gaps differ by a padding when the widest exceeds the
// narrowest by this many points (or tenths of a word height).
// Riksbyggen's padded rows: 13.1-pt pitch against 11.1 inside a cell.
constexpr double kPaddingPoints = 0.8;
constexpr double kPaddingHeights = 0.08;
// A gap is wider than the narrowest by this many paddings.
constexpr double kLooseGapPaddings = 1.5;
// A gutter may be crossed by this share of a table's rows (rounded down).
constexpr double kGutterCrossingShare = 0.15;
// A table ends at a vertical gap of this many word heights.
constexpr double kMaxGapInTable = 3.0;

struct Cell {
  double x0 = 0, x1 = 0;
};

std::vector<Cell> CellsOf(const Row& row, const PageMetrics& m) {
  std::vector<Cell> cells;
  if (row.words.empty()) return cells;
  const std::vector<bool> breaks = CellBreaks(row.words, m);
  Cell cur{row.words[0].box.x0, row.words[0].box.x1};
  for (size_t i = 1; i < row.words.size(); ++i) {
    const Box& b = row.words[i].box;
    if (breaks[i - 1]) {
      cells.push_back(cur);
      cur = Cell{b.x0, b.x1};
    } else {
      cur.x1 = std::max(cur.x1, b.x1);
    }
  }
  cells.push_back(cur);
  return cells;
}

struct Gutter {
  double x0 = 0, x1 = 0;
  double width() const { return x1 - x0; }
  double middle() const { return (x0 + x1) / 2; }
};

// The widest part of `g` that no word of `row` covers.
Gutter Narrow(Gutter g, const Row& row) {
  std::vector<std::pair<double, double>> covered;
  for (const Word& w : row.words) {
    if (w.box.x1 > g.x0 && w.box.x0 < g.x1) {
      covered.emplace_back(std::max(w.box.x0, g.x0), std::min(w.box.x1, g.x1));
    }
  }
  if (covered.empty()) return g;
  std::sort(covered.begin(), covered.end());
  Gutter best{g.x0, g.x0};
  double from = g.x0;
  for (const auto& [a, b] : covered) {
    if (a - from > best.width()) best = Gutter{from, a};
    from = std::max(from, b);
  }
  if (g.x1 - from > best.width()) best = Gutter{from, g.x1};
  return best;
}

// Adds the cell gaps of a row that fits (`gaps` from its cells) that lie in
// no gutter yet, when the rows [first, row) leave them open too: a table's
// later rows may have more columns than its first ("Bundet | Fritt" over
// "Belopp vid årets början | 977 862 | 88 373 575 | ..."), and a row that
// later crosses such a column gap ends the table.
void AddColumnGaps(const std::vector<Row>& rows, size_t first, size_t row,
                   const std::vector<Cell>& cells, double min_gutter,
                   std::vector<Gutter>* gutters) {
  for (size_t k = 1; k < cells.size(); ++k) {
    Gutter gap{cells[k - 1].x1, cells[k].x0};
    bool known = false;
    for (const Gutter& g : *gutters) {
      if (std::min(g.x1, gap.x1) - std::max(g.x0, gap.x0) > 0) known = true;
    }
    if (known) continue;
    for (size_t r = first; r < row && gap.width() >= min_gutter; ++r) {
      gap = Narrow(gap, rows[r]);
    }
    if (gap.width() < min_gutter) continue;
    gutters->push_back(gap);
    std::sort(gutters->begin(), gutters->end(),
              [](const Gutter& a, const Gutter& b) { return a.x0 < b.x0; });
  }
}

enum class Fit { kFits, kSpans, kBreaks };

// How `row` sits in a table with `gutters`: inside its columns (the
// gutters narrowed to what the row leaves white), across some columns with
// its cell gaps in gutters (a total, a heading), or not at all.
Fit FitRow(const Row& row, const std::vector<Cell>& cells, double min_gutter,
           std::vector<Gutter>* gutters) {
  std::vector<Gutter> narrowed;
  bool crossed = false;
  for (const Gutter& g : *gutters) {
    const Gutter n = Narrow(g, row);
    if (n.width() < min_gutter) crossed = true;
    narrowed.push_back(n);
  }
  if (!crossed) {
    *gutters = std::move(narrowed);
    return Fit::kFits;
  }
  if (cells.size() < 2) return Fit::kBreaks;
  for (size_t k = 1; k < cells.size(); ++k) {
    const double gap0 = cells[k - 1].x1, gap1 = cells[k].x0;
    bool in_gutter = false;
    for (const Gutter& g : *gutters) {
      if (std::min(gap1, g.x1) - std::max(gap0, g.x0) > 0) in_gutter = true;
    }
    if (!in_gutter) return Fit::kBreaks;
  }
  return Fit::kSpans;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "8 036 515", "-866 531", "41,8 %", "(12 450)", "0": a value cell. Not a
// date ("2023-12-31") and nothing with a letter.
bool IsAmount(std::string_view s) {
  bool digit = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsDigit(static_cast<char>(c))) {
      digit = true;
      continue;
    }
    if (c == ' ' || c == ',' || c == '.' || c == '-' || c == '+' || c == '%' ||
        c == '(' || c == ')') {
      continue;
    }
    // U+2212 minus, U+2013 en dash, U+00A0 no-break space.
    if (s.substr(i, 3) == "\u2212" || s.substr(i, 3) == "\u2013") {
      i += 2;
      continue;
    }
    if (s.substr(i, 2) == "\u00a0") {
      ++i;
      continue;
    }
    return false;
  }
  if (!digit) return false;
  // A date: four digits, '-', two digits.
  if (s.size() >= 7 && IsDigit(s[0]) && IsDigit(s[3]) && s[4] == '-' &&
      IsDigit(s[5])) {
    return false;
  }
  return true;
}

// "2024-12-31...": starts with a date (four digits, '-', two digits).
bool StartsWithDate(std::string_view s) {
  return s.size() >= 7 && IsDigit(s[0]) && IsDigit(s[1]) && IsDigit(s[2]) &&
         IsDigit(s[3]) && s[4] == '-' && IsDigit(s[5]) && IsDigit(s[6]);
}

// "2024-01-01-", "2024-01-01 –": a date with the dash that leads to the
// period's end.
bool OpensPeriod(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.ends_with("\u2013")) {
    s.remove_suffix(3);
  } else if (s.ends_with('-')) {
    s.remove_suffix(1);
  } else {
    return false;
  }
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s.size() >= 10 && StartsWithDate(s.substr(s.size() - 10)) &&
         IsDigit(s[s.size() - 1]) && IsDigit(s[s.size() - 2]) &&
         s[s.size() - 3] == '-';
}

// A letter or a digit anywhere in `s`.
bool HasAlphanumeric(std::string_view s) {
  return HasLetter(s) || std::any_of(s.begin(), s.end(), IsDigit);
}

// The first code point of `s`.
char32_t FirstLetter(std::string_view s) {
  int len = 1;
  return s.empty() ? 0 : DecodeUtf8(s, 0, &len);
}

// "•", "-", "–", "*", "1.", "a)", "2)": a list item's marker.
bool IsListMarker(std::string_view s) {
  for (std::string_view mark : {"\u2022", "-", "\u2013", "*", "\u25aa",
                                "\u25cf", "\u00b7", "o", "\u25a0", "\u2212"}) {
    if (s == mark) return true;
  }
  if (s.size() >= 2 && s.size() <= 4 && (s.back() == '.' || s.back() == ')')) {
    const std::string_view body = s.substr(0, s.size() - 1);
    if (std::all_of(body.begin(), body.end(), IsDigit)) return true;
    if (body.size() == 1 && body[0] >= 'a' && body[0] <= 'z') return true;
  }
  return false;
}

// What one column of one printed line holds.
struct Fragment {
  std::vector<const Word*> words;
  std::string text;
  Box box;
  bool empty() const { return words.empty(); }
  double width() const { return box.x1 - box.x0; }
  double first_word_width() const {
    return words.empty() ? 0 : words.front()->box.width();
  }
};

// A table as the builder sees it while deciding rows.
struct Grid {
  size_t first = 0, end = 0;    // printed rows [first, end)
  std::vector<Gutter> gutters;  // column gaps, left to right
  std::vector<double> edges;    // column_x of the Table
  std::vector<bool> spans;      // per printed row: crosses a gutter
  std::vector<std::vector<Fragment>> fragments;  // [row - first][column]
  // Per column: its widest fragment (of rows within the columns). A cell is
  // surely at least this wide; how much wider, the page does not say.
  std::vector<double> column_width;
  // Per column: most of its lines that start with a letter start with a
  // capital.
  std::vector<bool> capitalised;
  double height = 10;  // word height
  double space = 3;
};

int ColumnOf(const Word& w, const std::vector<double>& edges) {
  int c = 0;
  for (size_t k = 1; k + 1 < edges.size(); ++k) {
    if (w.box.x0 + 0.5 >= edges[k]) c = static_cast<int>(k);
  }
  return c;
}

// The column of each word of `row`. A cell (words with no column gap
// between them) goes whole to the column it overlaps most, so a label that
// runs across a gutter ("Nästa års amorteringar av lång- och kortfristig
// skuld") stays one piece and a header wider than its right-aligned values
// ("2020/2021" over "18 990") finds them; cells of a row take columns left
// to right, a cell that would go back shares its left neighbour's.
std::vector<int> WordColumns(const Row& row, const std::vector<double>& edges,
                             const PageMetrics& m) {
  std::vector<int> out(row.words.size(), 0);
  if (row.words.empty()) return out;
  const std::vector<bool> breaks = CellBreaks(row.words, m);
  const int columns = static_cast<int>(edges.size()) - 1;
  int previous = -1;
  size_t begin = 0;
  for (size_t i = 1; i <= row.words.size(); ++i) {
    if (i < row.words.size() && !breaks[i - 1]) continue;
    // The cell is words [begin, i).
    const double x0 = row.words[begin].box.x0;
    double x1 = x0;
    for (size_t k = begin; k < i; ++k) x1 = std::max(x1, row.words[k].box.x1);
    int best = ColumnOf(row.words[begin], edges);
    double best_overlap = 0;
    for (int c = 0; c < columns; ++c) {
      const double overlap = std::min(x1, edges[static_cast<size_t>(c) + 1]) -
                             std::max(x0, edges[static_cast<size_t>(c)]);
      if (overlap > best_overlap) {
        best_overlap = overlap;
        best = c;
      }
    }
    if (best <= previous) best = previous;
    for (size_t k = begin; k < i; ++k) out[k] = best;
    previous = best;
    begin = i;
  }
  return out;
}

void FillFragments(const std::vector<Row>& rows, const PageMetrics& m,
                   Grid* g) {
  const size_t columns = g->edges.size() - 1;
  g->fragments.assign(g->end - g->first, std::vector<Fragment>(columns));
  g->column_width.assign(columns, 0);
  for (size_t r = g->first; r < g->end; ++r) {
    std::vector<Fragment>& frags = g->fragments[r - g->first];
    const double h = LineHeight(rows[r].words, m);
    const std::vector<int> columns_of = WordColumns(rows[r], g->edges, m);
    for (size_t i = 0; i < rows[r].words.size(); ++i) {
      const Word& w = rows[r].words[i];
      Fragment& f = frags[static_cast<size_t>(columns_of[i])];
      AppendWord(f.empty() ? nullptr : f.words.back(), w, h, &f.text);
      if (f.empty()) {
        f.box = w.box;
      } else {
        f.box.x0 = std::min(f.box.x0, w.box.x0);
        f.box.y0 = std::min(f.box.y0, w.box.y0);
        f.box.x1 = std::max(f.box.x1, w.box.x1);
        f.box.y1 = std::max(f.box.y1, w.box.y1);
      }
      f.words.push_back(&w);
    }
    if (g->spans[r - g->first]) continue;
    for (size_t c = 0; c < columns; ++c) {
      g->column_width[c] = std::max(g->column_width[c], frags[c].width());
    }
  }
  std::vector<int> upper(columns, 0), lettered(columns, 0);
  for (const std::vector<Fragment>& frags : g->fragments) {
    for (size_t c = 0; c < columns; ++c) {
      const char32_t first = FirstLetter(frags[c].text);
      if (!IsLetter(first)) continue;
      ++lettered[c];
      upper[c] += IsUpperLetter(first);
    }
  }
  g->capitalised.assign(columns, false);
  for (size_t c = 0; c < columns; ++c) {
    g->capitalised[c] =
        lettered[c] > 0 && upper[c] >= kCapitalisedShare * lettered[c];
  }
}

// The table row being built: per column, its latest fragment.
struct RowState {
  std::vector<const Fragment*> last;
  bool has_key = false;     // something in the first column
  bool has_amount = false;  // some value cell
  bool all_amounts = true;  // every non-empty cell is a value
};

void AddLine(const std::vector<Fragment>& frags, RowState* s) {
  if (s->last.empty()) s->last.assign(frags.size(), nullptr);
  for (size_t c = 0; c < frags.size(); ++c) {
    if (frags[c].empty()) continue;
    s->last[c] = &frags[c];
    if (c == 0) s->has_key = true;
    if (IsAmount(frags[c].text)) {
      s->has_amount = true;
    } else {
      s->all_amounts = false;
    }
  }
}

// The line-gap evidence of a table.
struct GapStats {
  double narrowest = 0;
  double padding = 1;   // what counts as "wider"
  bool padded = false;  // rows set apart by padding, lines inside cells not
};

double GapBetween(const Row& a, const Row& b) { return b.y0 - a.y1; }

GapStats MeasureGaps(const std::vector<Row>& rows, const Grid& g) {
  GapStats s;
  s.padding = std::max(kPaddingPoints, kPaddingHeights * g.height);
  std::vector<double> gaps;
  for (size_t r = g.first + 1; r < g.end; ++r) {
    const double gap = GapBetween(rows[r - 1], rows[r]);
    // Rows that overlap (a tall heading beside two lines) tell nothing of
    // the spacing.
    if (gap > -0.2 * g.height) gaps.push_back(gap);
  }
  if (gaps.empty()) return s;
  s.narrowest = *std::min_element(gaps.begin(), gaps.end());
  const auto loose = std::count_if(gaps.begin(), gaps.end(), [&](double x) {
    return x >= s.narrowest + kLooseGapPaddings * s.padding;
  });
  // Padding is the norm and tight lines the exception: rows are padded.
  // (Blank lines between groups of an otherwise tight table are not.)
  s.padded = loose > 0 && 3 * loose >= static_cast<long>(gaps.size());
  return s;
}

bool RulingBetween(const std::vector<Ruling>& rulings, const Row& a,
                   const Row& b, const Grid& g, double cover) {
  const double x0 = g.edges.front(), x1 = g.edges.back();
  // Between a's baseline zone and b's cap height.
  const double y0 = a.y0 + 0.6 * (a.y1 - a.y0);
  const double y1 = b.y0 + 0.4 * (b.y1 - b.y0);
  return HorizontalRulingBetween(rulings, y0, y1, x0, x1, cover);
}

// Whether a and b (a over b) overlap in height as cells of one row do, in a
// band between two rulings (kOverlapShare).
bool OverlapInRuledBand(const std::vector<Ruling>& rulings, const Row& a,
                        const Row& b, const Grid& g) {
  const double shorter = std::min(a.y1 - a.y0, b.y1 - b.y0);
  if (shorter <= 0 || -GapBetween(a, b) < kOverlapShare * shorter) {
    return false;
  }
  const double x0 = g.edges.front(), x1 = g.edges.back();
  const double reach = kBandReach * g.height;
  return HorizontalRulingBetween(rulings, a.y0 - reach,
                                 a.y0 + 0.4 * (a.y1 - a.y0), x0, x1,
                                 kRowRulingCover) &&
         HorizontalRulingBetween(rulings, b.y0 + 0.6 * (b.y1 - b.y0),
                                 b.y1 + reach, x0, x1, kRowRulingCover);
}

// Text evidence that printed line `b` goes on the table row `s`. Sets
// `*linked` when some cell of b goes on a cell of the row, or b brings the
// values of a label the row has: without that, only a row-ruled table's
// rulings join the two.
int TextScore(const RowState& s, const std::vector<Fragment>& b, const Grid& g,
              bool* linked = nullptr) {
  int score = 0;
  const bool b_has_key = !b.empty() && !b[0].empty();
  bool continues_column = false;
  bool fills_values = false;
  for (size_t c = 0; c < b.size(); ++c) {
    const Fragment& f = b[c];
    // Nothing but punctuation or a symbol (OCR's "£" under a total, a
    // ruled line read as "|"): no evidence either way.
    if (f.empty() || !HasAlphanumeric(f.text)) continue;
    const Fragment* p = c < s.last.size() ? s.last[c] : nullptr;
    const bool f_amount = IsAmount(f.text);
    if (p == nullptr) {
      if (f_amount && !b_has_key && s.has_key && !s.has_amount) {
        score += kValuesForLabel;
        fills_values = true;
      }
      continue;
    }
    const bool p_amount = IsAmount(p->text);
    // Under an amount only a bracketed remark goes on its cell.
    if (p_amount && f_amount) {
      score += kTwoAmounts;
      continue;
    }
    if (p_amount && f.text.front() != '(') {
      score += kWordsUnderAmount;
      continue;
    }
    continues_column = true;
    if (p_amount) {
      score += kRemarkUnderAmount;
      continue;
    }
    if (f_amount) score += kKindChange;
    const char last = p->text.back();
    bool open = false;
    if (last == '/' || last == '&') {
      score += kOpenJoin;
      open = true;
    } else if (EndsMidSentence(p->text)) {
      score += kMidSentence;
      open = true;
    } else if (OpensPeriod(p->text) && StartsWithDate(f.text)) {
      score += kOpenPeriod;
      open = true;
    } else if (last == '.' || last == ':' || last == '!' || last == '?') {
      score += kSentenceEnd;
    }
    const char32_t first = FirstLetter(f.text);
    if (IsLowerLetter(first)) {
      score += kLowerStart;
      if (g.capitalised[c]) score += kLowerInCapitalisedColumn;
    } else if (IsUpperLetter(first) || (first >= '0' && first <= '9')) {
      score += c == 0 ? kCapitalKey : kCapitalStart;
    }
    const double need = p->width() + g.space + f.first_word_width();
    if (!open && need <= g.column_width[c] + 0.5 * g.space) {
      score += kWouldHaveFit;
    }
  }
  if (!b_has_key && s.has_key && continues_column) score += kNoNewKey;
  if (linked != nullptr) *linked = continues_column || fills_values;
  return score;
}

// Whether the drawn rulings mark this table as one whose rows are ruled: at
// least two full rulings inside it, at least one where the text too sets
// the lines apart, and fewer lines the text clearly sets apart without a
// ruling than there are rulings. A table with a ruling under its header and
// over its total only (amount rows between them, each clearly a row of its
// own) is not row-ruled.
bool RowRuled(const std::vector<Row>& rows, const std::vector<Ruling>& rulings,
              const Grid& g) {
  int full_rulings = 0, ruled_breaks = 0, unruled_breaks = 0;
  for (size_t r = g.first + 1; r < g.end; ++r) {
    const bool full =
        RulingBetween(rulings, rows[r - 1], rows[r], g, kFullRulingCover);
    if (full) ++full_rulings;
    RowState s;
    AddLine(g.fragments[r - 1 - g.first], &s);
    if (TextScore(s, g.fragments[r - g.first], g) <= kClearBreak) {
      ++(full ? ruled_breaks : unruled_breaks);
    }
  }
  return full_rulings >= 2 && ruled_breaks >= 1 &&
         unruled_breaks < full_rulings;
}

// What the white between printed rows a and b says.
int GapScore(const Row& a, const Row& b, const GapStats& gaps, const Grid& g) {
  const double gap = GapBetween(a, b);
  if (gap >= 0.8 * g.height) return kBlankLine;
  if (gap >= gaps.narrowest + kLooseGapPaddings * gaps.padding) {
    return kLooseGap;
  }
  if (gaps.padded && gap <= gaps.narrowest + gaps.padding) return kTightGap;
  return 0;
}

// Groups the printed rows of `g` into table rows.
std::vector<std::vector<size_t>> GroupTableRows(const std::vector<Row>& rows,
                                                RulingSource* source,
                                                const Grid& g,
                                                bool* used_rulings) {
  const std::vector<Ruling>& rulings = source->Get();
  const GapStats gaps = MeasureGaps(rows, g);
  const bool row_ruled = RowRuled(rows, rulings, g);
  // The evidence that printed row r (after r - 1, in the same table row as
  // `state` so far) goes on; nullopt when a ruling or a row across columns
  // keeps them apart.
  struct Score {
    int text = 0;   // what the words say
    int total = 0;  // with rulings and gaps
  };
  const auto score_of = [&](size_t r,
                            const RowState& state) -> std::optional<Score> {
    const Row& a = rows[r - 1];
    const Row& b = rows[r];
    if (g.spans[r - g.first] || g.spans[r - 1 - g.first]) {
      return std::nullopt;  // a row across columns is a row of its own
    }
    if (RulingBetween(rulings, a, b, g, kRowRulingCover)) {
      *used_rulings = true;
      return std::nullopt;
    }
    Score score;
    bool linked = false;
    score.text = TextScore(state, g.fragments[r - g.first], g, &linked);
    score.total = score.text + GapScore(a, b, gaps, g) +
                  (row_ruled ? kRuledTableNoRuling : 0);
    if (OverlapInRuledBand(rulings, a, b, g)) {
      score.total += kOverlappingLines;
      linked = true;
    }
    // Lines with nothing in common join only between a ruled table's
    // rulings ("Not 3 Övriga rörelseintäkter" set tight over the dates of
    // its columns stays a heading).
    if (!linked && !row_ruled) score.total = std::min(score.total, 0);
    return score;
  };
  std::vector<std::vector<size_t>> out;
  RowState state;
  for (size_t r = g.first; r < g.end; ++r) {
    const std::vector<Fragment>& frags = g.fragments[r - g.first];
    bool join = false;
    if (!out.empty()) {
      const std::optional<Score> up = score_of(r, state);
      join = up.has_value() && up->total >= kJoinThreshold;
      // A line with nothing in the first column may instead open the row
      // whose first cell comes on the line below (a name set against the
      // second line of its role: "Förtroendevald" / "Karla Ortega Vasques
      // | revisor"). It goes down when the line below takes it more
      // surely than the row above does.
      if (join && frags[0].empty() && r + 1 < g.end) {
        RowState alone;
        AddLine(frags, &alone);
        const std::optional<Score> down = score_of(r + 1, alone);
        if (down.has_value() && down->total >= kJoinThreshold &&
            down->total > up->total && up->text < kSureJoin) {
          join = false;
        }
      }
    }
    if (!join) {
      out.emplace_back();
      state = RowState{};
    }
    out.back().push_back(r);
    AddLine(frags, &state);
  }
  if (row_ruled) *used_rulings = true;
  return out;
}

// A column of list markers beside text: a list, not a table. Headings
// between the items (a line with only the first column) do not count.
bool IsList(const Grid& g) {
  if (g.edges.size() != 3) return false;
  int items = 0;
  for (const std::vector<Fragment>& frags : g.fragments) {
    if (frags[0].empty() || frags[1].empty()) continue;
    if (!IsListMarker(frags[0].text)) return false;
    ++items;
  }
  return items > 0;
}

// The column gutters of printed rows [first, end): white bands at least
// `min_gutter` wide that the words of the rows within the columns leave
// (rows across columns, `spans`, do not count; nor does one row in
// kGutterCrossingShare, a header word that reaches over: "Medlems-insatser"
// over a column of amounts), and that separate cells in at least two rows
// (one, when only one row has cells), so a word space that happens to line
// up is not a column gap.
std::vector<Gutter> ProfileGutters(const std::vector<Row>& rows,
                                   const std::vector<std::vector<Cell>>& cells,
                                   size_t first, size_t end,
                                   const std::vector<bool>& spans,
                                   double min_gutter) {
  // +1 where a row's covered span starts, -1 where it ends.
  std::vector<std::pair<double, int>> events;
  int counted = 0, rows_with_cells = 0;
  double x0 = 1e300, x1 = -1e300;
  for (size_t r = first; r < end; ++r) {
    if (spans[r - first]) continue;
    ++counted;
    rows_with_cells += cells[r].size() >= 2;
    std::vector<std::pair<double, double>> covered;
    for (const Word& w : rows[r].words) {
      covered.emplace_back(w.box.x0, w.box.x1);
      x0 = std::min(x0, w.box.x0);
      x1 = std::max(x1, w.box.x1);
    }
    std::sort(covered.begin(), covered.end());
    std::pair<double, double> cur = covered.front();
    for (size_t i = 1; i <= covered.size(); ++i) {
      if (i < covered.size() && covered[i].first <= cur.second) {
        cur.second = std::max(cur.second, covered[i].second);
        continue;
      }
      events.emplace_back(cur.first, +1);
      events.emplace_back(cur.second, -1);
      if (i < covered.size()) cur = covered[i];
    }
  }
  std::vector<Gutter> out;
  if (events.empty()) return out;
  const int allowed = static_cast<int>(kGutterCrossingShare * counted);
  // Ends before starts at one x, so touching spans leave no gutter.
  std::sort(events.begin(), events.end());
  int depth = 0;
  double free_from = x0;
  bool in_free = false;
  for (const auto& [x, delta] : events) {
    const bool was_free = depth <= allowed;
    depth += delta;
    const bool now_free = depth <= allowed;
    if (!was_free && now_free) {
      free_from = x;
      in_free = true;
    } else if (was_free && !now_free && in_free) {
      in_free = false;
      if (x - free_from < min_gutter || free_from <= x0 || x >= x1) continue;
      const Gutter g{free_from, x};
      int separating = 0;
      for (size_t r = first; r < end; ++r) {
        if (spans[r - first]) continue;
        for (size_t k = 1; k < cells[r].size(); ++k) {
          if (std::min(cells[r][k].x0, g.x1) -
                  std::max(cells[r][k - 1].x1, g.x0) >
              0) {
            ++separating;
            break;
          }
        }
      }
      if (separating >= std::min(2, rows_with_cells)) out.push_back(g);
    }
  }
  return out;
}

}  // namespace

std::vector<FoundTable> FindTables(const std::vector<Row>& rows, size_t begin,
                                   size_t end, RulingSource* rulings,
                                   const PageMetrics& m) {
  std::vector<FoundTable> out;
  std::vector<std::vector<Cell>> cells(rows.size());
  for (size_t r = begin; r < end; ++r) cells[r] = CellsOf(rows[r], m);
  const double min_gutter = kMinGutter * m.word_height;
  size_t taken = begin;  // rows before this belong to earlier tables
  size_t i = begin;
  while (i < end) {
    if (cells[i].size() < 2) {
      ++i;
      continue;
    }
    Grid g;
    g.height = m.word_height;
    g.space = m.space;
    for (size_t k = 1; k < cells[i].size(); ++k) {
      g.gutters.push_back(Gutter{cells[i][k - 1].x1, cells[i][k].x0});
    }
    std::vector<bool> spans = {false};
    size_t j = i + 1;
    while (j < end) {
      if (GapBetween(rows[j - 1], rows[j]) > kMaxGapInTable * m.word_height) {
        break;
      }
      const Fit fit = FitRow(rows[j], cells[j], min_gutter, &g.gutters);
      if (fit == Fit::kBreaks) break;
      spans.push_back(fit == Fit::kSpans);
      if (fit == Fit::kFits) {
        AddColumnGaps(rows, i, j, cells[j], min_gutter, &g.gutters);
      }
      ++j;
    }
    // Upper lines of a bottom-aligned header: rows just above that sit in
    // the columns, close, and not in the first column only.
    size_t first = i;
    while (first > taken) {
      const Row& above = rows[first - 1];
      if (GapBetween(above, rows[first]) > 0.8 * m.word_height) break;
      std::vector<Gutter> trial = g.gutters;
      if (FitRow(above, cells[first - 1], min_gutter, &trial) != Fit::kFits) {
        break;
      }
      const double first_gutter = g.gutters.front().middle();
      const bool beyond_first =
          std::any_of(above.words.begin(), above.words.end(),
                      [&](const Word& w) { return w.box.x0 > first_gutter; });
      if (!beyond_first) break;
      g.gutters = std::move(trial);
      spans.insert(spans.begin(), false);
      --first;
    }
    g.first = first;
    g.end = j;
    g.spans = std::move(spans);
    double x0 = 1e300, x1 = -1e300;
    for (size_t r = g.first; r < g.end; ++r) {
      for (const Word& w : rows[r].words) {
        x0 = std::min(x0, w.box.x0);
        x1 = std::max(x1, w.box.x1);
      }
    }
    g.gutters =
        ProfileGutters(rows, cells, g.first, g.end, g.spans, min_gutter);
    if (g.gutters.empty()) {
      i = std::max(i + 1, g.end);
      continue;
    }
    g.edges.push_back(x0);
    for (const Gutter& gt : g.gutters) g.edges.push_back(gt.middle());
    g.edges.push_back(x1);
    FillFragments(rows, m, &g);

    int seeds = 0;
    for (size_t r = g.first; r < g.end; ++r) seeds += cells[r].size() >= 2;
    if (g.end - g.first < 2 || IsList(g)) {
      i = std::max(i + 1, g.end);
      continue;
    }
    bool used_rulings = false;
    std::vector<std::vector<size_t>> table_rows =
        GroupTableRows(rows, rulings, g, &used_rulings);
    const bool joined = table_rows.size() < g.end - g.first;
    if (seeds < 2) {
      ++i;
      continue;
    }
    FoundTable t;
    t.first_row = g.first;
    t.end_row = g.end;
    t.rows = std::move(table_rows);
    t.table.columns = static_cast<int>(g.edges.size() - 1);
    t.table.column_x = g.edges;
    t.table.joined_rows = joined;
    t.table.source =
        used_rulings ? TableSource::kRules : TableSource::kAlignment;
    t.table.box = Box{x0, rows[g.first].y0, x1, rows[g.end - 1].y1};
    out.push_back(std::move(t));
    taken = g.end;
    i = g.end;
  }
  return out;
}

std::vector<TextLine> TableLines(FoundTable* found,
                                 const std::vector<Row>& rows, int table_index,
                                 const PageMetrics& m) {
  std::vector<TextLine> lines;
  Table& table = found->table;
  const size_t columns = static_cast<size_t>(table.columns);
  table.cell_boxes.clear();
  table.row_lines.clear();
  for (size_t t = 0; t < found->rows.size(); ++t) {
    const std::vector<size_t>& printed = found->rows[t];
    // Per column: the cell's words and text.
    std::vector<std::vector<Word>> cell_words(columns);
    std::vector<std::string> cell_text(columns);
    for (size_t r : printed) {
      std::vector<std::string> piece(columns);
      std::vector<const Word*> prev(columns, nullptr);
      const double h = LineHeight(rows[r].words, m);
      const std::vector<int> columns_of =
          WordColumns(rows[r], table.column_x, m);
      for (size_t i = 0; i < rows[r].words.size(); ++i) {
        const Word& w = rows[r].words[i];
        const size_t c = static_cast<size_t>(columns_of[i]);
        AppendWord(prev[c], w, h, &piece[c]);
        prev[c] = &w;
        cell_words[c].push_back(w);
      }
      for (size_t c = 0; c < columns; ++c) {
        cell_text[c] = JoinWrappedLines(cell_text[c], piece[c]);
      }
    }
    std::vector<Box> boxes(columns);
    for (size_t c = 0; c < columns; ++c) {
      if (cell_words[c].empty()) continue;
      Box b = cell_words[c].front().box;
      for (const Word& w : cell_words[c]) {
        b.x0 = std::min(b.x0, w.box.x0);
        b.y0 = std::min(b.y0, w.box.y0);
        b.x1 = std::max(b.x1, w.box.x1);
        b.y1 = std::max(b.y1, w.box.y1);
      }
      boxes[c] = b;
    }
    table.cell_boxes.push_back(std::move(boxes));
    table.row_lines.push_back(static_cast<int>(printed.size()));

    TextLine line;
    if (!table.joined_rows) {
      // As the line builder always read it; the table only adds its tags.
      const Row& row = rows[printed.front()];
      line = MakeLine(row.words, m);
      const std::vector<bool> breaks = CellBreaks(row.words, m);
      const std::vector<int> columns_of = WordColumns(row, table.column_x, m);
      line.cell_columns.push_back(columns_of.front());
      for (size_t k = 0; k < breaks.size(); ++k) {
        if (breaks[k]) line.cell_columns.push_back(columns_of[k + 1]);
      }
    } else {
      for (size_t c = 0; c < columns; ++c) {
        if (c > 0) line.text += '\t';
        line.text += cell_text[c];
        for (Word& w : cell_words[c]) line.words.push_back(std::move(w));
        line.cell_columns.push_back(static_cast<int>(c));
      }
      SetLineMeasures(&line);
    }
    line.table = table_index;
    line.table_row = static_cast<int>(t);
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace finsam::layout

namespace finsam {

const char* TableSourceName(TableSource source) {
  return source == TableSource::kRules ? "rules" : "alignment";
}

}  // namespace finsam
