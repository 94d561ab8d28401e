// key_figures: the vocabulary keys per year, in kronor, gathered across the
// statements and the multi-year overview.
//
// Only the years the statements report (the fiscal year and its comparison
// year) are gathered; earlier years stay in statements.multi_year_overview.
// A statement wins over the overview; an overview printed in tkr is not used
// for a key the statements give in kronor. Every overview figure that
// contradicts a statement is kept as a Disagreement for the checks. An
// income statement whose financial items are interest alone ("Ränteintäkter",
// "Räntekostnader") gives them as financial_income and financial_expenses.
#ifndef FINSAM_RECORDS_KEY_FIGURES_H_
#define FINSAM_RECORDS_KEY_FIGURES_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "records/statement_parser.h"

namespace finsam::records {

struct KeyFigure {
  int64_t value = 0;  // kronor; percent and head-counts as printed
  double exact = 0;   // the value as printed when it has decimals (41.8)
  bool has_decimals = false;
  std::string source;  // statement name it came from
  int page = 0;
  bool derived = false;
};

// An overview figure against the statement figure for the same key/year.
struct Disagreement {
  std::string key;
  int year = 0;
  int64_t statement_value = 0;
  int64_t overview_value = 0;  // in kronor
  Unit overview_unit = Unit::kKr;
  int statement_page = 0;
  int overview_page = 0;
};

struct KeyFigures {
  // key -> year -> figure, keys in vocabulary order when iterated through
  // AllKeys().
  std::map<std::string, std::map<int, KeyFigure>> figures;
  std::vector<Disagreement> disagreements;
  int overview_comparisons = 0;  // overview figures compared to statements
  std::vector<int> years;        // the years gathered, newest first

  const KeyFigure* Find(const std::string& key, int year) const;
};

// `fiscal_year` (0 if unknown) is used when no statement names its years.
KeyFigures GatherKeyFigures(const Statements& statements, int fiscal_year);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_KEY_FIGURES_H_
