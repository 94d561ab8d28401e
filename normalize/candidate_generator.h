// CandidateGenerator: every reading a damaged word could stand for,
// independent of where it stands.
//
// A word is looked up as written (lexicon, then hunspell-sv for compounds).
// Readings come from three kinds of damage: folded ("Forsakringskassan"),
// dropped ("Frvaltningsberttelse") and OCR confusions ("6versiktlig",
// "férbundet", "14n", "sdledes"); compounds missing from the word list are
// rebuilt from their parts (CompoundBuilder). A word nothing explains that
// reads as a short word and a word in use is split where OCR lost the
// space ("Detfinns" -> "Det finns").
//
// Called once per distinct word and document; the caller caches the result
// and the hunspell answers behind `knows`.
#ifndef FINSAM_NORMALIZE_CANDIDATE_GENERATOR_H_
#define FINSAM_NORMALIZE_CANDIDATE_GENERATOR_H_

#include <cstdint>
#include <string>
#include <vector>

#include "lang/lexicon.h"
#include "normalize/attested_words.h"
#include "normalize/candidate.h"
#include "normalize/compound_builder.h"
#include "normalize/ocr_confusions.h"

namespace finsam {

// What one distinct word (lower case) could have been.
struct WordAnalysis {
  bool known = false;  // a word as written (lexicon or hunspell)
  // Known through hunspell's compounding only: "kontaktvagar" is accepted
  // as kontakt + vagar, so in damaged text "kontaktvägar" is still tried.
  bool hunspell_only = false;
  bool compound_tried = false;  // RereadWrittenCompound ran
  float frequency = 0;          // of the word as written, floors applied
  // An unknown word that listed parts spell as written ("flygel" +
  // "gatans"): the compound prior of those parts; 0 when none do.
  float written_compound = 0;
  // The letters the compound reading puts back that the written form keeps
  // as written: charged to it on a page that folds (drops) such letters.
  float written_unfolded[kKinds] = {0, 0, 0};
  float written_undropped = 0;
  uint32_t word_class = 0;  // LexiconWord::word_class of the word as written
  bool proper = false;      // LexiconWord::proper of the word as written
  uint64_t seen = 0;        // times sound pages printed it (AttestedWords)
  // One entry per reading, never the word as written.
  std::vector<Candidate> candidates;
};

class CandidateGenerator {
 public:
  // `attested` (not owned) may be empty: no archive or document words.
  CandidateGenerator(const Lexicon& lexicon, CompoundBuilder::KnowsWord knows,
                     const AttestedWords& attested);

  // `hyphen_joined`: a hyphen touches the word (WordToken::hyphen_joined),
  // so a compound's part that common text prints alone there ("årigt" in
  // "10-årigt", "hälso" in "hälso- och") is a reading too.
  WordAnalysis Analyze(const std::string& lower,
                       bool hyphen_joined = false) const;

  // A compound hunspell accepts as written may still be damaged
  // ("kontaktvagar"): on a damaged page the caller asks once for its
  // restored reading, and the written form is weighed by its own parts.
  void RereadWrittenCompound(const std::string& lower, WordAnalysis* a) const;

 private:
  void AddFoldCandidates(std::u32string_view damaged, const std::string& key,
                         const Candidate& base, bool hyphen_joined,
                         std::vector<Candidate>* out) const;
  // OCR readings of an unknown word that no listed word explains, spelled
  // with hunspell or rebuilt as compounds, cheapest first.
  void AddOcrCompound(const std::u32string& cps,
                      std::vector<OcrReading>* variants,
                      std::vector<Candidate>* out) const;
  // A word nobody knows read as a short word and a word in use, the space
  // between them lost: "Detfinns" -> "det finns".
  bool SplitAfterShortWord(const std::string& lower, Candidate* out) const;

  // The written form read from listed parts as written, as likely as the
  // compound reading `read` by how much better or worse its parts explain
  // it ("flygel" + "gatans" against "flygel" + "gåtans"); 0 when no
  // listed parts spell it.
  float WrittenCompoundPrior(const std::string& lower,
                             const Candidate& read) const;
  // Sets a->written_compound (and the letters charged to the written form)
  // for compound reading `read` of an unknown word.
  void WeighWrittenCompound(const std::string& lower, const Candidate& read,
                            WordAnalysis* a) const;
  // The letters compound reading `read` restores, charged to the written
  // form read as a compound too (WordAnalysis::written_unfolded).
  static void ChargeWrittenCompound(const Candidate& read, bool dropped,
                                    WordAnalysis* a);

  // Readings only the archive's or the document's sound pages know.
  void AddAttested(std::u32string_view damaged, const std::string& key,
                   const Candidate& base, std::vector<Candidate>* out) const;

  const Lexicon& lexicon_;
  CompoundBuilder::KnowsWord knows_;
  const AttestedWords& attested_;
  CompoundBuilder compounds_;
};

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_CANDIDATE_GENERATOR_H_
