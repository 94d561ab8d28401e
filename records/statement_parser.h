// Financial statements read from their sections: income statement, balance
// sheet, cash flow, operating statement (driftredovisning), multi-year
// overview and balance-requirement result.
//
// Each statement is a list of lines with label, vocabulary key, note
// reference and one cell per column; columns come from the header rows
// ("Not 2023-01-01 2022-01-01" / "-2023-12-31 -2022-12-31",
// "Belopp tkr 2023 2022 2021", "Utfall 2023 Budget 2023"). Wrapped labels
// are joined, captions without values are kept as heading lines (the sum
// checks need them), and a unit change inside a statement ("... (kr)" after
// a tkr table) is kept per line.
#ifndef FINSAM_RECORDS_STATEMENT_PARSER_H_
#define FINSAM_RECORDS_STATEMENT_PARSER_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "records/amount_parser.h"
#include "records/record_text.h"
#include "records/section_extractor.h"
#include "records/table_row.h"

namespace finsam::records {

struct StatementLine {
  std::string label;  // as printed, wrapped parts joined
  std::string key;    // vocabulary key, "" when none (or no values)
  std::string note;   // "2", "10, 11"; "" when none
  std::vector<Cell> values;
  Unit unit = Unit::kKr;
  int page = 0;
  bool complete = true;  // values fill every column
  bool derived = false;  // computed, not printed (equity from its parts)
  // One of several "Årets resultat <activity>" lines a derived total sums;
  // the sums check verifies the total, not each part.
  bool result_part = false;
  // Cells OCR misread and derived from the sums instead
  // (records/cell_repair.h): the column and the amount as read.
  std::vector<std::pair<size_t, Amount>> repaired;
  // Another reading of an OCR'd row (see TableRow::alternative); dropped
  // once the parser has chosen.
  std::optional<TableRow::Reading> alternative;

  bool has_values() const;
  // The value in kronor (or as printed for percentages), if present.
  std::optional<int64_t> ValueKr(size_t column) const;
};

struct Statement {
  SectionKind kind = SectionKind::kOther;
  std::string title;
  int page = 0;
  Unit unit = Unit::kKr;
  std::vector<std::string> columns;  // printed column names ("2023")
  std::vector<int> column_years;     // the year of each column, 0 if none
  std::vector<StatementLine> lines;
  std::vector<std::string> warnings;
  // A balance sheet printed as T-accounts (assets left, equity and
  // liabilities right, an opening and a closing account): its column years
  // follow the printed order until the arithmetic confirms them.
  bool t_account = false;

  // The first line with `key` and a value in column `c`, or nullptr.
  const StatementLine* FindKey(const std::string& key) const;
  // The column holding year `year`'s figures, or -1.
  int ColumnOfYear(int year) const;
};

struct Statements {
  std::optional<Statement> income_statement;
  std::optional<Statement> balance_sheet;
  std::optional<Statement> cash_flow;
  std::optional<Statement> operating_statement;
  std::optional<Statement> multi_year_overview;
  std::optional<Statement> balance_requirement;

  // All present statements, in contract order.
  std::vector<const Statement*> All() const;
};

// Parses the lines [begin, end) of `text` as one statement of `kind`.
// `fiscal_year` (0 if unknown) names the column of a single-column table
// without a header (the balance-requirement table).
// REQUIRES: 0 <= begin and end <= text.lines.size() (an empty range gives an
// empty statement).
Statement ParseStatement(const RecordText& text, int begin, int end,
                         SectionKind kind, int fiscal_year);

// Finds and parses every statement in `sections`.
Statements ParseStatements(const RecordText& text, const SectionTree& sections,
                           int fiscal_year);

// The JSON name of a statement kind: "income_statement", ...
const char* StatementName(SectionKind kind);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_STATEMENT_PARSER_H_
