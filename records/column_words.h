// The closed vocabulary of a financial table's column headings: the words
// that name a column rather than a line ("Utfall", "Budget", "Avvikelse",
// "Andel"). One home for the statement parser's header rows
// (records/statement_parser.cc) and for the columns a small table prints
// after its years (records/table_row.h HeaderRowYears).
#ifndef FINSAM_RECORDS_COLUMN_WORDS_H_
#define FINSAM_RECORDS_COLUMN_WORDS_H_

#include <string_view>

namespace finsam::records {

// True when the folded word `folded` (records/text_fold.h Fold) names a
// statement column: an outcome, budget or forecast ("utfall", "budget",
// "bokslut", "prognos"), a period ("period", "ackumulerat", "helår"), a
// kind of amount ("intäkt", "kostnad", "netto"), or a comparison column
// (IsComparisonColumnWord).
bool IsColumnWord(std::string_view folded);

// True when the folded word `folded` names a column computed from the
// years' columns and printed after them, with no year of its own: a share,
// a change or a deviation ("andel", "förändring", "förändr", "avvikelse",
// "differens", "diff").
bool IsComparisonColumnWord(std::string_view folded);

// True when the folded column name `folded` heads the figures of its
// year: an outcome ("utfall", "utfall 2024", "bokslut"), not a budget, a
// forecast or a comparison.
bool IsOutcomeColumnWord(std::string_view folded);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_COLUMN_WORDS_H_
