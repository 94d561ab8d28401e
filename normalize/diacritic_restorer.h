// DiacriticRestorer: puts back the å/ä/ö that fonts and OCR folded, dropped or
// garbled, one word at a time, and leaves every other word alone.
//
// Each word is looked up as written (lexicon, then hunspell-sv for compounds).
// Candidates come from three kinds of damage: folded ("Forsakringskassan"),
// dropped ("Frvaltningsberttelse") and OCR confusions ("6versiktlig",
// "férbundet", "14n", "sdledes"); compounds missing from the word list are
// rebuilt from their parts and checked with hunspell. A word nothing
// explains that reads as a short word and a word in use is split where
// OCR lost the space ("Detfinns" -> "Det finns").
//
// The choice is a noisy-channel decision: a candidate's frequency times the
// probability of the damage that would turn it into the word as written.
// Damage probabilities are estimated from the document itself (per letter,
// in a window of nearby lines): in a page where every ö became o, "for" is
// almost surely "för"; in clean text it stays. Context rules ("under ar" ->
// år, "det ar" -> är) break ties between real words, and readings no text
// shows are weighed by how Swedish is spelt (SpellingModel). A lost first
// letter takes its case from the shape of the lines (LineShape). The
// posterior of the choice is its confidence; below the threshold the word
// is left and the decision reported as withheld.
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
                                  float min_confidence) const;

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
