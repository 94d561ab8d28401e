// WordTokenizer: the words of one line that letter restoration may look at.
//
// A line is split at white space into chunks; punctuation around a chunk is
// stripped and the rest split at '-', '/', '=', en and em dashes and
// brackets ("positivt/bekriftande", "1-ars", "16–64 ar",
// "Okning(-)/Minskning(+)", "kolumn(gron)"); a short ending in brackets
// stays with its word ("förening(ar)"), and a number run into a word is a
// number and a word ("5ars", "2024ars"). Each part keeps its offsets, so an
// edit puts it back as written. Chunks that must never change are marked
// protected as a whole: URLs, e-mail addresses, abbreviations with inner
// dots ("t.ex."), codes mixing digits and capitals ("20RS7883"), and the
// page reference after a table of contents' leader dots ("Resultaträkning
// . . . s. 6"). Digits inside a lower-case word are kept as a word when OCR
// may have read a letter as a digit ("6versiktlig", "14n"). A number keeps
// its percent sign ("62,5%"). Offsets are bytes into the line.
#ifndef FINSAM_NORMALIZE_WORD_TOKENIZER_H_
#define FINSAM_NORMALIZE_WORD_TOKENIZER_H_

#include <string_view>
#include <vector>

namespace finsam {

struct WordToken {
  enum class Kind {
    kWord,       // letters, maybe with OCR digits or '&': may be restored
    kNumber,     // digits (with , . inside): context for "år 2023"
    kProtected,  // URL, e-mail, code, abbreviation: never changed
  };
  Kind kind = Kind::kWord;
  size_t begin = 0;  // byte offsets into the line
  size_t end = 0;
  std::string_view text;
  // Preceded by a sentence end (. ! ?), at the start of the line or of a
  // table cell (after a tab or several spaces), so a capital letter says
  // nothing about a name.
  bool sentence_start = false;
  // A chunk boundary punctuation mark (, ; : . ! ? parenthesis) follows.
  bool punct_after = false;
  // A hyphen touches the word ("10-årigt", "hälso- och sjukvård"): it may
  // be a compound's part standing alone.
  bool hyphen_joined = false;
};

std::vector<WordToken> TokenizeLine(std::string_view line);

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_WORD_TOKENIZER_H_
