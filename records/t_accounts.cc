#include "records/t_accounts.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/text.h"
#include "records/key_vocabulary.h"
#include "records/table_row.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

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

}  // namespace

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

}  // namespace finsam::records
