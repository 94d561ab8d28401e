#include "records/derived_lines.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "records/key_vocabulary.h"
#include "records/statement_sums.h"
#include "records/table_row.h"
#include "records/text_fold.h"

namespace finsam::records {

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
namespace {

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

}  // namespace

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

}  // namespace finsam::records
