// CompoundBuilder: reads a compound the word list does not spell out from
// parts it does ("samordningsforbundet" -> "samordnings" + "förbundet"),
// and keeps the reading when hunspell-sv accepts the whole.
//
// The segmentation with the fewest and most common parts wins (a dynamic
// programme over the letters). When hunspell accepts it, another restored
// reading of one part may still be better spelt ("vårdkontakt", not
// "värdkontakt"); when hunspell rejects it, other readings of one or two
// parts are tried ("kontaktvägar" after "kontaktvågar"), and failing that a
// compound of sound parts hunspell's rules do not build may be offered as
// unverified ("presidietmöte"). Every hunspell call is bounded
// (restorer_weights.h).
//
// Stateless apart from the references it holds; `knows` is the caller's
// (cached) hunspell lookup.
#ifndef FINSAM_NORMALIZE_COMPOUND_BUILDER_H_
#define FINSAM_NORMALIZE_COMPOUND_BUILDER_H_

#include <functional>
#include <string>
#include <vector>

#include "lang/lexicon.h"
#include "normalize/candidate.h"

namespace finsam {

class CompoundBuilder {
 public:
  // Whether hunspell accepts a whole lower-case word.
  using KnowsWord = std::function<bool(const std::string&)>;

  CompoundBuilder(const Lexicon& lexicon, KnowsWord knows);

  // `restore` false: `lower` as written, split into listed parts; `out`
  // carries the compound's frequency estimate (its rarest part's).
  // `restore` true: a reading of `lower` with å/ä/ö put back in some part,
  // accepted by hunspell. `unverified`, when given, receives the best
  // restored segmentation hunspell rejects, if its parts are sound enough
  // to stand on their own; the call still returns false then.
  bool Build(const std::string& lower, bool restore, Candidate* out,
             Candidate* unverified = nullptr) const;

  // How badly listed parts as written explain `lower`: its cheapest split
  // (the segmentation above) costed kPartCost a part less
  // kWrittenPartFrequencyWeight * log(frequency + 1); comparable between a
  // written form and its reading ("flygel" + "gatans" against "flygel" +
  // "gåtans"). False when no split covers it.
  bool PartsCost(const std::string& lower, double* cost) const;

 private:
  struct Part;
  Part BestReading(const std::u32string& cps, size_t b, size_t e,
                   bool restored) const;
  Part BestPart(const std::u32string& cps, size_t b, size_t e,
                bool restored) const;
  // The cheapest cover of `cps` by parts (with a restored part when
  // `restore`), in order; empty when there is none.
  std::vector<Part> Segment(const std::u32string& cps, bool restore) const;
  // `c` (accepted by hunspell) with one part swapped for a better-spelt
  // restored reading hunspell also accepts.
  void RereadBySpelling(const std::u32string& cps,
                        const std::vector<Part>& parts, Candidate* c) const;
  // Other readings of one part, then two, until hunspell accepts one.
  bool SearchOtherReadings(const std::u32string& cps, const std::string& lower,
                           const std::vector<Part>& parts, const Candidate& c,
                           Candidate* out) const;
  // Whether `parts` are sound enough to offer as an unverified compound.
  bool SoundWithoutHunspell(const std::u32string& cps,
                            const std::vector<Part>& parts) const;

  const Lexicon& lexicon_;
  KnowsWord knows_;
};

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_COMPOUND_BUILDER_H_
