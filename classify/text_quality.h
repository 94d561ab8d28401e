// Text quality: how much of a text reads as Swedish words.
//
// The one measure the page classifier uses to judge a text layer and to
// compare it with OCR: the share of word tokens a Swedish dictionary knows,
// plus counts that expose specific damage (no å/ä/ö at all, glyphs that map
// to nothing).
#ifndef FINSAM_CLASSIFY_TEXT_QUALITY_H_
#define FINSAM_CLASSIFY_TEXT_QUALITY_H_

#include <functional>
#include <string_view>

namespace finsam {

// Answers "is this a word?" for one token (UTF-8, no spaces).
using WordPredicate = std::function<bool(std::string_view)>;

struct TextQuality {
  int chars = 0;            // code points, white space excluded
  int letters = 0;          // alphabetic code points
  int words = 0;            // alphabetic tokens of two or more letters
  int known_words = 0;      // of those, the ones the dictionary accepts
  int swedish_letters = 0;  // å ä ö Å Ä Ö
  int bad_glyphs = 0;       // U+FFFD, private-use and control characters

  // known_words / words, or 0 when there are no words.
  double known_ratio() const {
    return words == 0 ? 0.0 : static_cast<double>(known_words) / words;
  }
};

// Measures `text`. Tokens are split at anything that is not a letter (so
// "Försäkrings-kassan" gives two tokens). A token with one digit among its
// letters is an OCR-damaged word ("6versiktlig") and counts; one with more
// digits is a code ("20RS7883") and does not.
TextQuality MeasureTextQuality(std::string_view text,
                               const WordPredicate& is_word);

}  // namespace finsam

#endif  // FINSAM_CLASSIFY_TEXT_QUALITY_H_
