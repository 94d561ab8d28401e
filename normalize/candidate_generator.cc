#include "normalize/candidate_generator.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "lang/swedish_letters.h"

namespace finsam {

using namespace restorer_weights;  // NOLINT: the weights read as names

CandidateGenerator::CandidateGenerator(const Lexicon& lexicon,
                                       CompoundBuilder::KnowsWord knows,
                                       const AttestedWords& attested)
    : lexicon_(lexicon),
      knows_(knows),
      attested_(attested),
      compounds_(lexicon, knows) {}

void CandidateGenerator::AddFoldCandidates(std::u32string_view damaged,
                                           const std::string& key,
                                           const Candidate& base,
                                           bool hyphen_joined,
                                           std::vector<Candidate>* out) const {
  lexicon_.ForEachFolded(key, [&](const LexiconWord& word) {
    // A compound's part only beside a hyphen, and only one in common use
    // (Tesseract's list holds "årigt", "hälso", "tjänste" from such text).
    if (word.compound_only && !(hyphen_joined && word.common)) return;
    Candidate c = base;
    if (!MatchFolded(damaged, word.text, c.folded)) return;
    c.TakeWord(word);
    out->push_back(std::move(c));
  });
  if (!attested_.empty()) AddAttested(damaged, key, base, out);
}

void CandidateGenerator::AddAttested(std::u32string_view damaged,
                                     const std::string& key,
                                     const Candidate& base,
                                     std::vector<Candidate>* out) const {
  attested_.ForEachFolded(
      key, [&](std::string_view word, const Vocabulary::Entry& seen) {
        if (lexicon_.Find(word) != nullptr) return;  // listed: added above
        Candidate c = base;
        if (!MatchFolded(damaged, word, c.folded)) return;
        c.word = std::string(word);
        c.frequency = kListedFloor;
        c.proper = 2 * seen.capitalised > seen.count;
        out->push_back(std::move(c));
      });
}

WordAnalysis CandidateGenerator::Analyze(const std::string& lower,
                                         bool hyphen_joined) const {
  WordAnalysis a;
  const LexiconWord* entry = lexicon_.Find(lower);
  const std::u32string cps = ToCodePoints(lower);
  if (!attested_.empty()) a.seen = attested_.Count(lower).count;
  // A compound-only form ("hälso" in "hälso- och sjukvård") is a known
  // string too.
  if (entry != nullptr) {
    a.known = true;
    a.frequency =
        std::max(entry->frequency, entry->common ? kCommonFloor : kListedFloor);
    a.word_class = entry->word_class;
    a.proper = entry->proper;
  } else if (a.seen > 0) {
    // Printed so on a sound page of this archive or document.
    a.known = true;
    a.frequency = kListedFloor;
  } else if (cps.size() >= kHunspellMinLetters && knows_(lower)) {
    a.known = true;
    a.hunspell_only = true;
    a.frequency = kHunspellFloor;
  }
  const bool has_a_or_o = lower.find('a') != std::string::npos ||
                          lower.find('o') != std::string::npos;
  // Folded: the word with some a/o turned into å/ä/ö.
  if (has_a_or_o)
    AddFoldCandidates(cps, FoldDiacritics(lower), {}, hyphen_joined,
                      &a.candidates);
  // Dropped: å/ä/ö missing altogether ("p", "r" and "ren" are words too,
  // so known words get these candidates as well; the damage rate decides).
  if (!HasSwedishDiacritic(lower)) {
    lexicon_.ForEachDropped(lower, [&](const LexiconWord& word) {
      if (word.compound_only && !(hyphen_joined && word.common)) return;
      Candidate c;
      CountKinds(word.text, c.dropped);
      if (c.dropped_letters() > kMaxDroppedLetters) return;
      c.TakeWord(word);
      a.candidates.push_back(std::move(c));
    });
    attested_.ForEachDropped(
        lower, [&](std::string_view word, const Vocabulary::Entry& seen) {
          if (lexicon_.Find(word) != nullptr) return;
          Candidate c;
          CountKinds(word, c.dropped);
          if (c.dropped_letters() > kMaxDroppedLetters) return;
          c.word = std::string(word);
          c.frequency = kListedFloor;
          c.proper = 2 * seen.capitalised > seen.count;
          a.candidates.push_back(std::move(c));
        });
  }
  // OCR confusions, then folding of the rest: for unknown words, and for
  // short rare ones that OCR damage often produces ("dr" for "är").
  const bool rare_short = entry != nullptr &&
                          entry->frequency < kRareShortFrequency &&
                          cps.size() <= kRareShortLetters;
  std::vector<OcrReading> variants;
  if (!a.known || rare_short) {
    variants = OcrReadings(cps, /*allow_weak=*/true);
    for (const OcrReading& v : variants) {
      if (v.text == cps) continue;
      const std::string text = FromCodePoints(v.text);
      Candidate base;
      base.ocr = true;
      base.ocr_cost = v.cost;
      base.weak_ocr = v.weak;
      base.strong_ocr = v.strong;
      if (const LexiconWord* w = lexicon_.Find(text);
          w != nullptr && !w->compound_only) {
        Candidate c = base;
        c.TakeWord(*w);
        a.candidates.push_back(std::move(c));
      } else if (w == nullptr && !attested_.empty()) {
        if (const Vocabulary::Entry seen = attested_.Count(text);
            seen.count > 0) {
          Candidate c = base;
          c.word = text;
          c.frequency = kListedFloor;
          c.proper = 2 * seen.capitalised > seen.count;
          a.candidates.push_back(std::move(c));
        }
      }
      AddFoldCandidates(v.text, FoldDiacritics(text), base, hyphen_joined,
                        &a.candidates);
    }
  }
  // Candidates that need an OCR confusion ("behovskartlaggning" read with
  // an i for an l) must not hide the plain folded compound: rebuild it
  // whenever no candidate explains the word by folding or dropping alone.
  const bool explained_plainly =
      std::any_of(a.candidates.begin(), a.candidates.end(),
                  [](const Candidate& c) { return !c.ocr; });
  // A compound hunspell rejects, offered last (below).
  Candidate unverified_compound;
  if (!a.known && !explained_plainly) {
    Candidate c;
    Candidate unverified;
    const size_t found_before = a.candidates.size();
    if (compounds_.Build(
            lower, /*restore=*/true, &c,
            cps.size() >= kCompoundMinLetters ? &unverified : nullptr)) {
      a.candidates.push_back(std::move(c));
    } else if (a.candidates.empty()) {
      AddOcrCompound(cps, &variants, &a.candidates);
    }
    if (a.candidates.size() > found_before) {
      WeighWrittenCompound(lower, a.candidates.back(), &a);
    } else {
      unverified_compound = std::move(unverified);
    }
  }
  // One entry per word: the cheapest way of reaching it.
  std::sort(a.candidates.begin(), a.candidates.end(),
            [](const Candidate& x, const Candidate& y) {
              if (x.word != y.word) return x.word < y.word;
              return x.ocr_cost < y.ocr_cost;
            });
  a.candidates.erase(std::unique(a.candidates.begin(), a.candidates.end(),
                                 [](const Candidate& x, const Candidate& y) {
                                   return x.word == y.word;
                                 }),
                     a.candidates.end());
  a.candidates.erase(
      std::remove_if(a.candidates.begin(), a.candidates.end(),
                     [&](const Candidate& c) { return c.word == lower; }),
      a.candidates.end());
  // Nothing explains the word: maybe OCR lost the space after a short
  // word ("Detfinns", "Attkunna", "Fårstödet").
  if (!a.known && a.candidates.empty()) {
    Candidate split;
    if (SplitAfterShortWord(lower, &split)) {
      a.candidates.push_back(std::move(split));
    }
  }
  // A compound hunspell rejects only where nothing else explains the word:
  // not an OCR reading ("heldarsbudgeten" is "helårsbudgeten" read with a
  // d), not a lost space ("Attkunna").
  if (a.candidates.empty() && !unverified_compound.word.empty() &&
      unverified_compound.word != lower) {
    WeighWrittenCompound(lower, unverified_compound, &a);
    a.candidates.push_back(std::move(unverified_compound));
  }
  if (!attested_.empty()) {
    for (Candidate& c : a.candidates) c.seen = attested_.Count(c.word).count;
  }
  // Spelling only tells readings apart: worth computing for two or more.
  if (std::count_if(a.candidates.begin(), a.candidates.end(),
                    [](const Candidate& c) { return c.rarely_seen(); }) > 1) {
    for (Candidate& c : a.candidates) {
      if (c.rarely_seen()) c.spelling = lexicon_.spelling().LogProb(c.word);
    }
  }
  return a;
}

// Compounds from the cheapest OCR readings of the word
// ("samordningsférbundet", "ersdttningsform").
void CandidateGenerator::AddOcrCompound(const std::u32string& cps,
                                        std::vector<OcrReading>* variants,
                                        std::vector<Candidate>* out) const {
  std::sort(variants->begin(), variants->end(),
            [](const OcrReading& x, const OcrReading& y) {
              return x.cost != y.cost ? x.cost < y.cost : x.text < y.text;
            });
  int compounds_tried = 0, spelled = 0;
  Candidate c;
  for (const OcrReading& v : *variants) {
    if (v.text == cps) continue;
    const std::string text = FromCodePoints(v.text);
    // A reading is worth spelling when it undoes damage: å/ä/ö put back,
    // an impossible character replaced, or a letter read twice taken out
    // ("psykkiatriveckan").
    if (!HasSwedishDiacritic(text) && !HasStrongConfusion(cps) &&
        v.text.size() == cps.size()) {
      continue;
    }
    bool found = false;
    if (spelled++ < kSpellBudget && cps.size() >= kHunspellMinLetters &&
        knows_(text)) {
      c = Candidate();
      c.word = text;
      c.compound = true;
      c.frequency = kHunspellReading;
      found = true;
    } else if (compounds_tried++ < kOcrCompoundBudget &&
               compounds_.Build(text, /*restore=*/true, &c)) {
      found = true;
    }
    if (found) {
      c.ocr = true;
      c.ocr_cost = v.cost;
      c.weak_ocr = v.weak;
      c.strong_ocr = v.strong;
      out->push_back(std::move(c));
      return;
    }
    if (spelled >= kSpellBudget && compounds_tried >= kOcrCompoundBudget) {
      return;
    }
  }
}

void CandidateGenerator::RereadWrittenCompound(const std::string& lower,
                                               WordAnalysis* a) const {
  a->compound_tried = true;
  Candidate as_written;
  // Never above a listed word's floor: a listed word beats a guess.
  if (compounds_.Build(lower, /*restore=*/false, &as_written)) {
    a->frequency = std::min(as_written.frequency, kWrittenCompoundCeiling);
  }
  Candidate restored;
  if (a->candidates.empty() &&
      compounds_.Build(lower, /*restore=*/true, &restored)) {
    // Weighed against the reading part by part ("bank" + "kostnader"
    // against "bänk" + "kostnader"), not by the rarest part alone.
    if (const float prior = WrittenCompoundPrior(lower, restored); prior > 0) {
      a->frequency = prior;
    }
    // Letters put back only by folding: a dropped letter can go almost
    // anywhere in a long word, so its absence says little.
    ChargeWrittenCompound(restored, /*dropped=*/false, a);
    a->candidates.push_back(std::move(restored));
  }
}

// A compound reading competes with the written form read the same way, from
// listed parts as written ("Flygelgatans": "flygel" + "gatans" beside
// "flygel" + "gåtans"): as likely as the reading, by how much better or
// worse its parts explain it.
void CandidateGenerator::WeighWrittenCompound(const std::string& lower,
                                              const Candidate& read,
                                              WordAnalysis* a) const {
  a->written_compound = WrittenCompoundPrior(lower, read);
  if (a->written_compound > 0) {
    ChargeWrittenCompound(read, /*dropped=*/true, a);
  }
}

float CandidateGenerator::WrittenCompoundPrior(const std::string& lower,
                                               const Candidate& read) const {
  double written_cost = 0, read_cost = 0;
  if (!compounds_.PartsCost(lower, &written_cost) ||
      !compounds_.PartsCost(read.word, &read_cost)) {
    return 0;
  }
  return static_cast<float>(read.frequency *
                            std::exp(read_cost - written_cost));
}

void CandidateGenerator::ChargeWrittenCompound(const Candidate& read,
                                               bool dropped, WordAnalysis* a) {
  for (int k = 0; k < kKinds; ++k) {
    a->written_unfolded[k] = read.folded[k];
    if (dropped) a->written_undropped += read.dropped[k];
  }
}

bool CandidateGenerator::SplitAfterShortWord(const std::string& lower,
                                             Candidate* out) const {
  // Short words that seldom open a compound (unlike "med", "till", "för",
  // "en", "i") or a name (unlike "har", "kan", "jag": "Harper", "Jagland"),
  // so a word they open that nobody knows is two words.
  static constexpr std::string_view kHeads[] = {"det", "ett",  "att", "du",
                                                "och", "inte", "han", "hon",
                                                "är",  "får",  "få"};
  const std::u32string cps = ToCodePoints(lower);
  if (cps.size() < kSplitMinLetters ||
      !std::all_of(cps.begin(), cps.end(),
                   [](char32_t c) { return IsLetter(c); })) {
    return false;
  }
  bool found = false;
  for (std::string_view head : kHeads) {
    if (lower.size() < head.size() + 3 ||
        lower.compare(0, head.size(), head) != 0) {
      continue;
    }
    const LexiconWord* first = lexicon_.Find(head);
    const LexiconWord* rest = lexicon_.Find(lower.substr(head.size()));
    // The rest a word in use, not just one hunspell can build.
    if (first == nullptr || rest == nullptr || rest->compound_only ||
        rest->proper ||
        (rest->frequency < kSplitRestMinFrequency && !rest->common)) {
      continue;
    }
    const float frequency =
        kSplitShare *
        std::min(first->frequency, std::max(rest->frequency, kCommonFloor));
    if (found && frequency <= out->frequency) continue;
    *out = Candidate();
    out->word = std::string(head) + " " + lower.substr(head.size());
    out->frequency = frequency;
    out->split = true;
    found = true;
  }
  return found;
}

}  // namespace finsam
