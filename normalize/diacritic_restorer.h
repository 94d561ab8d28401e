// DiacriticRestorer: puts back the å/ä/ö that fonts and OCR folded, dropped
// or garbled, one word at a time, and leaves every other word alone.
//
// Three parts, each its own file: CandidateGenerator (every reading a word
// could stand for: folded "Forsakringskassan", dropped
// "Frvaltningsberttelse", OCR-garbled "6versiktlig", compounds rebuilt by
// CompoundBuilder, words run together "Detfinns"), DamageEstimate (how
// damaged the text around each line is, from the words it spells
// unambiguously) and ReadingScorer (a noisy-channel score: a reading's
// frequency times the probability of the damage that would turn it into
// the word as written, plus named features; every weight in
// restorer_weights.h). This file holds the document: its tokens, where
// sentences start (LineShape), the context each word stands in (context
// rules "under ar" -> år, counted neighbours, word classes), the choice
// and the case of the result.
//
// The confidence of a change is the summed posterior of all restored
// readings (the word becomes the best of them); of keeping the word, its
// own posterior. Below the threshold the word is left and the decision
// reported as withheld. In a page where every ö became o, "for" is almost
// surely "för"; in clean text it stays.
//
// Words never changed: URLs (also a URL broken across lines), e-mail
// addresses, codes ("20RS7883"), all-caps abbreviations of up to 3 letters
// outside all-caps headings ("OVK"), words inside an English phrase ("Sign
// for approval"), and names the lexicon does not know with å/ä/ö ("Lone
// Atterstig"). Known, unambiguous words are left as written.
//
// Cost: one hash lookup per word once the document's distinct words are
// analysed; hunspell is asked only about words the word list lacks, once
// per distinct word and document.
#ifndef FINSAM_NORMALIZE_DIACRITIC_RESTORER_H_
#define FINSAM_NORMALIZE_DIACRITIC_RESTORER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/mutex.h"
#include "base/status.h"
#include "lang/lexicon.h"
#include "lang/swedish_dictionary.h"
#include "lang/vocabulary.h"
#include "normalize/normalizer.h"

namespace finsam {

// One decision about a word. Lines are 0-based indexes into the input lines;
// offsets are bytes into that line.
struct LetterEdit {
  size_t line = 0;
  size_t begin = 0;
  size_t end = 0;
  std::string before;
  std::string after;
  // "folded", "dropped", "ocr-confusion", "split" (two words OCR ran
  // together: "Detfinns" -> "Det finns")
  std::string reason;
  float confidence = 0;
  bool applied = false;  // false: withheld (below the threshold)
  // With Restore(..., explain = true): the chosen reading's score and the
  // written word's, feature by feature (ReadingScore::Explain).
  std::string why;
};

// The lines of `text`, split at '\n' (a text ending in '\n' ends with an
// empty line).
std::vector<std::string_view> SplitLines(std::string_view text);

// `lines` joined with '\n', with the applied edits (in input order) spliced
// in.
std::string ApplyEdits(const std::vector<std::string_view>& lines,
                       const std::vector<LetterEdit>& edits);

struct RestoreOptions {
  // Decisions with a confidence below this are withheld.
  float min_confidence = kDefaultMinConfidence;
  bool explain = false;  // fill LetterEdit::why
  // Words the sound pages of this archive and this document print (not
  // owned): known as written, readings of their damaged twins
  // ("Myggdalsvagen" -> "Myggdalsvägen"), and their counts move the prior.
  std::vector<const Vocabulary*> vocabularies;
};

class DiacriticRestorer {
 public:
  // `lexicon` is shared (read-only); `hunspell_prefix` names hunspell-sv's
  // .aff/.dic pair. Errors: kDataMissing when hunspell-sv is not installed.
  static Result<std::unique_ptr<DiacriticRestorer>> Create(
      std::shared_ptr<const Lexicon> lexicon,
      const std::string& hunspell_prefix = kDefaultHunspellPrefix);
  ~DiacriticRestorer();
  DiacriticRestorer(const DiacriticRestorer&) = delete;
  DiacriticRestorer& operator=(const DiacriticRestorer&) = delete;

  // Decides every word of `lines` (one document, so damage rates are shared)
  // and returns the decisions in input order. Thread-safe.
  std::vector<LetterEdit> Restore(const std::vector<std::string_view>& lines,
                                  const RestoreOptions& options) const;

  // Convenience for tests and tools: `text` with the applied edits.
  std::string RestoreText(std::string_view text,
                          float min_confidence = kDefaultMinConfidence) const;

 private:
  struct Analysis;
  class Document;
  DiacriticRestorer(std::shared_ptr<const Lexicon> lexicon,
                    std::unique_ptr<SwedishDictionary> dictionary);

  // hunspell-sv, for compounds the word list does not spell out. Hunspell
  // keeps scratch state, so calls are serialised; each document caches its
  // answers, so the lock is taken once per distinct word.
  bool HunspellKnows(const std::string& lower_word) const
      EXCLUDES(dictionary_mutex_);

  std::shared_ptr<const Lexicon> lexicon_;
  mutable Mutex dictionary_mutex_;
  const std::unique_ptr<SwedishDictionary> dictionary_
      PT_GUARDED_BY(dictionary_mutex_);
};

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_DIACRITIC_RESTORER_H_
