// AttestedWords: what the vocabularies of sound pages say about a word the
// restorer weighs: the archive's (--lexicon FILE.vocab, or batch's first
// pass) and the document's own sound pages.
//
// A word they hold is known as written and may be a reading of a damaged
// word even when no lexicon lists it ("Myggdalsvagen" -> "Myggdalsvägen").
// Its prior blends the lexicon's frequency with the archive's count, as a
// Dirichlet posterior whose prior is the lexicon: (count + a * f / 1e6) /
// (total + a) per word, where a = kArchivePseudoWords, so a small
// vocabulary leans on the lexicon and a large one speaks for itself.
#ifndef FINSAM_NORMALIZE_ATTESTED_WORDS_H_
#define FINSAM_NORMALIZE_ATTESTED_WORDS_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "lang/vocabulary.h"

namespace finsam {

class AttestedWords {
 public:
  AttestedWords() = default;
  // Not owned; null entries are skipped.
  explicit AttestedWords(std::vector<const Vocabulary*> vocabularies);

  bool empty() const { return vocabularies_.empty(); }

  // Times `lower_word` was seen, and of those capitalised.
  Vocabulary::Entry Count(std::string_view lower_word) const;

  // The prior of `lower_word` (per million words) given its lexicon
  // frequency; `frequency` itself when there is no vocabulary.
  float Prior(std::string_view lower_word, float frequency) const;
  float Prior(const Vocabulary::Entry& seen, float frequency) const;

  // Attested words with å/ä/ö that fold (resp. drop them) to the key, each
  // once, with its summed counts.
  void ForEachFolded(
      std::string_view folded_key,
      const std::function<void(std::string_view, const Vocabulary::Entry&)>& fn)
      const;
  void ForEachDropped(
      std::string_view dropped_key,
      const std::function<void(std::string_view, const Vocabulary::Entry&)>& fn)
      const;

 private:
  std::vector<const Vocabulary*> vocabularies_;
  uint64_t total_ = 0;
};

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_ATTESTED_WORDS_H_
