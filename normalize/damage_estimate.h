// DamageEstimate: how damaged the text around a line is, per letter kind.
//
// The words a document spells unambiguously are its evidence: a known word
// with å/ä/ö kept them; an unknown word whose clear best reading is folded,
// dropped or garbled shows that damage. Rates are estimated in a window of
// lines around the word, backing off to the whole document and to a prior
// (restorer_weights.h), so a page where every ö became o reads "for" as
// "för", and clean text keeps it.
#ifndef FINSAM_NORMALIZE_DAMAGE_ESTIMATE_H_
#define FINSAM_NORMALIZE_DAMAGE_ESTIMATE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "lang/swedish_letters.h"
#include "normalize/candidate.h"
#include "normalize/candidate_generator.h"

namespace finsam {

// Damage counts, by letter kind: survived, folded, dropped, OCR-garbled.
struct DamageCounts {
  float clean[kKinds] = {0, 0, 0};
  float folded[kKinds] = {0, 0, 0};
  float dropped[kKinds] = {0, 0, 0};
  float ocr[kKinds] = {0, 0, 0};
  void Add(const DamageCounts& o, float sign);
};

// Probabilities that a letter of each kind was folded, that an å/ä/ö was
// dropped, and that OCR garbled one.
struct DamageRates {
  float folded[kKinds];
  float dropped;
  float ocr;
};

// Adds what one word says about the document's damage to `counts`.
// `lower` is the word in lower case, `pattern` how it was written.
// Ambiguous words, and capitalised words nobody knows (mostly names and
// foreign words: "Draper" would make clean text look damaged), say
// nothing.
void ObserveWord(const WordAnalysis& a, std::string_view lower,
                 CasePattern pattern, DamageCounts* counts);

class DamageEstimate {
 public:
  DamageEstimate();

  // What the next line's words say; lines are added in order.
  void AddLine(const DamageCounts& counts);

  // Rates around `line`, leaving out `own`: what the word being decided
  // says about itself ("Rosangen" read as "Rosängen" is no evidence that
  // "Rosangen" is folded).
  DamageRates RatesAround(size_t line, const DamageCounts& own) const;

 private:
  std::vector<DamageCounts> prefix_;  // counts of lines [0, i)
};

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_DAMAGE_ESTIMATE_H_
