// Swedish letters in UTF-8: case mapping, folding and dropping of å/ä/ö.
//
// Damaged text loses the diacritics of å/ä/ö in two ways: folded (å/ä -> a,
// ö -> o) or dropped (the letter is gone). The lexicon indexes every word by
// both keys, so a damaged word finds its correct forms with one lookup.
// Only Latin letters matter here; other code points pass through unchanged.
#ifndef FINSAM_LANG_SWEDISH_LETTERS_H_
#define FINSAM_LANG_SWEDISH_LETTERS_H_

#include <string>
#include <string_view>

namespace finsam {

// Decodes the code point at `pos` and stores its byte length in `*len`.
// Invalid bytes decode as themselves with length 1, so every byte is covered.
char32_t DecodeUtf8(std::string_view s, size_t pos, int* len);
void AppendUtf8(char32_t c, std::string* out);

// The code points of `s` (DecodeUtf8 over the whole string), and back.
std::u32string ToCodePoints(std::string_view s);
std::string FromCodePoints(std::u32string_view s);

// Lower/upper case for ASCII and Latin-1 letters (Å Ä Ö É Ü ...).
char32_t ToLowerLetter(char32_t c);
char32_t ToUpperLetter(char32_t c);
bool IsLetter(char32_t c);  // ASCII or Latin-1/Latin Extended-A letter
bool IsUpperLetter(char32_t c);
bool IsLowerLetter(char32_t c);

std::string ToLower(std::string_view word);
std::string ToUpper(std::string_view word);

// True for å, ä, ö, Å, Ä, Ö.
bool IsSwedishDiacritic(char32_t c);
bool HasSwedishDiacritic(std::string_view word);

// "Förvaltningsberättelse" -> "Forvaltningsberattelse" (å/ä -> a, ö -> o,
// capitals likewise); other letters unchanged.
std::string FoldDiacritics(std::string_view word);
// "Förvaltningsberättelse" -> "Frvaltningsberttelse".
std::string DropDiacritics(std::string_view word);

// How a word is capitalised, so a restored word can be written the same way.
enum class CasePattern { kLower, kCapitalized, kUpper, kMixed };
CasePattern CasePatternOf(std::string_view word);
// Writes lower-case `word` in `pattern`. kMixed is written like kCapitalized:
// callers that want otherwise map the pattern first.
std::string ApplyCase(std::string_view lower_word, CasePattern pattern);
// Writes lower-case `lower_word`, a restored reading of `written`, with the
// case of `written` letter by letter ("BostadsrattsCentrum" ->
// "BostadsrättsCentrum"). A letter the reading adds or replaces (a dropped
// or OCR-garbled å/ä/ö: "ansOkningar") is upper case only between upper-case
// letters. When the reading is shorter
// than `written`, falls back to ApplyCase with kCapitalized or kLower.
std::string CopyCase(std::string_view written, std::string_view lower_word);

}  // namespace finsam

#endif  // FINSAM_LANG_SWEDISH_LETTERS_H_
