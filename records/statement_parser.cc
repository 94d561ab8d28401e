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
#include "records/document_info.h"
#include "records/key_vocabulary.h"
#include "records/statement_sums.h"
#include "records/table_row.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

// The tab-separated cells of a line (the whole line when it has no tab).
std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t begin = 0;
  while (true) {
    const size_t tab = line.find('\t', begin);
    cells.push_back(line.substr(begin, tab == std::string_view::npos
                                           ? std::string_view::npos
                                           : tab - begin));
    if (tab == std::string_view::npos) break;
    begin = tab + 1;
  }
  return cells;
}

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
bool IsColumnWord(const std::string& w) {
  static const std::set<std::string> kWords = {
      "utfall", "budget",       "avvikelse", "bokslut", "prognos",
      "ar",     "intakt",       "kostnad",   "netto",   "helar",
      "period", "ackumulerat",  "perioden",  "diff",    "forandring",
      "jmf",    "utfall budget"};
  return kWords.count(w) > 0;
}

// A header row's tokens: years (from "2023", "2023-12-31", "-2023-12-31")
// and column words. Returns false when the row holds anything else.
bool ReadHeader(const std::string& raw, std::vector<int>* years,
                std::vector<std::string>* words, bool* note, bool* any) {
  years->clear();
  words->clear();
  *note = false;
  *any = false;
  // "(1989)": the comparison year in parentheses (a typewritten bokslut,
  // kalmar-nation-bokslut-1990, "Resultaträkning 1990 (1989)").
  static const RE2 kYear(R"(^\(?-?((?:19|20)\d\d)(?:-\d\d-\d\d)?-?\)?$)");
  static const RE2 kDate(R"(^-?(?:19|20)\d\d-\d\d-\d\d-?$)");
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
  // "2021-01-01-2021-12-31": a period written as one word.
  static const RE2 kJoinedPeriod(
      R"(^(?:19|20)\d\d-\d\d-\d\d-?-((?:19|20)\d\d)-\d\d-\d\d$)");
  // "2023/24", "2023/2024": a fiscal year over two calendar years, the
  // column of the year it ends in (records.md), as housing cooperatives
  // head a multi-year overview whose fiscal year starts in July (the
  // lead's r7 Tallbacken probe: "Belopp i kr 2023/24 2022/23 2021/22").
  static const RE2 kSplitYear(
      R"(^\(?((?:19|20)\d\d)/(\d\d|(?:19|20)\d\d)\)?$)");
  for (const std::string& tok : tokens) {
    int year = 0;
    if (RE2::FullMatch(tok, kYear, &year) ||
        RE2::FullMatch(tok, kJoinedPeriod, &year)) {
      years->push_back(year);
      *any = true;
      continue;
    }
    int end = 0;
    if (RE2::FullMatch(tok, kSplitYear, &year, &end)) {
      if (end < 100) end += year - year % 100;
      if (end == year + 1) {
        years->push_back(end);
        *any = true;
        continue;
      }
    }
    const std::string f = Fold(tok);
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
        words->push_back(tok);
        *any = true;
      } else {
        return false;
      }
    }
  }
  return *any;
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

// A balance sheet that prints the parts of equity but no "Summa eget
// kapital" gets a derived equity line (the contract's "or derived"): the sum
// of the lines under the "Eget kapital" caption, per column.
void DeriveEquity(Statement* bs) {
  for (const StatementLine& l : bs->lines) {
    if (l.key == "equity" && l.has_values()) return;
  }
  for (size_t i = 0; i < bs->lines.size(); ++i) {
    if (!bs->lines[i].values.empty() ||
        LabelCore(bs->lines[i].label) != "eget kapital") {
      continue;
    }
    // The parts run to the next caption, sum, or a line that is clearly
    // not equity (provisions, liabilities).
    size_t end = i + 1;
    while (end < bs->lines.size() && !bs->lines[end].values.empty()) {
      const StatementLine& l = bs->lines[end];
      const std::string core = LabelCore(l.label);
      if (core.rfind("summa", 0) == 0 ||
          (!l.key.empty() && l.key != "result_for_year") ||
          core.find("avsattning") != std::string::npos ||
          core.find("skulder") != std::string::npos) {
        break;
      }
      ++end;
    }
    if (end == i + 1) return;
    StatementLine eq;
    eq.label = "Summa eget kapital";
    eq.key = "equity";
    eq.derived = true;
    eq.unit = bs->lines[i + 1].unit;
    eq.page = bs->lines[end - 1].page;
    for (size_t c = 0; c < bs->columns.size(); ++c) {
      double total = 0;
      bool any = false, complete = true;
      for (size_t k = i + 1; k < end; ++k) {
        const StatementLine& l = bs->lines[k];
        if (c >= l.values.size() || !l.complete || l.unit != eq.unit) {
          complete = false;
        } else if (l.values[c]) {
          total += l.values[c]->value;
          any = true;
        }
      }
      if (any && complete) {
        eq.values.push_back(Amount{total, 0, false});
      } else {
        eq.values.push_back(std::nullopt);
      }
    }
    if (!eq.has_values()) return;
    bs->lines.insert(bs->lines.begin() + static_cast<long>(end), eq);
    return;
  }
}

// A report that keeps accounts per activity prints "Årets resultat
// gemensamt" and "Årets resultat garage" and no total
// (stenalderns-samfallighet-2017). The result for the year is their sum, taken
// only when the arithmetic confirms it in every column: the sum equals the
// last printed result above them plus the sums in between ("Resultat före
// finansiella poster" + "Summa finansiella poster"), or the balance sheet
// prints parts with the same sum, or equity changed by exactly that much.
constexpr size_t kMinResultParts = 2;

bool IsResultPart(const StatementLine& l) {
  static const std::string kPrefix = "arets resultat ";
  const std::string core = LabelCore(l.label);
  return l.key.empty() && l.has_values() && l.complete &&
         core.size() > kPrefix.size() &&
         core.compare(0, kPrefix.size(), kPrefix) == 0;
}

// The sum of column `c` over `lines`, or nullopt when a cell is missing.
std::optional<double> ColumnSum(const std::vector<const StatementLine*>& lines,
                                size_t c) {
  double total = 0;
  for (const StatementLine* l : lines) {
    if (c >= l->values.size() || !l->values[c]) return std::nullopt;
    total += l->values[c]->value;
  }
  return total;
}

// Flags the run of "Årets resultat <activity>" lines of a statement that
// prints no "Årets resultat", before OCR cells are repaired from the sums
// (a part is not a result closing the part above it). Returns [first, end).
std::pair<size_t, size_t> MarkResultParts(Statement* is) {
  if (is->FindKey("result_for_year") != nullptr) return {0, 0};
  size_t first = 0, end = 0;
  for (size_t i = 0; i < is->lines.size(); ++i) {
    if (!IsResultPart(is->lines[i])) continue;
    first = i;
    end = i;
    while (end < is->lines.size() &&
           (IsResultPart(is->lines[end]) || !is->lines[end].has_values())) {
      ++end;
    }
    break;
  }
  size_t parts = 0;
  for (size_t k = first; k < end; ++k) parts += is->lines[k].has_values();
  if (parts < kMinResultParts) return {0, 0};
  for (size_t k = first; k < end; ++k) is->lines[k].result_part = true;
  return {first, end};
}

// Adds the derived total after the parts MarkResultParts flagged, or, when
// the arithmetic does not confirm it, unflags them.
void DeriveSplitResult(Statement* is, const Statement* bs, size_t first,
                       size_t end) {
  if (end <= first) return;
  std::vector<const StatementLine*> parts;
  for (size_t k = first; k < end; ++k) {
    if (is->lines[k].has_values()) parts.push_back(&is->lines[k]);
  }
  for (size_t k = first; k < end; ++k) is->lines[k].result_part = false;
  // The last printed result above the parts, and the sums after it.
  const StatementLine* above = nullptr;
  std::vector<const StatementLine*> between;
  for (size_t k = first; k-- > 0;) {
    const StatementLine& l = is->lines[k];
    if (!l.has_values()) continue;
    const std::string core = LabelCore(l.label);
    if (core.rfind("resultat ", 0) == 0 || l.key == "operating_result" ||
        l.key == "result_after_financial_items") {
      above = &l;
      break;
    }
    if (core.rfind("summa ", 0) == 0) between.push_back(&l);
  }
  std::vector<const StatementLine*> bs_parts;
  if (bs != nullptr) {
    for (const StatementLine& l : bs->lines) {
      if (IsResultPart(l)) bs_parts.push_back(&l);
    }
  }
  StatementLine total;
  total.label = "Årets resultat";
  total.key = "result_for_year";
  total.derived = true;
  total.unit = parts.front()->unit;
  total.page = parts.back()->page;
  for (size_t c = 0; c < is->columns.size(); ++c) {
    const std::optional<double> sum = ColumnSum(parts, c);
    if (!sum) return;
    bool confirmed = false;
    if (above != nullptr) {
      std::vector<const StatementLine*> terms = between;
      terms.push_back(above);
      const std::optional<double> printed = ColumnSum(terms, c);
      confirmed = printed && std::fabs(*printed - *sum) < 0.5;
    }
    if (!confirmed && bs_parts.size() >= kMinResultParts && bs != nullptr &&
        c < is->column_years.size()) {
      const int bc = bs->ColumnOfYear(is->column_years[c]);
      const std::optional<double> printed =
          bc < 0 ? std::nullopt : ColumnSum(bs_parts, static_cast<size_t>(bc));
      confirmed = printed && std::fabs(*printed - *sum) < 0.5;
    }
    if (!confirmed && bs != nullptr && c < is->column_years.size()) {
      const StatementLine* eq = bs->FindKey("equity");
      const int now = bs->ColumnOfYear(is->column_years[c]);
      const int before = bs->ColumnOfYear(is->column_years[c] - 1);
      if (eq != nullptr && now >= 0 && before >= 0) {
        const auto a = eq->ValueKr(static_cast<size_t>(now));
        const auto b = eq->ValueKr(static_cast<size_t>(before));
        confirmed =
            a && b && std::fabs(static_cast<double>(*a - *b) - *sum) < 0.5;
      }
    }
    if (!confirmed) return;
    total.values.push_back(Amount{*sum, 0, false});
  }
  for (size_t k = first; k < end; ++k) is->lines[k].result_part = true;
  is->lines.insert(is->lines.begin() + static_cast<long>(end), total);
}

// A small association's income statement has no "Nettoomsättning": its
// revenue total ("Summa intäkter") is the net revenue, when the statement
// gives no other revenue key (a Finsam statement's "Verksamhetens intäkter"
// is operating income).
void KeyRevenueTotal(Statement* is) {
  for (const StatementLine& l : is->lines) {
    if (l.key == "net_revenue" || l.key == "operating_income") return;
  }
  static const RE2 kRevenueTotal(R"(^summa (?:\S+ )?intakter$)");
  for (StatementLine& l : is->lines) {
    const std::string core = LabelCore(l.label);
    if (!l.key.empty() || !l.has_values() ||
        !RE2::FullMatch(core, kRevenueTotal) ||
        core.find("finansiell") != std::string::npos ||
        core.find("ovrig") != std::string::npos ||
        core.find("rant") != std::string::npos) {
      continue;
    }
    l.key = "net_revenue";
    return;
  }
}

// True when `s` holds a letter (folded: å/ä/ö count).
bool HasLetter(std::string_view s) {
  const std::string f = Fold(s);
  return std::any_of(f.begin(), f.end(),
                     [](char ch) { return ch >= 'a' && ch <= 'z'; });
}

// The revenue block of an income statement closed by a sum row printed
// without a label (Lindh's housing-cooperative reports: "Intäkter,
// fastighetsförvaltning" over the revenue lines and an unlabelled
// "11 551 426  9 768 329"; a typewritten bokslut's "INTÄKTER" block,
// kalmar-nation-bokslut-1990). The statement's first caption names revenue
// in its own words ("intäkter", "inkomster"); the first row without
// letters after the lines under it is that block's total when it is their
// sum in a column at least (a row OCR could not split leaves the other
// column short), and it is the net revenue of a statement that prints
// none.
// Two lines at least: a single line equal to the row under it is a line
// restated, not a block summed (Lindh 2011 sums five, Kalmar 1990 seven).
constexpr size_t kMinRevenueBlockLines = 2;

void KeyRevenueBlockTotal(Statement* is) {
  for (const StatementLine& l : is->lines) {
    if (l.key == "net_revenue" || l.key == "operating_income") return;
  }
  size_t first = 0;
  while (first < is->lines.size() && !is->lines[first].has_values()) ++first;
  if (first == 0 || first == is->lines.size()) return;
  const std::string caption = LabelCore(is->lines[first - 1].label);
  const bool revenue = (caption.find("intakt") != std::string::npos ||
                        caption.find("inkomst") != std::string::npos) &&
                       caption.find("finansiell") == std::string::npos &&
                       caption.find("rant") == std::string::npos;
  if (!revenue) return;
  std::vector<const StatementLine*> terms;
  for (size_t i = first; i < is->lines.size(); ++i) {
    StatementLine& l = is->lines[i];
    if (!l.has_values()) {
      // A row OCR could not split keeps its figures in the label ("!
      // Sponsring (under ht 90) 7 019,25 — (under övrigt)"); any other
      // line without values is a caption: the block ended unsummed.
      if (std::any_of(l.label.begin(), l.label.end(),
                      [](char ch) { return ch >= '0' && ch <= '9'; })) {
        continue;
      }
      return;
    }
    if (HasLetter(l.label)) {
      terms.push_back(&l);
      continue;
    }
    if (terms.size() < kMinRevenueBlockLines || !l.key.empty()) return;
    bool sums = false;
    for (size_t c = 0; c < l.values.size(); ++c) {
      if (!l.values[c]) continue;
      double total = 0;
      bool complete = true;
      for (const StatementLine* t : terms) {
        if (c >= t->values.size()) {
          complete = false;
        } else if (t->values[c]) {
          total += t->values[c]->value;
        }
      }
      // Half an öre: the terms and the total are printed to the öre.
      constexpr double kSumTolerance = 0.005;
      sums = sums || (complete &&
                      std::fabs(total - l.values[c]->value) < kSumTolerance);
    }
    if (sums) l.key = "net_revenue";
    return;
  }
}

// An income statement that ends at "Resultat efter finansiella poster"
// (an accounting program's Resultatrapport before the books are closed,
// trollhattans-jk-2023: "Resultat efter finansiella intäkter och
// kostnader", no "Årets resultat"): with no appropriations or tax after it,
// that result is the year's. Derived, so the record says it was not
// printed.
void ResultAfterFinancialItemsIsTheYears(Statement* is) {
  if (is->FindKey("result_for_year") != nullptr) return;
  size_t last = is->lines.size();
  while (last > 0 && !is->lines[last - 1].has_values()) --last;
  if (last == 0 || is->lines[last - 1].key != "result_after_financial_items") {
    return;
  }
  StatementLine year = is->lines[last - 1];
  year.label = "Årets resultat";
  year.key = "result_for_year";
  year.note.clear();
  year.derived = true;
  year.repaired.clear();
  is->lines.insert(is->lines.begin() + static_cast<long>(last), year);
}

// An accounting program's period report heads its columns "Perioden
// Ackumulerat" with no year (a Fortnox/Visma Resultatrapport,
// trollhattans-jk-2023): the accumulated column is the year to date, which
// is the fiscal year's figure in a report that closes the year.
void AccumulatedColumnIsTheYear(Statement* st, int fiscal_year) {
  if (fiscal_year <= 0) return;
  for (int y : st->column_years) {
    if (y != 0) return;
  }
  for (size_t c = 0; c < st->columns.size(); ++c) {
    if (Fold(st->columns[c]) == "ackumulerat") {
      st->column_years[c] = fiscal_year;
      return;
    }
  }
}

// A balance sheet printed as T-accounts (a small association's
// typewritten bokslut, kalmar-nation-bokslut-1990): rows "Kassa  156,80  |
// Skulder  17 666,70", assets on the left, liabilities and equity on the
// right, each account closed by a row of two equal totals without a label;
// the opening balance (IB) and the closing one (UB) one after the other.
// Rows with two label-and-amount pairs are what marks the layout: two at
// least (Kalmar 1990 prints two per account, "Skulder" and "Eg kap").
constexpr int kMinTAccountRows = 2;

struct TAccount {
  std::vector<std::pair<std::string, Amount>> left, right;
  Amount total;
  int page = 0;
  int role = 0;  // -1 opening ("IB"), +1 closing ("UB"), 0 not printed
};

// Parses [begin, end) as T-accounts into `st` (whose columns the heading
// may have named: "Balansräkning 1990"). False when the rows are not
// T-account rows; `st` is then unchanged.
bool ReadTAccounts(const RecordText& text, int begin, int end, int fiscal_year,
                   Statement* st) {
  std::vector<TAccount> accounts;
  TAccount open;
  int pair_rows = 0;
  int role = 0;
  for (int i = begin; i < end; ++i) {
    // The accounts fill one page; the next page is another table (a
    // statement of receivables, the funds' own accounts).
    if (!accounts.empty() && text.lines[i].page != accounts.back().page) break;
    const std::string line = StripRuleJunk(text.lines[i].text);
    const std::string folded = Fold(line);
    if (folded == "ib" || folded == "ingaende balans") role = -1;
    if (folded == "ub" || folded == "utgaende balans") role = 1;
    // Cells: label-and-amount pairs, and amounts alone.
    std::vector<std::pair<std::string, Amount>> pairs;
    std::vector<Amount> alone;
    std::string label;
    for (std::string_view cell : SplitTabs(line)) {
      const std::string c(Trim(cell));
      if (c.empty()) continue;
      if (auto a = ParseAmount(c)) {
        if (!label.empty()) {
          pairs.push_back({label, *a});
          label.clear();
        } else {
          alone.push_back(*a);
        }
      } else if (HasLetter(c)) {
        label = label.empty() ? c : label + " " + c;
      }
    }
    if (pairs.empty() && alone.empty() && !label.empty() &&
        line.find('\t') == std::string::npos) {
      // A row OCR gave no tab ("Fordringat = 63 249,82").
      const TableRow row = SplitRow(line, 1, false);
      if (row.cells.size() == 1 && row.cells[0] && HasLetter(row.label)) {
        pairs.push_back({std::string(Trim(row.label)), *row.cells[0]});
      }
    }
    if (pairs.size() == 2 && alone.empty()) {
      ++pair_rows;
      open.left.push_back(pairs[0]);
      open.right.push_back(pairs[1]);
    } else if (pairs.size() == 1 && alone.empty()) {
      open.left.push_back(pairs[0]);
    } else if (pairs.empty() && alone.size() == 2 && label.empty() &&
               std::fabs(alone[0].value - alone[1].value) < 0.005 &&
               !open.left.empty()) {
      open.total = alone[0];
      open.page = text.lines[i].page;
      open.role = role;
      role = 0;
      accounts.push_back(open);
      open = TAccount();
    }
  }
  if (pair_rows < kMinTAccountRows || accounts.empty() || accounts.size() > 2) {
    return false;
  }
  int year = 0;
  for (int y : st->column_years) year = std::max(year, y);
  if (year == 0) year = fiscal_year;
  if (year == 0) return false;
  // Newest first, as the statements print their columns: the closing
  // account, then the opening one (printed first unless marked).
  if (accounts.size() == 2 &&
      !(accounts[0].role == 1 || accounts[1].role == -1)) {
    std::swap(accounts[0], accounts[1]);
  }
  st->t_account = true;
  st->columns.clear();
  st->column_years.clear();
  for (size_t a = 0; a < accounts.size(); ++a) {
    const int y = year - static_cast<int>(a);
    st->columns.push_back(std::to_string(y));
    st->column_years.push_back(y);
  }
  st->lines.clear();
  auto add_side = [&](bool left, const char* total_label) {
    const size_t first = st->lines.size();
    for (size_t a = 0; a < accounts.size(); ++a) {
      for (const auto& [label, amount] :
           left ? accounts[a].left : accounts[a].right) {
        const std::string core = LabelCore(label);
        StatementLine* line = nullptr;
        for (size_t k = first; k < st->lines.size(); ++k) {
          if (LabelCore(st->lines[k].label) == core &&
              !st->lines[k].values[a]) {
            line = &st->lines[k];
            break;
          }
        }
        if (line == nullptr) {
          StatementLine l;
          l.label = label;
          l.key = KeyForLabel(label);
          l.values.assign(accounts.size(), std::nullopt);
          l.page = accounts[a].page;
          st->lines.push_back(l);
          line = &st->lines.back();
        }
        line->values[a] = amount;
      }
    }
    StatementLine total;
    total.label = total_label;
    total.key = KeyForLabel(total_label);
    for (const TAccount& acc : accounts) total.values.push_back(acc.total);
    total.page = accounts.front().page;
    st->lines.push_back(total);
  };
  add_side(true, "Summa tillgångar");
  add_side(false, "Summa eget kapital och skulder");
  st->warnings.push_back(
      "balance sheet printed as T-accounts: the unlabelled totals read as "
      "Summa tillgångar and Summa eget kapital och skulder");
  return true;
}

// A T-account balance sheet's years follow the printed order, and its
// equity line may be abbreviated past the vocabulary ("Eg kap"): the
// income statement settles both. The right-side line that changed from the
// opening to the closing account by exactly the year's result is the
// equity; changed by minus the result, the accounts were printed closing
// first and the column years swap.
void SettleTAccount(Statement* bs, const Statement& is) {
  if (!bs->t_account || bs->columns.size() != 2) return;
  const StatementLine* result = is.FindKey("result_for_year");
  if (result == nullptr) return;
  const int year = bs->column_years[0];
  const int rc = is.ColumnOfYear(year);
  if (rc < 0) return;
  const auto r = result->ValueKr(static_cast<size_t>(rc));
  if (!r || *r == 0) return;
  size_t right = 0;
  while (right < bs->lines.size() && bs->lines[right].key != "total_assets") {
    ++right;
  }
  // Rounding of the two balances and the result, each to whole kronor.
  constexpr int64_t kRoundingKr = 1;
  for (size_t k = right + 1; k < bs->lines.size(); ++k) {
    StatementLine& l = bs->lines[k];
    const auto closing = l.ValueKr(0);
    const auto opening = l.ValueKr(1);
    if (!closing || !opening || (!l.key.empty() && l.key != "equity")) {
      continue;
    }
    const int64_t change = *closing - *opening;
    if (std::llabs(change - *r) <= kRoundingKr) {
      l.key = "equity";
      return;
    }
    if (std::llabs(change + *r) <= kRoundingKr) {
      l.key = "equity";
      std::swap(bs->columns[0], bs->columns[1]);
      std::swap(bs->column_years[0], bs->column_years[1]);
      bs->warnings.push_back(
          "T-accounts printed closing first: the years follow the equity "
          "change by the year's result");
      return;
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
  auto apply_header = [&](const std::vector<int>& years,
                          const std::vector<std::string>& words) {
    if (!years.empty()) {
      if (years.size() == st.columns.size() && !st.columns.empty()) {
        // A second header row: end dates of ranges, or the years under
        // "Utfall Budget Avvikelse".
        for (size_t c = 0; c < years.size(); ++c) {
          const std::string f = Fold(st.columns[c]);
          const bool outcome = f.rfind("utfall", 0) == 0 ||
                               f.rfind("bokslut", 0) == 0 ||
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
    std::vector<int> years;
    std::vector<std::string> words;
    bool note = false, any = false;
    // Only the part after the heading's words can be a header: the cells
    // after the first when the line has cells, else each split point from
    // the right.
    const size_t tab = heading.find('\t');
    if (tab != std::string::npos &&
        ReadHeader(heading.substr(tab + 1), &years, &words, &note, &any) &&
        !years.empty()) {
      apply_header(years, words);
      mark_parenthesised(heading);
      note_column = note_column || note;
    }
    const std::vector<std::string> ws = SplitWords(heading);
    for (size_t k = 1; k < ws.size() && years.empty(); ++k) {
      std::string rest;
      for (size_t m = k; m < ws.size(); ++m) rest += ws[m] + " ";
      if (ReadHeader(rest, &years, &words, &note, &any) && !years.empty()) {
        apply_header(years, words);
        mark_parenthesised(heading);
        note_column = note_column || note;
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
    std::vector<int> years;
    std::vector<std::string> words;
    bool note = false, any = false;
    if (ReadHeader(line, &years, &words, &note, &any)) {
      if (!years.empty() || value_rows == 0 || words.size() >= 2 || note) {
        apply_header(years, words);
        mark_parenthesised(line);
        note_column = note_column || note;
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
      static const RE2 kDate(R"(^-?(?:19|20)\d\d-\d\d-\d\d$)");
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
        if (ReadHeader(rest, &years, &words, &note, &any)) {
          apply_header(years, words);
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
  // equity is derived from its parts, so it sums the repaired cells.
  for (auto* s : {&out.income_statement, &out.balance_sheet, &out.cash_flow,
                  &out.balance_requirement}) {
    if (!s->has_value()) continue;
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
