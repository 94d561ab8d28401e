#include "records/loose_figures.h"

#include <re2/re2.h>

#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "base/text.h"
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
// ("Antal anställda, 20" is not read). A column heading may print the
// sign with no mark before it ("Soliditet 24" for "Soliditet %", the i42
// Vindelbygden scan's transposed table).
std::string PercentKeyWithTheSignMisread(const std::string& label) {
  static const RE2 kDigitTail(R"(^(.*\pL)\s*[,;:]?\s*\d{1,3}\s*$)");
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

namespace {

// The words before a verb that may name the key ("Förbundets egna kapital
// uppgick"): the subject is at most this many words.
constexpr size_t kMaxSubjectWords = 4;

// The key a sentence's subject names: a vocabulary label, or the definite
// form the prose uses ("resultatet", "det egna kapitalet",
// "soliditeten", "balansomslutningen"); "" when none. The longest tail of
// `words` that names one wins.
std::string KeyOfSubject(const std::vector<std::string>& words) {
  static const std::map<std::string, std::string> kDefiniteForms = {
      {"resultatet", "result_for_year"},
      {"arets resultat", "result_for_year"},
      {"det egna kapitalet", "equity"},
      {"egna kapitalet", "equity"},
      {"egna kapital", "equity"},
      {"eget kapital", "equity"},
      {"soliditeten", "equity_ratio_percent"},
      {"soliditet", "equity_ratio_percent"},
      {"balansomslutningen", "total_assets"},
      {"balansomslutning", "total_assets"},
      {"antalet anstallda", "employees"},
      {"antal anstallda", "employees"},
  };
  const size_t first =
      words.size() > kMaxSubjectWords ? words.size() - kMaxSubjectWords : 0;
  for (size_t k = first; k < words.size(); ++k) {
    std::string tail;
    for (size_t m = k; m < words.size(); ++m) {
      tail += (m > k ? " " : "") + words[m];
    }
    const std::string folded = Fold(tail);
    if (auto it = kDefiniteForms.find(folded); it != kDefiniteForms.end()) {
      return it->second;
    }
    // Exact vocabulary labels only: a sentence's words are no OCR'd table
    // label, and "kostnaderna" is no key.
    const std::string key = KeyForLabel(tail);
    if (!key.empty() && LabelCore(tail) == folded) return key;
  }
  return "";
}

// An amount as prose prints it after AsciiSigns: "312 405", "-98 212",
// "71,3".
constexpr char kProseAmount[] = R"(([-+]?\s?\d{1,3}(?:\s\d{3})*(?:,\d+)?)\b)";
// Its unit, the space before it kept; a percent sign as OCR may read it
// ("69 20 (67 90)" for "69 % (67 %)", IsPercentSignAsRead).
constexpr char kProseUnit[] =
    R"((\s*%|\s*(?:procent|kr|kronor|tkr|mnkr|mkr)\b|\s+(?:[29]0?|96|Y[oO0]|%o)\b))";

// The smallest amount a sentence may state in kronor without a unit
// word (ReadKeyFiguresInProse).
constexpr double kMinBareKronor = 1000;

struct StatedValue {
  double value = 0;
  int decimals = 0;
  bool percent = false;
  std::optional<Unit> unit;
};

// `amount` and `unit_word` as a sentence states them; a sign word before
// the amount ("underskott", "negativt", "förlust") makes it negative.
std::optional<StatedValue> ReadStated(const std::string& amount,
                                      const std::string& unit_word,
                                      const std::string& words_before) {
  std::optional<Amount> a = ParseAmount(amount);
  if (!a) return std::nullopt;
  StatedValue v;
  v.value = a->value;
  v.decimals = a->decimals;
  const std::string_view printed = Trim(unit_word);
  const std::string u = Fold(printed);
  v.percent = u == "procent" || IsPercentSignAsRead(printed);
  if (!v.percent && !u.empty()) v.unit = FindUnit(u);
  static const RE2 kNegative(R"((?i)(?:underskott|negativ|förlust|forlust))");
  if (v.value > 0 && RE2::PartialMatch(words_before, kNegative)) {
    v.value = -v.value;
  }
  return v;
}

// Adds `key`'s figure for `year` to `out` unless it is read already or
// the stated value's unit does not fit the key.
void AddStated(const std::string& key, int year, const StatedValue& v, int page,
               std::set<std::pair<std::string, int>>* read,
               std::vector<LooseFigure>* out) {
  const bool percent_key = key == "equity_ratio_percent";
  if (v.percent != percent_key && !(percent_key && !v.unit)) return;
  if (percent_key && !v.percent && (v.value < 0 || v.value > 100)) return;
  // An amount in kronor with no unit printed is a large one ("blev
  // 312 405 (-98 212)"); a small bare number after "Resultatet" is no sum
  // ("Resultatet var 45 deltagare").
  if (!IsUnitlessKey(key) && !v.unit && std::abs(v.value) < kMinBareKronor) {
    return;
  }
  if (key == "employees" && (v.unit || v.percent || v.decimals > 0)) return;
  if (read->count({key, year})) return;
  LooseFigure f;
  f.key = key;
  f.year = year;
  if (IsUnitlessKey(key)) {
    f.value = static_cast<int64_t>(std::llround(v.value));
    f.exact = v.value;
    f.has_decimals = v.decimals > 0;
  } else {
    std::optional<int64_t> kr = KronorOf(v.value, v.unit.value_or(Unit::kKr));
    if (!kr) return;
    f.value = *kr;
  }
  f.page = page;
  out->push_back(f);
  read->insert({key, year});
}

}  // namespace

std::vector<LooseFigure> ReadKeyFiguresInProse(const RecordText& text,
                                               int fiscal_year) {
  std::vector<LooseFigure> out;
  if (fiscal_year == 0) return out;
  // A verb of amount (after a space: RE2's \b is ASCII's, and "ökade" or
  // "är" start with no ASCII letter), words up to the amount ("vid årets
  // slut till"), an optional "från <amount> ... till" (the year before
  // first), the amount, its unit, and the year before's in parentheses.
  static const RE2 kStatement(
      std::string(
          R"((?i)(?:^|\s)(uppgick|uppgår|uppgar|uppgå|blev|var|är|ar|landade|landar|ökade|okade|minskade|steg|sjönk|sjonk)\b((?:[^.\d()%]|(?:19|20)\d\d){0,60}?)(?:\bfrån\s+)" +
          std::string(kProseAmount) + kProseUnit +
          R"(?([^.\d()%]{0,40}?)\btill\s+)?)") +
      kProseAmount + kProseUnit + R"(?(\s*\([^()]{0,60}\))?)");
  static const RE2 kParenthesised(std::string(R"((?i)^\s*\(([^()\d]{0,30}?))") +
                                  kProseAmount + kProseUnit + "?");
  static const RE2 kYear(R"(\b((?:19|20)\d\d)\b)");
  // A count after a verb ("Förbundet har 3 anställda (2)", "fanns 3
  // anställda"), not a note's number ("Not 6 Anställda och
  // personalkostnader") nor a change ("ökat med 103,7
  // tillsvidareanställda").
  static const RE2 kEmployees(
      R"((?:^|\s)(?:har|hade|fanns|finns|sysselsätter|sysselsatte)\s+(?:totalt\s+)?(\d{1,3})\s+(?:st\s+)?anställda\b(?:\s*\((\d{1,3})\))?)");
  static const RE2 kClauseStart(R"((?i)(?:[.,;:]|\s(?:och|samt|medan)\s))");
  std::set<std::pair<std::string, int>> read;
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    if (text.lines[i].text.find('\t') != std::string::npos ||
        Trim(text.lines[i].text).empty()) {
      continue;
    }
    // The paragraph the line starts, over its line breaks.
    std::string para = text.lines[i].text;
    int last = i;
    for (int k = i + 1; k < n && k < i + kMaxSentenceLines &&
                        text.lines[k].page == text.lines[i].page &&
                        !Trim(text.lines[k].text).empty() &&
                        text.lines[k].text.find('\t') == std::string::npos;
         ++k) {
      para += " " + text.lines[k].text;
      last = k;
    }
    const std::string sentence = AsciiSigns(para);
    const int page = text.lines[i].page;
    // Groups of kStatement: 1 verb, 2 words to the amount, 3-4 the year
    // before's amount and unit after "från", 5 words to "till", 6-7 the
    // amount and unit, 8 the parenthesised year before.
    constexpr int kGroups = 9;
    re2::StringPiece g[kGroups];
    size_t pos = 0;
    while (pos < sentence.size() &&
           kStatement.Match(sentence, pos, sentence.size(), RE2::UNANCHORED, g,
                            kGroups)) {
      pos = static_cast<size_t>(g[0].data() - sentence.data()) + g[0].size();
      auto group = [&](int k) { return std::string(g[k].data(), g[k].size()); };
      // The subject: the clause before the verb (after its last comma or
      // "och"), its last words.
      const std::string clause = sentence.substr(
          0, static_cast<size_t>(g[1].data() - sentence.data()));
      size_t cut = 0;
      re2::StringPiece scan(clause);
      while (RE2::FindAndConsume(&scan, kClauseStart)) {
        cut = static_cast<size_t>(scan.data() - clause.data());
      }
      const std::string subject = clause.substr(cut);
      const std::string key = KeyOfSubject(SplitWords(subject));
      if (key.empty()) continue;
      const std::string gap = group(2);
      // "ökade med 120 000 kr": a change, not the figure.
      static const RE2 kChange(R"((?i)\bmed\s*$)");
      if (RE2::PartialMatch(gap, kChange)) continue;
      int year = fiscal_year;
      int named = 0;
      if (RE2::PartialMatch(subject + " " + gap, kYear, &named) &&
          (named == fiscal_year || named == fiscal_year - 1)) {
        year = named;
      }
      const std::optional<StatedValue> now =
          ReadStated(group(6), group(7), gap + " " + group(5));
      if (!now) continue;
      std::optional<StatedValue> then;
      if (g[3].data() != nullptr) {
        then = ReadStated(group(3), group(4), gap);
      } else if (g[8].data() != nullptr) {
        std::string words, amount, unit;
        if (RE2::PartialMatch(group(8), kParenthesised, &words, &amount,
                              &unit)) {
          then = ReadStated(amount, unit, words);
        }
      }
      // "71 % (64)", "312 405 kr (-98 212)": the unit printed once.
      if (then && !then->unit && !then->percent) {
        then->unit = now->unit;
        then->percent = now->percent;
      }
      AddStated(key, year, *now, page, &read, &out);
      if (then) AddStated(key, year - 1, *then, page, &read, &out);
    }
    std::string now_count, then_count;
    if (RE2::PartialMatch(sentence, kEmployees, &now_count, &then_count)) {
      StatedValue v;
      v.value = std::stod(now_count);
      AddStated("employees", fiscal_year, v, page, &read, &out);
      if (!then_count.empty()) {
        v.value = std::stod(then_count);
        AddStated("employees", fiscal_year - 1, v, page, &read, &out);
      }
    }
    i = last;
  }
  return out;
}

std::vector<LooseFigure> ReadTransposedTables(const RecordText& text) {
  std::vector<LooseFigure> out;
  std::set<std::pair<std::string, int>> read;
  static const RE2 kYearCell(R"(^((?:19|20)\d\d)(?:\s*/\s*(\d\d))?$)");
  static const RE2 kYearHeading(
      R"(^(?:ar|aret|rakenskapsar|verksamhetsar|bokslutsar)$)");
  // A heading short for the year's result in a key figure table.
  static const RE2 kResultHeading(R"(^resultat$)");
  for (size_t h = 0; h < text.lines.size(); ++h) {
    const std::vector<std::string> header = LineCells(text.lines[h].text);
    if (header.size() < 3 || !RE2::FullMatch(Fold(header[0]), kYearHeading)) {
      continue;
    }
    std::vector<std::string> keys(header.size());
    std::vector<std::optional<Unit>> units(header.size());
    int named = 0;
    for (size_t c = 1; c < header.size(); ++c) {
      keys[c] = KeyForLabel(header[c]);
      if (keys[c].empty()) keys[c] = PercentKeyWithTheSignMisread(header[c]);
      if (keys[c].empty() &&
          RE2::FullMatch(LabelCore(header[c]), kResultHeading)) {
        keys[c] = "result_for_year";
      }
      units[c] = FindUnit(header[c]);
      if (!keys[c].empty()) ++named;
    }
    if (named < 2) continue;
    std::optional<Unit> table_unit;
    for (size_t k = h + 1; k-- > 0 && k + 3 > h;) {
      if (std::optional<Unit> u = FindUnit(text.lines[k].text)) {
        table_unit = u;
        break;
      }
    }
    const int columns = static_cast<int>(header.size()) - 1;
    for (size_t i = h + 1; i < text.lines.size(); ++i) {
      const std::string& line = text.lines[i].text;
      if (Trim(line).empty()) continue;
      std::vector<std::string> cells = LineCells(line);
      std::string first = cells.empty() ? "" : cells[0];
      std::string rest_of_row;
      if (cells.size() == header.size()) {
        for (size_t c = 1; c < cells.size(); ++c) {
          rest_of_row += (c > 1 ? "\t" : "") + cells[c];
        }
      } else {
        // OCR single-spaced the row: the year is its first word.
        const std::vector<std::string> words = SplitWords(line);
        if (words.empty()) break;
        first = words[0];
        rest_of_row = std::string(Trim(line)).substr(first.size());
      }
      int year = 0;
      std::string short_end;
      if (!RE2::FullMatch(first, kYearCell, &year, &short_end)) break;
      if (!short_end.empty()) {
        // "2023/24" ends in 2024, "1999/00" in 2000.
        const int end = year / 100 * 100 + std::stoi(short_end);
        year = end > year ? end : end + 100;
      }
      const TableRow row = SplitRow("x\t" + rest_of_row, columns, false);
      if (!row.complete || row.cells.size() != static_cast<size_t>(columns)) {
        continue;
      }
      for (int c = 0; c < columns; ++c) {
        const std::string& key = keys[c + 1];
        if (key.empty() || !row.cells[c] || !read.insert({key, year}).second) {
          continue;
        }
        const Amount& a = *row.cells[c];
        LooseFigure f;
        f.key = key;
        f.year = year;
        if (IsUnitlessKey(key) || a.percent) {
          f.value = a.as_integer();
          f.has_decimals = !a.is_integer();
          f.exact = a.value;
        } else {
          const Unit unit =
              units[c + 1].value_or(table_unit.value_or(Unit::kKr));
          const std::optional<int64_t> kr = KronorOf(a.value, unit);
          if (!kr) continue;
          f.value = *kr;
        }
        f.page = text.lines[i].page;
        out.push_back(f);
      }
    }
  }
  return out;
}

}  // namespace finsam::records
