// Vocabulary: the words an archive (or one document) prints correctly,
// with how often each was seen and how often capitalised.
//
// Reports of one organisation, region or year repeat their names and terms
// ("Myggdalsvägen", "Sjötungan", "Bäckström"), and most of an archive has
// sound text layers. Counted there, they teach the normaliser of the
// damaged pages words no lexicon holds: a folded "Myggdalsvagen" reads as
// the street the sound pages name. Counts also say which of two readings
// the archive uses ("val" or "väl").
//
// A value type: build with Add()/Merge(), then look up. The file format
// (Serialize/Parse) is text, one word a line, sorted, so the same archive
// gives the same file whatever the order its documents were read in:
//
//   # finsam-extract vocabulary 1
//   myggdalsvägen<TAB>12<TAB>12     word (lower case), count, capitalised
//
// Const methods are safe to call from many threads at once.
#ifndef FINSAM_LANG_VOCABULARY_H_
#define FINSAM_LANG_VOCABULARY_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace finsam {

class Vocabulary {
 public:
  struct Entry {
    uint64_t count = 0;        // times seen
    uint64_t capitalised = 0;  // of those, with only a first capital
  };

  // The file's first line.
  static constexpr std::string_view kHeader = "# finsam-extract vocabulary 1";

  // True when `text` starts with kHeader (a vocabulary, not a word list).
  static bool IsVocabularyText(std::string_view text);

  // Errors: kInvalidArgument naming the line that is not
  // "word<TAB>count<TAB>capitalised" or whose header is missing.
  static Result<Vocabulary> Parse(std::string_view text);

  // Sorted by word: byte-identical for the same counts.
  std::string Serialize() const;

  // Counts `word` as written (`capitalised`: only its first letter is a
  // capital) `count` times. `lower_word` is in lower case.
  void Add(std::string_view lower_word, bool capitalised, uint64_t count = 1);
  void Merge(const Vocabulary& other);

  // The entry for `lower_word`, or nullptr.
  const Entry* Find(std::string_view lower_word) const;

  // Calls `fn(word, entry)` for every word with å/ä/ö whose letters folded
  // (å/ä -> a, ö -> o) equal `folded_key`, resp. with them dropped equal
  // `dropped_key`.
  void ForEachFolded(
      std::string_view folded_key,
      const std::function<void(std::string_view, const Entry&)>& fn) const;
  void ForEachDropped(
      std::string_view dropped_key,
      const std::function<void(std::string_view, const Entry&)>& fn) const;

  size_t size() const { return words_.size(); }
  // All words counted (the sum of the counts).
  uint64_t total() const { return total_; }
  bool empty() const { return words_.empty(); }

 private:
  using Index = std::unordered_map<std::string, std::vector<std::string>>;
  std::unordered_map<std::string, Entry> words_;
  // Words with å/ä/ö by their folded and dropped keys.
  Index folded_, dropped_;
  uint64_t total_ = 0;
};

}  // namespace finsam

#endif  // FINSAM_LANG_VOCABULARY_H_
