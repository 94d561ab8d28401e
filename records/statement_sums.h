// Subtotals of a statement verified against the lines they close.
//
// A statement's structure says what each subtotal sums: a "Summa X" closes
// the lines since the caption it names (or the innermost open caption, or
// the lines since the previous subtotal), a sum printed without a label
// the innermost open caption; a result line ("Verksamhetens
// resultat", "Årets kassaflöde", "Balanskravsresultat") closes everything
// since the previous result line, that line included. Used by the
// statement_sums check and, while parsing, to choose between two readings
// of an OCR'd row ("2 864 171": an amount, or note 2 and 864 171).
#ifndef FINSAM_RECORDS_STATEMENT_SUMS_H_
#define FINSAM_RECORDS_STATEMENT_SUMS_H_

#include <cstddef>
#include <vector>

#include "records/statement_parser.h"

namespace finsam::records {

struct SumResult {
  const StatementLine* line;  // the subtotal
  size_t column;
  double printed;   // in the statement's printed units
  double computed;  // the sum of the lines it closes
  int terms;        // how many lines were summed
  std::vector<const StatementLine*> term_lines;  // those lines
};

// Every subtotal in column `column` that can be verified (all its lines
// have a value or an empty cell there).
std::vector<SumResult> VerifySums(const Statement& st, size_t column);

// Subtotals, over all columns, off by more than 1 unit per summed line.
int CountSumFailures(const Statement& st);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_STATEMENT_SUMS_H_
