// One printed table row split into label, note reference and value cells.
//
// Born-digital rows come with TAB-separated cells (or, from pdftotext
// -layout, runs of spaces); OCR'd rows are single-spaced, with the grouping
// space and the column gap alike, so the values are split by
// GroupAmountTokens using the table's column count. Ruled-line junk ("|",
// "[") is dropped.
#ifndef FINSAM_RECORDS_TABLE_ROW_H_
#define FINSAM_RECORDS_TABLE_ROW_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "records/amount_parser.h"

namespace finsam::records {

struct TableRow {
  std::string label;        // text before the values, as printed
  std::string note;         // note reference as printed: "2", "10, 11"
  std::vector<Cell> cells;  // value cells, left to right
  // A short mark after the values, set aside ("Ny", "H": a margin note or
  // a pen stroke OCR read), when the values without it fill the columns.
  std::string trailing;
  // False when the values could not be split into `columns` cells; the
  // cells are then the best partial reading, in order.
  bool complete = true;
  // An OCR'd row whose first number may be a note or part of an amount
  // ("Fordringar 2 864 171 3 165 370") has a second reading; the statement
  // parser keeps the one that makes the statement's sums hold.
  struct Reading {
    std::string note;
    std::vector<Cell> cells;
  };
  std::optional<Reading> alternative;
};

// Splits `line`. `columns` is the number of value columns the table's
// header announces (0 when unknown); `note_column` says the header has a
// "Not" column, so a small leading integer may be a note reference.
TableRow SplitRow(std::string_view line, int columns, bool note_column);

// The tab-separated cells of a line (the whole line when it has no tab).
std::vector<std::string_view> SplitTabs(std::string_view line);

// True when `s` holds a letter (folded: å/ä/ö count).
bool HasLetter(std::string_view s);

// Removes ruled-line junk tokens ("|", "[", "]", "¦") from a line.
std::string StripRuleJunk(std::string_view line);

// The years of a header row ("2023 2022", "Belopp i kronor 2023 2022",
// "2023-12-31 2022-12-31"), empty when the row is not a header. A note's or
// table's title may stand before two years or more ("Not 1 Verksamhetens
// intäkter 2024 2023", "Nyckeltal 2023 2022"); it goes to `title`. One year
// after words is prose ("Förbundet bildades 2009"), not a header, unless a
// column's heading stands beside it ("Medlem (tkr) Andel 2023", "Medlem
// 2023 Andel").
// Columns printed after the years ("Andel", "Förändring", "Avvikelse") are
// read past; `trailing_columns`, when given, gets how many there were, so
// that rows are split into the years' cells and theirs.
std::vector<int> HeaderRowYears(const std::string& line, std::string* title,
                                int* trailing_columns = nullptr);

// Takes off the end of `text` (words separated by single spaces) the
// words that name comparison columns (records/column_words.h: "Andel",
// "%", "Andel %" as one, "Förändr."), and returns how many columns they
// named: "Medlem Andel" -> "Medlem", 1.
int StripComparisonColumns(std::string* text);

// `line` without its last `n` tab-separated cells (the cells of columns a
// header printed after its years); `line` itself when it has no more cells
// than a label and those.
std::string WithoutTrailingCells(std::string_view line, int n);

// `line` without the `n` tab-separated cells after its label (the cells of
// columns a header printed before its years: "Staten | 50 % | 2 000"), when
// it holds exactly a label, those and `rest` more cells; `line` itself
// otherwise. The columns' cells are dropped by their place, whatever OCR
// made of them ("50 Yo", "10 20" for "10 %").
std::string WithoutLeadingCells(std::string_view line, int n, int rest);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_TABLE_ROW_H_
