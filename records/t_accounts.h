// A balance sheet printed as T-accounts: a small association's typewritten
// bokslut (kalmar-nation-bokslut-1990), assets on the left, liabilities and
// equity on the right, an opening and a closing account each closed by a
// row of two equal totals without a label. Read into the same Statement a
// columned balance sheet gives, one column per account.
#ifndef FINSAM_RECORDS_T_ACCOUNTS_H_
#define FINSAM_RECORDS_T_ACCOUNTS_H_

#include "records/record_text.h"
#include "records/statement_parser.h"

namespace finsam::records {

// Parses the lines [begin, end) of `text` as T-accounts into `st` (whose
// columns the heading may have named: "Balansräkning 1990"), newest account
// first, the unlabelled totals as "Summa tillgångar" and "Summa eget
// kapital och skulder"; sets st->t_account. False when the rows are not
// T-account rows; `st` is then unchanged.
bool ReadTAccounts(const RecordText& text, int begin, int end, int fiscal_year,
                   Statement* st);

// Settles a T-account balance sheet's years and its equity line by the
// income statement's result: the right-side line that changed from the
// opening to the closing account by the result is the equity; by minus the
// result, the accounts were printed closing first and the years swap. Does
// nothing to any other balance sheet.
void SettleTAccount(Statement* bs, const Statement& is);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_T_ACCOUNTS_H_
