// Known first names and words that never open a name, as evidence that a
// capitalised pair of words is a person's name ("Karin Lund") rather than a
// heading, an organisation or the start of a sentence ("HSBs Riksförbund", "The
// Seniors Board", "Enligt Ingrids").
//
// The table is built with the library by scripts/build-first-names from
// Debian's language data: hunspell-sv's capitalised words that Apertium's
// Swedish analyser (apertium-swe-nor) reads as given names, and the first
// names of data/names.txt and data/given_names.txt. It knows common Swedish and
// many foreign given names, not every name: a name it does not know is no
// evidence against a person, only the lack of evidence for one.
#ifndef FINSAM_RECORDS_FIRST_NAMES_H_
#define FINSAM_RECORDS_FIRST_NAMES_H_

#include <string_view>

namespace finsam::records {

// True when `word` (one word, any case, with or without å/ä/ö: OCR's
// "Goran" is "Göran") is a known first name; a hyphenated one
// ("Per-Olof") when each part is.
bool IsKnownFirstName(std::string_view word);

// True when `word` never opens a person's name: a function word
// (preposition, conjunction, adverb, pronoun, determiner, interjection:
// "Enligt", "Eftersom", "Hej") or a common English word ("The") that is
// not a first name too ("Per", "Hans" are).
bool NeverOpensName(std::string_view word);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_FIRST_NAMES_H_
