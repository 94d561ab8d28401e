#include "records/checks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string_view>

#include "base/text.h"
#include "records/amount_parser.h"
#include "records/key_vocabulary.h"
#include "records/org_number.h"
#include "records/report_record.h"
#include "records/statement_sums.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

CheckStatus Worse(CheckStatus a, CheckStatus b) {
  return static_cast<int>(a) > static_cast<int>(b) ? a : b;
}

void AddPage(Check* check, int page) {
  if (page <= 0) return;
  for (int p : check->pages) {
    if (p == page) return;
  }
  check->pages.insert(
      std::upper_bound(check->pages.begin(), check->pages.end(), page), page);
}

// Printed amount in column c, in the statement's printed units; nullopt when
// the cell is empty or a percentage.
std::optional<double> Printed(const StatementLine& line, size_t c) {
  if (c >= line.values.size() || !line.values[c] || line.values[c]->percent) {
    return std::nullopt;
  }
  return line.values[c]->value;
}

// A record figure for a check's detail: "655 955", "41.8".
std::string Shown(const RecordNumber& n) {
  if (n.is_integer) return GroupedInteger(n.integer);
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.10g", n.real);
  return buf;
}

std::string ColumnName(const Statement& st, size_t c) {
  return c < st.columns.size() ? st.columns[c] : std::to_string(c + 1);
}

// The name statement_sums gives a subtotal in `difference` (before
// "_COLUMN"): its key, else its label's core, spaces as '_'.
std::string SumName(const std::string& key, const std::string& label) {
  std::string name = key.empty() ? LabelCore(label) : key;
  for (char& ch : name) {
    if (ch == ' ') ch = '_';
  }
  return name;
}

}  // namespace

const char* CheckStatusName(CheckStatus status) {
  switch (status) {
    case CheckStatus::kPass:
      return "pass";
    case CheckStatus::kWarn:
      return "warn";
    case CheckStatus::kFail:
      return "fail";
  }
  return "fail";
}

Check CheckBalanceSheetBalances(const Statement& bs) {
  Check check;
  check.id = "balance_sheet_balances";
  const StatementLine* assets = bs.FindKey("total_assets");
  const StatementLine* liab = bs.FindKey("total_equity_and_liabilities");
  if (assets == nullptr || liab == nullptr) {
    check.id.clear();
    return check;
  }
  int lines = 0;
  for (const StatementLine& l : bs.lines) lines += l.has_values();
  AddPage(&check, assets->page);
  AddPage(&check, liab->page);
  std::string detail;
  bool any = false;
  for (size_t c = 0; c < bs.columns.size(); ++c) {
    auto a = Printed(*assets, c);
    auto b = Printed(*liab, c);
    if (!a || !b) continue;
    any = true;
    const int64_t diff = std::llround(*a - *b);
    check.difference[ColumnName(bs, c)] = diff;
    CheckStatus s = diff == 0                   ? CheckStatus::kPass
                    : std::llabs(diff) <= lines ? CheckStatus::kWarn
                                                : CheckStatus::kFail;
    check.status = Worse(check.status, s);
    if (!detail.empty()) detail += "; ";
    detail += assets->label + " " + GroupedInteger(std::llround(*a)) +
              (diff == 0 ? " = " : " vs ") + liab->label + " " +
              GroupedInteger(std::llround(*b)) + " (" + ColumnName(bs, c) + ")";
    if (diff != 0) detail += ", difference " + GroupedInteger(diff);
  }
  if (!any) check.id.clear();
  check.detail = detail;
  return check;
}

Check CheckResultAgrees(const Statements& st) {
  Check check;
  check.id = "result_agrees";
  struct Place {
    const Statement* st;
    const StatementLine* line;
  };
  std::vector<Place> places;
  for (const Statement* s : st.All()) {
    if (s->kind == SectionKind::kOperatingStatement) continue;
    for (const StatementLine& l : s->lines) {
      if (l.key == "result_for_year" && l.has_values()) {
        places.push_back({s, &l});
      }
    }
  }
  if (places.size() < 2) {
    check.id.clear();
    return check;
  }
  // The reference: the income statement's figure, else the first place.
  const Place& ref = places[0];
  std::string detail;
  int compared = 0;
  for (size_t c = 0; c < ref.st->column_years.size(); ++c) {
    const int year = ref.st->column_years[c];
    auto ref_value = ref.line->ValueKr(c);
    if (year == 0 || !ref_value) continue;
    int64_t worst = 0;
    for (size_t p = 1; p < places.size(); ++p) {
      const int col = places[p].st->ColumnOfYear(year);
      if (col < 0) continue;
      auto v = places[p].line->ValueKr(col);
      if (!v) continue;
      ++compared;
      AddPage(&check, places[p].line->page);
      const int64_t diff = *v - *ref_value;
      const int64_t rounding = UnitFactor(places[p].line->unit) / 2;
      CheckStatus s = CheckStatus::kPass;
      if (std::llabs(diff) > rounding) {
        s = std::llabs(diff) <= rounding + 1 ? CheckStatus::kWarn
                                             : CheckStatus::kFail;
        worst = std::llabs(diff) > std::llabs(worst) ? diff : worst;
        detail += (detail.empty() ? "" : "; ") +
                  std::string(StatementName(places[p].st->kind)) + " " +
                  GroupedInteger(*v) + " vs " + GroupedInteger(*ref_value) +
                  " (" + std::to_string(year) + ")";
      }
      check.status = Worse(check.status, s);
    }
    check.difference[std::to_string(year)] = worst;
  }
  AddPage(&check, ref.line->page);
  if (compared == 0) {
    check.id.clear();
    return check;
  }
  if (detail.empty()) {
    detail = "Årets resultat agrees in " + std::to_string(places.size()) +
             " places (tkr figures after rounding)";
  }
  check.detail = detail;
  return check;
}

Check CheckStatementSums(const Statements& st) {
  Check check;
  check.id = "statement_sums";
  std::string detail;
  int verified = 0;
  for (const Statement* s : st.All()) {
    // An operating statement's columns are not additive, an overview has no
    // sums, and a statement "i sammandrag" leaves lines out by design.
    if (s->kind == SectionKind::kOperatingStatement ||
        s->kind == SectionKind::kMultiYearOverview ||
        Fold(s->title).find("sammandrag") != std::string::npos) {
      continue;
    }
    for (size_t c = 0; c < s->columns.size(); ++c) {
      for (const SumResult& r : VerifySums(*s, c)) {
        ++verified;
        const int64_t diff = std::llround(r.printed - r.computed);
        if (diff == 0) continue;
        const CheckStatus status = std::llabs(diff) <= r.terms
                                       ? CheckStatus::kWarn
                                       : CheckStatus::kFail;
        check.status = Worse(check.status, status);
        AddPage(&check, r.line->page);
        check.difference[SumName(r.line->key, r.line->label) + "_" +
                         ColumnName(*s, c)] = diff;
        if (!detail.empty()) detail += "; ";
        detail += std::string(StatementName(s->kind)) + " " + r.line->label +
                  " " + ColumnName(*s, c) + ": printed " +
                  GroupedInteger(std::llround(r.printed)) + ", lines sum to " +
                  GroupedInteger(std::llround(r.computed));
      }
    }
  }
  if (verified == 0) {
    check.id.clear();
    return check;
  }
  check.detail = detail.empty()
                     ? std::to_string(verified) + " sums verified, all exact"
                     : detail;
  int repaired = 0;
  for (const Statement* s : st.All()) {
    for (const StatementLine& l : s->lines) {
      repaired += static_cast<int>(l.repaired.size());
    }
  }
  if (repaired > 0) {
    check.detail += " (after " + std::to_string(repaired) +
                    (repaired == 1 ? " cell" : " cells") +
                    " OCR misread were derived from the sums; see warnings "
                    "ocr_cell_repaired)";
  }
  return check;
}

Check CheckOrgNumber(const std::string& printed) {
  Check check;
  check.id = "org_number_valid";
  if (printed.empty()) {
    check.id.clear();
    return check;
  }
  const bool ok = LuhnValid(printed);
  check.status = ok ? CheckStatus::kPass : CheckStatus::kFail;
  check.detail = printed + (ok ? ": Luhn check digit holds"
                               : ": Luhn check digit does not hold");
  return check;
}

Check CheckOverviewAgrees(const KeyFigures& figures, const Statements&) {
  Check check;
  check.id = "overview_agrees";
  if (figures.overview_comparisons == 0) {
    check.id.clear();
    return check;
  }
  std::string detail;
  for (const Disagreement& d : figures.disagreements) {
    const int64_t diff = d.overview_value - d.statement_value;
    const int64_t rounding = UnitFactor(d.overview_unit) / 2;
    if (std::llabs(diff) <= rounding && d.overview_unit != Unit::kKr) continue;
    const CheckStatus s = std::llabs(diff) <= rounding + 1 ? CheckStatus::kWarn
                                                           : CheckStatus::kFail;
    check.status = Worse(check.status, s);
    check.difference[d.key + "_" + std::to_string(d.year)] = diff;
    AddPage(&check, d.overview_page);
    AddPage(&check, d.statement_page);
    if (!detail.empty()) detail += "; ";
    detail += d.key + " " + std::to_string(d.year) + ": overview " +
              GroupedInteger(d.overview_value) + " vs statement " +
              GroupedInteger(d.statement_value);
  }
  check.detail = detail.empty()
                     ? std::to_string(figures.overview_comparisons) +
                           " overview figures agree with the statements"
                     : detail + " (statement figures used)";
  return check;
}

namespace {

// A percentage printed whole (Soliditet 42 %) against one printed with a
// decimal (41,8 %) is the same figure: half a point.
constexpr double kPercentPointsTolerance = 0.5;

bool IsPercentKey(const std::string& key) {
  constexpr std::string_view kSuffix = "_percent";
  return key.size() > kSuffix.size() &&
         key.compare(key.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0;
}

// Whether two printings of one figure agree: within the rounding of the
// coarser unit (1 234 tkr and 1 234 311 kr), or half a point for a
// percentage.
bool Agrees(const std::string& key, const ReportRecord::PrintedFigure& a,
            const ReportRecord::PrintedFigure& b) {
  const double diff = a.value.value() - b.value.value();
  const double tolerance =
      IsPercentKey(key) ? kPercentPointsTolerance
                        : static_cast<double>(std::max(a.rounding, b.rounding));
  return std::fabs(diff) <= tolerance;
}

// Whether arithmetic backs `figure` of `record`: it is printed in a
// statement whose lines are summed (not an overview or an operating
// statement), the record's statement_sums check verified sums, and none of
// that statement's subtotals in the figure's column is off. (Flygplans-
// fabriken 2023: its balance sheet's sums fail where OCR misread cells,
// its income statement's hold in both columns.)
bool SumsHold(const ReportRecord& record,
              const ReportRecord::PrintedFigure& figure) {
  if (figure.statement == "multi_year_overview" ||
      figure.statement == "operating_statement") {
    return false;
  }
  const Check* sums = nullptr;
  for (const Check& c : record.checks) {
    if (c.id == "statement_sums") sums = &c;
  }
  const ReportRecord::Statement* st = record.FindStatement(figure.statement);
  if (sums == nullptr || st == nullptr) return false;
  for (const ReportRecord::StatementLine& line : st->lines) {
    if (sums->difference.count(SumName(line.key, line.label) + "_" +
                               figure.column) > 0) {
      return false;
    }
  }
  return true;
}

std::string YearReport(const ReportRecord& r) {
  return "the " + std::to_string(r.document.fiscal_year) + " report";
}

}  // namespace

Check CheckPriorYearAgrees(const ReportRecord& report,
                           const std::vector<const ReportRecord*>& others) {
  Check check;
  check.id = "prior_year_agrees";
  const int fiscal_year = report.document.fiscal_year;
  // The keys the report prints, in printed order.
  std::vector<std::string> keys;
  for (const ReportRecord::Statement& st : report.statements) {
    for (const ReportRecord::StatementLine& line : st.lines) {
      if (!line.key.empty() &&
          std::find(keys.begin(), keys.end(), line.key) == keys.end()) {
        keys.push_back(line.key);
      }
    }
  }
  std::string failed, noted;
  // A report's path the first time the detail names it.
  std::set<const ReportRecord*> named;
  auto path = [&](const ReportRecord& r) -> std::string {
    if (r.source.path.empty() || !named.insert(&r).second) return "";
    return " (" + r.source.path + ")";
  };
  // Figures that agree, per report compared with (0: the year's own).
  std::map<int, int> agreed;
  std::map<int, std::set<int>> agreed_years;
  int compared = 0;
  auto fail = [&](const std::string& key, int year,
                  const ReportRecord::PrintedFigure& mine,
                  const ReportRecord::PrintedFigure& theirs,
                  const std::string& what) {
    check.status = CheckStatus::kFail;
    check.difference.emplace(
        key + "_" + std::to_string(year),
        std::llround(mine.value.value() - theirs.value.value()));
    AddPage(&check, mine.page);
    if (!failed.empty()) failed += "; ";
    failed += key + " " + std::to_string(year) + ": " + Shown(mine.value) +
              " here, " + Shown(theirs.value) + " in " + what;
  };
  for (const int year : report.PrintedYears()) {
    if (fiscal_year <= 0 || year >= fiscal_year) continue;
    const ReportRecord* own = nullptr;
    for (const ReportRecord* o : others) {
      if (o != &report && o->document.fiscal_year == year) {
        own = o;
        break;
      }
    }
    for (const std::string& key : keys) {
      const auto mine = report.FindPrintedFigure(key, year);
      if (!mine) continue;
      if (own != nullptr) {
        if (const auto theirs = own->FindPrintedFigure(key, year)) {
          ++compared;
          if (Agrees(key, *mine, *theirs)) {
            ++agreed[0];
            agreed_years[0].insert(year);
          } else {
            fail(key, year, *mine, *theirs, YearReport(*own) + path(*own));
          }
          continue;
        }
      }
      // No own report of the year prints it: the other reports that print
      // the year (a comparison column, an overview) against each other.
      for (const ReportRecord* o : others) {
        const int other_year = o->document.fiscal_year;
        if (o == &report || other_year <= year || other_year == fiscal_year) {
          continue;
        }
        const auto theirs = o->FindPrintedFigure(key, year);
        if (!theirs) continue;
        ++compared;
        if (Agrees(key, *mine, *theirs)) {
          ++agreed[other_year];
          agreed_years[other_year].insert(year);
          continue;
        }
        const bool mine_hold = SumsHold(report, *mine);
        const bool theirs_hold = SumsHold(*o, *theirs);
        const std::string where = YearReport(*o) + "'s " + theirs->statement;
        if (mine_hold && !theirs_hold) {
          // Arithmetic decides for this report: the difference is the
          // other report's (its own check fails).
          if (!noted.empty()) noted += "; ";
          noted += key + " " + std::to_string(year) + ": " +
                   Shown(theirs->value) + " in " + where + path(*o) +
                   ", this report's " + mine->statement +
                   " (whose sums hold) " + Shown(mine->value);
          continue;
        }
        fail(key, year, *mine, *theirs,
             where + path(*o) +
                 (theirs_hold && !mine_hold
                      ? ", whose sums hold"
                      : "; no " + std::to_string(year) +
                            " report in the database and no sums decide "
                            "which is right"));
      }
    }
  }
  if (compared == 0) {
    check.id.clear();
    return check;
  }
  std::string passed;
  for (const auto& [with, count] : agreed) {
    std::string years;
    for (int y : agreed_years[with]) {
      years += (years.empty() ? "" : ", ") + std::to_string(y);
    }
    if (!passed.empty()) passed += "; ";
    passed += std::to_string(count) + " figure" + (count == 1 ? "" : "s") +
              " for " + years + " as in " +
              (with == 0 ? std::string("that year's own report")
                         : "the " + std::to_string(with) + " report");
  }
  check.detail = failed;
  for (const std::string* part : {&passed, &noted}) {
    if (part->empty()) continue;
    if (!check.detail.empty()) check.detail += "; ";
    check.detail += *part;
  }
  return check;
}

std::vector<Check> RunChecks(const DocumentInfo& info, const Statements& st,
                             const KeyFigures& figures) {
  std::vector<Check> out;
  auto add = [&](Check c) {
    if (!c.id.empty()) out.push_back(std::move(c));
  };
  if (st.balance_sheet) add(CheckBalanceSheetBalances(*st.balance_sheet));
  add(CheckResultAgrees(st));
  add(CheckStatementSums(st));
  add(CheckOrgNumber(info.org_number_printed));
  add(CheckOverviewAgrees(figures, st));
  return out;
}

}  // namespace finsam::records
