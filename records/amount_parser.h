// Swedish amounts as printed in reports: "8 036 515", "-7 367 068",
// "−438 192", "- 438 192", "(438 192)", "2.113.812", "41,8 %", "92 400.00"
// (öre after a point, as accounting programs print), "-" (empty).
//
// Two entry points: ParseAmount reads one table cell whose extent is known
// (a tab-separated cell); GroupAmountTokens splits a run of space-separated
// tokens into a known number of columns, which is what OCR'd tables need:
// there the grouping space and the column gap look alike ("4439 417
// 4301311" is two amounts) and the split is chosen by grouping rules and
// by how alike the columns' magnitudes are.
#ifndef FINSAM_RECORDS_AMOUNT_PARSER_H_
#define FINSAM_RECORDS_AMOUNT_PARSER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam::records {

// The unit a table prints its amounts in.
enum class Unit { kKr, kTkr, kMnkr };

// "kr", "tkr", "mnkr".
const char* UnitName(Unit unit);
// 1, 1 000, 1 000 000.
int64_t UnitFactor(Unit unit);
// Kronor of `value` printed in `unit`, rounded; nullopt from 1e15 kr up
// (and for NaN): no report holds such an amount, and beyond 9.2e18 the
// integer could not hold it either.
inline constexpr double kMaxKronor = 1e15;
std::optional<int64_t> KronorOf(double value, Unit unit);
// The unit named in a header or caption ("Belopp tkr", "(kr)", "Belopp i
// kronor", "Tkr", "mnkr", "Mkr"), or nullopt when none is named.
std::optional<Unit> FindUnit(std::string_view text);

// One printed number. `decimals` is the number of decimals printed (0 for
// whole kronor); `percent` is set when a '%' followed it; `parenthesised`
// when it was printed in parentheses and read as negative for them (a
// column whose header is parenthesised, "(1989)", prints every figure so:
// there they are no sign, see records/statement_parser.cc).
struct Amount {
  double value = 0;
  int decimals = 0;
  bool percent = false;
  bool parenthesised = false;
  // The minus is an em dash ("—12 509 178"): on a scan, OCR reads a rule
  // or a column's edge before a figure as one, so the statement's
  // arithmetic decides (records/cell_repair.h SettleDoubtfulSigns).
  bool sign_in_doubt = false;

  bool is_integer() const { return decimals == 0; }
  int64_t as_integer() const;  // rounded
  bool operator==(const Amount& o) const {
    return value == o.value && decimals == o.decimals && percent == o.percent;
  }
};

// A table cell: an amount, or empty ("-", "–", "—", "").
using Cell = std::optional<Amount>;

// `text` with the Unicode minus and dashes (U+2212, U+2013, U+2014) as
// '-' and no-break and thin spaces (U+00A0, U+2009, U+202F) as ' ', so that
// patterns over amounts deal with ASCII only.
std::string AsciiSigns(std::string_view text);

// True for what OCR makes of a percent sign standing apart from its number
// ("%" itself, "2", "20", "90", "96", "Yo", "Y0", "%o", "2/0"): the i42
// Kalixälven scan read "Andel %" as "Andel 2", "50,0 %" as "50,0 Yo" and
// "69 % (67 %)" as "69 20 (67 90)"; the r9 Kustlandet scan "Andel, %" as
// "Andel, 2/0".
bool IsPercentSignAsRead(std::string_view token);

// True for the printed forms of an empty cell.
bool IsEmptyCell(std::string_view cell);

// Parses a whole cell; nullopt when the cell is not a number (text, or an
// empty cell: check IsEmptyCell first).
std::optional<Amount> ParseAmount(std::string_view cell);

// True when `token` (no spaces) can be part of a printed amount: digits with
// optional sign, parentheses, decimal part or '%', or a lone '%' or dash.
bool IsAmountToken(std::string_view token);

// Splits `tokens` (IsAmountToken each) into exactly `columns` cells.
// `leading_note` allows a first token of one or two digits to be a note
// reference (returned in *note) rather than part of an amount. Returns
// nullopt when no split gives exactly `columns` cells.
std::optional<std::vector<Cell>> GroupAmountTokens(
    const std::vector<std::string>& tokens, int columns, bool leading_note,
    std::optional<int>* note);

// A split into at most `max_columns` cells, for tables without a header
// (`fewest`: three-digit groups join the amount before them, "123 661" is
// one amount) and rows that lost cells (not `fewest`: as many cells as
// fit). Empty when the tokens do not form amounts at all.
std::vector<Cell> GroupAmountTokensLoose(const std::vector<std::string>& tokens,
                                         int max_columns, bool fewest);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_AMOUNT_PARSER_H_
