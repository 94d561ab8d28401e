#include "records/statement_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <string_view>
#include <utility>

#include "base/text.h"
#include "records/cell_repair.h"
#include "records/column_words.h"
#include "records/derived_lines.h"
#include "records/document_info.h"
#include "records/key_vocabulary.h"
#include "records/statement_sums.h"
#include "records/t_accounts.h"
#include "records/table_row.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

// Words that only ever appear in column headers. "i" and units are filler;
// the rest name columns.
bool IsFillerWord(const std::string& w) {
  static const std::set<std::string> kFiller = {
      "not",     "belopp",   "i",         "kr",      "tkr",      "mnkr",
      "kronor",  "sek",      "nyckeltal", "per",     "tom",      "fom",
      "januari", "februari", "mars",      "april",   "maj",      "juni",
      "juli",    "augusti",  "september", "oktober", "november", "december"};
  return kFiller.count(w) > 0;
}
// Split years ("2015/2016") counting up, at least this many: a chart's
// axis (two could be a statement printed prior year first).
constexpr int kMinAxisSplitYears = 3;

// A balance report's opening and closing balance columns, folded ("Ing
// balans | Period | Utg balans", an accounting program's Balansrapport;
// the normaliser may have made the abbreviations "Ingå", "Utgå").
bool IsOpeningBalanceColumn(const std::string& folded) {
  return folded == "ing balans" || folded == "inga balans" ||
         folded == "ingaende balans";
}
bool IsClosingBalanceColumn(const std::string& folded) {
  return folded == "utg balans" || folded == "utga balans" ||
         folded == "utgaende balans";
}
bool IsBalanceColumn(const std::string& folded) {
  return IsOpeningBalanceColumn(folded) || IsClosingBalanceColumn(folded);
}

// A header row as ReadHeader reads it.
struct HeaderRow {
  std::vector<int> years;          // every year, left to right
  std::vector<std::string> words;  // every column word, as printed
  // The columns in printed order, each a column word and the year printed
  // right after it (0 when none), or a year alone (word ""): "Utfall 2024
  // Budget 2024 Avvikelse" is {Utfall, 2024} {Budget, 2024} {Avvikelse, 0}.
  struct Column {
    std::string word;
    int year = 0;
  };
  std::vector<Column> columns;
  bool note = false;  // a "Not" column
  bool any = false;   // a header token at all
};

// A header row's tokens: years (from "2023", "2023-12-31", "-2023-12-31")
// and column words. Returns false when the row holds anything else.
bool ReadHeader(const std::string& raw, HeaderRow* header) {
  *header = HeaderRow();
  std::vector<int>* years = &header->years;
  std::vector<std::string>* words = &header->words;
  bool* note = &header->note;
  bool* any = &header->any;
  auto add_year = [&](int year) {
    years->push_back(year);
    std::vector<HeaderRow::Column>& columns = header->columns;
    if (!columns.empty() && !columns.back().word.empty() &&
        columns.back().year == 0) {
      columns.back().year = year;
    } else {
      columns.push_back({"", year});
    }
  };
  auto add_word = [&](const std::string& word) {
    words->push_back(word);
    header->columns.push_back({word, 0});
  };
  // "(1989)": the comparison year in parentheses (a typewritten bokslut,
  // kalmar-nation-bokslut-1990, "Resultaträkning 1990 (1989)").
  // The dash of a period set over two lines may be a hyphen or a dash
  // ("2023-07-01" over "–2024-06-30", the r8 Lönnkransen probe).
  static const RE2 kYear(
      R"(^\(?[-–—]?((?:19|20)\d\d)(?:-\d\d-\d\d)?[-–—]?\)?$)");
  static const RE2 kDate(R"(^[-–—]?(?:19|20)\d\d-\d\d-\d\d[-–—]?$)");
  // A cell holding a period ("2018-01-01 -2018-12-31", a heading set over
  // two lines that layout joined into one cell) is one column: the year
  // the period ends in. Cells are tab-separated; a line without tabs is one
  // run of tokens as before.
  const std::string stripped = StripRuleJunk(raw);
  std::vector<std::string> tokens;
  // A month range with two-digit years, one column ("07-01 - 07-12" in
  // HSB's older reports, Sjötungan 2007): the year it ends in.
  static const RE2 kMonthRange(
      R"(^\s*(\d\d)-(\d\d)\s*[-–]\s*(\d\d)-(\d\d)\s*$)");
  for (std::string_view cell : SplitTabs(stripped)) {
    int y1 = 0, m1 = 0, y2 = 0, m2 = 0;
    if (RE2::FullMatch(cell, kMonthRange, &y1, &m1, &y2, &m2) && m1 >= 1 &&
        m1 <= 12 && m2 >= 1 && m2 <= 12) {
      tokens.push_back(std::to_string(ExpandTwoDigitYear(y2)));
      continue;
    }
    if (IsBalanceColumn(Fold(cell))) {
      tokens.push_back(std::string(Trim(cell)));
      continue;
    }
    std::vector<std::string> cell_tokens = SplitWords(std::string(cell));
    std::vector<std::string> dates;
    for (const std::string& t : cell_tokens) {
      if (RE2::FullMatch(t, kDate)) dates.push_back(t);
    }
    const bool period = stripped.find('\t') != std::string::npos &&
                        dates.size() == 2 &&
                        dates.size() + 1 >= cell_tokens.size();
    for (const std::string& t : cell_tokens) {
      if (period && t == dates.front()) continue;
      tokens.push_back(t);
    }
  }
  // "2021-01-01-2021-12-31", "2024-01-01–2024-12-31": a period written as
  // one word, with a hyphen or a dash between its dates.
  static const RE2 kJoinedPeriod(
      R"(^(?:19|20)\d\d-\d\d-\d\d-?[-–—]((?:19|20)\d\d)-\d\d-\d\d$)");
  // "2023/24", "2023/2024": a fiscal year over two calendar years, the
  // column of the year it ends in (records.md), as housing cooperatives
  // head a multi-year overview whose fiscal year starts in July (the
  // lead's r7 Tallbacken probe: "Belopp i kr 2023/24 2022/23 2021/22").
  static const RE2 kSplitYear(
      R"(^\(?((?:19|20)\d\d)/(\d\d|(?:19|20)\d\d)\)?$)");
  int split_years = 0;
  for (const std::string& tok : tokens) {
    int year = 0;
    if (RE2::FullMatch(tok, kYear, &year) ||
        RE2::FullMatch(tok, kJoinedPeriod, &year)) {
      add_year(year);
      *any = true;
      continue;
    }
    int end = 0;
    if (RE2::FullMatch(tok, kSplitYear, &year, &end)) {
      if (end < 100) end += year - year % 100;
      if (end == year + 1) {
        add_year(end);
        ++split_years;
        *any = true;
        continue;
      }
    }
    const std::string f = Fold(tok);
    if (IsBalanceColumn(f)) {
      add_word(tok);
      *any = true;
      continue;
    }
    // A token of punctuation alone is a dash between dates, or OCR's
    // reading of a rule or a mark beside the header ("Belopp i kr Not =
    // 2021-01-01-2021-12-31 ...", brf-flygplansfabriken-2021 rendered and
    // read as a scan): not a column, and no reason to reject the row.
    if (f.empty()) continue;
    // "Utfall-" folds to "utfall"; "Belopp/tkr" to "belopp tkr"; the day
    // of a written date ("1 JANUARI - 31 DECEMBER") is filler too.
    for (const std::string& w : SplitWords(f)) {
      const bool day = w.size() <= 2 &&
                       w.find_first_not_of("0123456789") == std::string::npos;
      if (day) {
        continue;
      } else if (w == "not" || w == "noter") {
        *note = true;
        *any = true;
      } else if (IsFillerWord(w)) {
        *any = true;
      } else if (IsColumnWord(w)) {
        add_word(tok);
        *any = true;
      } else {
        return false;
      }
    }
  }
  // Three split years or more counting up are a chart's axis, not a
  // table's head: an overview prints its latest year first
  // (brf-malmohus17 2019-20's bar chart "2015/2016 ... 2019/2020" above its
  // "Resultat och ställning (tkr) 2019/2020 ... 2015/2016").
  if (split_years >= kMinAxisSplitYears &&
      std::is_sorted(years->begin(), years->end()) &&
      std::adjacent_find(years->begin(), years->end()) == years->end()) {
    return false;
  }
  return *any;
}

// True when each of `header`'s columns is headed by a word, two or more
// carry a year and those without one compare the others ("Utfall 2024
// Budget 2024 Avvikelse"): the words say which columns are the years'
// figures. "Budget Helår 2024" (seed 003) is one column, not two.
bool WordsHeadTheYears(const HeaderRow& header) {
  int with_year = 0;
  for (const HeaderRow::Column& c : header.columns) {
    if (c.word.empty()) return false;
    if (c.year != 0) {
      ++with_year;
    } else if (!IsComparisonColumnWord(Fold(c.word))) {
      return false;
    }
  }
  return with_year >= 2;
}

bool EndsWithConnector(const std::string& label) {
  const std::string f = Fold(label);
  static const char* kConnectors[] = {" och",  " av",   " samt", " for", " i",
                                      " till", " fran", " med",  " pa"};
  for (const char* c : kConnectors) {
    const std::string s = c;
    if (f.size() >= s.size() &&
        f.compare(f.size() - s.size(), s.size(), s) == 0) {
      return true;
    }
  }
  const std::string t(Trim(label));
  return !t.empty() && (t.back() == ',' || t.back() == '-');
}

// For rows read two ways, keeps the reading under which fewer of the
// statement's sums fail (ties keep the first reading).
void ChooseReadings(Statement* st) {
  int failures = -1;
  for (StatementLine& line : st->lines) {
    if (!line.alternative) continue;
    if (failures < 0) failures = CountSumFailures(*st);
    if (failures == 0) break;
    TableRow::Reading original{line.note, line.values};
    line.note = line.alternative->note;
    line.values = line.alternative->cells;
    const int swapped = CountSumFailures(*st);
    if (swapped < failures) {
      failures = swapped;
      st->warnings.push_back(
          "row '" + line.label + "' read the other way (note " +
          (line.note.empty() ? "none" : line.note) + ") so that the sums hold");
    } else {
      line.note = original.note;
      line.values = original.cells;
    }
  }
  for (StatementLine& line : st->lines) line.alternative.reset();
}

// True when the fiscal year is known and no column of `st` has a year: an
// accounting program's report, whose column words (below) say which
// column is the fiscal year's.
bool ColumnsAwaitTheFiscalYear(const Statement& st, int fiscal_year) {
  return fiscal_year > 0 &&
         std::all_of(st.column_years.begin(), st.column_years.end(),
                     [](int y) { return y == 0; });
}

// An accounting program's period report heads its columns "Perioden
// Ackumulerat" with no year (a Fortnox/Visma Resultatrapport,
// trollhattans-jk-2023): the accumulated column is the year to date, which
// is the fiscal year's figure in a report that closes the year.
void AccumulatedColumnIsTheYear(Statement* st, int fiscal_year) {
  if (!ColumnsAwaitTheFiscalYear(*st, fiscal_year)) return;
  for (size_t c = 0; c < st->columns.size(); ++c) {
    if (Fold(st->columns[c]) == "ackumulerat") {
      st->column_years[c] = fiscal_year;
      return;
    }
  }
}

// A balance report ("Ing balans | Period | Utg balans", no year:
// trollhattans-jk-2023's Balansrapport, a screenshot on page 10) closes the
// fiscal year in its closing balance and opens it with the year before's;
// the period column is the year's movement, no year's balance. Its
// bookkeeping prints the credit side negative: where the equity and
// liabilities total is minus the assets total, that side's signs are turned
// to the statement's.
void BalanceReportColumns(Statement* st, int fiscal_year) {
  if (!ColumnsAwaitTheFiscalYear(*st, fiscal_year)) return;
  bool any = false;
  for (size_t c = 0; c < st->columns.size(); ++c) {
    const std::string f = Fold(st->columns[c]);
    if (IsClosingBalanceColumn(f)) {
      st->column_years[c] = fiscal_year;
      any = true;
    } else if (IsOpeningBalanceColumn(f)) {
      st->column_years[c] = fiscal_year - 1;
      any = true;
    }
  }
  if (!any) return;
  const StatementLine* assets = nullptr;
  size_t credit_side = st->lines.size();
  for (size_t i = 0; i < st->lines.size(); ++i) {
    const StatementLine& l = st->lines[i];
    if (l.key == "total_assets" && assets == nullptr) assets = &l;
    if (assets != nullptr && credit_side == st->lines.size() &&
        Fold(l.label).rfind("eget kapital", 0) == 0) {
      credit_side = i;
    }
  }
  const StatementLine* total = nullptr;
  for (size_t i = credit_side; i < st->lines.size(); ++i) {
    if (st->lines[i].key == "total_equity_and_liabilities") {
      total = &st->lines[i];
    }
  }
  if (assets == nullptr || total == nullptr) return;
  // The closing column may not balance: the year's computed result
  // ("BERÄKNAT") is not yet booked to equity there. So one column whose
  // totals mirror each other, and none where they agree, decide.
  bool mirrored = false;
  for (size_t c = 0; c < st->column_years.size(); ++c) {
    if (st->column_years[c] == 0) continue;
    const auto a = assets->ValueKr(c);
    const auto t = total->ValueKr(c);
    if (!a || !t || *a == 0) continue;
    if (*a == *t) return;
    mirrored = mirrored || *a == -*t;
  }
  if (!mirrored) return;
  for (size_t i = credit_side; i < st->lines.size(); ++i) {
    for (std::optional<Amount>& v : st->lines[i].values) {
      if (v) v->value = -v->value;
    }
  }
}

}  // namespace

bool StatementLine::has_values() const {
  for (const Cell& c : values) {
    if (c) return true;
  }
  return false;
}

std::optional<int64_t> StatementLine::ValueKr(size_t column) const {
  if (column >= values.size() || !values[column]) return std::nullopt;
  const Amount& a = *values[column];
  return KronorOf(a.value, a.percent || IsUnitlessKey(key) ? Unit::kKr : unit);
}

const StatementLine* Statement::FindKey(const std::string& key) const {
  for (const StatementLine& l : lines) {
    if (l.key == key && l.has_values()) return &l;
  }
  return nullptr;
}

int Statement::ColumnOfYear(int year) const {
  for (size_t c = 0; c < column_years.size(); ++c) {
    if (column_years[c] == year) return static_cast<int>(c);
  }
  return -1;
}

std::vector<const Statement*> Statements::All() const {
  std::vector<const Statement*> out;
  for (const auto* s :
       {&income_statement, &balance_sheet, &cash_flow, &operating_statement,
        &multi_year_overview, &balance_requirement}) {
    if (s->has_value()) out.push_back(&s->value());
  }
  return out;
}

const char* StatementName(SectionKind kind) {
  switch (kind) {
    case SectionKind::kIncomeStatement:
      return "income_statement";
    case SectionKind::kBalanceSheet:
      return "balance_sheet";
    case SectionKind::kCashFlow:
      return "cash_flow";
    case SectionKind::kOperatingStatement:
      return "operating_statement";
    case SectionKind::kMultiYearOverview:
      return "multi_year_overview";
    case SectionKind::kBalanceRequirement:
      return "balance_requirement";
    default:
      return "other";
  }
}

Statement ParseStatement(const RecordText& text, int begin, int end,
                         SectionKind kind, int fiscal_year) {
  Statement st;
  st.kind = kind;
  if (begin >= end) return st;
  const std::string heading(Trim(text.lines[begin].text));
  st.title = heading;
  st.page = text.lines[begin].page;
  bool note_column = false;
  bool unit_named = false;
  Unit unit = Unit::kKr;
  if (auto u = FindUnit(heading)) {
    unit = *u;
    unit_named = true;
  }
  int value_rows = 0;
  // Columns whose header year is printed in parentheses ("1990 (1989)"):
  // the figures under it are printed in parentheses too, which there is
  // the column's style, not a minus.
  std::vector<bool> parenthesised_column;
  auto mark_parenthesised = [&](const std::string& raw) {
    static const RE2 kParenYear(R"(\(\s*((?:19|20)\d\d)\s*\))");
    parenthesised_column.resize(st.columns.size(), false);
    re2::StringPiece in(raw);
    int year = 0;
    while (RE2::FindAndConsume(&in, kParenYear, &year)) {
      const int c = st.ColumnOfYear(year);
      if (c >= 0) parenthesised_column[static_cast<size_t>(c)] = true;
    }
  };
  auto unparenthesise = [&](std::vector<Cell>* cells) {
    for (size_t c = 0; c < cells->size() && c < parenthesised_column.size();
         ++c) {
      Cell& cell = (*cells)[c];
      if (parenthesised_column[c] && cell && cell->parenthesised) {
        cell->value = -cell->value;
        cell->parenthesised = false;
      }
    }
  };

  // Header tokens on the heading line itself ("Resultaträkning  Not
  // 2018-01-01  2017-01-01").
  auto apply_header = [&](const HeaderRow& header) {
    const std::vector<int>& years = header.years;
    const std::vector<std::string>& words = header.words;
    if (WordsHeadTheYears(header) &&
        header.columns.size() > st.columns.size()) {
      // "Utfall 2024 | Budget 2024 | Utfall 2023": a column is the year's
      // figures only under an outcome's word.
      st.columns.clear();
      st.column_years.clear();
      for (const HeaderRow::Column& c : header.columns) {
        st.columns.push_back(
            c.year == 0 ? c.word : c.word + " " + std::to_string(c.year));
        st.column_years.push_back(IsOutcomeColumnWord(Fold(c.word)) ? c.year
                                                                    : 0);
      }
    } else if (!years.empty()) {
      if (years.size() == st.columns.size() && !st.columns.empty()) {
        // A second header row: end dates of ranges, or the years under
        // "Utfall Budget Avvikelse".
        for (size_t c = 0; c < years.size(); ++c) {
          const std::string f = Fold(st.columns[c]);
          const bool outcome = IsOutcomeColumnWord(f) ||
                               std::isdigit(static_cast<unsigned char>(f[0]));
          if (std::isdigit(static_cast<unsigned char>(st.columns[c][0]))) {
            st.columns[c] = std::to_string(years[c]);
          } else {
            st.columns[c] += " " + std::to_string(years[c]);
          }
          st.column_years[c] = outcome ? years[c] : 0;
        }
      } else if (years.size() > st.columns.size()) {
        st.columns.clear();
        st.column_years.clear();
        for (int y : years) {
          st.columns.push_back(std::to_string(y));
          st.column_years.push_back(y);
        }
      }
    } else if (words.size() > st.columns.size()) {
      st.columns = words;
      st.column_years.assign(words.size(), 0);
    }
  };
  {
    HeaderRow header;
    // Only the part after the heading's words can be a header: the cells
    // after the first when the line has cells, else each split point from
    // the right.
    const size_t tab = heading.find('\t');
    if (tab != std::string::npos &&
        ReadHeader(heading.substr(tab + 1), &header) && !header.years.empty()) {
      apply_header(header);
      mark_parenthesised(heading);
      note_column = note_column || header.note;
    }
    const std::vector<std::string> ws = SplitWords(heading);
    for (size_t k = 1; k < ws.size() && header.years.empty(); ++k) {
      std::string rest;
      for (size_t m = k; m < ws.size(); ++m) rest += ws[m] + " ";
      if (ReadHeader(rest, &header) && !header.years.empty()) {
        apply_header(header);
        mark_parenthesised(heading);
        note_column = note_column || header.note;
        break;
      }
    }
  }

  if (kind == SectionKind::kBalanceSheet &&
      ReadTAccounts(text, begin + 1, end, fiscal_year, &st)) {
    return st;
  }

  for (int i = begin + 1; i < end; ++i) {
    const std::string line(Trim(text.lines[i].text));
    if (line.empty()) continue;
    HeaderRow header;
    if (ReadHeader(line, &header)) {
      if (!header.years.empty() || value_rows == 0 ||
          header.words.size() >= 2 || header.note) {
        apply_header(header);
        mark_parenthesised(line);
        note_column = note_column || header.note;
        if (auto u = FindUnit(line)) {
          unit = *u;
          if (!unit_named) st.unit = unit;
          unit_named = true;
        }
        continue;
      }
    }
    // A caption carrying the column header ("TILLGÅNGAR  2020-12-31
    // 2019-12-31", "INTÄKTER 1990 (1989)": dates, or two years or more).
    {
      const std::vector<std::string> ws = SplitWords(StripRuleJunk(line));
      static const RE2 kDate(R"(^[-–—]?(?:19|20)\d\d-\d\d-\d\d$)");
      static const RE2 kYearToken(R"(^\(?(?:19|20)\d\d\)?$)");
      size_t k = ws.size();
      int dates = 0, plain_years = 0;
      while (k > 0) {
        if (RE2::FullMatch(ws[k - 1], kDate)) {
          ++dates;
        } else if (RE2::FullMatch(ws[k - 1], kYearToken)) {
          ++plain_years;
        } else {
          break;
        }
        --k;
      }
      if (k > 0 && k < ws.size() && !IsAmountToken(ws[0]) &&
          (dates > 0 || plain_years >= 2)) {
        std::string rest;
        for (size_t m = k; m < ws.size(); ++m) rest += ws[m] + " ";
        if (ReadHeader(rest, &header)) {
          apply_header(header);
          mark_parenthesised(rest);
          StatementLine caption;
          for (size_t m = 0; m < k; ++m) {
            caption.label += (m > 0 ? " " : "") + ws[m];
          }
          caption.unit = unit;
          caption.page = text.lines[i].page;
          st.lines.push_back(caption);
          continue;
        }
      }
    }
    const int columns = static_cast<int>(st.columns.size());
    TableRow row = SplitRow(line, columns, note_column);
    // A running header such as "Förbundet - Årsredovisning 2023" is text,
    // not a row with one value.
    if (columns >= 2 && row.cells.size() == 1 && row.cells[0] &&
        row.cells[0]->is_integer() && row.cells[0]->value >= 1900 &&
        row.cells[0]->value <= 2100 && !row.cells[0]->percent) {
      row.label = line;
      row.cells.clear();
    }
    const bool has_cells = !row.cells.empty();
    // OCR reads marks and stray account numbers beside a scanned table
    // ("”", "21 000" in the note column, stenalderns-samfallighet-2017): a
    // label without a letter opens no group, and with fewer cells than
    // columns it is not a row.
    const std::string folded_label = Fold(row.label);
    const bool lettered =
        std::any_of(folded_label.begin(), folded_label.end(),
                    [](char ch) { return ch >= 'a' && ch <= 'z'; });
    if (!lettered && (!has_cells || (columns >= 2 && !row.complete))) continue;
    if (!has_cells) {
      // A caption that names a unit switches it ("Översikt ... (kr)").
      static const RE2 kUnitCaption(R"((?i)(\((?:t|mn)?kr\)|^belopp\b))");
      if (line.size() <= 80 && RE2::PartialMatch(line, kUnitCaption)) {
        if (auto u = FindUnit(line)) unit = *u;
      }
      if (value_rows > 0 && line.size() > 75) break;  // prose: table over
      if (!st.lines.empty() && StartsLower(row.label) &&
          !st.lines.back().label.empty()) {
        st.lines.back().label += " " + row.label;
        if (st.lines.back().key.empty() || st.lines.back().has_values()) {
          st.lines.back().key = st.lines.back().has_values()
                                    ? KeyForLabel(st.lines.back().label)
                                    : "";
        }
        continue;
      }
      if (!st.lines.empty() && st.lines.back().has_values() &&
          EndsWithConnector(st.lines.back().label)) {
        st.lines.back().label += " " + row.label;
        st.lines.back().key = KeyForLabel(st.lines.back().label);
        continue;
      }
      StatementLine heading_line;
      heading_line.label = row.label;
      heading_line.note = row.note;
      heading_line.unit = unit;
      heading_line.page = text.lines[i].page;
      st.lines.push_back(heading_line);
      continue;
    }
    ++value_rows;
    unparenthesise(&row.cells);
    if (row.alternative) unparenthesise(&row.alternative->cells);
    StatementLine sl;
    sl.label = row.label;
    sl.note = row.note;
    sl.values = row.cells;
    sl.complete = row.complete;
    sl.unit = unit;
    if (auto u = FindUnit(row.label)) sl.unit = *u;
    sl.page = text.lines[i].page;
    if (!st.lines.empty() && StartsLower(sl.label)) {
      StatementLine& prev = st.lines.back();
      // Only a caption that stops mid-phrase continues here; "Eget kapital"
      // followed by "rets resultat ..." (OCR dropped the "Å") does not.
      if (prev.values.empty() && EndsWithConnector(prev.label)) {
        // "Medel från verksamheten före förändring av" / "rörelsekapital
        // 152 241 714 624".
        prev.label += " " + sl.label;
        prev.values = sl.values;
        prev.complete = sl.complete;
        if (prev.note.empty()) prev.note = sl.note;
        prev.page = sl.page;
        prev.key = KeyForLabel(prev.label);
        continue;
      }
      // "Utgående eget 2 483 599 ..." / "kapital /sparade medel (31 %) ...":
      // the second row's figures are shares of the first's; keep the label.
      // (Any other lower-case row is a row of its own: OCR drops capital
      // Å/Ö, "vrigt eget kapital".)
      bool shares = true;
      for (const Cell& c : sl.values) shares = shares && (!c || c->percent);
      if (shares) {
        prev.label += " " + sl.label;
        prev.key = KeyForLabel(prev.label);
        continue;
      }
    }
    // A row printed empty ("Avskrivningar  -") has one cell per column.
    bool all_empty = true;
    for (const Cell& c : sl.values) all_empty = all_empty && !c;
    if (all_empty && columns > 0) {
      sl.values.assign(columns, std::nullopt);
      sl.complete = true;
    }
    if (columns == 0 && st.columns.empty()) {
      // No header: a single-column table is the fiscal year's (the
      // balance-requirement table); otherwise the columns stay unnamed.
      if (sl.values.size() == 1 && fiscal_year > 0) {
        st.columns = {std::to_string(fiscal_year)};
        st.column_years = {fiscal_year};
        st.warnings.push_back("no column header; single column read as " +
                              std::to_string(fiscal_year));
      }
    }
    sl.key = KeyForLabel(sl.label);
    sl.alternative = row.alternative;
    if (!sl.complete) {
      st.warnings.push_back("row '" + sl.label + "' has " +
                            std::to_string(sl.values.size()) + " of " +
                            std::to_string(columns) + " cells");
    }
    st.lines.push_back(sl);
  }
  if (!unit_named) st.unit = Unit::kKr;
  AccumulatedColumnIsTheYear(&st, fiscal_year);
  BalanceReportColumns(&st, fiscal_year);
  ChooseReadings(&st);
  // Trailing caption lines (no values) after the last value row are not
  // part of the table.
  while (!st.lines.empty() && !st.lines.back().has_values()) {
    st.lines.pop_back();
  }
  return st;
}

// Amount lines a section needs to be taken for a statement when another
// section of the same title has more: a balance sheet's guide page
// (brf-flygplansfabriken-2021 p. 2, "Balansräkning" defined in one line)
// gives one, the shortest real statements (a small association's
// income-and-expense statement) four or more.
constexpr int kMinStatementLines = 3;

Statements ParseStatements(const RecordText& text, const SectionTree& tree,
                           int fiscal_year) {
  Statements out;
  // The first section of `kind` with values, parsed as a `parse_as` table.
  auto parse_kind = [&](SectionKind kind,
                        std::optional<SectionKind> parse_as =
                            std::nullopt) -> std::optional<Statement> {
    std::vector<std::pair<Statement, int>> candidates;  // with value lines
    int most_values = 0;
    for (const Section* s : tree.FindAll(kind)) {
      Statement st = ParseStatement(text, s->line, s->end_line,
                                    parse_as.value_or(kind), fiscal_year);
      if (st.page == 0) st.page = s->page;
      for (StatementLine& l : st.lines) {
        if (l.page == 0) l.page = s->page;
      }
      int values = 0;
      for (const StatementLine& l : st.lines) values += l.has_values();
      most_values = std::max(most_values, values);
      candidates.emplace_back(std::move(st), values);
    }
    // A statement is a table of amount lines; a guide page explaining what a
    // balance sheet is, or a contents line ("Balansräkning ... 10-11"),
    // gives one or two. Such a section only counts when nothing more
    // table-like has the same title.
    const int least_values = std::min(kMinStatementLines, most_values);
    std::optional<Statement> merged;
    for (auto& [st, values] : candidates) {
      if (values < 1 || values < least_values) continue;
      if (!merged) {
        merged = std::move(st);
        continue;
      }
      // A statement continued on the next page ("Balansräkning" again,
      // same columns): append. A different table of the same kind later in
      // the report (a summary) is left out.
      if (kind == SectionKind::kBalanceSheet &&
          st.column_years == merged->column_years) {
        for (StatementLine& l : st.lines) merged->lines.push_back(l);
        for (std::string& w : st.warnings) merged->warnings.push_back(w);
      }
    }
    return merged;
  };
  out.income_statement = parse_kind(SectionKind::kIncomeStatement);
  out.balance_sheet = parse_kind(SectionKind::kBalanceSheet);
  out.cash_flow = parse_kind(SectionKind::kCashFlow);
  out.operating_statement = parse_kind(SectionKind::kOperatingStatement);
  // A plan prints its budget instead ("5.2 Budget 2024"): the same kind of
  // table, budget columns only. Neither gives key_figures.
  if (!out.operating_statement) {
    out.operating_statement =
        parse_kind(SectionKind::kBudget, SectionKind::kOperatingStatement);
  }
  out.multi_year_overview = parse_kind(SectionKind::kMultiYearOverview);
  out.balance_requirement = parse_kind(SectionKind::kBalanceRequirement);
  std::pair<size_t, size_t> result_parts{0, 0};
  if (out.income_statement) {
    result_parts = MarkResultParts(&*out.income_statement);
  }
  // Cells OCR misread, derived from the statement's own sums; before
  // equity is derived from its parts, so it sums the repaired cells. Signs
  // in doubt first: a sign is a likelier misreading than a digit.
  for (auto* s : {&out.income_statement, &out.balance_sheet, &out.cash_flow,
                  &out.balance_requirement}) {
    if (!s->has_value()) continue;
    for (const CellRepair& r : SettleDoubtfulSigns(&**s)) {
      (*s)->lines[r.line].repaired.push_back({r.column, r.read});
    }
    for (const CellRepair& r : RepairMisreadCells(&**s)) {
      (*s)->lines[r.line].repaired.push_back({r.column, r.read});
    }
  }
  if (out.balance_sheet) DeriveEquity(&*out.balance_sheet);
  if (out.income_statement) {
    DeriveSplitResult(&*out.income_statement,
                      out.balance_sheet ? &*out.balance_sheet : nullptr,
                      result_parts.first, result_parts.second);
    KeyRevenueTotal(&*out.income_statement);
    KeyRevenueBlockTotal(&*out.income_statement);
    ResultAfterFinancialItemsIsTheYears(&*out.income_statement);
    if (out.balance_sheet) {
      SettleTAccount(&*out.balance_sheet, *out.income_statement);
    }
  }
  return out;
}

}  // namespace finsam::records
