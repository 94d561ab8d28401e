// Lines a statement implies without printing them under the contract's
// words, added or keyed after parsing, each only where the statement's own
// arithmetic or structure confirms it: equity summed from its parts, a
// result split per activity, a revenue total without "Nettoomsättning", the
// result of a statement that ends before the books are closed.
#ifndef FINSAM_RECORDS_DERIVED_LINES_H_
#define FINSAM_RECORDS_DERIVED_LINES_H_

#include <cstddef>
#include <utility>

#include "records/statement_parser.h"

namespace finsam::records {

// A balance sheet that prints the parts of equity but no "Summa eget
// kapital" gets a derived equity line: the sum of the lines under the
// "Eget kapital" caption, per column.
void DeriveEquity(Statement* bs);

// Flags the run of "Årets resultat <activity>" lines of an income statement
// that prints no "Årets resultat" (before OCR cells are repaired from the
// sums). Returns the run as [first, end), {0, 0} when there is none.
std::pair<size_t, size_t> MarkResultParts(Statement* is);

// Adds the year's result as the sum of the parts MarkResultParts flagged
// when the arithmetic confirms it (the lines above, the balance sheet `bs`,
// which may be null, or the change in equity); otherwise unflags them.
void DeriveSplitResult(Statement* is, const Statement* bs, size_t first,
                       size_t end);

// "Summa intäkter" is the net revenue of a statement with no other revenue
// key.
void KeyRevenueTotal(Statement* is);

// The unlabelled sum row closing an income statement's first block, when
// that block's caption names revenue and the row is the block's sum, is the
// net revenue of a statement that prints none.
void KeyRevenueBlockTotal(Statement* is);

// An income statement that ends at "Resultat efter finansiella poster",
// nothing with values after it, gives that as the year's result (derived).
void ResultAfterFinancialItemsIsTheYears(Statement* is);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_DERIVED_LINES_H_
