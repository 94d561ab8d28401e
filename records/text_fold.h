// Text folding for matching printed labels against the key vocabulary.
//
// OCR folds or garbles å/ä/ö ("Arets resultat", "Omsittningstillgangar") and
// reports print headings in capitals, so labels are compared in a folded
// form: lower-case ASCII letters and digits separated by single spaces.
// Fuzzy comparison (edit distance) absorbs the remaining OCR letter errors.
#ifndef FINSAM_RECORDS_TEXT_FOLD_H_
#define FINSAM_RECORDS_TEXT_FOLD_H_

#include <string>
#include <string_view>

namespace finsam::records {

// "SUMMA TILLGÅNGAR" -> "summa tillgangar"; "Öka/minska, (kr)" ->
// "oka minska kr". Letters with diacritics lose them, every character that
// is not a letter or digit becomes a separator.
std::string Fold(std::string_view text);

// Levenshtein distance between two byte strings, giving up (returning
// limit + 1) once it exceeds `limit`.
int EditDistance(std::string_view a, std::string_view b, int limit);

// True when folded `a` and `b` are equal or, for strings long enough that
// a coincidence is unlikely, differ by a few OCR letter errors.
bool FoldedNear(std::string_view folded_a, std::string_view folded_b);

// Trims ASCII whitespace at both ends.
std::string_view Trim(std::string_view text);

// True when the first letter of `text` is upper case (ASCII or ÅÄÖÉÜ).
bool StartsUpper(std::string_view text);
// True when the first letter of `text` is lower case (ASCII or åäöéü).
bool StartsLower(std::string_view text);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_TEXT_FOLD_H_
