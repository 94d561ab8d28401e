// Candidate: one way a damaged word could have come about ("for" as
// "för" with one ö folded), with the facts the scorer weighs. A value type
// the candidate generator and the compound builder fill in.
#ifndef FINSAM_NORMALIZE_CANDIDATE_H_
#define FINSAM_NORMALIZE_CANDIDATE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "lang/lexicon.h"
#include "normalize/restorer_weights.h"

namespace finsam {

// Letter kinds whose damage rates are estimated separately: a scan may keep
// the ring of å and lose the dots of ä and ö.
enum LetterKind { kRing = 0, kUmlautA = 1, kUmlautO = 2, kKinds = 3 };

// The kind of å/ä/ö (either case), or -1 for any other code point.
int KindOf(char32_t c);

// Adds the å/ä/ö of `word` to `counts`, by kind.
void CountKinds(std::string_view word, float counts[kKinds]);

// True when `candidate` is `damaged` with some a/o turned into å/ä/ö; adds
// the restored letters to `folded` by kind.
bool MatchFolded(std::u32string_view damaged, std::string_view candidate,
                 float folded[kKinds]);

struct Candidate {
  std::string word;  // lower case, with å/ä/ö
  float folded[kKinds] = {0, 0, 0};
  float dropped[kKinds] = {0, 0, 0};
  int weak_ocr = 0;    // a real letter read instead (d, i for ä/å)
  int strong_ocr = 0;  // a character no Swedish word has there (é, 6, &)
  float ocr_cost = 0;  // nats, for the OCR substitutions made
  bool ocr = false;
  bool compound = false;    // rebuilt from parts, checked by hunspell
  bool unverified = false;  // rebuilt from parts hunspell rejects together
  bool split = false;       // two words OCR ran together ("det finns")
  float frequency = 0;      // per million words
  bool proper = false;
  bool preferred = false;
  bool common = false;              // LexiconWord::common
  bool seldom_opens = false;        // LexiconWord::seldom_opens
  uint16_t opens_per_mille = 1000;  // LexiconWord::opens_per_mille
  uint32_t word_class = 0;          // LexiconWord::word_class
  double spelling = 0;              // SpellingModel::LogProb of `word`
  // Times the archive's and the document's sound pages printed `word`
  // (AttestedWords).
  uint64_t seen = 0;

  // The reading is the lexicon's word `w`: its text and what the lexicon
  // knows of it.
  void TakeWord(const LexiconWord& w) {
    word = std::string(w.text);
    frequency = w.frequency;
    proper = w.proper;
    preferred = w.preferred;
    common = w.common;
    seldom_opens = w.seldom_opens;
    opens_per_mille = w.opens_per_mille;
    word_class = w.word_class;
  }

  float dropped_letters() const { return dropped[0] + dropped[1] + dropped[2]; }

  // Too rare in the counted texts for its frequency to say much.
  bool rarely_seen() const {
    return compound || unverified ||
           frequency < restorer_weights::kSpellingEvidence;
  }

  // The edit's reason as `normalize --changes` prints it.
  const char* reason() const {
    if (split) return "split";
    if (ocr) return "ocr-confusion";
    if (dropped_letters() > 0) return "dropped";
    return "folded";
  }
};

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_CANDIDATE_H_
