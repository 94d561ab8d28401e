// The record contract's key vocabulary: printed label -> key.
//
// The table lives in key_vocabulary.cc as data (folded label, key, whether
// the label may be followed by more words). Labels are compared folded and
// OCR-tolerant, after removing parentheses, note references and unit
// words, so "Arets resultat", "ÅRETS RESULTAT" and "Årets resultat (tkr)"
// all give result_for_year. A word printed cut short with a full stop
// stands for the vocabulary word it begins ("Resultat efter fin. poster":
// result_after_financial_items).
#ifndef FINSAM_RECORDS_KEY_VOCABULARY_H_
#define FINSAM_RECORDS_KEY_VOCABULARY_H_

#include <string>
#include <string_view>
#include <vector>

namespace finsam::records {

// The key for a printed line label, or "" when it is not in the vocabulary.
std::string KeyForLabel(std::string_view label);

// The label as compared: folded, without "(...)", "Not 3", "tkr", "%".
std::string LabelCore(std::string_view label);

// Every key of the contract, in the contract's order (CSV and tests).
const std::vector<std::string>& AllKeys();

// True for keys whose values are percentages or head-counts, which stay as
// printed rather than being converted to kronor.
bool IsUnitlessKey(std::string_view key);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_KEY_VOCABULARY_H_
