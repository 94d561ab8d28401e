// OcrConfusions: the ways Tesseract misreads å, ä and ö in Swedish text.
//
// Strong confusions are characters no Swedish word has inside it: accented
// vowels other than the é of loanwords, digits and '&' ("6versiktlig",
// "férbundet", "&r", "14n"); they are always replaced. Weak ones are real
// letters read instead ("dr" for "är", "sdledes" for "således", "hiandelse"
// for "händelse"); they are tried only for unknown or rare words, at most two
// per word. Each substitution has a cost in nats, so readings can be ranked.
#ifndef FINSAM_NORMALIZE_OCR_CONFUSIONS_H_
#define FINSAM_NORMALIZE_OCR_CONFUSIONS_H_

#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// One reading of a damaged word with the confusions undone.
struct OcrReading {
  std::u32string text;  // lower case code points
  float cost = 0;       // nats, summed over the substitutions
  int weak = 0;         // substitutions of real letters
  int strong = 0;       // substitutions of impossible characters
};

// Every reading of `word` (lower case code points): strong confusions always
// replaced, weak ones (when `allow_weak`) optionally, at most two. The word
// itself is among them when it has no strong confusion. At most 512
// readings: those with fewer weak substitutions first, so the cap drops the
// least likely.
std::vector<OcrReading> OcrReadings(std::u32string_view word, bool allow_weak);

// True when `word` holds a character only OCR damage puts inside a word.
bool HasStrongConfusion(std::u32string_view word);

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_OCR_CONFUSIONS_H_
