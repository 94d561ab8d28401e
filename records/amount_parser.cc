#include "records/amount_parser.h"

#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "records/text_fold.h"

namespace finsam::records {
namespace {

// Integer digits an amount may have: no report prints a quadrillion kronor,
// and longer runs are OCR junk ("3 187 5222222…240").
constexpr size_t kMaxDigits = 15;

}  // namespace

std::string AsciiSigns(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xE2 && i + 2 < text.size()) {
      const unsigned char c1 = static_cast<unsigned char>(text[i + 1]);
      const unsigned char c2 = static_cast<unsigned char>(text[i + 2]);
      // U+2212 minus, U+2013 en dash, U+2014 em dash.
      if ((c1 == 0x88 && c2 == 0x92) ||
          (c1 == 0x80 && (c2 == 0x93 || c2 == 0x94))) {
        out.push_back('-');
        i += 2;
        continue;
      }
      // U+2009 thin space, U+202F narrow no-break space.
      if (c1 == 0x80 && (c2 == 0x89 || c2 == 0xAF)) {
        out.push_back(' ');
        i += 2;
        continue;
      }
    }
    if (c == 0xC2 && i + 1 < text.size() &&
        static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      out.push_back(' ');
      ++i;
      continue;
    }
    out.push_back(static_cast<char>(c));
  }
  return out;
}

namespace {

// True when `text` starts with an em dash (U+2014), the sign OCR makes of
// a rule (Amount::sign_in_doubt).
bool StartsWithEmDash(std::string_view text) {
  static constexpr std::string_view kEmDash = "\xE2\x80\x94";
  return Trim(text).substr(0, kEmDash.size()) == kEmDash;
}

// One token of a space-separated run, decoded.
struct Token {
  bool dash = false;     // a lone dash: empty cell or the sign of the next
  bool em_dash = false;  // its dash (the lone one, or its sign) is "—"
  bool negative = false;
  bool open_paren = false;
  bool close_paren = false;
  bool percent = false;
  std::string digits;  // integer digits
  // Digits after a decimal comma, or exactly two after a decimal point
  // (öre as accounting programs print them, "92 400.00": OCR reads the
  // comma as a point too). A point before three digits groups thousands.
  std::string decimals;
};

std::optional<Token> DecodeToken(std::string_view raw) {
  static const RE2 kToken(
      R"(^([-+]?)(\(?)([-+]?)(\d+)(?:,(\d+)|\.(\d\d))?(\)?)(%?)(\)?)$)");
  Token t;
  const std::string s = AsciiSigns(raw);
  t.em_dash = StartsWithEmDash(raw);
  if (s == "-" || s == "--") {
    t.dash = true;
    return t;
  }
  std::string sign1, open, sign2, digits, decimals, cents, close1, pct, close2;
  if (!RE2::FullMatch(s, kToken, &sign1, &open, &sign2, &digits, &decimals,
                      &cents, &close1, &pct, &close2)) {
    return std::nullopt;
  }
  if (decimals.empty()) decimals = cents;
  t.negative = sign1 == "-" || sign2 == "-";
  t.em_dash = t.em_dash && t.negative;
  t.open_paren = !open.empty();
  t.close_paren = !close1.empty() || !close2.empty();
  t.percent = !pct.empty();
  t.digits = digits;
  t.decimals = decimals;
  return t;
}

Amount MakeAmount(const std::string& digits, const std::string& decimals,
                  bool negative, bool percent) {
  Amount a;
  a.value = std::stod(digits + (decimals.empty() ? "" : "." + decimals));
  if (negative) a.value = -a.value;
  a.decimals = static_cast<int>(decimals.size());
  a.percent = percent;
  return a;
}

}  // namespace

const char* UnitName(Unit unit) {
  switch (unit) {
    case Unit::kKr:
      return "kr";
    case Unit::kTkr:
      return "tkr";
    case Unit::kMnkr:
      return "mnkr";
  }
  return "kr";
}

std::optional<int64_t> KronorOf(double value, Unit unit) {
  const double kr = value * static_cast<double>(UnitFactor(unit));
  if (!(std::fabs(kr) < kMaxKronor)) return std::nullopt;
  return static_cast<int64_t>(std::llround(kr));
}

int64_t UnitFactor(Unit unit) {
  switch (unit) {
    case Unit::kKr:
      return 1;
    case Unit::kTkr:
      return 1000;
    case Unit::kMnkr:
      return 1000000;
  }
  return 1;
}

std::optional<Unit> FindUnit(std::string_view text) {
  const std::string folded = " " + Fold(text) + " ";
  if (folded.find(" tkr ") != std::string::npos ||
      folded.find(" tusental kronor ") != std::string::npos ||
      folded.find(" tusentals kronor ") != std::string::npos) {
    return Unit::kTkr;
  }
  if (folded.find(" mnkr ") != std::string::npos ||
      folded.find(" mkr ") != std::string::npos ||
      folded.find(" miljoner kronor ") != std::string::npos) {
    return Unit::kMnkr;
  }
  if (folded.find(" kr ") != std::string::npos ||
      folded.find(" kronor ") != std::string::npos ||
      folded.find(" sek ") != std::string::npos) {
    return Unit::kKr;
  }
  return std::nullopt;
}

int64_t Amount::as_integer() const {
  return static_cast<int64_t>(std::llround(value));
}

bool IsPercentSignAsRead(std::string_view token) {
  static const RE2 kRead(R"(^(?:%\S?|\S%|[29]0?|2/0|96|Y[oO0]|%o)$)");
  return RE2::FullMatch(token, kRead);
}

bool IsEmptyCell(std::string_view cell) {
  const std::string s = AsciiSigns(Trim(cell));
  return s.empty() || s == "-" || s == "--" || s == "---";
}

std::optional<Amount> ParseAmount(std::string_view cell) {
  std::string s = AsciiSigns(Trim(cell));
  // A unit written after the number ("2.113.812 kr", "545 kr/m²") is not
  // part of it.
  static const RE2 kUnitSuffix(R"(\s*(?:kr|kronor|tkr|sek|:-)\.?$)");
  RE2::Replace(&s, kUnitSuffix, "");
  bool negative = false;
  bool percent = false;
  bool parenthesised = false;
  static const RE2 kPercent(R"(^(.*?)\s*%$)");
  std::string body;
  if (RE2::FullMatch(s, kPercent, &body)) {
    percent = true;
    s = body;
  }
  static const RE2 kParens(R"(^\((.*)\)$)");
  if (RE2::FullMatch(s, kParens, &body)) {
    // "(438 192)" is negative; "(31 %)" is a share, printed in parentheses.
    // A typewriter leaves a space before the parenthesis ("(76 909,50 )").
    negative = !percent;
    parenthesised = !percent;
    s = std::string(Trim(body));
    if (RE2::FullMatch(s, kPercent, &body)) {
      percent = true;
      negative = false;
      parenthesised = false;
      s = body;
    }
  }
  static const RE2 kSign(R"(^([-+])\s*(.*)$)");
  std::string sign;
  if (RE2::FullMatch(s, kSign, &sign, &body)) {
    if (sign == "-") negative = !negative;
    s = body;
  }
  std::string digits, decimals;
  // Space grouping: "8 036 515", decimal comma "41,8", öre after a point
  // "92 400.00".
  static const RE2 kSpaced(R"(^(\d{1,3}(?: \d{3})*|\d+)(?:,(\d+)|\.(\d\d))?$)");
  // Dot grouping: "2.113.812".
  static const RE2 kDotted(R"(^(\d{1,3}(?:\.\d{3})+)$)");
  // Decimal point with one or two decimals: "58.13".
  static const RE2 kPoint(R"(^(\d+)\.(\d{1,2})$)");
  // Comma grouping with a decimal point, as spreadsheets in English
  // settings print ("4,456,213.12", "-3,001,485.05" in a Google Docs
  // bokslut): the point settles it; without one, two comma groups at least
  // (one "4,456" is a Swedish decimal comma).
  static const RE2 kCommaGrouped(
      R"(^(\d{1,3}(?:,\d{3})+)\.(\d{1,2})$|^(\d{1,3}(?:,\d{3}){2,})$)");
  std::string grouped, cents;
  if (RE2::FullMatch(s, kSpaced, &digits, &decimals, &cents)) {
    if (decimals.empty()) decimals = cents;
    digits.erase(std::remove(digits.begin(), digits.end(), ' '), digits.end());
  } else if (RE2::FullMatch(s, kCommaGrouped, &digits, &decimals, &grouped)) {
    if (digits.empty()) digits = grouped;
    digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
  } else if (RE2::FullMatch(s, kDotted, &digits)) {
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  } else if (!RE2::FullMatch(s, kPoint, &digits, &decimals)) {
    return std::nullopt;
  }
  if (digits.size() > kMaxDigits) return std::nullopt;
  Amount a = MakeAmount(digits, decimals, negative, percent);
  a.parenthesised = parenthesised;
  a.sign_in_doubt = negative && StartsWithEmDash(cell);
  return a;
}

bool IsAmountToken(std::string_view token) {
  const std::string s = AsciiSigns(token);
  if (s == "%" || s == "%)") return true;
  return DecodeToken(s).has_value();
}

namespace {

// What reading a lone dash as no cell costs: more than reading it as an
// empty cell (0) or a sign (0.3), so it is taken only when no other reading
// fills the columns ("Finansiella kostnader -310 - -95": none does).
constexpr double kStrayMarkCost = 0.6;

// A candidate split: the cells, and what the split costs (lower is likelier).
struct Split {
  std::vector<Cell> cells;
  std::optional<int> note;
  double cost = 0;
};

// Enumerates the ways to read `toks` as amounts; calls `emit` for each
// complete reading. The number of readings is capped so a long row of
// three-digit tokens cannot explode.
class Splitter {
 public:
  Splitter(const std::vector<Token>& toks, int max_cells,
           const std::function<void(const Split&)>& emit)
      : toks_(toks), max_cells_(max_cells), emit_(emit) {}

  void Run(size_t start, Split* current) { Walk(start, current); }

 private:
  void Walk(size_t i, Split* cur, double extra) {
    cur->cost += extra;
    Walk(i, cur);
    cur->cost -= extra;
  }

  void Walk(size_t i, Split* cur) {
    if (++visits_ > 20000) return;
    if (i == toks_.size()) {
      emit_(*cur);
      return;
    }
    if (static_cast<int>(cur->cells.size()) >= max_cells_) return;
    const Token& t = toks_[i];
    if (t.dash) {
      // Empty cell...
      cur->cells.push_back(std::nullopt);
      Walk(i + 1, cur);
      cur->cells.pop_back();
      // ... or the sign of the amount that follows ("- 438 192")...
      if (i + 1 < toks_.size() && !toks_[i + 1].dash &&
          !toks_[i + 1].negative) {
        TryAmount(i + 1, /*negate=*/true, 0.3, cur);
      }
      // ... or a rule or speck OCR read between two columns, no cell at all
      // (the lead's Ekbacka scan: "-310 - -95" under two years).
      Walk(i + 1, cur, kStrayMarkCost);
      return;
    }
    TryAmount(i, /*negate=*/false, 0, cur);
  }

  // Reads an amount starting at token `i` with every valid length.
  void TryAmount(size_t i, bool negate, double extra, Split* cur) {
    const Token& first = toks_[i];
    if (first.digits.size() > 1 && first.digits[0] == '0') return;
    if (first.digits.size() > kMaxDigits) return;
    std::string digits = first.digits;
    bool negative = first.negative != negate;
    const bool paren = first.open_paren;
    size_t j = i;
    while (true) {
      const Token& last = toks_[j];
      const bool closes = !paren || last.close_paren;
      if (closes) {
        double cost = extra;
        if (j > i && first.digits.size() > 3) cost += 1.0;
        if (j == i && first.digits.size() > 4) cost += 0.3;
        const bool pct = last.percent;
        const std::string& decimals = last.decimals;
        Amount a =
            MakeAmount(digits, decimals, negative != (paren && !pct), pct);
        a.parenthesised = paren && !pct;
        a.sign_in_doubt = a.value < 0 && !paren &&
                          (negate ? toks_[i - 1].em_dash : first.em_dash);
        cur->cells.push_back(a);
        cur->cost += cost;
        Walk(j + 1, cur);
        cur->cost -= cost;
        cur->cells.pop_back();
      }
      // Extend with a three-digit group.
      if (last.percent || !last.decimals.empty() || last.close_paren) break;
      if (j + 1 >= toks_.size()) break;
      const Token& next = toks_[j + 1];
      // OCR may drop a grouping space inside the amount ("2 359937"): a
      // continuation of six digits is allowed, at a cost.
      if (next.dash || next.negative || next.open_paren ||
          next.digits.size() % 3 != 0 || next.digits.size() > 6) {
        break;
      }
      if (digits.size() + next.digits.size() > kMaxDigits) break;
      digits += next.digits;
      if (next.digits.size() > 3) extra += 0.8;
      ++j;
    }
  }

  const std::vector<Token>& toks_;
  int max_cells_;
  const std::function<void(const Split&)>& emit_;
  int visits_ = 0;
};

// Columns of one table hold amounts of like size; a split that puts
// "5 168 993" next to "140 413" is less likely than "5" (a note) followed by
// "168 993" and "140 413".
double MagnitudeCost(const std::vector<Cell>& cells) {
  std::vector<double> logs;
  for (const Cell& c : cells) {
    if (c && !c->percent && std::fabs(c->value) >= 1) {
      logs.push_back(std::log10(std::fabs(c->value)));
    }
  }
  if (logs.size() < 2) return 0;
  double mean = 0;
  for (double l : logs) mean += l;
  mean /= logs.size();
  double cost = 0;
  for (double l : logs) cost += std::fabs(l - mean);
  return 0.5 * cost;
}

// Decodes and merges a lone "%" into the amount before it.
std::optional<std::vector<Token>> DecodeAll(
    const std::vector<std::string>& tokens) {
  std::vector<Token> toks;
  for (const std::string& raw : tokens) {
    if (AsciiSigns(raw) == "%") {
      if (toks.empty() || toks.back().dash) return std::nullopt;
      toks.back().percent = true;
      continue;
    }
    if (AsciiSigns(raw) == "%)") {
      if (toks.empty() || toks.back().dash) return std::nullopt;
      toks.back().percent = true;
      toks.back().close_paren = true;
      continue;
    }
    auto t = DecodeToken(raw);
    if (!t) return std::nullopt;
    toks.push_back(*t);
  }
  return toks;
}

}  // namespace

std::optional<std::vector<Cell>> GroupAmountTokens(
    const std::vector<std::string>& tokens, int columns, bool leading_note,
    std::optional<int>* note) {
  auto toks = DecodeAll(tokens);
  if (!toks || columns <= 0) return std::nullopt;
  std::optional<Split> best;
  std::function<void(const Split&)> emit = [&](const Split& s) {
    if (static_cast<int>(s.cells.size()) != columns) return;
    Split scored = s;
    scored.cost += MagnitudeCost(s.cells);
    if (!best || scored.cost < best->cost) best = scored;
  };
  Splitter splitter(*toks, columns, emit);
  Split start;
  splitter.Run(0, &start);
  if (leading_note && !toks->empty()) {
    const Token& t = (*toks)[0];
    if (!t.dash && !t.negative && !t.open_paren && !t.percent &&
        t.decimals.empty() && t.digits.size() <= 2 && t.digits[0] != '0') {
      Split with_note;
      with_note.note = std::stoi(t.digits);
      with_note.cost = 0.5;
      Splitter note_splitter(*toks, columns, emit);
      note_splitter.Run(1, &with_note);
    }
  }
  if (!best) return std::nullopt;
  if (note != nullptr) *note = best->note;
  return best->cells;
}

std::vector<Cell> GroupAmountTokensLoose(const std::vector<std::string>& tokens,
                                         int max_columns, bool fewest) {
  for (int k = 1; k <= max_columns; ++k) {
    const int n = fewest ? k : max_columns + 1 - k;
    auto cells = GroupAmountTokens(tokens, n, false, nullptr);
    if (cells) return *cells;
  }
  return {};
}

}  // namespace finsam::records
