#include "normalize/number_formatter.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/luhn.h"
#include "base/text.h"
namespace finsam {

namespace internal {

// Compiled once per formatter; RE2 matching is const and thread-safe.
struct NumberPatterns {
  NumberPatterns()
      // sign, integer (plain or dot-grouped), decimals, suffix glued on.
      : number(
            "([-+]|−|–)?"
            "(\\d{1,3}(?:\\.\\d{3})+|\\d+)"
            "(,\\d+)?"
            "(%|(?:t|m|M|mn|md)?kr|kronor|SEK)?"),
        // A numeric cell as OCR reads it in a table: digits and the letters
        // OCR takes for digits.
        ocr_number("-?[0-9oOlI|SB]+%?"),
        // A word after which a number is an identifier, not a quantity.
        keyword(
            "(?i)(?:dnr|d\\.nr|diarienr|diarienummer|ärendenr|ärendenummer|"
            "nr|nummer|no|org\\.?nr|organisationsnummer|orgnummer|"
            "personnummer|pnr|pg|bg|plusgiro|bankgiro|postgiro|konto|kontonr|"
            "kontonummer|clearingnr|clearingnummer|ocr|ref|referens|id|tel|"
            "telefon|tfn|fax|mobil|mobilnr|sida|sid|sidan|s|not|noter|bilaga|"
            "kap|§|§§|sfs|isbn|issn|box|postnummer|postnr|kl|klockan|version|"
            "ver|fakturanr|fakturanummer|avtalsnr|artikelnr|art\\.?nr|punkt)"),
        // A word that makes a following number an approximate quantity:
        // "Ca 1900 unika besök" is 1 900 visits, not a year.
        approx(
            "(?i)(?:ca|c:a|cirka|circa|drygt|knappt|ungefär|omkring|"
            "uppemot|nästan|totalt|sammanlagt)"),
        money("(?:t|m|M|mn|md)?kr(?:onor)?(?:/\\S*)?|SEK"),
        measure("m²|m2|kvm|st"),
        dash("-|−|–"),
        // A label after which the numbers that follow, dashes and all, are
        // one identifier: "Bankgiro 5050 - 1055", "Org.nr 769612 2675",
        // "Personnummer 19640512 - 1234", "Postadress 70116".
        identity(
            "(?i)(?:org\\.?|org\\.?nr\\.?|orgnr|orgnummer|organisationsnr|"
            "organisationsnummer|personnummer|personnr|pnr|pg|bg|plusgiro|"
            "bankgiro|postgiro|konto|kontonr|kontonummer|clearingnr|"
            "clearingnummer|tel|telefon|tfn|fax|mobil|mobilnr|postnummer|"
            "postnr|postadress|momsreg\\.?nr|isbn|issn)"),
        // "nr" in "Org nr", "Konto nr.".
        number_word("(?i)(?:nr|nr\\.|nummer|no)") {}

  const RE2 number;
  const RE2 ocr_number;
  const RE2 keyword;
  const RE2 approx;
  const RE2 money;
  const RE2 measure;
  const RE2 dash;
  const RE2 identity;
  const RE2 number_word;
};

}  // namespace internal

namespace {

// The minus sign (U+2212) and the en dash (U+2013), both also used as signs.
constexpr std::string_view kMinusSign = "−";
constexpr std::string_view kEnDash = "–";

// How sure each rule is that its change is right. A score only meets the
// threshold (--min-confidence, kDefaultMinConfidence = 0.6): at or above it
// the change is made, below it the decision is listed as uncertain for a
// reviewer. Scores above the default rank the rules for a user who raises
// the threshold: the shape of a number alone (0.9 and up) outranks context
// (0.65 to 0.85). The examples show what each rule is for.
namespace score {
// Grouping: 5 to 9 digits in a table row ("Summa 1234567  987654"), or in
// prose unless it is a compact date or a postcode ("70116 Örebro").
constexpr float kMidLengthInTable = 0.95f;
constexpr float kMidLengthInProse = 0.9f;
// "2.113.812": dots between two or more groups of three are thousands.
constexpr float kDottedGroups = 0.9f;
// "8036 515": four digits with a three-digit group after them.
constexpr float kFourDigitsWithGroup = 0.9f;
// A unit or a currency makes an amount of "3.500 kr", "2000 kr", "3500 kr"
// and of a 10-digit figure ("1234567890 kr"), which without one is an
// organisation, account or OCR number.
constexpr float kWithUnit = 0.8f;
// "Summa 3500  4200": a four-digit cell followed by cells; one followed by
// a word is a label or an account number ("3010 Medlemsavgifter").
constexpr float kFourDigitsInTableRow = 0.85f;
// "ca 3500": an approximation is a quantity. A year-like one ("ca 2000")
// may still be a year, so it scores just over the threshold.
constexpr float kFourDigitsApprox = 0.75f;
constexpr float kYearLikeApprox = 0.65f;
// "2019 500" in a table: a year-like head of "2 019 500".
constexpr float kYearLikeGroupedInTable = 0.75f;
// "8000 0 2000": a year-like cell after cells in an amount row.
constexpr float kYearLikeAmongAmounts = 0.65f;
// Withheld (below the threshold): a 10-digit figure alone in a table column
// and an 8-digit compact date in a table ("20180901") may be amounts or
// not; a reviewer decides.
constexpr float kLongInOwnColumn = 0.5f;
constexpr float kCompactDateInTable = 0.5f;

// Signs. U+2212 is only ever a minus; an en dash glued to an amount after a
// word ("–2 203") is a sign, after a number a range ("19 –67").
constexpr float kMinusSign = 0.9f;
constexpr float kEnDashSign = 0.85f;
// A spaced dash before an amount: "- 438 192".
//   after a label and a column gap ("Årets kassaförändring   - 438 192"),
//   surer when one space separates it from the number;
constexpr float kDashAfterGapTight = 0.8f;
constexpr float kDashAfterGap = 0.75f;
//   after a word that takes an amount ("uppgick till - 438 192"), opening a
//   row of numbers, or after a number across a column gap ("- 438 192   -
//   23 808");
constexpr float kDashInContext = 0.7f;
//   after a label and one space it may be an empty cell ("Kumla kommun -
//   522 039" in a two-column table): withheld.
constexpr float kDashAfterLabel = 0.5f;

// "55%" -> "55 %" and "500kr" -> "500 kr": the glued suffix says it all.
constexpr float kPercentSpace = 0.95f;
constexpr float kUnitSpace = 0.9f;
// OCR's digit look-alikes ("8O36 515") and "%" read as "9%" ("10 9%
// Samordnare"): the line's shape suggests them, the glyphs do not prove
// them.
constexpr float kOcrDigit = 0.75f;
constexpr float kOcrPercent = 0.7f;
}  // namespace score

// Rules, in the order their reasons are reported.
enum Rule {
  kOcrDigit = 0,
  kGrouping,
  kSign,
  kPercent,
  kUnit,
  kOcrPercent,  // "10 9%" -> "10 %"
  kRuleCount,
};

const char* RuleReason(int rule) {
  switch (rule) {
    case kOcrDigit:
    case kOcrPercent:
      return "ocr-digit";
    case kGrouping:
      return "number-grouping";
    case kSign:
      return "number-sign";
    case kPercent:
      return "percent-space";
    case kUnit:
      return "unit-space";
  }
  return "";
}

bool IsSeparator(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\v';
}

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

bool IsAsciiAlpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// True when `s` starts with a letter: ASCII or a Latin-1 supplement /
// Latin Extended-A letter (å, ä, ö, é, ...), which is all Swedish needs.
bool StartsWithLetter(std::string_view s) {
  if (s.empty()) return false;
  const auto c = static_cast<unsigned char>(s[0]);
  if (IsAsciiAlpha(s[0])) return true;
  if (c < 0xC3 || c > 0xC5 || s.size() < 2) return false;
  const auto d = static_cast<unsigned char>(s[1]);
  return !(c == 0xC3 && (d == 0x97 || d == 0xB7));  // × and ÷
}

bool StartsWithCapital(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] >= 'A' && s[0] <= 'Z') return true;
  const auto c = static_cast<unsigned char>(s[0]);
  if (c != 0xC3 || s.size() < 2) return false;
  const auto d = static_cast<unsigned char>(s[1]);
  return d >= 0x80 && d <= 0x9E && d != 0x97;
}

// Punctuation that may wrap a number without being part of it.
constexpr std::string_view kOpeners[] = {"(", "[", "\"", "'", "“", "”",
                                         "„", "‘", "’",  "«", "»"};
constexpr std::string_view kClosers[] = {")", "]", ",", ".",  ";", ":",
                                         "!", "?", "*", "\"", "'", "“",
                                         "”", "’", "»", "«"};

// Strips one leading HTML-like tag ("<b>") or opener; false if none.
bool StripOpener(std::string_view* s) {
  if (!s->empty() && (*s)[0] == '<') {
    const size_t close = s->find('>');
    if (close != std::string_view::npos && close > 1) {
      s->remove_prefix(close + 1);
      return true;
    }
  }
  for (std::string_view o : kOpeners) {
    if (s->size() > o.size() && s->substr(0, o.size()) == o) {
      s->remove_prefix(o.size());
      return true;
    }
  }
  return false;
}

bool StripCloser(std::string_view* s) {
  if (!s->empty() && s->back() == '>') {
    const size_t open = s->rfind('<');
    if (open != std::string_view::npos && open > 0 && open + 2 < s->size()) {
      s->remove_suffix(s->size() - open);
      return true;
    }
  }
  for (std::string_view c : kClosers) {
    if (s->size() > c.size() && s->substr(s->size() - c.size()) == c) {
      s->remove_suffix(c.size());
      return true;
    }
  }
  return false;
}

// One whitespace-separated token; `core` is the token without wrapping
// punctuation, as offsets into the line.
struct Token {
  size_t begin = 0;
  size_t end = 0;
  size_t core_begin = 0;
  size_t core_end = 0;
  size_t gap = 0;  // separator bytes before the token (0 for the first)
  bool gap_tab = false;
  bool one_space = false;  // exactly one ' ' before: a group separator

  // Filled for numbers (after an OCR repair, of the repaired text).
  bool number = false;
  std::string sign;    // attached sign as written, may be empty
  std::string digits;  // integer part without dots
  bool dotted = false;
  int dot_groups = 0;
  std::string decimals;        // ",5" or empty
  std::string suffix;          // "%", "kr", ... or empty
  std::string ocr_fixed;       // repaired core when an OCR repair applies
  bool ones_head = false;      // "III" before "813 354": all letters
  bool ocr_candidate = false;  // digits mixed with letters OCR confuses
  bool dash = false;           // a standalone minus or dash
  bool bar = false;            // a standalone "|"

  bool wrapped() const { return core_begin != begin || core_end != end; }
  // A bare number such as "515": the 3-digit group of a grouped number.
  bool PlainDigits() const {
    return number && sign.empty() && !dotted && decimals.empty() &&
           suffix.empty() && !wrapped() && ocr_fixed.empty();
  }
  bool ThreeDigitGroup() const { return PlainDigits() && digits.size() == 3; }
  bool YearLike() const {
    if (digits.size() != 4 || dotted || !decimals.empty() || !suffix.empty()) {
      return false;
    }
    if (!sign.empty() && sign != kEnDash) return false;  // "-2021" is money
    return (digits[0] == '1' && digits[1] == '9') ||
           (digits[0] == '2' && digits[1] == '0');
  }
};

std::vector<Token> Tokenize(std::string_view line) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < line.size()) {
    const size_t gap_start = i;
    bool tab = false;
    while (i < line.size() && IsSeparator(line[i])) {
      tab = tab || line[i] == '\t';
      ++i;
    }
    if (i >= line.size()) break;
    Token t;
    t.gap = tokens.empty() ? 0 : i - gap_start;
    t.gap_tab = tab;
    t.one_space = t.gap == 1 && line[gap_start] == ' ';
    t.begin = i;
    while (i < line.size() && !IsSeparator(line[i])) ++i;
    t.end = i;
    std::string_view core = line.substr(t.begin, t.end - t.begin);
    while (StripOpener(&core)) continue;
    while (StripCloser(&core)) continue;
    t.core_begin = static_cast<size_t>(core.data() - line.data());
    t.core_end = t.core_begin + core.size();
    tokens.push_back(t);
  }
  return tokens;
}

// True for YYMMDD and YYYYMMDD (years 19xx, 20xx) with a valid month and
// day: the compact dates of Swedish minutes and registers.
bool CompactDate(std::string_view d) {
  if (d.size() != 6 && d.size() != 8) return false;
  if (d.size() == 8 && !(d.substr(0, 2) == "19" || d.substr(0, 2) == "20")) {
    return false;
  }
  const std::string_view md = d.substr(d.size() - 4);
  const int month = (md[0] - '0') * 10 + (md[1] - '0');
  const int day = (md[2] - '0') * 10 + (md[3] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// One changed number: its span in the line and the rules that change it.
struct Item {
  size_t begin = 0;
  size_t end = 0;
  float confidence[kRuleCount] = {};  // 0 = rule does not apply
  int head = -1;                      // token index of the number
  int dash = -1;                      // token index of a detached sign
  int partner = -1;                   // the "10" in "10 9%"
};

// Formats one line: tokenizes it, classifies the tokens, plans one Item
// per number to change, and renders the items that pass the threshold.
//
// Idempotence shapes the helpers: every decision must come out the same on
// the formatted line, where "8036515" has become three tokens and "55%"
// two. So a number is judged as it will read once formatted: its 3-digit
// groups (IsTail, IsLastGroup, NumberEnd), its detached "%" (SkipPercent),
// its detached sign, and the evidence other numbers of the row give.
class LineFormatter {
 public:
  LineFormatter(const internal::NumberPatterns& p, std::string_view line)
      : p_(p), line_(line), tokens_(Tokenize(line)) {}

  std::string Run(int line_no, std::vector<Edit>* edits,
                  std::vector<Edit>* uncertain, float min_confidence);

 private:
  std::string_view Core(const Token& t) const {
    return line_.substr(t.core_begin, t.core_end - t.core_begin);
  }
  std::string_view Raw(const Token& t) const {
    return line_.substr(t.begin, t.end - t.begin);
  }
  void Classify();
  void MarkIdentifiers();
  // Token i is a plain run of digits: no sign, dots, decimals or suffix.
  bool BareDigits(int i) const {
    const Token& t = tokens_[i];
    return t.number && t.sign.empty() && !t.dotted && t.decimals.empty() &&
           t.suffix.empty() && t.ocr_fixed.empty();
  }
  // Token i follows an identity label ("Bankgiro", "Org nr").
  bool AfterIdentityLabel(int i) const;
  bool ParseNumber(std::string_view core, Token* t) const;
  bool IsTableLine() const;
  bool NumericCell(int i) const {
    const Token& t = tokens_[i];
    return t.number || t.dash || Core(t) == "%";
  }
  // The token after a detached "%" at k, else k: "55 %" must be judged as
  // "55%" is, or formatting would not be idempotent.
  int SkipPercent(int k) const {
    return k < static_cast<int>(tokens_.size()) && Core(tokens_[k]) == "%"
               ? k + 1
               : k;
  }
  // A year: year-like and not the head of an amount ("2000 kr", "2000 000").
  bool IsYear(int i) const {
    return tokens_[i].YearLike() && !UnitAfter(i + 1) && !IsTail(i + 1) &&
           !IsLastGroup(i + 1);
  }
  // Token k is a unit the number ending at token k - 1 is in: "2000 kr",
  // not "2024, kr" nor "2024 (tkr)", a column's year and the unit of its
  // amounts (the r9 Kustlandet contributions table).
  bool UnitAfter(int k) const {
    if (!MoneyAt(k) || line_[tokens_[k].begin] == '(') return false;
    const Token& before = tokens_[k - 1];
    return before.core_end == before.end ||
           (line_[before.core_end] != ',' && line_[before.core_end] != ';');
  }
  // Token k is a 3-digit group continuing the number before it ("8036
  // 515"), not a percentage of its own ("8036 129 %").
  bool IsTail(int k) const {
    return k > 0 && k < static_cast<int>(tokens_.size()) &&
           tokens_[k].ThreeDigitGroup() && tokens_[k].one_space &&
           tokens_[k - 1].core_end == tokens_[k - 1].end &&
           SkipPercent(k + 1) == k + 1;
  }
  // Token k is or will become the last 3-digit groups of the number before
  // it: "616kr", "515515", "5l5" in a table.
  bool IsLastGroup(int k) const {
    if (k <= 0 || k >= static_cast<int>(tokens_.size())) return false;
    const Token& g = tokens_[k];
    // A dotted "000.812" counts when its first group has three digits.
    const bool dots_ok =
        !g.dotted ||
        g.digits.size() == 3 * static_cast<size_t>(g.dot_groups + 1);
    return tokens_[k - 1].core_end == tokens_[k - 1].end && g.number &&
           g.sign.empty() && dots_ok && g.digits.size() % 3 == 0 &&
           (g.suffix != "%" || g.digits.size() >= 6) && g.one_space &&
           g.core_begin == g.begin && !g.ThreeDigitGroup() &&
           SkipPercent(k + 1) == k + 1;
  }
  // Token i is a preposition or verb an amount follows ("till", "blev").
  bool TakesAmount(int i) const {
    static constexpr std::string_view kWords[] = {
        "till", "med", "på",      "av",     "från",   "mot", "blev",
        "är",   "var", "uppgick", "uppgår", "totalt", "ca",  "cirka"};
    const Token& t = tokens_[i];
    if (t.number || t.dash || t.core_end != t.end) return false;
    // ASCII case only: a capitalised "På" or "Är" seldom comes before one.
    std::string word(Core(t));
    for (char& c : word) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    for (std::string_view w : kWords) {
      if (word == w) return true;
    }
    return false;
  }
  // Token i follows a numeric cell, counting "12kr" and "12 kr" alike.
  bool AfterNumber(int i) const {
    if (i > 0 && NumericCell(i - 1)) return true;
    return i > 1 && MoneyAt(i - 1) && tokens_[i - 1].one_space &&
           tokens_[i - 2].number && tokens_[i - 2].suffix.empty();
  }
  // One past the last token of the number whose head is token i, as it
  // reads once formatted: "2 023,59 %" ends where "2023,59%" does.
  int NumberEnd(int i) const {
    const int n = static_cast<int>(tokens_.size());
    int k = i + 1;
    if (tokens_[i].suffix.empty() && tokens_[i].decimals.empty()) {
      while (k < n && tokens_[k].number && tokens_[k].sign.empty() &&
             !tokens_[k].dotted && tokens_[k].digits.size() == 3 &&
             tokens_[k].ocr_fixed.empty() && tokens_[k].one_space &&
             tokens_[k].core_begin == tokens_[k].begin) {
        const bool last = !tokens_[k].suffix.empty() ||
                          !tokens_[k].decimals.empty() || tokens_[k].wrapped();
        ++k;
        if (last) break;
      }
    }
    return SkipPercent(k);
  }
  bool Protected(int i) const;
  int TailEnd(int i) const;
  float GroupingConfidence(int i, bool row_evidence) const;
  float DetachedSignConfidence(int i) const;
  bool LineHasAmount(int except) const;
  bool MoneyAt(int i) const {
    return i < static_cast<int>(tokens_.size()) &&
           RE2::FullMatch(Core(tokens_[i]), p_.money);
  }
  void Plan();
  std::string Render(const Item& item, const bool apply[kRuleCount]) const;

  const internal::NumberPatterns& p_;
  std::string_view line_;
  std::vector<Token> tokens_;
  bool table_ = false;
  std::vector<Item> items_;
};

bool LineFormatter::ParseNumber(std::string_view core, Token* t) const {
  re2::StringPiece sign, digits, decimals, suffix;
  if (!RE2::FullMatch(core, p_.number, &sign, &digits, &decimals, &suffix)) {
    return false;
  }
  t->number = true;
  t->sign = std::string(sign);
  t->dotted = false;
  t->dot_groups = 0;
  t->digits.clear();
  for (char c : digits) {
    if (c == '.') {
      t->dotted = true;
      ++t->dot_groups;
    } else {
      t->digits += c;
    }
  }
  t->decimals = std::string(decimals);
  t->suffix = std::string(suffix);
  return true;
}

void LineFormatter::Classify() {
  for (Token& t : tokens_) {
    const std::string_view core = Core(t);
    if (ParseNumber(core, &t)) continue;
    if (core.size() == t.end - t.begin && RE2::FullMatch(core, p_.dash)) {
      t.dash = true;
    }
    if (Raw(t) == "|") t.bar = true;
    t.ocr_candidate = std::any_of(core.begin(), core.end(), IsAsciiDigit) &&
                      RE2::FullMatch(core, p_.ocr_number);
  }
  // A head of ones read as letters ("III 813 354"): a short run of I/l
  // followed, one space on, by a group of three digits in a numeric cell.
  for (size_t k = 0; k + 1 < tokens_.size(); ++k) {
    Token& t = tokens_[k];
    const std::string_view core = Core(t);
    if (t.number || t.ocr_candidate || core.empty() || core.size() > 3 ||
        core.find_first_not_of("Il") != std::string_view::npos) {
      continue;
    }
    const Token& next = tokens_[k + 1];
    const bool after_cell = k > 0 && (t.gap_tab || t.gap >= 2);
    if (after_cell && next.number && next.one_space &&
        next.digits.size() == 3 && next.sign.empty()) {
      t.ocr_candidate = true;
      t.ones_head = true;
    }
  }
  MarkIdentifiers();
  table_ = IsTableLine();
  if (!table_) return;
  // OCR digit confusions, only where a numeric cell is expected.
  for (Token& t : tokens_) {
    if (!t.ocr_candidate) continue;
    const std::string_view core = Core(t);
    std::string fixed(core);
    int real = 0;
    int confused = 0;
    bool ok = true;
    for (size_t k = 0; k < fixed.size(); ++k) {
      const char c = fixed[k];
      if (IsAsciiDigit(c)) {
        ++real;
        continue;
      }
      if (c == '-' || c == '%') continue;
      const bool left = k > 0 && IsAsciiDigit(core[k - 1]);
      const bool right = k + 1 < core.size() && IsAsciiDigit(core[k + 1]);
      const bool both = c == 'S' || c == 'B';
      if (!t.ones_head && (both ? !(left && right) : !(left || right))) {
        ok = false;
        break;
      }
      ++confused;
      fixed[k] = c == 'o' || c == 'O' ? '0'
                 : c == 'S'           ? '5'
                 : c == 'B'           ? '8'
                                      : '1';
    }
    if (!ok || confused == 0 ||
        (!t.ones_head && real < std::max(2, confused))) {
      continue;
    }
    if (ParseNumber(fixed, &t)) t.ocr_fixed = fixed;
  }
}

bool LineFormatter::AfterIdentityLabel(int i) const {
  const auto label = [&](int k) {
    return k >= 0 && RE2::FullMatch(Core(tokens_[k]), p_.identity);
  };
  if (label(i - 1)) return true;
  return i >= 2 && RE2::FullMatch(Core(tokens_[i - 1]), p_.number_word) &&
         label(i - 2);
}

// Identifiers are never quantities, so their digits are never regrouped
// and their dashes are no signs:
//  * what follows an identity label, up to a word, a column gap or a
//    comma: "Bankgiro 5050 - 1055", "Org.nr 769612 2675" (OCR lost the
//    dash), "Personnummer 19640512 - 1234", "Postadress 70116";
//  * an organisation or person number, six digits (or a compact date of
//    birth) and four: with a dash between spaces always ("769612 - 2675":
//    no amount is written so); with the dash glued to the four ("769612
//    -2675", which might be two cells) when its check digit holds or an
//    identity label stands earlier on the line; without a dash ("769612
//    2675") only when its check digit holds. ("769612-2675" is no number
//    at all.)
// Their tokens stop being numbers: not grouped, not signs, and no cells
// that make the line a table ("769612 - 2675" read as two amounts).
void LineFormatter::MarkIdentifiers() {
  const int n = static_cast<int>(tokens_.size());
  const auto joined = [&](int k) {  // one space before, nothing wraps it
    return k < n && tokens_[k].gap == 1 && !tokens_[k].gap_tab &&
           tokens_[k - 1].core_end == tokens_[k - 1].end;
  };
  bool labelled = false;
  for (int i = 0; i < n; ++i) {
    if (!tokens_[i].number) {
      if (RE2::FullMatch(Core(tokens_[i]), p_.identity)) labelled = true;
      continue;
    }
    if (!BareDigits(i)) continue;
    int end = i + 1;
    if (AfterIdentityLabel(i)) {
      size_t digits = tokens_[i].digits.size();
      while (joined(end) && digits <= 12 &&
             (tokens_[end].dash ||
              (tokens_[end].number && tokens_[end].ocr_fixed.empty() &&
               tokens_[end].decimals.empty() && tokens_[end].suffix.empty() &&
               !tokens_[end].dotted &&
               (tokens_[end].sign.empty() || tokens_[end].sign == "-" ||
                tokens_[end].sign == kEnDash)))) {
        digits += tokens_[end].digits.size();
        ++end;
      }
      while (end > i + 1 && tokens_[end - 1].dash) --end;  // "5050 -" + word
    } else {
      const std::string& head = tokens_[i].digits;
      const bool birth_date = head.size() == 8 && CompactDate(head);
      if (head.size() != 6 && !birth_date) continue;
      int tail = -1;
      bool spaced = false, dashed = true;
      if (joined(i + 1) && tokens_[i + 1].dash && joined(i + 2) &&
          BareDigits(i + 2)) {
        tail = i + 2;  // "769612 - 2675"
        spaced = true;
      } else if (joined(i + 1) && tokens_[i + 1].number &&
                 (tokens_[i + 1].sign == "-" ||
                  tokens_[i + 1].sign == kEnDash) &&
                 tokens_[i + 1].decimals.empty() &&
                 tokens_[i + 1].suffix.empty() && !tokens_[i + 1].dotted) {
        tail = i + 1;  // "769612 -2675"
      } else if (joined(i + 1) && BareDigits(i + 1)) {
        tail = i + 1;  // "769612 2675"
        dashed = false;
      }
      if (tail < 0 || tokens_[tail].digits.size() != 4) continue;
      const bool checked = LuhnCheckDigitHolds(head.substr(head.size() - 6) +
                                               tokens_[tail].digits);
      if (!(spaced || checked || (dashed && labelled))) continue;
      end = tail + 1;
    }
    for (int k = i; k < end; ++k) {
      tokens_[k].number = false;
      tokens_[k].dash = false;
    }
    i = end - 1;
  }
}

// Greedy count of numeric cells in the run of numbers that ends the line:
// "8 012 8 039" is two cells, "totalt 3 758" one.
bool LineFormatter::IsTableLine() const {
  const int n = static_cast<int>(tokens_.size());
  for (int i = 0; i < n; ++i) {
    const Token& t = tokens_[i];
    if (t.gap_tab || t.bar) return true;
    if (i > 0 && t.gap >= 2 && (t.number || t.dash)) return true;
  }
  int start = n;
  while (start > 0) {
    const Token& t = tokens_[start - 1];
    const bool cell = ((t.number || t.ocr_candidate) && !t.wrapped()) ||
                      t.dash || Raw(t) == "%";
    if (!cell) break;
    --start;
  }
  int cells = 0;
  for (int i = start; i < n; ++i) {
    const Token& t = tokens_[i];
    if (!t.number && !t.ocr_candidate) continue;
    // "8 036,50" and "8 036 515kr" are one cell each.
    const bool group = t.number && t.sign.empty() && !t.dotted &&
                       t.digits.size() == 3 && t.ocr_fixed.empty() &&
                       t.one_space;
    const bool continues = i > 0 && group && tokens_[i - 1].number &&
                           tokens_[i - 1].suffix.empty() &&
                           tokens_[i - 1].decimals.empty() &&
                           tokens_[i - 1].core_end == tokens_[i - 1].end;
    if (!continues) ++cells;
  }
  return cells >= 2;
}

bool LineFormatter::Protected(int i) const {
  const Token& t = tokens_[i];
  if (t.digits.size() >= 2 && t.digits[0] == '0' && !t.dotted) return true;
  if (t.sign == "+" && t.digits.size() >= 2 && t.digits[0] == '4' &&
      t.digits[1] == '6') {
    return true;  // +46 19 ...: a telephone number
  }
  if (i > 0 && RE2::FullMatch(Core(tokens_[i - 1]), p_.keyword)) return true;
  return false;
}

bool LineFormatter::LineHasAmount(int except) const {
  const int n = static_cast<int>(tokens_.size());
  for (int i = 0; i < n; ++i) {
    if (i == except) continue;
    const Token& t = tokens_[i];
    if (!t.number) continue;
    // Negative, the sign glued on or standing apart.
    if (!t.sign.empty() && t.sign != "+") return true;
    if (i > 0 && DetachedSignConfidence(i - 1) > 0) return true;
    if (t.digits.size() >= 4 && !t.YearLike()) return true;
    if ((!t.suffix.empty() && t.suffix != "%") || MoneyAt(i + 1)) return true;
    if ((IsTail(i + 1) || IsLastGroup(i + 1)) && t.suffix.empty() &&
        t.decimals.empty()) {
      return true;
    }
    // Grouped for a reason of its own ("ca 1900", "2000 kr"): once grouped
    // it reads as an amount, so it must count as one now.
    if (GroupingConfidence(i, false) > 0) return true;
  }
  return false;
}

// One past the bare 3-digit groups that follow the number at token i.
int LineFormatter::TailEnd(int i) const {
  int tail_end = i + 1;
  if (tokens_[i].suffix.empty() && tokens_[i].decimals.empty()) {
    while (IsTail(tail_end)) ++tail_end;
  }
  return tail_end;
}

// How sure we are that token i is a quantity to be grouped; 0 to leave it.
// row_evidence allows the rule that looks at the other numbers of the row
// (which asks this function about them, without it).
float LineFormatter::GroupingConfidence(int i, bool row_evidence) const {
  const Token& t = tokens_[i];
  const int n = static_cast<int>(tokens_.size());
  const int tail_end = TailEnd(i);
  // A following token that will become 3-digit groups also makes this a
  // head: "2356 616kr", "8036 515515".
  const bool last_group =
      t.suffix.empty() && t.decimals.empty() && IsLastGroup(tail_end);
  const size_t d = t.digits.size();
  const bool has_tail = tail_end > i + 1 || last_group;
  const bool money = (t.suffix != "" && t.suffix != "%") ||
                     UnitAfter(tail_end) ||
                     (last_group && !tokens_[tail_end].suffix.empty()) ||
                     (last_group && MoneyAt(tail_end + 1));
  const int next = t.suffix.empty() ? SkipPercent(tail_end) : tail_end;
  const bool next_numeric = next >= n || NumericCell(next);
  const bool detached_sign = i > 0 && DetachedSignConfidence(i - 1) > 0;
  const int before = detached_sign ? i - 2 : i - 1;  // "ca - 1900"
  const bool approx =
      before >= 0 && RE2::FullMatch(Core(tokens_[before]), p_.approx);
  const bool unsigned_ = t.sign.empty() && !detached_sign;

  if (t.dotted) {
    if (t.dot_groups >= 2) return score::kDottedGroups;
    const bool unit =
        money ||
        (tail_end < n && RE2::FullMatch(Core(tokens_[tail_end]), p_.measure));
    return unit ? score::kWithUnit : 0.0f;
  }
  if (d <= 3) return 0;
  if (d >= 10) {
    // Organisation, person, account and OCR numbers are 10 digits or more
    // ("Swedbank 2758399402  3,95%"); an amount that size says so with a
    // unit. One in a column of its own is listed, not applied.
    if (money) return score::kWithUnit;
    const Token& lead = detached_sign ? tokens_[i - 1] : t;
    const bool own_column = lead.gap >= 2 || lead.gap_tab;
    return table_ && own_column && next_numeric ? score::kLongInOwnColumn
                                                : 0.0f;
  }
  if (d >= 5) {
    // "arbetsutskott 200901", "fr.o.m. 20180901": compact dates.
    if (!money && unsigned_ && t.suffix.empty() && t.decimals.empty() &&
        CompactDate(t.digits)) {
      if (d == 8) return table_ ? score::kCompactDateInTable : 0.0f;
      if (!table_) return 0;
    }
    // "70116 Örebro" is a postcode.
    if (d == 5 && unsigned_ && t.suffix.empty() && !money && tail_end < n &&
        !tokens_[tail_end].number &&
        StartsWithCapital(Core(tokens_[tail_end]))) {
      return 0;
    }
    return table_ ? score::kMidLengthInTable : score::kMidLengthInProse;
  }
  // Four digits.
  if (t.YearLike()) {
    // "–2026" is the end of a range whose start went elsewhere.
    if (t.sign == kEnDash) return 0;
    if (money) return score::kWithUnit;
    if (approx) return score::kYearLikeApprox;
    if (has_tail && table_) return score::kYearLikeGroupedInTable;
    // A year-like amount in an amount row, after another cell: "8000 0
    // 2000". A year after a word is part of the label ("ingående 2023").
    // Not after another year: "2020 2019" is a column header.
    if (row_evidence && table_ && AfterNumber(i) && !tokens_[i - 1].dash &&
        !tokens_[i - 1].YearLike() && next_numeric && LineHasAmount(i)) {
      return score::kYearLikeAmongAmounts;
    }
    return 0;
  }
  if (has_tail) return score::kFourDigitsWithGroup;
  if (money) return score::kWithUnit;
  if (approx) return score::kFourDigitsApprox;
  // In a table, a 4-digit amount is a cell followed by cells; one followed
  // by a word is a label or an account number ("3010 Medlemsavgifter").
  if (table_ && next_numeric) return score::kFourDigitsInTableRow;
  return 0;
}

// Token i as the sign of the number after it ("- 438 192"); 0 if it is
// not one.
float LineFormatter::DetachedSignConfidence(int i) const {
  const int n = static_cast<int>(tokens_.size());
  if (!tokens_[i].dash || i + 1 >= n) return 0;
  const Token& num = tokens_[i + 1];
  // "- 438]" is a sign with a closing bracket; "- (438" is not a sign.
  if (!num.number || !num.sign.empty() || num.core_begin != num.begin ||
      IsYear(i + 1) || Protected(i + 1)) {
    return 0;
  }
  if (i == 0) {
    // A leading dash is a sign only in a row of numbers, never a bullet
    // ("- 20 % Arbetsmarknadskonsulent").
    const int k = NumberEnd(i + 1);
    return table_ && (k >= n || (NumericCell(k) &&
                                 tokens_[k].core_begin == tokens_[k].begin))
               ? score::kDashInContext
               : 0;
  }
  // In prose, after a word that takes an amount ("uppgick till - 438 192
  // kr", "blev - 12 000"), a dash is no empty cell and no separator.
  if (!AfterNumber(i) && TakesAmount(i - 1)) return score::kDashInContext;
  if (!table_) return 0;
  const bool column_gap = tokens_[i].gap >= 2 || tokens_[i].gap_tab;
  if (!AfterNumber(i)) {
    // After a label and a column gap: "Årets kassaförändring   - 438 192".
    // After a label and one space the dash may as well be an empty cell
    // ("Kumla kommun - 522 039" in a two-column table): withheld.
    if (!column_gap) return score::kDashAfterLabel;
    return num.one_space ? score::kDashAfterGapTight : score::kDashAfterGap;
  }
  // After a number it is a range or a subtraction ("2019 - 2023", "5 - 3"),
  // unless a column gap makes it a new cell: "- 438 192   -   23 808".
  if (column_gap && !tokens_[i - 1].dash) return score::kDashInContext;
  return 0;
}

void LineFormatter::Plan() {
  const int n = static_cast<int>(tokens_.size());
  int next_free = 0;  // tokens before this are covered by an item
  for (int i = 0; i < n; ++i) {
    if (i < next_free) continue;
    const Token& t = tokens_[i];

    // "10 9% Samordnare": OCR read "%" as "9%".
    if (t.number && !t.wrapped() && Core(t) == "9%" && i > 0 &&
        i - 1 >= next_free && tokens_[i - 1].PlainDigits() &&
        tokens_[i - 1].digits.size() <= 3 && t.one_space && i + 1 < n &&
        StartsWithLetter(Core(tokens_[i + 1])) && !Protected(i - 1)) {
      Item item;
      item.begin = tokens_[i - 1].begin;
      item.end = t.end;
      item.head = i;
      item.partner = i - 1;
      item.confidence[kOcrPercent] = score::kOcrPercent;
      items_.push_back(item);
      next_free = i + 1;
      continue;
    }

    int head = i;
    int dash = -1;
    const float sign_conf = DetachedSignConfidence(i);
    if (sign_conf > 0) {
      dash = i;
      head = i + 1;
    }
    const Token& h = tokens_[head];
    if (!h.number || Protected(head)) continue;
    Item item;
    item.confidence[kSign] = sign_conf;
    item.head = head;
    item.dash = dash;
    const int tail_end = TailEnd(head);
    const float ocr = h.ocr_fixed.empty() ? 0.0f : score::kOcrDigit;
    item.confidence[kOcrDigit] = ocr;
    item.confidence[kGrouping] = GroupingConfidence(head, true);
    if (h.sign == kMinusSign) {
      item.confidence[kSign] = score::kMinusSign;
    } else if (h.sign == kEnDash && !h.YearLike() &&
               !(AfterNumber(head) && h.one_space)) {
      // An en dash glued to a number after a word is a sign; after a
      // number ("19 –67") or before a year ("–2026") it is a range.
      item.confidence[kSign] = score::kEnDashSign;
    }
    if (h.suffix == "%") {
      item.confidence[kPercent] = score::kPercentSpace;
    } else if (!h.suffix.empty()) {
      item.confidence[kUnit] = score::kUnitSpace;
    }
    bool any = false;
    for (float c : item.confidence) any = any || c > 0;
    if (!any) continue;
    item.begin = dash >= 0 ? tokens_[dash].begin : h.core_begin;
    // "8036 515" is reported whole: the groups are why the head is grouped.
    // So is "- 438 192": the sign belongs to all of it.
    const bool merged =
        tail_end > head + 1 &&
        (dash >= 0 || (item.confidence[kGrouping] > 0 && h.digits.size() == 4));
    item.end = merged ? tokens_[tail_end - 1].end : h.core_end;
    items_.push_back(item);
    next_free = merged ? tail_end : head + 1;
    i = next_free - 1;
  }
}

std::string LineFormatter::Render(const Item& item,
                                  const bool apply[kRuleCount]) const {
  const Token& h = tokens_[item.head];
  if (item.partner >= 0) {
    const Token& p = tokens_[item.partner];
    std::string out(line_.substr(item.begin, h.begin - item.begin));
    if (apply[kOcrPercent]) {
      out.resize(p.end - item.begin);
      out += " %";
    } else {
      out += Core(h);
    }
    return out;
  }
  // Without its OCR repair a cell is not a number at all.
  if (!h.ocr_fixed.empty() && !apply[kOcrDigit]) {
    return std::string(line_.substr(item.begin, item.end - item.begin));
  }
  std::string out;
  if (item.dash >= 0) {
    if (apply[kSign]) {
      out += '-';
    } else {
      out += line_.substr(tokens_[item.dash].begin,
                          h.begin - tokens_[item.dash].begin);
    }
  }
  if (!h.sign.empty()) out += apply[kSign] ? std::string("-") : h.sign;
  if (apply[kGrouping]) {
    out += GroupThousands(h.digits);
  } else if (!h.ocr_fixed.empty() || h.dotted) {
    const std::string_view core =
        h.ocr_fixed.empty() ? Core(h) : std::string_view(h.ocr_fixed);
    // The integer part exactly as written (dots kept).
    out += core.substr(h.sign.size(), core.size() - h.sign.size() -
                                          h.decimals.size() - h.suffix.size());
  } else {
    out += h.digits;
  }
  out += h.decimals;
  if (!h.suffix.empty()) {
    if (apply[kPercent] || apply[kUnit]) out += ' ';
    out += h.suffix;
  }
  out += line_.substr(h.core_end, item.end - h.core_end);
  return out;
}

std::string LineFormatter::Run(int line_no, std::vector<Edit>* edits,
                               std::vector<Edit>* uncertain,
                               float min_confidence) {
  Classify();
  Plan();
  std::string out;
  size_t pos = 0;
  for (const Item& item : items_) {
    bool apply[kRuleCount] = {};
    bool all[kRuleCount] = {};
    bool withheld = false;
    float applied_conf = 1;
    float withheld_conf = 1;
    std::string applied_reason;
    std::string all_reason;
    const auto add_reason = [](std::string* reasons, int rule) {
      const std::string_view r = RuleReason(rule);
      if (reasons->find(r) != std::string::npos) return;
      if (!reasons->empty()) *reasons += '+';
      *reasons += r;
    };
    const bool ocr_ok = item.confidence[kOcrDigit] == 0 ||
                        item.confidence[kOcrDigit] >= min_confidence;
    for (int r = 0; r < kRuleCount; ++r) {
      const float c = item.confidence[r];
      if (c <= 0) continue;
      all[r] = true;
      add_reason(&all_reason, r);
      if (c >= min_confidence && ocr_ok) {
        apply[r] = true;
        add_reason(&applied_reason, r);
        applied_conf = std::min(applied_conf, c);
      } else {
        withheld = true;
        withheld_conf = std::min(withheld_conf, c);
      }
    }
    const std::string before(line_.substr(item.begin, item.end - item.begin));
    const std::string after = Render(item, apply);
    out += line_.substr(pos, item.begin - pos);
    out += after;
    pos = item.end;
    const int column = static_cast<int>(item.begin) + 1;
    if (after != before && edits != nullptr) {
      edits->push_back(
          Edit{line_no, column, before, after, applied_reason, applied_conf});
    }
    if (withheld && uncertain != nullptr) {
      std::string proposed = Render(item, all);
      if (proposed != before) {
        uncertain->push_back(Edit{line_no, column, before, std::move(proposed),
                                  all_reason, withheld_conf});
      }
    }
  }
  out += line_.substr(pos);
  return out;
}

}  // namespace

NumberFormatter::NumberFormatter()
    : patterns_(std::make_unique<internal::NumberPatterns>()) {}
NumberFormatter::~NumberFormatter() = default;

std::string NumberFormatter::FormatLine(std::string_view line, int line_no,
                                        std::vector<Edit>* edits,
                                        std::vector<Edit>* uncertain,
                                        float min_confidence) const {
  LineFormatter formatter(*patterns_, line);
  return formatter.Run(line_no, edits, uncertain, min_confidence);
}

std::string NumberFormatter::Format(std::string_view text,
                                    std::vector<Edit>* edits,
                                    std::vector<Edit>* uncertain,
                                    float min_confidence) const {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  int line_no = 1;
  size_t start = 0;
  while (true) {
    const size_t nl = text.find('\n', start);
    const std::string_view line =
        text.substr(start, nl == std::string_view::npos ? std::string_view::npos
                                                        : nl - start);
    out += FormatLine(line, line_no, edits, uncertain, min_confidence);
    if (nl == std::string_view::npos) break;
    out += '\n';
    start = nl + 1;
    ++line_no;
  }
  return out;
}

}  // namespace finsam
