#include "records/key_figures.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <initializer_list>
#include <optional>
#include <set>
#include <utility>

#include "records/key_vocabulary.h"
#include "records/text_fold.h"

namespace finsam::records {

const KeyFigure* KeyFigures::Find(const std::string& key, int year) const {
  auto k = figures.find(key);
  if (k == figures.end()) return nullptr;
  auto y = k->second.find(year);
  return y == k->second.end() ? nullptr : &y->second;
}

namespace {

bool IsSumLabel(const std::string& label) {
  return Fold(label).rfind("summa ", 0) == 0;
}

// A multi-year overview names a figure the statements print under another
// label (Arsredovisning_2018_BRF_Lindh: "Nettoomsättning (tot intäkter) Tkr
// 11 745 11 491" over an income statement whose revenue total reads "Summa
// rörelseintäkter 11 745 399 11 491 095"). The statement line that agrees
// with the overview line in every year both print, to the overview's
// rounding, gives that key its exact figures: a rounded overview agrees
// with the statement, it does not replace it. Statement lines that agree
// but differ among themselves give nothing (no guess between two).
void ExactFiguresForOverviewKeys(
    const Statement& overview,
    std::initializer_list<const std::optional<Statement>*> statements,
    const std::set<int>& years, KeyFigures* out) {
  for (const StatementLine& ov : overview.lines) {
    if (ov.key.empty() || !ov.has_values() || IsUnitlessKey(ov.key) ||
        out->figures.count(ov.key) > 0) {
      continue;
    }
    // Half a unit: the rounding the overview_agrees check allows.
    const int64_t tolerance = UnitFactor(ov.unit) / 2;
    const Statement* chosen_statement = nullptr;
    const StatementLine* chosen = nullptr;
    std::map<int, int64_t> chosen_values;  // year -> kronor
    bool ambiguous = false;
    for (const auto* s : statements) {
      if (!s->has_value()) continue;
      const Statement& st = **s;
      for (const StatementLine& l : st.lines) {
        if (!l.has_values()) continue;
        std::map<int, int64_t> values;
        bool agrees = true, nonzero = false;
        for (size_t c = 0; c < ov.values.size() && agrees; ++c) {
          const int year =
              c < overview.column_years.size() ? overview.column_years[c] : 0;
          const auto want = ov.ValueKr(c);
          const int sc = st.ColumnOfYear(year);
          if (year == 0 || !want || sc < 0) continue;
          const auto got = l.ValueKr(static_cast<size_t>(sc));
          if (!got) continue;
          agrees = std::llabs(*got - *want) <= tolerance;
          nonzero = nonzero || *got != 0;
          values[year] = *got;
        }
        if (!agrees || !nonzero) continue;
        if (chosen == nullptr) {
          chosen_statement = &st;
          chosen = &l;
          chosen_values = values;
        } else if (values != chosen_values) {
          ambiguous = true;
        }
      }
    }
    if (chosen == nullptr || ambiguous) continue;
    for (const auto& [year, value] : chosen_values) {
      if (!years.count(year)) continue;
      KeyFigure f;
      f.value = value;
      f.source = StatementName(chosen_statement->kind);
      f.page = chosen->page;
      f.derived = chosen->derived;
      out->figures[ov.key][year] = f;
    }
  }
}

// True for "Ränteintäkter" and its K2 wording ("Ränteintäkter och liknande
// resultatposter", "Övriga ränteintäkter och ...").
bool IsInterestIncomeLabel(const std::string& label) {
  static const RE2 kInterestIncome(
      R"(^(?:ovriga )?ranteintakter(?: och liknande resultatposter)?$)");
  return RE2::FullMatch(LabelCore(label), kInterestIncome);
}

// An income statement whose financial items are interest alone
// ("Ränteintäkter", "Räntekostnader" and their sum between the operating
// result and "Resultat efter finansiella poster", or "Årets resultat" when
// it prints no such line) gives them as its financial income and expenses:
// the keys and the lines that give them, none when the statement prints
// "Finansiella intäkter/kostnader" itself or another financial line.
std::vector<std::pair<std::string, const StatementLine*>>
InterestAsFinancialItems(const Statement& is) {
  const std::vector<StatementLine>& lines = is.lines;
  size_t end = lines.size();
  for (const char* anchor :
       {"result_after_financial_items", "result_for_year"}) {
    for (size_t i = 0; i < lines.size() && end == lines.size(); ++i) {
      if (lines[i].key == anchor) end = i;
    }
  }
  for (const StatementLine& l : lines) {
    if (l.key == "financial_income" || l.key == "financial_expenses") {
      return {};
    }
  }
  std::vector<std::pair<std::string, const StatementLine*>> items;
  for (size_t i = end; i-- > 0;) {
    const StatementLine& l = lines[i];
    if (!l.has_values() || IsSumLabel(l.label)) continue;
    if (IsInterestIncomeLabel(l.label)) {
      items.push_back({"financial_income", &l});
      continue;
    }
    if (l.key == "interest_expenses") {
      items.push_back({"financial_expenses", &l});
      continue;
    }
    // The line above the financial items closes the operations.
    static const std::set<std::string> kOperations = {
        "operating_result", "net_operating_cost", "operating_expenses",
        "depreciation",     "operating_income",   "net_revenue"};
    if (kOperations.count(l.key) == 0) return {};
    return items;
  }
  return {};
}

}  // namespace

KeyFigures GatherKeyFigures(const Statements& statements, int fiscal_year) {
  KeyFigures out;
  std::set<int> years;
  for (const auto* s : {&statements.income_statement, &statements.balance_sheet,
                        &statements.cash_flow}) {
    if (!s->has_value()) continue;
    for (int y : (*s)->column_years) {
      if (y > 0) years.insert(y);
    }
  }
  if (years.empty() && fiscal_year > 0) {
    years.insert(fiscal_year);
    years.insert(fiscal_year - 1);
  }
  out.years.assign(years.rbegin(), years.rend());

  auto take_as = [&](const std::string& key, const Statement& st,
                     const StatementLine& line, size_t c, int year) {
    auto v = line.ValueKr(c);
    if (!v) return;
    auto& slot = out.figures[key];
    if (slot.count(year)) return;  // the first (higher-priority) place wins
    KeyFigure f;
    f.value = *v;
    const Amount& a = *line.values[c];
    if (!a.is_integer() && (a.percent || IsUnitlessKey(key))) {
      f.has_decimals = true;
      f.exact = a.value;
    }
    f.source = StatementName(st.kind);
    f.page = line.page;
    slot[year] = f;
  };
  auto take = [&](const Statement& st, const StatementLine& line, size_t c,
                  int year) { take_as(line.key, st, line, c, year); };

  // Statements in order of authority.
  for (const auto* s :
       {&statements.income_statement, &statements.balance_sheet,
        &statements.cash_flow, &statements.balance_requirement}) {
    if (!s->has_value()) continue;
    const Statement& st = **s;
    // A "Summa …" line closes its group and wins over a line of the same
    // key inside it (kalmar-nation-bokslut-2025: "Eget kapital" opening
    // balance above "Summa eget kapital").
    std::vector<const StatementLine*> ordered;
    for (const StatementLine& line : st.lines) ordered.push_back(&line);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const StatementLine* a, const StatementLine* b) {
                       return IsSumLabel(a->label) && !IsSumLabel(b->label);
                     });
    for (const StatementLine* line_ptr : ordered) {
      const StatementLine& line = *line_ptr;
      if (line.key.empty()) continue;
      // The balance-requirement table restates the result; only its own
      // key comes from it.
      if (st.kind == SectionKind::kBalanceRequirement &&
          line.key != "balance_requirement_result") {
        continue;
      }
      for (size_t c = 0; c < line.values.size() && c < st.column_years.size();
           ++c) {
        const int year = st.column_years[c];
        if (years.count(year)) take(st, line, c, year);
      }
    }
  }

  if (statements.income_statement) {
    const Statement& is = *statements.income_statement;
    for (const auto& [key, line] : InterestAsFinancialItems(is)) {
      for (size_t c = 0; c < line->values.size() && c < is.column_years.size();
           ++c) {
        const int year = is.column_years[c];
        if (years.count(year)) take_as(key, is, *line, c, year);
      }
    }
  }

  if (statements.multi_year_overview) {
    ExactFiguresForOverviewKeys(
        *statements.multi_year_overview,
        {&statements.income_statement, &statements.balance_sheet}, years, &out);
  }

  if (statements.multi_year_overview) {
    const Statement& ov = *statements.multi_year_overview;
    // Kronor lines before tkr lines: the more precise figure first.
    std::vector<const StatementLine*> lines;
    for (const StatementLine& l : ov.lines) {
      if (!l.key.empty() && l.has_values()) lines.push_back(&l);
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const StatementLine* a, const StatementLine* b) {
                       return UnitFactor(a->unit) < UnitFactor(b->unit);
                     });
    for (const StatementLine* line : lines) {
      for (size_t c = 0; c < line->values.size() && c < ov.column_years.size();
           ++c) {
        const int year = ov.column_years[c];
        if (!years.count(year)) continue;
        auto v = line->ValueKr(c);
        if (!v) continue;
        const KeyFigure* have = out.Find(line->key, year);
        if (have != nullptr && have->source != "multi_year_overview") {
          ++out.overview_comparisons;
          if (*v != have->value) {
            Disagreement d;
            d.key = line->key;
            d.year = year;
            d.statement_value = have->value;
            d.overview_value = *v;
            d.overview_unit = IsUnitlessKey(line->key) ? Unit::kKr : line->unit;
            d.statement_page = have->page;
            d.overview_page = line->page;
            out.disagreements.push_back(d);
          }
          continue;
        }
        if (have != nullptr) continue;
        // A tkr figure is only used for a key no statement gives in kronor.
        bool key_in_statements = false;
        if (out.figures.count(line->key)) {
          for (const auto& [y, f] : out.figures[line->key]) {
            key_in_statements =
                key_in_statements || f.source != "multi_year_overview";
          }
        }
        if (key_in_statements && line->unit != Unit::kKr &&
            !IsUnitlessKey(line->key)) {
          continue;
        }
        take(ov, *line, c, year);
      }
    }
  }
  return out;
}

}  // namespace finsam::records
