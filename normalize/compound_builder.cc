#include "normalize/compound_builder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

#include "lang/swedish_letters.h"

namespace finsam {

using namespace restorer_weights;  // NOLINT: the weights read as names

struct CompoundBuilder::Part {
  std::string form;
  float folded[kKinds] = {0, 0, 0};
  float dropped[kKinds] = {0, 0, 0};
  float frequency = 0;
  // In Tesseract's word list (LexiconWord::common): in common use though
  // the counted texts may never show it ("förpliktelser").
  bool common = false;
  bool ok = false;
  size_t begin = 0, end = 0;  // the letters cps[begin, end) it covers
  // Other restored readings of the same letters, tried when hunspell
  // rejects the compound ("vågar" before "vägar" in "kontaktvagar").
  std::vector<Part> others;

  bool restored() const {
    return folded[0] + folded[1] + folded[2] + dropped[0] + dropped[1] +
               dropped[2] >
           0;
  }
};

CompoundBuilder::CompoundBuilder(const Lexicon& lexicon, KnowsWord knows)
    : lexicon_(lexicon), knows_(std::move(knows)) {}

// The best part for cps[b, e): as written (`restored` false) or with å/ä/ö
// put back (`restored` true), the most frequent reading.
CompoundBuilder::Part CompoundBuilder::BestReading(const std::u32string& cps,
                                                   size_t b, size_t e,
                                                   bool restored) const {
  Part part;
  const std::u32string_view seg(cps.data() + b, e - b);
  const std::string text = FromCodePoints(seg);
  if (!restored) {
    if (const LexiconWord* w = lexicon_.Find(text)) {
      part.form = text;
      part.frequency = std::max(w->frequency, kListedFloor);
      part.common = w->common;
      part.ok = true;
    }
    return part;
  }
  std::vector<Part> readings;
  lexicon_.ForEachFolded(FoldDiacritics(text), [&](const LexiconWord& w) {
    // The letters as written are the other reading (`restored` false):
    // here they would hide the restored one ("tank" in "helhetstank").
    if (w.text == text) return;
    Part r;
    if (!MatchFolded(seg, w.text, r.folded)) return;
    r.form = std::string(w.text);
    r.frequency = std::max(w.frequency, kListedFloor);
    r.common = w.common;
    r.ok = true;
    readings.push_back(std::move(r));
  });
  if (!HasSwedishDiacritic(text)) {
    lexicon_.ForEachDropped(text, [&](const LexiconWord& w) {
      Part r;
      r.form = std::string(w.text);
      CountKinds(w.text, r.dropped);
      r.frequency = std::max(w.frequency, kListedFloor);
      r.common = w.common;
      r.ok = true;
      readings.push_back(std::move(r));
    });
  }
  if (readings.empty()) return part;
  std::sort(readings.begin(), readings.end(), [](const Part& x, const Part& y) {
    return x.frequency != y.frequency ? x.frequency > y.frequency
                                      : x.form < y.form;
  });
  part = readings[0];
  for (size_t i = 1; i < readings.size() && i <= kPartOtherReadings; ++i) {
    part.others.push_back(readings[i]);
  }
  return part;
}

CompoundBuilder::Part CompoundBuilder::BestPart(const std::u32string& cps,
                                                size_t b, size_t e,
                                                bool restored) const {
  Part part = BestReading(cps, b, e, restored);
  // A first part with the linking "s" the word list lacks ("behovs" in
  // "behovskartläggning"): the part without it, then the "s".
  if (!part.ok && e - b >= 4 && e < cps.size() && cps[e - 1] == U's') {
    part = BestReading(cps, b, e - 1, restored);
    if (part.ok) {
      part.form += 's';
      for (Part& other : part.others) other.form += 's';
    }
  }
  part.begin = b;
  part.end = e;
  return part;
}

std::vector<CompoundBuilder::Part> CompoundBuilder::Segment(
    const std::u32string& cps, bool restore) const {
  const size_t n = cps.size();
  // best[i][r]: cheapest cover of cps[0, i), with (r = 1) or without any
  // restored part.
  struct State {
    double cost = 1e300;
    size_t from = 0;
    int from_restored = 0;
    Part part;
  };
  std::vector<std::array<State, 2>> best(n + 1);
  best[0][0].cost = 0;
  for (size_t e = 2; e <= n; ++e) {
    for (size_t b = (e > kPartMaxLetters ? e - kPartMaxLetters : 0); b + 2 <= e;
         ++b) {
      if (best[b][0].cost >= 1e299 && best[b][1].cost >= 1e299) continue;
      for (int restored = 0; restored <= (restore ? 1 : 0); ++restored) {
        Part part = BestPart(cps, b, e, restored == 1);
        if (!part.ok) continue;
        double step =
            kPartCost - kPartFrequencyWeight * std::log(part.frequency + 1.0);
        for (int k = 0; k < kKinds; ++k) {
          step += kPartFoldedLetterCost * part.folded[k] +
                  kPartDroppedLetterCost * part.dropped[k];
        }
        for (int r0 = 0; r0 < 2; ++r0) {
          if (best[b][r0].cost >= 1e299) continue;
          const int r = std::max(r0, restored);
          const double cost = best[b][r0].cost + step;
          if (cost < best[e][r].cost) {
            best[e][r].cost = cost;
            best[e][r].from = b;
            best[e][r].from_restored = r0;
            best[e][r].part = part;
          }
        }
      }
    }
  }
  const int want = restore ? 1 : 0;
  std::vector<Part> parts;
  if (best[n][want].cost >= 1e299) return parts;
  for (size_t e = n, r = want; e > 0;) {
    const State& state = best[e][r];
    parts.push_back(state.part);
    e = state.from;
    r = state.from_restored;
  }
  std::reverse(parts.begin(), parts.end());
  return parts;
}

bool CompoundBuilder::Build(const std::string& lower, bool restore,
                            Candidate* out, Candidate* unverified) const {
  const std::u32string cps = ToCodePoints(lower);
  const size_t n = cps.size();
  if (n < kCompoundMinLetters || n > kCompoundMaxLetters) return false;
  const std::vector<Part> parts = Segment(cps, restore);
  if (parts.size() < 2 || parts.size() > kCompoundMaxParts) return false;
  Candidate c;
  float edits = 0;
  // A compound is about as common as its rarest part allows.
  float rarest = 1e9f;
  for (const Part& part : parts) {
    c.word += part.form;
    rarest = std::min(rarest, part.frequency);
    for (int k = 0; k < kKinds; ++k) {
      c.folded[k] += part.folded[k];
      c.dropped[k] += part.dropped[k];
      edits += part.folded[k] + part.dropped[k];
    }
  }
  c.compound = true;
  c.frequency = std::max(kHunspellFloor, kCompoundShareOfRarestPart * rarest);
  if (!restore) {
    *out = std::move(c);
    return true;
  }
  if (edits == 0) return false;
  if (knows_(c.word)) {
    RereadBySpelling(cps, parts, &c);
    *out = std::move(c);
    return true;
  }
  if (SearchOtherReadings(cps, lower, parts, c, out)) return true;
  // Compounds hunspell-sv's rules do not build ("presidietmöte", "årshjul")
  // are still Swedish: offered with a prior below any verified compound.
  if (unverified != nullptr && SoundWithoutHunspell(cps, parts)) {
    *unverified = c;
    unverified->frequency = kUnverifiedCompound;
    unverified->unverified = true;
  }
  return false;
}

bool CompoundBuilder::PartsCost(const std::string& lower, double* cost) const {
  const std::u32string cps = ToCodePoints(lower);
  if (cps.size() > kCompoundMaxLetters) return false;
  const std::vector<Part> parts = Segment(cps, /*restore=*/false);
  if (parts.empty()) return false;
  *cost = 0;
  for (const Part& part : parts) {
    *cost += kPartCost -
             kWrittenPartFrequencyWeight * std::log(part.frequency + 1.0);
  }
  return true;
}

// Another restored reading of one part may give a compound hunspell accepts
// as well ("vård" or "värd" in "vardkontakt"). How often the parts stand
// alone in the texts hardly tells them apart; how words are spelt does
// (many words hold "vårdk", few "värdk").
void CompoundBuilder::RereadBySpelling(const std::u32string& cps,
                                       const std::vector<Part>& parts,
                                       Candidate* c) const {
  const SpellingModel& spelling = lexicon_.spelling();
  double best = kSpellingWeight * spelling.LogProb(c->word);
  Candidate swapped = *c;
  bool swap = false;
  int budget = kCompoundSwapBudget;
  for (size_t i = 0; i < parts.size(); ++i) {
    // A part kept as written may have restored readings too ("malning" or
    // "målning" in "fonstermalning").
    const Part& part = parts[i];
    std::vector<Part> alternatives = part.others;
    if (!part.restored()) {
      Part restored = BestPart(cps, part.begin, part.end, true);
      if (restored.ok) {
        alternatives.insert(alternatives.end(), restored.others.begin(),
                            restored.others.end());
        alternatives.push_back(std::move(restored));
      }
    }
    for (const Part& other : alternatives) {
      std::string word;
      for (size_t j = 0; j < parts.size(); ++j) {
        word += j == i ? other.form : parts[j].form;
      }
      const double score =
          kSpellingWeight * spelling.LogProb(word) +
          kPartFrequencyWeight * (std::log(other.frequency + 1.0) -
                                  std::log(part.frequency + 1.0));
      if (score <= best || budget-- <= 0 || !knows_(word)) continue;
      best = score;
      swap = true;
      swapped = *c;
      swapped.word = std::move(word);
      for (int k = 0; k < kKinds; ++k) {
        swapped.folded[k] += other.folded[k] - part.folded[k];
        swapped.dropped[k] += other.dropped[k] - part.dropped[k];
      }
    }
  }
  if (swap) *c = std::move(swapped);
}

// Hunspell said no: try other readings of the same letters, one part at a
// time, then two: the restored readings a part has besides its most
// frequent one ("vägar" after "vågar" in "kontaktvagar"), a restored
// reading of a part kept as written ("stöd" for "stod" in "anhorigstod"),
// and the part as written ("behovs" for "behövs").
bool CompoundBuilder::SearchOtherReadings(const std::u32string& cps,
                                          const std::string& lower,
                                          const std::vector<Part>& parts,
                                          const Candidate& c,
                                          Candidate* out) const {
  std::vector<std::vector<Part>> options(parts.size());
  const bool written_known = knows_(lower);
  for (size_t i = 0; i < parts.size(); ++i) {
    const Part& chosen = parts[i];
    auto add = [&](const Part& p) {
      if (!p.ok || p.form == chosen.form) return;
      for (const Part& o : options[i]) {
        if (o.form == p.form) return;
      }
      options[i].push_back(p);
    };
    for (const Part& other : chosen.others) add(other);
    // A compound hunspell accepts as written ("hackargruppen") is only
    // re-read within its restored parts: mixing in more readings finds
    // valid but wrong compounds ("hackarögruppen").
    if (written_known) continue;
    const Part restored = BestPart(cps, chosen.begin, chosen.end, true);
    add(restored);
    for (const Part& other : restored.others) add(other);
    add(BestPart(cps, chosen.begin, chosen.end, false));
  }
  auto try_word = [&](const std::vector<const Part*>& pick) {
    std::string word;
    Candidate alt = c;
    float alt_edits = 0;
    for (int k = 0; k < kKinds; ++k) alt.folded[k] = alt.dropped[k] = 0;
    for (const Part* p : pick) {
      word += p->form;
      for (int k = 0; k < kKinds; ++k) {
        alt.folded[k] += p->folded[k];
        alt.dropped[k] += p->dropped[k];
        alt_edits += p->folded[k] + p->dropped[k];
      }
    }
    if (alt_edits == 0 || !knows_(word)) return false;
    alt.word = std::move(word);
    *out = std::move(alt);
    return true;
  };
  int budget = kCompoundSearchBudget;
  std::vector<const Part*> pick;
  for (const Part& part : parts) pick.push_back(&part);
  for (size_t i = 0; i < parts.size(); ++i) {
    for (const Part& a : options[i]) {
      if (budget-- <= 0) return false;
      pick[i] = &a;
      if (try_word(pick)) return true;
    }
    pick[i] = &parts[i];
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    for (size_t j = i + 1; j < parts.size(); ++j) {
      for (const Part& a : options[i]) {
        for (const Part& b : options[j]) {
          if (budget-- <= 0) return false;
          pick[i] = &a;
          pick[j] = &b;
          if (try_word(pick)) return true;
        }
      }
      pick[i] = &parts[i];
      pick[j] = &parts[j];
    }
  }
  return false;
}

// Offered only from two or three parts of three letters or more, each
// restored part a word seen in running text or a long one in common use
// (Tesseract's list: "förenings" in "föreningsåret").
bool CompoundBuilder::SoundWithoutHunspell(
    const std::u32string& cps, const std::vector<Part>& parts) const {
  if (parts.size() > kUnverifiedMaxParts) return false;
  for (size_t i = 0; i < parts.size(); ++i) {
    const Part& p = parts[i];
    const float dropped = p.dropped[0] + p.dropped[1] + p.dropped[2];
    // A dropped letter can go almost anywhere: only in the head of the
    // compound, a word of four letters or more, after parts of four
    // letters or more ("presidiet" + "mte" -> "möte"). Not as its first
    // letter either: "tidgare" is no "tid" + "ägare".
    const bool last = i + 1 == parts.size();
    const std::u32string form = ToCodePoints(p.form);
    const bool dropped_ok =
        dropped == 0 ||
        (last && form.size() >= kUnverifiedHeadMinLetters &&
         form[0] == cps[p.begin] &&
         std::all_of(parts.begin(), parts.end() - 1, [](const Part& q) {
           return q.end - q.begin >= kUnverifiedHeadMinLetters;
         }));
    if (p.end - p.begin < kUnverifiedPartMinLetters || !dropped_ok ||
        (p.restored() && p.frequency <= kListedFloor &&
         !(p.common && form.size() >= kUnverifiedCommonPartMinLetters))) {
      return false;
    }
  }
  return true;
}

}  // namespace finsam
