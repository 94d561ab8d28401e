#include "records/checks.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

#include "records/amount_parser.h"
#include "records/key_vocabulary.h"
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

std::string ColumnName(const Statement& st, size_t c) {
  return c < st.columns.size() ? st.columns[c] : std::to_string(c + 1);
}

// True when `core` starts with `prefix`, allowing OCR letter errors.
bool StartsNear(const std::string& core, const std::string& prefix) {
  if (core.size() < prefix.size()) return false;
  const std::string head = core.substr(0, prefix.size());
  return head == prefix || FoldedNear(head, prefix);
}

// Lines that close everything since the previous such line (income
// statement results, cash-flow totals, the balance-requirement result).
bool IsResultLine(const Statement& st, const std::string& core) {
  if (core.rfind("summa ", 0) == 0) return false;
  switch (st.kind) {
    case SectionKind::kIncomeStatement:
      return core.find("resultat") != std::string::npos ||
             core.find("nettokostnad") != std::string::npos;
    case SectionKind::kCashFlow:
      for (const char* p :
           {"kassaflode", "arets kassaflode", "medel fran verksamheten",
            "likvida medel vid arets slut", "forandring av likvida medel"}) {
        if (StartsNear(core, p)) return true;
      }
      return false;
    case SectionKind::kBalanceRequirement:
      return core.find("balanskravsresultat") != std::string::npos;
    default:
      return false;
  }
}

struct Frame {
  std::string name;  // folded heading; "" for the root
  std::vector<const StatementLine*> items;
};

struct SumResult {
  const StatementLine* line;
  size_t column;
  double printed;
  double computed;
  int terms;
};

// Walks one statement column and reports every subtotal it can verify.
std::vector<SumResult> VerifySums(const Statement& st, size_t c) {
  std::vector<SumResult> out;
  std::vector<Frame> stack(1);
  size_t result_start = 0;   // root index where a result line's sum starts
  size_t segment_start = 0;  // root index after the last subtotal

  auto sum_of = [&](const std::vector<const StatementLine*>& items,
                    size_t from, double* total, int* terms) -> bool {
    *total = 0;
    *terms = 0;
    for (size_t k = from; k < items.size(); ++k) {
      auto v = Printed(*items[k], c);
      if (!v) {
        if (items[k]->values.size() > c && !items[k]->values[c]) continue;
        return false;  // a missing cell: cannot verify
      }
      *total += *v;
      ++*terms;
    }
    return *terms > 0;
  };
  auto report = [&](const StatementLine* line, double total, int terms) {
    auto printed = Printed(*line, c);
    if (!printed) return;
    out.push_back({line, c, *printed, total, terms});
  };
  auto merge_down_to = [&](size_t depth) {
    while (stack.size() > depth + 1) {
      Frame top = std::move(stack.back());
      stack.pop_back();
      for (const StatementLine* l : top.items) stack.back().items.push_back(l);
    }
  };

  for (const StatementLine& line : st.lines) {
    const std::string core = LabelCore(line.label);
    if (!line.has_values()) {
      stack.push_back({core, {}});
      continue;
    }
    if (c >= line.values.size() || !line.complete) continue;
    const bool summa = core.rfind("summa ", 0) == 0;
    bool result = IsResultLine(st, core);
    // "Kassaflöde från investeringsverksamheten" closes its own heading.
    size_t frame = 0;
    if (summa || result) {
      const std::string target = summa ? core.substr(6) : core;
      for (size_t d = stack.size() - 1; d >= 1; --d) {
        const std::string& name = stack[d].name;
        const bool match =
            FoldedNear(name, target) ||
            (name.size() >= 6 && target.size() >= name.size() &&
             (target.compare(0, name.size(), name) == 0 ||
              target.compare(target.size() - name.size(), name.size(),
                             name) == 0)) ||
            (target.size() >= 6 && name.compare(0, target.size(), target) == 0);
        if (match) {
          frame = d;
          break;
        }
      }
      if (result && frame > 0 && st.kind == SectionKind::kCashFlow &&
          StartsNear(core, "kassaflode")) {
        result = false;  // closes its section like a "Summa"
      } else if (result) {
        frame = 0;
      }
    }
    if (result) {
      merge_down_to(0);
      Frame& root = stack[0];
      double total;
      int terms;
      if (sum_of(root.items, result_start, &total, &terms)) {
        report(&line, total, terms);
      }
      root.items.push_back(&line);
      result_start = root.items.size() - 1;
      segment_start = root.items.size();
      continue;
    }
    if (summa || frame > 0) {
      if (frame == 0 && stack.size() > 1) frame = stack.size() - 1;
      if (frame > 0) {
        merge_down_to(frame);
        Frame closed = std::move(stack.back());
        stack.pop_back();
        double total;
        int terms;
        if (sum_of(closed.items, 0, &total, &terms)) {
          report(&line, total, terms);
        }
        stack.back().items.push_back(&line);
        if (stack.size() == 1) segment_start = stack[0].items.size();
      } else {
        Frame& root = stack[0];
        double total;
        int terms;
        if (sum_of(root.items, segment_start, &total, &terms)) {
          report(&line, total, terms);
          root.items.resize(segment_start);
        }
        root.items.push_back(&line);
        segment_start = root.items.size();
      }
      continue;
    }
    stack.back().items.push_back(&line);
  }
  return out;
}

}  // namespace

const char* CheckStatusName(CheckStatus status) {
  switch (status) {
    case CheckStatus::kPass: return "pass";
    case CheckStatus::kWarn: return "warn";
    case CheckStatus::kFail: return "fail";
  }
  return "fail";
}

std::string FormatKr(int64_t value) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ' ';
    out += digits[i];
  }
  return value < 0 ? "-" + out : out;
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
    CheckStatus s = diff == 0 ? CheckStatus::kPass
                    : std::llabs(diff) <= lines ? CheckStatus::kWarn
                                                 : CheckStatus::kFail;
    check.status = Worse(check.status, s);
    if (!detail.empty()) detail += "; ";
    detail += assets->label + " " + FormatKr(std::llround(*a)) +
              (diff == 0 ? " = " : " vs ") + liab->label + " " +
              FormatKr(std::llround(*b)) + " (" + ColumnName(bs, c) + ")";
    if (diff != 0) detail += ", difference " + FormatKr(diff);
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
        detail += (detail.empty() ? "" : "; ") + std::string(StatementName(places[p].st->kind)) +
                  " " + FormatKr(*v) + " vs " + FormatKr(*ref_value) + " (" +
                  std::to_string(year) + ")";
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
        std::string name = r.line->key.empty() ? LabelCore(r.line->label)
                                               : r.line->key;
        for (char& ch : name) {
          if (ch == ' ') ch = '_';
        }
        check.difference[name + "_" + ColumnName(*s, c)] = diff;
        if (!detail.empty()) detail += "; ";
        detail += std::string(StatementName(s->kind)) + " " + r.line->label +
                  " " + ColumnName(*s, c) + ": printed " +
                  FormatKr(std::llround(r.printed)) + ", lines sum to " +
                  FormatKr(std::llround(r.computed));
      }
    }
  }
  if (verified == 0) {
    check.id.clear();
    return check;
  }
  check.detail = detail.empty() ? std::to_string(verified) +
                                      " sums verified, all exact"
                                : detail;
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
              FormatKr(d.overview_value) + " vs statement " +
              FormatKr(d.statement_value);
  }
  check.detail = detail.empty()
                     ? std::to_string(figures.overview_comparisons) +
                           " overview figures agree with the statements"
                     : detail + " (statement figures used)";
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
