#include "records/cell_repair.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "records/statement_sums.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

constexpr int kMaxRepairs = 4;
constexpr int kMaxDigitEdits = 2;
constexpr size_t kMaxCombinations = 64;

using SumKey = std::pair<size_t, size_t>;  // (line index, column)

bool Repairable(const Statement& st) {
  return st.kind != SectionKind::kOperatingStatement &&
         st.kind != SectionKind::kMultiYearOverview &&
         Fold(st.title).find("sammandrag") == std::string::npos;
}

// Amounts this large are no statement figures (and would not round to an
// integer safely).
constexpr double kLargestAmount = 1e15;

bool IntegerCell(const Cell& cell) {
  return cell && !cell->percent && cell->decimals == 0 &&
         std::fabs(cell->value) < kLargestAmount;
}

size_t IndexOf(const Statement& st, const StatementLine* line) {
  return static_cast<size_t>(line - st.lines.data());
}

// Every sum off by more than the rounding of its lines.
std::set<SumKey> Failing(const Statement& st) {
  std::set<SumKey> out;
  for (size_t c = 0; c < st.columns.size(); ++c) {
    for (const SumResult& r : VerifySums(st, c)) {
      if (std::fabs(r.printed - r.computed) > r.terms + 0.5) {
        out.insert({IndexOf(st, r.line), c});
      }
    }
  }
  return out;
}

// The digits of a row's amounts, left to right: what OCR read, whatever
// the grouping ("204 487 192 9 290" and [204 487, 192 990] compare).
std::string RowDigits(const std::vector<Cell>& cells) {
  std::string out;
  for (const Cell& cell : cells) {
    if (!cell || cell->percent || std::fabs(cell->value) >= kLargestAmount) {
      continue;
    }
    out += std::to_string(std::llround(std::fabs(cell->value)));
  }
  return out;
}

// Digits OCR takes for one another in printed figures.
bool Confusable(char a, char b) {
  static constexpr const char* kPairs[] = {"06", "08", "09", "68", "38",
                                           "56", "58", "17", "14", "35",
                                           "89", "69", "27", "13"};
  for (const char* p : kPairs) {
    if ((a == p[0] && b == p[1]) || (a == p[1] && b == p[0])) return true;
  }
  return false;
}

// True when `a` and `b` differ in exactly one digit, a confusable one.
bool OneConfusedDigit(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  int differing = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i] == b[i]) continue;
    if (++differing > 1 || !Confusable(a[i], b[i])) return false;
  }
  return differing == 1;
}

// True when every cell of `cells` that changed lost whole groups of three
// digits at its end, OCR having cut it ("190 543" for "190 543 533",
// brf-sjotungan-2012 page 9, where a mark at the page's edge took the last
// group): the read digits, four at least, open the derived value's.
bool CutCells(const std::vector<Cell>& read,
              const std::vector<std::pair<size_t, double>>& cells) {
  for (const auto& [c, v] : cells) {
    const std::string was = RowDigits({read[c]});
    const std::string now = std::to_string(std::llround(std::fabs(v)));
    if (was.size() < 4 || now.size() <= was.size() ||
        (now.size() - was.size()) % 3 != 0 ||
        now.compare(0, was.size(), was) != 0 ||
        (read[c]->value < 0) != (v < 0)) {
      return false;
    }
  }
  return true;
}

struct Candidate {
  size_t line = 0;
  std::vector<std::pair<size_t, double>> cells;  // (column, value)
  int fixed = 0;
  int distance = 0;
};

}  // namespace

int DigitEditDistance(const std::string& a, const std::string& b) {
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

namespace {

// Sums of column `c` that fail by more than a unit per summed line, and the
// balance identity of a balance sheet.
int ColumnFailures(const Statement& st, size_t c) {
  int failures = 0;
  for (const SumResult& r : VerifySums(st, c)) {
    // The tolerance CountSumFailures uses.
    if (std::fabs(r.printed - r.computed) > r.terms + 0.5) ++failures;
  }
  if (st.kind == SectionKind::kBalanceSheet) {
    const StatementLine* assets = st.FindKey("total_assets");
    const StatementLine* sources = st.FindKey("total_equity_and_liabilities");
    if (assets != nullptr && sources != nullptr) {
      const auto a = assets->ValueKr(c);
      const auto s = sources->ValueKr(c);
      // Rounding of the two totals, each to whole kronor.
      constexpr int64_t kRoundingKr = 1;
      if (a && s && std::llabs(*a - *s) > kRoundingKr) ++failures;
    }
  }
  return failures;
}

}  // namespace

std::vector<CellRepair> SettleDoubtfulSigns(Statement* st) {
  std::vector<CellRepair> changed;
  for (size_t c = 0; c < st->columns.size(); ++c) {
    std::vector<size_t> doubtful;
    for (size_t k = 0; k < st->lines.size(); ++k) {
      const StatementLine& l = st->lines[k];
      if (c < l.values.size() && l.values[c] && l.values[c]->sign_in_doubt &&
          l.values[c]->value < 0) {
        doubtful.push_back(k);
      }
    }
    if (doubtful.empty()) continue;
    auto flip = [&](size_t k) {
      Amount& a = *st->lines[k].values[c];
      a.value = -a.value;
    };
    int failures = ColumnFailures(*st, c);
    if (failures == 0) continue;
    std::vector<size_t> kept;
    for (size_t k : doubtful) flip(k);
    const int all_flipped = ColumnFailures(*st, c);
    if (all_flipped < failures) {
      kept = doubtful;
    } else {
      for (size_t k : doubtful) flip(k);
      for (size_t k : doubtful) {
        flip(k);
        const int f = ColumnFailures(*st, c);
        if (f < failures) {
          failures = f;
          kept.push_back(k);
        } else {
          flip(k);
        }
      }
    }
    for (size_t k : kept) {
      CellRepair r;
      r.line = k;
      r.column = c;
      r.value = *st->lines[k].values[c];
      r.value.sign_in_doubt = false;
      r.read = r.value;
      r.read.value = -r.value.value;
      st->lines[k].values[c]->sign_in_doubt = false;
      changed.push_back(r);
    }
  }
  return changed;
}

std::vector<CellRepair> RepairMisreadCells(Statement* st) {
  std::vector<CellRepair> repairs;
  if (!Repairable(*st)) return repairs;
  std::set<size_t> repaired_lines;
  for (int round = 0; round < kMaxRepairs; ++round) {
    const std::set<SumKey> failing = Failing(*st);
    if (failing.empty()) break;
    // What each line would have to be, per column, for a failing sum it
    // takes part in to hold.
    std::map<size_t, std::map<size_t, std::vector<double>>> options;
    for (size_t c = 0; c < st->columns.size(); ++c) {
      for (const SumResult& r : VerifySums(*st, c)) {
        if (failing.count({IndexOf(*st, r.line), c}) == 0) continue;
        const double diff = r.printed - r.computed;
        options[IndexOf(*st, r.line)][c].push_back(r.computed);
        for (const StatementLine* term : r.term_lines) {
          const Cell& cell = term->values[c];
          if (cell)
            options[IndexOf(*st, term)][c].push_back(cell->value + diff);
        }
      }
    }
    for (auto& [index, by_column] : options) {
      for (auto& [c, values] : by_column) {
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
      }
    }
    std::optional<Candidate> best;
    bool ambiguous = false;
    for (const auto& [index, by_column] : options) {
      if (repaired_lines.count(index) > 0) continue;
      StatementLine& line = st->lines[index];
      const std::string read_digits = RowDigits(line.values);
      // Every non-empty set of columns, each with each derivation.
      std::vector<std::pair<size_t, const std::vector<double>*>> columns;
      for (const auto& [c, values] : by_column) columns.push_back({c, &values});
      std::vector<std::vector<std::pair<size_t, double>>> combinations = {{}};
      for (const auto& [c, values] : columns) {
        const size_t n = combinations.size();
        for (size_t k = 0; k < n && combinations.size() < kMaxCombinations;
             ++k) {
          for (double v : *values) {
            auto extended = combinations[k];
            extended.push_back({c, v});
            combinations.push_back(std::move(extended));
          }
        }
      }
      for (const auto& cells : combinations) {
        if (cells.empty()) continue;
        const std::vector<Cell> saved = line.values;
        bool usable = true;
        for (const auto& [c, v] : cells) {
          if (!IntegerCell(line.values[c]) || v == line.values[c]->value ||
              v != std::round(v) || std::fabs(v) >= kLargestAmount) {
            usable = false;
            break;
          }
          line.values[c]->value = v;
        }
        if (!usable) {
          line.values = saved;
          continue;
        }
        const std::string new_digits = RowDigits(line.values);
        const bool cut = CutCells(saved, cells);
        // A cut cell's lost groups count as one edit.
        const int distance =
            cut ? 1 : DigitEditDistance(read_digits, new_digits);
        std::set<SumKey> after;
        if (distance <= kMaxDigitEdits) after = Failing(*st);
        line.values = saved;
        if (distance > kMaxDigitEdits) continue;
        // Nothing that held may break.
        if (!std::includes(failing.begin(), failing.end(), after.begin(),
                           after.end())) {
          continue;
        }
        const int fixed = static_cast<int>(failing.size() - after.size());
        if (fixed < 1) continue;
        if (fixed < 2 && !cut && !OneConfusedDigit(read_digits, new_digits)) {
          continue;
        }
        if (best && fixed == best->fixed && distance == best->distance) {
          ambiguous = true;
          continue;
        }
        if (!best || fixed > best->fixed ||
            (fixed == best->fixed && distance < best->distance)) {
          best = Candidate{index, cells, fixed, distance};
          ambiguous = false;
        }
      }
    }
    if (!best || ambiguous) break;
    StatementLine& line = st->lines[best->line];
    for (const auto& [c, v] : best->cells) {
      CellRepair repair;
      repair.line = best->line;
      repair.column = c;
      repair.read = *line.values[c];
      line.values[c]->value = v;
      repair.value = *line.values[c];
      repairs.push_back(repair);
    }
    repaired_lines.insert(best->line);
  }
  std::sort(repairs.begin(), repairs.end(),
            [](const CellRepair& a, const CellRepair& b) {
              return a.line != b.line ? a.line < b.line : a.column < b.column;
            });
  return repairs;
}

}  // namespace finsam::records
