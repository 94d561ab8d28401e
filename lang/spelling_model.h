// SpellingModel: how Swedish words are spelt, letter by letter.
//
// A letter 5-gram model (Witten-Bell interpolation down to single letters)
// counted over word types, each word once. It tells which of two readings
// no text has shown looks more like Swedish: "sammansättning" (many words
// hold "sätt") rather than "sammanstötning", "vårdkontakt" rather than
// "värdkontakt". Counting types rather than running text keeps the model
// about spelling, not about which words are frequent.
//
// Built with Add(), then only read: const methods are safe from many
// threads once adding is done.
#ifndef FINSAM_LANG_SPELLING_MODEL_H_
#define FINSAM_LANG_SPELLING_MODEL_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace finsam {

class SpellingModel {
 public:
  SpellingModel() = default;  // knows nothing: every word scores the same

  // Counts `lower_word` (lower-case UTF-8), once per call. Letters outside
  // a-z, å, ä, ö, é and ü count as one "other" letter.
  void Add(std::string_view lower_word);

  // Natural log of the word's probability, its end included. Comparable
  // between words; 0 for any word while nothing has been added.
  double LogProb(std::string_view lower_word) const;

  // Distinct runs of one to five letters counted so far.
  size_t distinct_ngrams() const { return used_; }

 private:
  // One run of letters: how often it was seen, and as a history, how
  // many different letters followed it.
  struct Slot {
    uint64_t key = 0;  // 0: empty
    uint32_t count = 0;
    uint32_t distinct = 0;
  };
  Slot* Find(uint64_t key, bool insert);
  const Slot* Find(uint64_t key) const;
  void Grow();

  std::vector<Slot> slots_;
  size_t used_ = 0;
  uint64_t total_ = 0;  // letters counted (the empty history's count)
  uint64_t words_ = 0;
};

}  // namespace finsam

#endif  // FINSAM_LANG_SPELLING_MODEL_H_
