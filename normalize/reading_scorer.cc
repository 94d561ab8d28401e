#include "normalize/reading_scorer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "lang/swedish_letters.h"

namespace finsam {
namespace {

using namespace restorer_weights;  // NOLINT: the weights read as names

// Where a sentence opens, a reading's prior moves by how much likelier
// than the average word it is to open one (Bayes: P(r | opens) is
// proportional to P(r) P(opens | r)).
double OpeningNats(const WordSituation& word, uint16_t opens_per_mille) {
  if (!word.opens_sentence) return 0;
  return kOpeningWeight * std::log(opens_per_mille / 1000.0);
}

char32_t FirstLetter(std::string_view word) {
  int len = 1;
  return word.empty() ? 0 : DecodeUtf8(word, 0, &len);
}

// The archive's counts move a prior of `frequency` per million words.
void AddArchive(const WordSituation& word, uint64_t seen, double frequency,
                double prior, ReadingScore* score) {
  if (word.attested == nullptr || word.attested->empty()) return;
  Vocabulary::Entry entry;
  entry.count = seen;
  const double blended = std::log(
      double{word.attested->Prior(entry, static_cast<float>(frequency))});
  score->Add(Feature::kArchive, blended - prior);
}

}  // namespace

const char* FeatureName(Feature feature) {
  switch (feature) {
    case Feature::kPrior:
      return "prior";
    case Feature::kArchive:
      return "archive";
    case Feature::kFolded:
      return "folded";
    case Feature::kDropped:
      return "dropped";
    case Feature::kUnfolded:
      return "unfolded";
    case Feature::kOcr:
      return "ocr";
    case Feature::kStrongOcr:
      return "strong-ocr";
    case Feature::kPreferred:
      return "preferred";
    case Feature::kCapitalisedCompound:
      return "capitalised-compound";
    case Feature::kNameLike:
      return "name-like";
    case Feature::kCapitalisedUnverified:
      return "capitalised-unverified";
    case Feature::kCapitalisedSplit:
      return "capitalised-split";
    case Feature::kProperInLowerCase:
      return "name-in-lower-case";
    case Feature::kNameInNameRun:
      return "name-run";
    case Feature::kUnattestedName:
      return "unattested-name";
    case Feature::kSharedReading:
      return "shared-reading";
    case Feature::kSpelling:
      return "spelling";
    case Feature::kOpening:
      return "opening";
    case Feature::kContext:
      return "context";
    case Feature::kCount:
      break;
  }
  return "?";
}

std::string ReadingScore::Explain() const {
  char buffer[48];
  std::snprintf(buffer, sizeof(buffer), "%.2f =", total);
  std::string out = buffer;
  for (size_t f = 0; f < kFeatureCount; ++f) {
    // The prior always; the others where they move the score.
    if (f != 0 && std::abs(nats[f]) < 0.005) continue;
    std::snprintf(buffer, sizeof(buffer), " %s %+.2f",
                  FeatureName(static_cast<Feature>(f)), nats[f]);
    out += buffer;
  }
  return out;
}

ReadingScorer::ReadingScorer()
    : unknown_keep_(std::log(double{kUnknownKeep})),
      unknown_long_keep_(std::log(double{kUnknownLongKeep})),
      unknown_short_keep_(std::log(double{kUnknownShortKeep})),
      foreign_keep_(std::log(double{kForeignKeep})),
      preferred_(std::log(kPreferred)),
      capitalised_compound_(std::log(kCapitalisedCompound)),
      name_like_(std::log(kNameLikeCommonReading)),
      capitalised_unverified_(std::log(kCapitalisedUnverified)),
      capitalised_split_(std::log(kCapitalisedSplit)),
      proper_in_lower_case_(std::log(kProperInLowerCase)),
      name_in_name_run_(std::log(kNameInNameRun)),
      unattested_name_(std::log(kUnattestedName)),
      shared_reading_(std::log(kSharedReading)) {}

ReadingScore ReadingScorer::ScoreWritten(const WordSituation& word,
                                         const DamageRates& rates,
                                         float context) const {
  ReadingScore score;
  double prior = word.known                  ? std::log(double{word.frequency})
                 : word.letters >= kLongWord ? unknown_long_keep_
                                             : unknown_keep_;
  if (word.letters <= kShortWordLetters) {
    prior = std::max(prior, unknown_short_keep_);
  }
  if (!word.known && word.foreign) prior = std::max(prior, foreign_keep_);
  if (!word.known && word.written_compound > 0) {
    prior = std::max(prior, std::log(double{word.written_compound}));
  }
  score.Add(Feature::kPrior, prior);
  // A compound guess as written against a compound guess restored (the
  // counts are set for those only): their priors say little, the page's
  // damage the rest.
  if (word.written_unfolded != nullptr) {
    for (int k = 0; k < kKinds; ++k) {
      score.Add(Feature::kUnfolded, word.written_unfolded[k] *
                                        kWrittenCompoundUnfolded *
                                        std::log(1.0 - rates.folded[k]));
    }
    score.Add(Feature::kUnfolded, word.written_undropped *
                                      kWrittenCompoundUnfolded *
                                      std::log(1.0 - rates.dropped));
  }
  AddArchive(word, word.seen, std::exp(prior), prior, &score);
  score.Add(Feature::kOpening, OpeningNats(word, word.opens_per_mille));
  score.Add(Feature::kContext, context);
  return score;
}

ReadingScore ReadingScorer::ScoreReading(const Candidate& c,
                                         const WordSituation& word,
                                         const DamageRates& rates,
                                         double best_spelling,
                                         float context) const {
  ReadingScore score;
  // A rebuilt compound carries its own estimate (its rarest part).
  const float frequency =
      c.compound
          ? c.frequency
          : std::max(c.frequency, c.common ? kCommonFloor : kListedFloor);
  score.Add(Feature::kPrior, std::log(frequency));
  AddArchive(word, c.seen, frequency, std::log(frequency), &score);
  for (int k = 0; k < kKinds; ++k) {
    score.Add(Feature::kFolded, c.folded[k] * std::log(rates.folded[k]));
    score.Add(Feature::kDropped, c.dropped[k] * std::log(rates.dropped));
  }
  score.Add(Feature::kOcr, c.weak_ocr * std::log(rates.ocr) - c.ocr_cost);
  score.Add(Feature::kStrongOcr,
            c.strong_ocr * std::min(0.0, std::log(rates.ocr / kStrongOcrRate)));
  if (c.preferred) score.Add(Feature::kPreferred, preferred_);
  // Long capitalised words inside lines are table cells and headings far
  // more often than names.
  if (c.compound && word.capitalised_inside && !word.known &&
      word.letters < kLongWord) {
    score.Add(Feature::kCapitalisedCompound, capitalised_compound_);
  }
  // A word the archive's sound pages print is no stranger there.
  if (word.name_like && !c.proper && !c.preferred && c.seen == 0) {
    score.Add(Feature::kNameLike, name_like_);
  }
  if (c.unverified && word.capitalised_inside && !word.before_house_number) {
    score.Add(Feature::kCapitalisedUnverified, capitalised_unverified_);
  }
  if (c.split && word.capitalised_inside) {
    score.Add(Feature::kCapitalisedSplit, capitalised_split_);
  }
  const bool dropped_capital = word.lower_case && c.dropped_letters() > 0 &&
                               FirstLetter(c.word) != word.first_letter;
  if (c.proper && word.lower_case && !(word.in_name_run && dropped_capital)) {
    score.Add(Feature::kProperInLowerCase, proper_in_lower_case_);
  }
  // Not against a name: "Bo Hallgren" is no more "Hällgren" than it is.
  if (c.proper && word.in_name_run && !word.lower_case && word.known &&
      !word.proper && c.dropped_letters() == 0) {
    score.Add(Feature::kNameInNameRun, name_in_name_run_);
  }
  if (c.proper && !c.preferred && !word.known && c.seen == 0) {
    score.Add(Feature::kUnattestedName, unattested_name_);
  }
  if (!word.known && c.word.size() >= kSharedReadingMinBytes &&
      word.shared_readings != nullptr) {
    auto shared = word.shared_readings->find(c.word);
    const int others =
        shared == word.shared_readings->end() ? 0 : shared->second - 1;
    score.Add(Feature::kSharedReading,
              std::min(others, kSharedReadingsMax) * shared_reading_);
  }
  if (c.rarely_seen()) {
    score.Add(Feature::kSpelling,
              kSpellingWeight * (c.spelling - best_spelling));
  }
  score.Add(Feature::kOpening, OpeningNats(word, c.opens_per_mille));
  score.Add(Feature::kContext, context);
  return score;
}

}  // namespace finsam
