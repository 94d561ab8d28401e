#include "records/statement_sums.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "records/key_vocabulary.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

// Printed amount in column c, in the statement's printed units; nullopt when
// the cell is empty or a percentage.
std::optional<double> Printed(const StatementLine& line, size_t c) {
  if (c >= line.values.size() || !line.values[c] || line.values[c]->percent) {
    return std::nullopt;
  }
  return line.values[c]->value;
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
    case SectionKind::kIncomeStatement: {
      // Whole words: "Övriga ränteintäkter och liknande resultatposter" is
      // an item, "Resultat efter finansiella poster" a result.
      const std::string padded = " " + core + " ";
      for (const char* w : {" resultat ", " rorelseresultat ", " nettokostnad ",
                            " nettokostnader "}) {
        if (padded.find(w) != std::string::npos) return true;
      }
      return false;
    }
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

}  // namespace

std::vector<SumResult> VerifySums(const Statement& st, size_t c) {
  std::vector<SumResult> out;
  std::vector<Frame> stack(1);
  size_t result_start = 0;   // root index where a result line's sum starts
  size_t segment_start = 0;  // root index after the last subtotal

  std::vector<const StatementLine*> summed;  // the last sum_of's lines
  auto sum_of = [&](const std::vector<const StatementLine*>& items, size_t from,
                    double* total, int* terms) -> bool {
    *total = 0;
    *terms = 0;
    summed.clear();
    for (size_t k = from; k < items.size(); ++k) {
      auto v = Printed(*items[k], c);
      if (!v) {
        if (items[k]->values.size() > c && !items[k]->values[c]) continue;
        return false;  // a missing cell: cannot verify
      }
      *total += *v;
      ++*terms;
      summed.push_back(items[k]);
    }
    return *terms > 0;
  };
  auto report = [&](const StatementLine* line, double total, int terms) {
    auto printed = Printed(*line, c);
    if (!printed) return;
    out.push_back({line, c, *printed, total, terms, summed});
  };
  auto merge_down_to = [&](size_t depth) {
    while (stack.size() > depth + 1) {
      Frame top = std::move(stack.back());
      stack.pop_back();
      for (const StatementLine* l : top.items) stack.back().items.push_back(l);
    }
  };

  for (const StatementLine& line : st.lines) {
    // "Årets resultat garage": a part of the derived total that follows.
    if (line.result_part) continue;
    const std::string core = LabelCore(line.label);
    if (line.values.empty()) {
      // A caption opens a group ("Omsättningstillgångar").
      stack.push_back({core, {}});
      continue;
    }
    if (!line.has_values()) continue;  // a row printed empty ("-")
    if (c >= line.values.size() || !line.complete) continue;
    // A sum printed without a label ("11 551 426  9 768 329" under the
    // revenue lines, Lindh 2011) closes the innermost open caption.
    const bool unlabelled = std::none_of(core.begin(), core.end(), [](char ch) {
      return ch >= 'a' && ch <= 'z';
    });
    const bool summa = unlabelled || core.rfind("summa ", 0) == 0;
    bool result = IsResultLine(st, core);
    // "Kassaflöde från investeringsverksamheten" closes its own heading.
    size_t frame = 0;
    if ((summa && !unlabelled) || result) {
      const std::string target = summa ? core.substr(6) : core;
      // The heading the sum names ("Summa eget kapital, avsättningar och
      // skulder" closes "Eget kapital, avsättningar och skulder"), else one
      // it starts or ends with ("Summa kortfristiga skulder" / "Skulder").
      for (int pass = 0; pass < 2 && frame == 0; ++pass) {
        for (size_t d = stack.size() - 1; d >= 1; --d) {
          const std::string& name = stack[d].name;
          const bool match =
              pass == 0 ? FoldedNear(name, target) || name == target
                        : (name.size() >= 6 && target.size() >= name.size() &&
                           (target.compare(0, name.size(), name) == 0 ||
                            target.compare(target.size() - name.size(),
                                           name.size(), name) == 0)) ||
                              (target.size() >= 6 &&
                               name.compare(0, target.size(), target) == 0);
          if (match) {
            frame = d;
            break;
          }
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

int CountSumFailures(const Statement& st) {
  int failures = 0;
  for (size_t c = 0; c < st.columns.size(); ++c) {
    for (const SumResult& r : VerifySums(st, c)) {
      failures += std::fabs(r.printed - r.computed) > r.terms + 0.5;
    }
  }
  return failures;
}

}  // namespace finsam::records
