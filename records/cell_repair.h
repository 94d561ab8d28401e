// Amounts OCR misread in a statement, put right where the statement's own
// arithmetic says what they must be.
//
// When a scanned statement's "Summa" line disagrees with the lines it
// closes, one misread cell is far likelier than a misprint: "543 097" read
// for "543 697", "3 506 705" for "356 765", "192 9 290" for "192 990". For
// each failing sum, each line involved (the subtotal, or one of the lines it
// sums) is re-derived from the others, in every column where it takes part
// in a failing sum. A derivation is kept when
//   * the row's digits, read left to right, are within two edits of the
//     digits OCR read there (OCR changes, adds or drops a digit; it does not
//     invent a number), or each cell changed is the derived value cut after
//     whole groups of three ("190 543" for "190 543 533": a mark at the
//     page's edge took the last group),
//   * it makes the most sums hold and breaks none that held, and
//   * it makes two sums hold, or one with a single digit changed into one
//     OCR confuses it with (0/6/8/9, 1/7, 3/8, 5/6...) or a cut cell, and
//   * no other line's derivation does as well (then the misread cell
//     cannot be told, and nothing changes).
// At most four rows per statement; integer cells only.
#ifndef FINSAM_RECORDS_CELL_REPAIR_H_
#define FINSAM_RECORDS_CELL_REPAIR_H_

#include <cstddef>
#include <string>
#include <vector>

#include "records/amount_parser.h"
#include "records/statement_parser.h"

namespace finsam::records {

struct CellRepair {
  size_t line = 0;    // index into Statement::lines
  size_t column = 0;  // index into Statement::columns
  Amount read;        // as OCR read it
  Amount value;       // as the sums require
};

// Repairs `st` in place and returns what changed, in line order. Statements
// whose sums hold are left alone; so are operating statements and overviews
// (their columns do not add up). REQUIRES: `st` is not null.
std::vector<CellRepair> RepairMisreadCells(Statement* st);

// Signs OCR made of a rule: a negative figure whose minus is an em dash
// (Amount::sign_in_doubt; kalmar-nation-bokslut-2025 scanned, where the
// balance sheet's whole 2024 column of equity and liabilities reads
// "—9,507,693.10") is made positive when the statement's arithmetic says
// so: per column, all such cells at once, else one at a time, each change
// kept only when fewer of the column's sums fail, a balance sheet's
// identity (Summa tillgångar = Summa eget kapital och skulder) counted
// among them. Returns what changed; `repaired` is the caller's to record.
// REQUIRES: `st` is not null.
std::vector<CellRepair> SettleDoubtfulSigns(Statement* st);

// Levenshtein distance between two digit strings (exposed for tests).
int DigitEditDistance(const std::string& a, const std::string& b);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_CELL_REPAIR_H_
