#include "records/loose_figures.h"

#include <re2/re2.h>

#include <optional>
#include <set>
#include <utility>

#include "records/amount_parser.h"
#include "records/key_vocabulary.h"
#include "records/table_row.h"
#include "records/text_fold.h"
#include "records/year_tables.h"

namespace finsam::records {
namespace {

// A paragraph's sentence runs over a few lines of a page; more joined lines
// would reach into the next paragraph's figures.
constexpr int kMaxSentenceLines = 3;

// Rows a header's years stay in force for: a key figure table is short
// (the lead's Mälarvik probe: two rows under "Nyckeltal 2023 2022").
constexpr int kMaxRowsUnderHeader = 12;

// OCR reads a percent sign after a label as digits ("Soliditet, 20" for
// "Soliditet, %", the lead's Mälarvik scan) and the comma before it as
// another mark ("Soliditet; 20", "Soliditet: 20"): a label whose last
// token, after such a mark, is one to three digits gives the percentage key
// when the label without it names that key; any other key keeps its digits
// ("Antal anställda, 20" is not read).
std::string PercentKeyWithTheSignMisread(const std::string& label) {
  static const RE2 kDigitTail(R"(^(.*\pL)\s*[,;:]\s*\d{1,3}\s*$)");
  std::string head;
  if (!RE2::FullMatch(label, kDigitTail, &head)) return "";
  std::string key = KeyForLabel(head);
  return key == "equity_ratio_percent" ? key : "";
}

}  // namespace

std::vector<LooseFigure> ReadUnitlessRows(const RecordText& text) {
  std::vector<LooseFigure> out;
  std::set<std::pair<std::string, int>> read;
  for (const YearTable& table : FindYearTables(text, kMaxRowsUnderHeader)) {
    for (const YearTable::Row& r : table.rows) {
      const TableRow& row = r.row;
      std::string key = KeyForLabel(row.label);
      if (key.empty()) key = PercentKeyWithTheSignMisread(row.label);
      if (key.empty() || !IsUnitlessKey(key)) continue;
      for (size_t c = 0; c < row.cells.size() && c < table.years.size(); ++c) {
        if (!row.cells[c] || !read.insert({key, table.years[c]}).second) {
          continue;
        }
        const Amount& a = *row.cells[c];
        LooseFigure f;
        f.key = key;
        f.year = table.years[c];
        f.value = a.as_integer();
        f.has_decimals = !a.is_integer();
        f.exact = a.value;
        f.page = text.lines[r.line].page;
        out.push_back(f);
      }
    }
  }
  return out;
}

std::vector<LooseFigure> ReadBalanceRequirementInProse(const RecordText& text,
                                                       int fiscal_year) {
  // The word, then (within the sentence, no full stop between) an optional
  // "för [år] YEAR", a verb of amount and the amount with its unit.
  static const RE2 kStatement(
      R"((?i)(negativ[at]?\s+|positiv[at]?\s+)?balanskravsresultat(?:et)?\b([^.]{0,80}?)\b(?:uppgick|uppgår|uppgar|blev|är|ar|var|om|landade|landar)\s+(?:till\s+|på\s+|pa\s+)?(?:ett\s+(underskott|överskott|overskott)\s+(?:om|på|pa)\s+)?([-−–]?\s?\d{1,3}(?:[  ]\d{3})*(?:,\d+)?)\s*(kr|kronor|tkr|mnkr|mkr)\b)");
  static const RE2 kYear(R"((?i)\bför\s+(?:år\s+|året\s+)?((?:19|20)\d\d)\b)");
  std::vector<LooseFigure> out;
  std::set<int> years_read;
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    if (Fold(text.lines[i].text).find("balanskravsresultat") ==
        std::string::npos) {
      continue;
    }
    std::string sentence = text.lines[i].text;
    for (int k = i + 1; k < n && k < i + kMaxSentenceLines &&
                        text.lines[k].page == text.lines[i].page &&
                        !Trim(text.lines[k].text).empty();
         ++k) {
      sentence += " " + text.lines[k].text;
    }
    std::string sign_word, between, result_word, amount_text, unit_word;
    if (!RE2::PartialMatch(sentence, kStatement, &sign_word, &between,
                           &result_word, &amount_text, &unit_word)) {
      continue;
    }
    const std::optional<Amount> amount = ParseAmount(amount_text);
    const std::optional<Unit> unit = FindUnit(unit_word);
    if (!amount || !unit) continue;
    int year = fiscal_year;
    RE2::PartialMatch(between, kYear, &year);
    if (year == 0 || years_read.count(year)) continue;
    std::optional<int64_t> kr = KronorOf(amount->value, *unit);
    if (!kr) continue;
    const bool negative = Fold(sign_word).rfind("negativ", 0) == 0 ||
                          Fold(result_word) == "underskott";
    if (negative && *kr > 0) *kr = -*kr;
    LooseFigure f;
    f.key = "balance_requirement_result";
    f.year = year;
    f.value = *kr;
    f.page = text.lines[i].page;
    out.push_back(f);
    years_read.insert(year);
  }
  return out;
}

}  // namespace finsam::records
