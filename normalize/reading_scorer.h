// ReadingScorer: how likely each reading of a word is, where it stands,
// feature by feature.
//
// A noisy-channel score in nats: the log prior of a reading (its frequency)
// plus the log probability of the damage that turns it into the word as
// written (DamageRates, estimated from the document), plus named features
// for names, compounds, shared OCR readings, spelling and the context the
// caller weighs (context rules and counted neighbours). Every weight is in
// restorer_weights.h. Each score keeps the contribution of every feature,
// so `normalize --changes` can say why a word changed.
//
// Pure: the same inputs give the same scores.
#ifndef FINSAM_NORMALIZE_READING_SCORER_H_
#define FINSAM_NORMALIZE_READING_SCORER_H_

#include <array>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "normalize/attested_words.h"
#include "normalize/candidate.h"
#include "normalize/damage_estimate.h"

namespace finsam {

enum class Feature {
  kPrior,                  // log frequency (with floors)
  kArchive,                // the prior moved by the archive's counts
  kFolded,                 // folded letters, log of their rates
  kDropped,                // dropped letters
  kUnfolded,               // letters a compound reading restores, as written
  kOcr,                    // weak OCR confusions and their cost
  kStrongOcr,              // "é", "6" in text that shows no OCR damage
  kPreferred,              // a domain, place or user word
  kCapitalisedCompound,    // a short compound for a capitalised word
  kNameLike,               // a common word for what looks like a name
  kCapitalisedUnverified,  // an unverified compound for one
  kCapitalisedSplit,       // two words run together for one
  kProperInLowerCase,      // a name for a word in lower case
  kNameInNameRun,          // a listed name among names
  kUnattestedName,         // a name the page shows no damage for
  kSharedReading,          // other garbled words read the same
  kSpelling,               // letter 5-grams among rarely seen readings
  kOpening,                // how often it opens a sentence, where one opens
  kContext,                // context rules and counted neighbours
  kCount
};
inline constexpr size_t kFeatureCount = static_cast<size_t>(Feature::kCount);

// "prior", "folded", "context", ...: the names `--changes` prints.
const char* FeatureName(Feature feature);

struct ReadingScore {
  double total = 0;
  std::array<double, kFeatureCount> nats{};

  void Add(Feature feature, double value) {
    nats[static_cast<size_t>(feature)] += value;
    total += value;
  }
  // "-2.31 = prior +3.20 folded -1.61 context +3.00": the total, then each
  // feature that contributed, in the order above.
  std::string Explain() const;
};

// The facts about the word being decided and where it stands.
struct WordSituation {
  bool known = false;   // a word as written (WordAnalysis::known)
  bool proper = false;  // a listed name as written (WordAnalysis::proper)
  // Not Swedish but an English word as written ("link", "performed").
  bool foreign = false;
  float frequency = 0;         // WordAnalysis::frequency
  float written_compound = 0;  // WordAnalysis::written_compound
  // WordAnalysis::written_unfolded (kKinds counts, not owned; may be null),
  // written_undropped.
  const float* written_unfolded = nullptr;
  float written_undropped = 0;
  size_t letters = 0;       // code points of the word
  bool lower_case = false;  // written all in lower case
  // Capitalised where a sentence or paragraph opens ("Vara mal" for
  // "Våra mål"): each reading weighs how often it opens one.
  bool opens_sentence = false;
  // LexiconWord::opens_per_mille of the word as written (1000 unknown).
  uint16_t opens_per_mille = 1000;
  // Capitalised, not where a sentence or cell starts.
  bool capitalised_inside = false;
  // Looks like a name: capitalised, nobody knows it, next to another such
  // word or short inside a sentence ("Lone Atterstig"); or a single
  // capital inside a sentence, an initial ("Strömbäck S ordf").
  bool name_like = false;
  // Before a house number on its line ("Myggdalsvagen 102"): a street
  // name, and street names are compounds no list holds.
  bool before_house_number = false;
  // Next to a capitalised word on the same line ("Ulf Petrus Hakan").
  bool in_name_run = false;
  char32_t first_letter = 0;  // of the lower-case word
  uint64_t seen = 0;          // times sound pages printed the word as written
  // The archive's and the document's words (not owned); may be null.
  const AttestedWords* attested = nullptr;
  // How many distinct unknown words of the document each reading explains.
  const std::unordered_map<std::string, int>* shared_readings = nullptr;
};

class ReadingScorer {
 public:
  ReadingScorer();

  // The word as written: its prior, and `context` nats; `rates` charge a
  // written compound for the letters its compound reading restores.
  ReadingScore ScoreWritten(const WordSituation& word, const DamageRates& rates,
                            float context) const;

  // One reading of it. `best_spelling`: the highest Candidate::spelling
  // among the rarely seen readings of the word.
  ReadingScore ScoreReading(const Candidate& c, const WordSituation& word,
                            const DamageRates& rates, double best_spelling,
                            float context) const;

 private:
  // Logs of the weights, taken once.
  double unknown_keep_, unknown_long_keep_, unknown_short_keep_, foreign_keep_;
  double preferred_, capitalised_compound_, name_like_, capitalised_unverified_,
      capitalised_split_, proper_in_lower_case_, name_in_name_run_,
      unattested_name_, shared_reading_;
};

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_READING_SCORER_H_
