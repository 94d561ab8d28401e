// Lexicon: Swedish word forms with frequencies, indexed for restoring å/ä/ö.
//
// Loaded from the tables scripts/build-lexicon generates at build time
// (words.tsv, context.tsv, bigrams.tsv, class_context.tsv, english.txt)
// plus optional user word lists. Every word is stored once, in lower case,
// in one arena; three flat hash indexes
// answer "is this a word?", "which words fold to this key?" (å/ä -> a, ö -> o)
// and "which words lose å/ä/ö to become this key?" without any per-word
// allocation, so ~850,000 forms load in well under a second.
//
// Immutable after Load(): every method is const and safe to call from many
// threads at once.
#ifndef FINSAM_LANG_LEXICON_H_
#define FINSAM_LANG_LEXICON_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "lang/spelling_model.h"
#include "lang/word_class.h"

namespace finsam {

struct LexiconWord {
  std::string_view text;   // lower case UTF-8
  float frequency = 0;     // per million words (0 when never seen)
  bool proper = false;     // a name: only capitalised in the sources
  bool preferred = false;  // domain list, place list or user lexicon
  // Only a part of compounds ("förvaltnings"): not a word on its own.
  bool compound_only = false;
  // In Tesseract's Swedish word list (common web text): in common use even
  // when the counted texts never show it.
  bool common = false;
  // Common in the counted texts and seldom first in a sentence ("är",
  // "över"): a line that lost its first letter does not open with it on a
  // guess.
  bool seldom_opens = false;
  // How often it opens a sentence or paragraph in the counted texts, per
  // mille of how often the average word does (openings.tsv, smoothed):
  // "vara" 58, "våra" 965, "så" 2900; 1000 where the texts say too little.
  // Fits the padding before word_class.
  uint16_t opens_per_mille = 1000;
  // Parts of speech, word_class:: bits (lang/word_class.h) ORed over its
  // readings ("får": present verb and noun); 0 when Apertium's analyser knows
  // neither the word nor its last compound part.
  uint32_t word_class = 0;
};

class Lexicon {
 public:
  // Reads `dir`/words.tsv (required), context.tsv, bigrams.tsv,
  // class_context.tsv, openings.tsv and english.txt (optional), then each of
  // `user_files` (one word per line, '#' starts a comment; those words are
  // accepted and preferred). Errors: kDataMissing when words.tsv is missing,
  // kNotFound / kIoError naming a user file that cannot be read.
  static Result<std::unique_ptr<Lexicon>> Load(
      const std::string& dir, const std::vector<std::string>& user_files);
  ~Lexicon();
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  size_t size() const;

  // The entry for `lower_word` (lower case), or nullptr.
  const LexiconWord* Find(std::string_view lower_word) const;

  // Calls `fn` for every word with å/ä/ö whose FoldDiacritics() equals
  // `folded_key` (resp. whose DropDiacritics() equals `dropped_key`).
  void ForEachFolded(std::string_view folded_key,
                     const std::function<void(const LexiconWord&)>& fn) const;
  void ForEachDropped(std::string_view dropped_key,
                      const std::function<void(const LexiconWord&)>& fn) const;

  // True for common English words ("the", "and", "for").
  bool IsEnglish(std::string_view lower_word) const;

  // True for English words no Swedish list knows (foreign.txt, from
  // wamerican: "link", "performed").
  bool IsForeign(std::string_view lower_word) const;

  // Context rules (context.tsv): evidence from the neighbouring words for
  // one reading of an ambiguous word ("under ar" -> "år").
  struct ContextRule {
    // What a neighbour must be: anything ("*"), a number ("#NUM"), a year
    // ("#YEAR"), the word `previous` / `next` (folded, lower case), or no
    // neighbour inside a table cell ("#CELL": the word opens, or closes,
    // its tab-separated cell).
    enum class Match { kAny, kNumber, kYear, kWord, kCellEdge };
    Match previous_match = Match::kAny;
    std::string previous;
    // The rule's neighbour with its å/ä/ö dropped ("std" for "stöd"), so a
    // rule fires on a page that lost them too; empty when the word has none.
    std::string previous_dropped;
    std::string form;  // the reading, lower case, with diacritics
    Match next_match = Match::kAny;
    std::string next;
    std::string next_dropped;
    float weight = 0;  // natural log of a likelihood ratio for `form`
  };
  // The rules for `form`, or an empty list.
  const std::vector<ContextRule>& ContextRulesFor(std::string_view form) const;

  // Neighbour evidence counted in Swedish text (bigrams.tsv, built by
  // scripts/build-lexicon): the log likelihood ratio of reading `form`
  // given the word before it (`side` 'p') or after it ('n'), folded and
  // lower case; 0 when the texts say nothing.
  float NeighbourWeight(std::string_view form, char side,
                        std::string_view folded_neighbour) const;

  // The class of `lower_word` as a damaged page shows it: the union of the
  // word_class of every word that folds to it or loses å/ä/ö to become it
  // ("lsa": läsa, lösa; "har": har, här). 0 when none has a class.
  uint32_t DamagedClass(std::string_view lower_word) const;

  // Evidence from the word before (folded) and the DamagedClass of the word
  // after together, where neither alone settles it ("det har problemet":
  // "här" between "det" and a definite noun). 0 when the texts say nothing.
  float PatternWeight(std::string_view form, std::string_view folded_prev,
                      uint32_t next_class) const;

  // The parts of speech Swedish puts next to a word (class_context.tsv,
  // from data/class_context.txt). After: the summed weights of the rows of
  // the word before whose class shares a bit with `form_class` (a
  // reading's word_class): "har" then a supine, "kan" then an infinitive.
  // Before: the rows of the reading `form` whose class shares a bit with
  // `next_class` (the next word's DamagedClass): "får" before an
  // infinitive. A row with a negative weight counts only when the class it
  // is matched against lies wholly inside the row's ("det fortsätta": no
  // reading of "fortsätta" but an infinitive or an imperative may follow
  // "det"; "det så" still may). 0 when none.
  float ClassAfterWeight(std::string_view folded_prev,
                         uint32_t form_class) const;
  float ClassBeforeWeight(std::string_view form, uint32_t next_class) const;

  // How Swedish words are spelt, counted over the words seen in the texts
  // or in Tesseract's list: for choosing between readings no text shows.
  const SpellingModel& spelling() const;

 private:
  struct Impl;
  explicit Lexicon(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace finsam

#endif  // FINSAM_LANG_LEXICON_H_
