#include "normalize/diacritic_restorer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "lang/swedish_letters.h"
#include "normalize/line_shape.h"
#include "normalize/ocr_confusions.h"
#include "normalize/word_tokenizer.h"

namespace finsam {
namespace {

// Letter kinds whose damage rates are estimated separately: a scan may keep
// the ring of å and lose the dots of ä and ö.
enum LetterKind { kRing = 0, kUmlautA = 1, kUmlautO = 2, kKinds = 3 };

int KindOf(char32_t c) {
  switch (c) {
    case U'å':
    case U'Å':
      return kRing;
    case U'ä':
    case U'Ä':
      return kUmlautA;
    case U'ö':
    case U'Ö':
      return kUmlautO;
    default:
      return -1;
  }
}

std::u32string Decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    int len = 1;
    out.push_back(DecodeUtf8(s, i, &len));
    i += len;
  }
  return out;
}

std::string Encode(std::u32string_view s) {
  std::string out;
  out.reserve(s.size() + 4);
  for (char32_t c : s) AppendUtf8(c, &out);
  return out;
}

void CountKinds(std::string_view word, float counts[kKinds]) {
  for (size_t i = 0; i < word.size();) {
    int len = 1;
    const int kind = KindOf(DecodeUtf8(word, i, &len));
    if (kind >= 0) counts[kind] += 1;
    i += len;
  }
}

// Frequencies are per million words. A listed word never seen in the text
// corpus still is a word; a compound only hunspell knows is a little less
// sure; a word nobody knows may still be a correct name or term.
constexpr float kListedFloor = 0.5f;
constexpr float kCommonFloor = 1.0f;  // listed and in Tesseract's word list
constexpr float kHunspellFloor = 0.01f;
constexpr float kUnknownKeep = 0.003f;
constexpr float kUnknownShortKeep = 10.0f;  // "p", "s", "r": often not words
constexpr size_t kLongWord = 10;            // letters
constexpr float kUnknownLongKeep = 0.001f;
constexpr float kUnverifiedCompound = 0.01f;  // a compound hunspell rejects
// Readings the counted texts show less often than this (per million words)
// are told apart by their spelling, at this weight per nat of the
// spelling model.
constexpr float kSpellingEvidence = 2.0f;
constexpr double kSpellingWeight = 0.3;
// OCR readings of one unknown word spelled with hunspell, cheapest first.
constexpr int kSpellBudget = 32;

// One way the word as written could have come about.
struct Candidate {
  std::string word;  // lower case, with å/ä/ö
  float folded[kKinds] = {0, 0, 0};
  float dropped[kKinds] = {0, 0, 0};
  int weak_ocr = 0;    // a real letter read instead (d, i for ä/å)
  int strong_ocr = 0;  // a character no Swedish word has there (é, 6, &)
  float ocr_cost = 0;  // nats, for the OCR substitutions made
  bool ocr = false;
  bool compound = false;    // rebuilt from parts, checked by hunspell
  bool unverified = false;  // rebuilt from parts hunspell rejects together
  bool split = false;       // two words OCR ran together ("det finns")
  float frequency = 0;
  bool proper = false;
  bool preferred = false;
  bool common = false;        // LexiconWord::common
  bool seldom_opens = false;  // LexiconWord::seldom_opens
  uint32_t word_class = 0;    // LexiconWord::word_class
  double spelling = 0;        // SpellingModel::LogProb of `word`

  // The reading is the lexicon's word `w`: its text and what the lexicon
  // knows of it.
  void TakeWord(const LexiconWord& w) {
    word = std::string(w.text);
    frequency = w.frequency;
    proper = w.proper;
    preferred = w.preferred;
    common = w.common;
    seldom_opens = w.seldom_opens;
    word_class = w.word_class;
  }

  float dropped_letters() const { return dropped[0] + dropped[1] + dropped[2]; }

  // Too rare in the counted texts for its frequency to say much.
  bool rarely_seen() const {
    return compound || unverified || frequency < kSpellingEvidence;
  }

  const char* reason() const {
    if (split) return "split";
    if (ocr) return "ocr-confusion";
    if (dropped_letters() > 0) return "dropped";
    return "folded";
  }
};

// True when `candidate` is `damaged` with some a/o turned into å/ä/ö; counts
// the restored letters by kind.
bool MatchFolded(std::u32string_view damaged, std::string_view candidate,
                 float folded[kKinds]) {
  size_t i = 0;
  for (char32_t d : damaged) {
    if (i >= candidate.size()) return false;
    int len = 1;
    const char32_t c = DecodeUtf8(candidate, i, &len);
    i += len;
    if (c == d) continue;
    const int kind = KindOf(c);
    if (kind < 0) return false;
    if ((kind == kUmlautO) != (d == U'o')) return false;
    if (kind != kUmlautO && d != U'a') return false;
    folded[kind] += 1;
  }
  return i == candidate.size();
}

// A number, or the "%" after one ("33 % män").
bool IsNumberToken(const WordToken& t) {
  return t.kind == WordToken::Kind::kNumber || t.text == "%";
}

// Whether the word at [begin, end) of `line` opens and closes its
// tab-separated cell (nothing but spaces between it and the tabs or line
// ends). Both false in a line without tabs.
void CellEdges(std::string_view line, size_t begin, size_t end, bool* opens,
               bool* closes) {
  *opens = *closes = false;
  if (line.find('\t') == std::string_view::npos) return;
  const auto blank = [](std::string_view s) {
    return s.find_first_not_of(' ') == std::string_view::npos;
  };
  const size_t tab_before = line.rfind('\t', begin);
  const size_t cell_begin =
      tab_before == std::string_view::npos ? 0 : tab_before + 1;
  *opens =
      cell_begin <= begin && blank(line.substr(cell_begin, begin - cell_begin));
  const size_t tab_after = line.find('\t', end);
  const size_t cell_end =
      tab_after == std::string_view::npos ? line.size() : tab_after;
  *closes = blank(line.substr(end, cell_end - end));
}

// The first code point of `word`.
char32_t FirstLetter(std::string_view word) {
  int len = 1;
  return word.empty() ? 0 : DecodeUtf8(word, 0, &len);
}

bool IsYearToken(const WordToken& t) {
  if (t.kind != WordToken::Kind::kNumber || t.text.size() != 4) return false;
  return (t.text[0] == '1' && t.text[1] == '9') ||
         (t.text[0] == '2' && t.text[1] == '0');
}

}  // namespace

// Everything about one distinct word (lower case) that does not depend on
// where it stands: computed once per document.
struct DiacriticRestorer::Analysis {
  bool known = false;  // a word as written (lexicon or hunspell)
  // Known through hunspell's compounding only: "kontaktvagar" is accepted
  // as kontakt + vagar, so in damaged text "kontaktvägar" is still tried.
  bool hunspell_only = false;
  bool compound_tried = false;
  float frequency = 0;
  uint32_t word_class = 0;  // LexiconWord::word_class of the word as written
  std::vector<Candidate> candidates;
  // The word as a neighbour's context evidence reads it (NeighboursOf),
  // worked out once per distinct word.
  bool context_read = false;
  std::string context_folded;
  uint32_t context_class = 0;
};

// One Normalize call: tokens, per-word analyses, damage evidence, decisions.
class DiacriticRestorer::Document {
 public:
  Document(const DiacriticRestorer& restorer,
           const std::vector<std::string_view>& lines)
      : restorer_(restorer), lexicon_(*restorer.lexicon_), lines_(lines) {}

  std::vector<LetterEdit> Run(float min_confidence);

 private:
  struct Token {
    WordToken word;
    size_t line = 0;
    std::string lower;
    CasePattern pattern = CasePattern::kLower;
    bool starts_sentence = false;  // a capital here says nothing
    // Starts a line, and only the shape of the lines says a sentence
    // starts here (the line before is short, or this one is).
    bool opening_guessed = false;
    bool short_caps = false;       // "OVK", "FOR": maybe an abbreviation
    Analysis* analysis = nullptr;  // null: never changed
  };

  // Damage counts, by letter kind: survived, folded, dropped, OCR-garbled.
  struct Evidence {
    float clean[kKinds] = {0, 0, 0};
    float folded[kKinds] = {0, 0, 0};
    float dropped[kKinds] = {0, 0, 0};
    float ocr[kKinds] = {0, 0, 0};
    void Add(const Evidence& o, float sign) {
      for (int k = 0; k < kKinds; ++k) {
        clean[k] += sign * o.clean[k];
        folded[k] += sign * o.folded[k];
        dropped[k] += sign * o.dropped[k];
        ocr[k] += sign * o.ocr[k];
      }
    }
  };

  struct Rates {
    float folded[kKinds];
    float dropped;
    float ocr;
  };

  Analysis& Analyze(const std::string& lower);
  void AddFoldCandidates(std::u32string_view damaged, const std::string& key,
                         const Candidate& base, std::vector<Candidate>* out);
  // `unverified`, when given, receives the best restored segmentation
  // hunspell rejects, if its parts are sound enough to stand on their own
  // ("presidiet" + "möte"); the call still returns false then.
  bool Compound(const std::string& lower, bool restore, Candidate* out,
                Candidate* unverified = nullptr);
  void Observe(const Token& token, Evidence* evidence) const;
  // Damage rates around `line`, leaving out `own`: what the word being
  // decided says about itself ("Rosangen" read as "Rosängen" is no
  // evidence that "Rosangen" is folded).
  Rates RatesAround(size_t line, const Evidence& own) const;
  Token MakeToken(const WordToken& word, size_t line);
  void Decide(size_t index, float min_confidence,
              std::vector<LetterEdit>* edits);
  bool InEnglishPhrase(size_t index) const;
  bool InCapsHeading(size_t index) const;
  bool NextToUnknownName(size_t index) const;
  // How the other cells of a table row, and the first cells of the rows
  // around it, begin: > 0 mostly capitals, < 0 mostly lower case, 0 not a
  // table or no evidence.
  int CellCaseVote(size_t index) const;
  // A word nobody knows read as a short word and a word in use, the
  // space between them lost: "Detfinns" -> "det finns".
  bool SplitAfterShortWord(const std::string& lower, Candidate* out) const;
  // The line's first word is in lower case, and no reading of it puts a
  // lost letter (maybe a capital) before it.
  bool StartsWithLowerWord(std::string_view line);
  // The words either side of a token as the context evidence reads them:
  // folded, and the class of the next as damaged text shows it.
  struct Neighbours {
    std::string folded_prev, folded_next;
    uint32_t next_class = 0;
  };
  Neighbours NeighboursOf(size_t index);
  // `form_class`: the reading's LexiconWord::word_class (0 if none).
  float ContextWeight(size_t index, const std::string& form,
                      uint32_t form_class, const Neighbours& around) const;
  bool Know(const std::string& lower);

  const DiacriticRestorer& restorer_;
  const Lexicon& lexicon_;
  const std::vector<std::string_view>& lines_;
  std::vector<Token> tokens_;  // the block of lines being decided
  std::unordered_map<std::string, Analysis> analyses_;
  std::unordered_map<std::string, bool> hunspell_cache_;
  // For each candidate, how many distinct unknown words of the document
  // can be read as it: OCR garbles one word differently each time
  // ("Rosidngen", "Rosdngen", "Rosdangen"), and the reading they share is
  // what was printed.
  std::unordered_map<std::string, int> shared_readings_;
  std::vector<Evidence> prefix_;  // evidence of lines [0, i)
  Evidence total_;
};

bool DiacriticRestorer::Document::Know(const std::string& lower) {
  auto it = hunspell_cache_.find(lower);
  if (it != hunspell_cache_.end()) return it->second;
  const bool known = restorer_.HunspellKnows(lower);
  hunspell_cache_.emplace(lower, known);
  return known;
}

void DiacriticRestorer::Document::AddFoldCandidates(
    std::u32string_view damaged, const std::string& key, const Candidate& base,
    std::vector<Candidate>* out) {
  lexicon_.ForEachFolded(key, [&](const LexiconWord& word) {
    if (word.compound_only) return;
    Candidate c = base;
    if (!MatchFolded(damaged, word.text, c.folded)) return;
    c.TakeWord(word);
    out->push_back(std::move(c));
  });
}

// Rebuilds a compound the word list does not spell out from parts it does
// ("samordningsforbundet" -> "samordnings" + "förbundet"), choosing the
// segmentation with the fewest parts, and keeps it when hunspell accepts it.
bool DiacriticRestorer::Document::Compound(const std::string& lower,
                                           bool restore, Candidate* out,
                                           Candidate* unverified) {
  const std::u32string cps = Decode(lower);
  const size_t n = cps.size();
  if (n < 7 || n > 48) return false;
  struct Part {
    std::string form;
    float folded[kKinds] = {0, 0, 0};
    float dropped[kKinds] = {0, 0, 0};
    float frequency = 0;
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
  // The best part for cps[b, e): as written (`restored` false) or with
  // å/ä/ö put back (`restored` true), the most frequent reading.
  auto best_reading = [&](size_t b, size_t e, bool restored) {
    Part part;
    const std::u32string_view seg(cps.data() + b, e - b);
    const std::string text = Encode(seg);
    if (!restored) {
      if (const LexiconWord* w = lexicon_.Find(text)) {
        part.form = text;
        part.frequency = std::max(w->frequency, kListedFloor);
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
      r.ok = true;
      readings.push_back(std::move(r));
    });
    if (!HasSwedishDiacritic(text)) {
      lexicon_.ForEachDropped(text, [&](const LexiconWord& w) {
        Part r;
        r.form = std::string(w.text);
        CountKinds(w.text, r.dropped);
        r.frequency = std::max(w.frequency, kListedFloor);
        r.ok = true;
        readings.push_back(std::move(r));
      });
    }
    if (readings.empty()) return part;
    std::sort(readings.begin(), readings.end(),
              [](const Part& x, const Part& y) {
                return x.frequency != y.frequency ? x.frequency > y.frequency
                                                  : x.form < y.form;
              });
    part = readings[0];
    for (size_t i = 1; i < readings.size() && i < 4; ++i) {
      part.others.push_back(readings[i]);
    }
    return part;
  };
  std::function<Part(size_t, size_t, bool)> best_part = [&](size_t b, size_t e,
                                                            bool restored) {
    Part part = best_reading(b, e, restored);
    // A first part with the linking "s" the word list lacks ("behovs" in
    // "behovskartläggning"): the part without it, then the "s".
    if (!part.ok && e - b >= 4 && e < n && cps[e - 1] == U's') {
      part = best_reading(b, e - 1, restored);
      if (part.ok) {
        part.form += 's';
        for (Part& other : part.others) other.form += 's';
      }
    }
    part.begin = b;
    part.end = e;
    return part;
  };
  // best[i][r]: cheapest cover of cps[0, i), with (r = 1) or without any
  // restored part; cost = 10 per part - log frequency, so fewer and more
  // common parts win.
  struct State {
    double cost = 1e300;
    size_t from = 0;
    int from_restored = 0;
    Part part;
  };
  std::vector<std::array<State, 2>> best(n + 1);
  best[0][0].cost = 0;
  for (size_t e = 2; e <= n; ++e) {
    for (size_t b = (e > 30 ? e - 30 : 0); b + 2 <= e; ++b) {
      if (best[b][0].cost >= 1e299 && best[b][1].cost >= 1e299) continue;
      for (int restored = 0; restored <= (restore ? 1 : 0); ++restored) {
        Part part = best_part(b, e, restored == 1);
        if (!part.ok) continue;
        // Folding is the common damage inside a compound; a dropped letter
        // is assumed only where nothing else explains the word.
        double step = 10.0 - 0.5 * std::log(part.frequency + 1.0);
        for (int k = 0; k < kKinds; ++k) {
          step += 1.0 * part.folded[k] + 4.0 * part.dropped[k];
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
  if (best[n][want].cost >= 1e299) return false;
  std::vector<const Part*> parts;
  for (size_t e = n, r = want; e > 0;) {
    const State& state = best[e][r];
    parts.push_back(&state.part);
    e = state.from;
    r = state.from_restored;
  }
  if (parts.size() < 2 || parts.size() > 5) return false;
  Candidate c;
  float edits = 0;
  // A compound is about as common as its rarest part allows.
  float rarest = 1e9f;
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
    c.word += (*it)->form;
    rarest = std::min(rarest, (*it)->frequency);
    for (int k = 0; k < kKinds; ++k) {
      c.folded[k] += (*it)->folded[k];
      c.dropped[k] += (*it)->dropped[k];
      edits += (*it)->folded[k] + (*it)->dropped[k];
    }
  }
  c.compound = true;
  c.frequency = std::max(kHunspellFloor, 0.1f * rarest);
  if (!restore) {
    *out = std::move(c);
    return true;
  }
  if (edits == 0) return false;
  std::vector<const Part*> ordered(parts.rbegin(), parts.rend());
  if (Know(c.word)) {
    // Another restored reading of one part may give a compound hunspell
    // accepts as well ("vård" or "värd" in "vardkontakt"). How often the
    // parts stand alone in the texts hardly tells them apart; how words
    // are spelt does (many words hold "vårdk", few "värdk").
    const SpellingModel& spelling = lexicon_.spelling();
    double best = kSpellingWeight * spelling.LogProb(c.word);
    Candidate swapped = c;
    bool swap = false;
    int budget = 6;  // hunspell calls
    for (size_t i = 0; i < ordered.size(); ++i) {
      // A part kept as written may have restored readings too ("malning"
      // or "målning" in "fonstermalning").
      const Part& part = *ordered[i];
      std::vector<Part> alternatives = part.others;
      if (!part.restored()) {
        Part restored = best_part(part.begin, part.end, true);
        if (restored.ok) {
          alternatives.insert(alternatives.end(), restored.others.begin(),
                              restored.others.end());
          alternatives.push_back(std::move(restored));
        }
      }
      for (const Part& other : alternatives) {
        std::string word;
        for (size_t j = 0; j < ordered.size(); ++j) {
          word += j == i ? other.form : ordered[j]->form;
        }
        const double score = kSpellingWeight * spelling.LogProb(word) +
                             0.5 * (std::log(other.frequency + 1.0) -
                                    std::log(part.frequency + 1.0));
        if (score <= best || budget-- <= 0 || !Know(word)) continue;
        best = score;
        swap = true;
        swapped = c;
        swapped.word = std::move(word);
        for (int k = 0; k < kKinds; ++k) {
          swapped.folded[k] += other.folded[k] - part.folded[k];
          swapped.dropped[k] += other.dropped[k] - part.dropped[k];
        }
      }
    }
    if (swap) c = std::move(swapped);
    *out = std::move(c);
    return true;
  }
  // Hunspell said no: try other readings of the same letters, one part at
  // a time, then two: the restored readings a part has besides its most
  // frequent one ("vägar" after "vågar" in "kontaktvagar"), a restored
  // reading of a part kept as written ("stöd" for "stod" in
  // "anhorigstod"), and the part as written ("behovs" for "behövs").
  std::vector<std::vector<Part>> options(ordered.size());
  const bool written_known = Know(lower);
  for (size_t i = 0; i < ordered.size(); ++i) {
    const Part& chosen = *ordered[i];
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
    const Part restored = best_part(chosen.begin, chosen.end, true);
    add(restored);
    for (const Part& other : restored.others) add(other);
    add(best_part(chosen.begin, chosen.end, false));
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
    if (alt_edits == 0 || !Know(word)) return false;
    alt.word = std::move(word);
    *out = std::move(alt);
    return true;
  };
  // Bounded: a handful of hunspell calls per distinct word.
  const auto search = [&]() {
    int budget = 24;
    std::vector<const Part*> pick = ordered;
    for (size_t i = 0; i < ordered.size(); ++i) {
      for (const Part& a : options[i]) {
        if (budget-- <= 0) return false;
        pick[i] = &a;
        if (try_word(pick)) return true;
      }
      pick[i] = ordered[i];
    }
    for (size_t i = 0; i < ordered.size(); ++i) {
      for (size_t j = i + 1; j < ordered.size(); ++j) {
        for (const Part& a : options[i]) {
          for (const Part& b : options[j]) {
            if (budget-- <= 0) return false;
            pick[i] = &a;
            pick[j] = &b;
            if (try_word(pick)) return true;
          }
        }
        pick[i] = ordered[i];
        pick[j] = ordered[j];
      }
    }
    return false;
  };
  if (search()) return true;
  // Compounds hunspell-sv's rules do not build ("presidietmöte", "årshjul")
  // are still Swedish. Offered only from two or three parts of three
  // letters or more, each restored part a word seen in running text, and
  // with a prior below any verified compound: only a page that shows the
  // damage makes it win.
  if (unverified != nullptr && ordered.size() <= 3) {
    bool sound = true;
    for (size_t i = 0; i < ordered.size(); ++i) {
      const Part* p = ordered[i];
      const float dropped = p->dropped[0] + p->dropped[1] + p->dropped[2];
      const bool restored_part = p->restored();
      // A dropped letter can go almost anywhere: only in the head of the
      // compound, a word of four letters or more, after parts of four
      // letters or more ("presidiet" + "mte" -> "möte").
      const bool last = i + 1 == ordered.size();
      // Not as its first letter either: "tidgare" is no "tid" + "ägare".
      const std::u32string form = Decode(p->form);
      const bool dropped_ok =
          dropped == 0 ||
          (last && form.size() >= 4 && form[0] == cps[p->begin] &&
           std::all_of(ordered.begin(), ordered.end() - 1,
                       [](const Part* q) { return q->end - q->begin >= 4; }));
      if (p->end - p->begin < 3 || !dropped_ok ||
          (restored_part && p->frequency <= kListedFloor)) {
        sound = false;
        break;
      }
    }
    if (sound) {
      *unverified = c;
      unverified->frequency = kUnverifiedCompound;
      unverified->unverified = true;
    }
  }
  return false;
}

bool DiacriticRestorer::Document::SplitAfterShortWord(const std::string& lower,
                                                      Candidate* out) const {
  // Short words that seldom open a compound (unlike "med", "till", "för",
  // "en", "i") or a name (unlike "har", "kan", "jag": "Harper", "Jagland"),
  // so a word they open that nobody knows is two words.
  static constexpr std::string_view kHeads[] = {"det", "ett",  "att", "du",
                                                "och", "inte", "han", "hon",
                                                "är",  "får",  "få"};
  const std::u32string cps = Decode(lower);
  if (cps.size() < 5 || !std::all_of(cps.begin(), cps.end(),
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
        rest->proper || (rest->frequency < 1.0f && !rest->common)) {
      continue;
    }
    const float frequency =
        0.01f *
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

DiacriticRestorer::Analysis& DiacriticRestorer::Document::Analyze(
    const std::string& lower) {
  auto it = analyses_.find(lower);
  if (it != analyses_.end()) return it->second;
  Analysis a;
  const LexiconWord* entry = lexicon_.Find(lower);
  const std::u32string cps = Decode(lower);
  // A compound-only form ("hälso" in "hälso- och sjukvård") is a known
  // string too.
  if (entry != nullptr) {
    a.known = true;
    a.frequency =
        std::max(entry->frequency, entry->common ? kCommonFloor : kListedFloor);
    a.word_class = entry->word_class;
  } else if (cps.size() >= 5 && Know(lower)) {
    a.known = true;
    a.hunspell_only = true;
    a.frequency = kHunspellFloor;
  }
  const bool has_a_or_o = lower.find('a') != std::string::npos ||
                          lower.find('o') != std::string::npos;
  // Folded: the word with some a/o turned into å/ä/ö.
  if (has_a_or_o)
    AddFoldCandidates(cps, FoldDiacritics(lower), {}, &a.candidates);
  // Dropped: å/ä/ö missing altogether ("p", "r" and "ren" are words too,
  // so known words get these candidates as well; the damage rate decides).
  if (!HasSwedishDiacritic(lower)) {
    lexicon_.ForEachDropped(lower, [&](const LexiconWord& word) {
      if (word.compound_only) return;
      Candidate c;
      CountKinds(word.text, c.dropped);
      if (c.dropped_letters() > 3) return;
      c.TakeWord(word);
      a.candidates.push_back(std::move(c));
    });
  }
  // OCR confusions, then folding of the rest: for unknown words, and for
  // short rare ones that OCR damage often produces ("dr" for "är").
  const bool rare_short =
      entry != nullptr && entry->frequency < 50 && cps.size() <= 4;
  std::vector<OcrReading> variants;
  if (!a.known || rare_short) {
    variants = OcrReadings(cps, /*allow_weak=*/true);
    for (const OcrReading& v : variants) {
      if (v.text == cps) continue;
      const std::string text = Encode(v.text);
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
      }
      AddFoldCandidates(v.text, FoldDiacritics(text), base, &a.candidates);
    }
  }
  // Candidates that need an OCR confusion ("behovskartlaggning" read with
  // an i for an l) must not hide the plain folded compound: rebuild it
  // whenever no candidate explains the word by folding or dropping alone.
  const bool explained_plainly =
      std::any_of(a.candidates.begin(), a.candidates.end(),
                  [](const Candidate& c) { return !c.ocr; });
  if (!a.known && !explained_plainly) {
    // Compounds: from the word as written, or from its cheapest OCR
    // readings ("samordningsférbundet", "ersdttningsform").
    std::sort(variants.begin(), variants.end(),
              [](const OcrReading& x, const OcrReading& y) {
                return x.cost != y.cost ? x.cost < y.cost : x.text < y.text;
              });
    Candidate c;
    Candidate unverified;
    const size_t found_before = a.candidates.size();
    if (Compound(lower, /*restore=*/true, &c,
                 cps.size() >= 7 ? &unverified : nullptr)) {
      a.candidates.push_back(std::move(c));
    } else if (a.candidates.empty()) {
      int compounds_tried = 0, spelled = 0;
      for (const OcrReading& v : variants) {
        if (v.text == cps) continue;
        const std::string text = Encode(v.text);
        // A reading is worth spelling when it undoes damage: å/ä/ö put
        // back, an impossible character replaced, or a letter read twice
        // taken out ("psykkiatriveckan").
        if (!HasSwedishDiacritic(text) && !HasStrongConfusion(cps) &&
            v.text.size() == cps.size()) {
          continue;
        }
        bool found = false;
        if (spelled++ < kSpellBudget && cps.size() >= 5 && Know(text)) {
          c = Candidate();
          c.word = text;
          c.compound = true;
          // A whole word hunspell knows: surer than a guessed compound.
          c.frequency = 0.1f;
          found = true;
        } else if (compounds_tried++ < 3 &&
                   Compound(text, /*restore=*/true, &c)) {
          found = true;
        }
        if (found) {
          c.ocr = true;
          c.ocr_cost = v.cost;
          c.weak_ocr = v.weak;
          c.strong_ocr = v.strong;
          a.candidates.push_back(std::move(c));
          break;
        }
        if (spelled >= kSpellBudget && compounds_tried >= 3) break;
      }
    }
    // A compound hunspell rejects only where nothing better explains the
    // word ("heldarsbudgeten" is "helårsbudgeten" read with a d).
    if (a.candidates.size() == found_before && !unverified.word.empty()) {
      a.candidates.push_back(std::move(unverified));
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
  // Spelling only tells readings apart: worth computing for two or more.
  if (std::count_if(a.candidates.begin(), a.candidates.end(),
                    [](const Candidate& c) { return c.rarely_seen(); }) > 1) {
    for (Candidate& c : a.candidates) {
      if (c.rarely_seen()) c.spelling = lexicon_.spelling().LogProb(c.word);
    }
  }
  return analyses_.emplace(lower, std::move(a)).first->second;
}

// Adds what `token` says about the document's damage: a known word with
// å/ä/ö kept them; an unknown word whose clear best restoration is folded,
// dropped or garbled shows that damage. Ambiguous words say nothing.
void DiacriticRestorer::Document::Observe(const Token& token,
                                          Evidence* evidence) const {
  const Analysis* a = token.analysis;
  if (a == nullptr) return;
  if (a->known) {
    if (a->candidates.empty()) CountKinds(token.lower, evidence->clean);
    return;
  }
  if (a->candidates.empty()) return;
  const Candidate* best = nullptr;
  double best_score = -1e300, second = -1e300;
  for (const Candidate& c : a->candidates) {
    const double s = std::log(std::max(c.frequency, kListedFloor)) - c.ocr_cost;
    if (s > best_score) {
      second = best_score;
      best_score = s;
      best = &c;
    } else if (s > second) {
      second = s;
    }
  }
  if (best_score - second < std::log(3.0)) return;
  // Capitalised words nobody knows are mostly names and foreign words
  // ("Draper" -> "dräper", "Star" -> "står"): they would make clean text
  // look damaged. The listed names they stand for ("Forsakringskassan",
  // "Orebro") are evidence all the same.
  if ((token.pattern == CasePattern::kCapitalized ||
       token.pattern == CasePattern::kMixed) &&
      !best->preferred && !best->proper) {
    return;
  }
  if (best->ocr) {
    CountKinds(best->word, evidence->ocr);
  } else {
    for (int k = 0; k < kKinds; ++k) {
      evidence->folded[k] += best->folded[k];
      evidence->dropped[k] += best->dropped[k];
    }
  }
}

DiacriticRestorer::Document::Rates DiacriticRestorer::Document::RatesAround(
    size_t line, const Evidence& own) const {
  constexpr size_t kWindow = 30;  // lines either side
  // Pseudo-counts of the wider estimate each narrower one backs off to:
  // window per letter -> document per letter -> document, all letters ->
  // prior. Sparse evidence (a page with three ä) leans on the wider one;
  // plenty (a scan that kept every å and lost every ä) stands on its own.
  constexpr float kWindowBackoff = 4;
  constexpr float kLetterBackoff = 2;
  constexpr float kPriorWeight = 2;
  const size_t lo = line > kWindow ? line - kWindow : 0;
  const size_t hi = std::min(lines_.size(), line + kWindow + 1);
  Evidence window = prefix_[hi];
  window.Add(prefix_[lo], -1);
  window.Add(own, -1);
  Evidence total = total_;
  total.Add(own, -1);
  auto all = [](const Evidence& e, int k) {
    return e.clean[k] + e.folded[k] + e.dropped[k] + e.ocr[k];
  };
  float doc_all = 0, doc_fold = 0, doc_drop = 0, doc_ocr = 0;
  float win_all = 0, win_drop = 0, win_ocr = 0;
  for (int k = 0; k < kKinds; ++k) {
    doc_all += all(total, k);
    doc_fold += total.folded[k];
    doc_drop += total.dropped[k];
    doc_ocr += total.ocr[k];
    win_all += all(window, k);
    win_drop += window.dropped[k];
    win_ocr += window.ocr[k];
  }
  auto smooth = [](float hits, float n, float wider, float weight) {
    return (hits + weight * wider) / (n + weight);
  };
  auto clamp = [](float r) { return std::clamp(r, 0.0001f, 0.98f); };
  Rates rates;
  const float fold_doc = smooth(doc_fold, doc_all, 0.01f, kPriorWeight);
  for (int k = 0; k < kKinds; ++k) {
    const float doc_k =
        smooth(total.folded[k], all(total, k), fold_doc, kLetterBackoff);
    rates.folded[k] =
        clamp(smooth(window.folded[k], all(window, k), doc_k, kWindowBackoff));
  }
  rates.dropped = clamp(smooth(win_drop, win_all,
                               smooth(doc_drop, doc_all, 0.01f, kPriorWeight),
                               kWindowBackoff));
  rates.ocr = clamp(smooth(win_ocr, win_all,
                           smooth(doc_ocr, doc_all, 0.05f, kPriorWeight),
                           kWindowBackoff));
  return rates;
}

// An English word among English words ("Sign for approval", "signed by
// the board") is English: "for" there is not "för". A neighbour on the same
// line counts when it is a common English word that is rare in Swedish, or
// a word no Swedish lexicon knows and no restoration explains; two of them
// within three words make a phrase.
bool DiacriticRestorer::Document::InEnglishPhrase(size_t index) const {
  const Token& self = tokens_[index];
  if (!lexicon_.IsEnglish(self.lower)) return false;
  int english = 0;
  const size_t lo = index >= 3 ? index - 3 : 0;
  const size_t hi = std::min(tokens_.size(), index + 4);
  for (size_t j = lo; j < hi; ++j) {
    const Token& t = tokens_[j];
    if (j == index || t.line != self.line) continue;
    if (t.word.kind != WordToken::Kind::kWord) continue;
    if (lexicon_.IsEnglish(t.lower)) {
      const LexiconWord* sv = lexicon_.Find(t.lower);
      if (sv == nullptr || sv->frequency < 5) ++english;
    } else if (t.analysis != nullptr && !t.analysis->known &&
               t.analysis->candidates.empty()) {
      ++english;
    }
  }
  return english >= 2;
}

// "FÖRÄNDRING AV LIKVIDA MEDEL FOR ARET": a short all-caps word next to a
// long all-caps word on the same line is part of a heading, not an
// abbreviation.
bool DiacriticRestorer::Document::InCapsHeading(size_t index) const {
  const Token& self = tokens_[index];
  for (size_t j : {index - 1, index + 1}) {
    if (j >= tokens_.size() || tokens_[j].line != self.line) continue;
    const Token& t = tokens_[j];
    if (t.word.kind == WordToken::Kind::kWord &&
        t.pattern == CasePattern::kUpper && t.word.text.size() >= 4) {
      return true;
    }
  }
  return false;
}

bool DiacriticRestorer::Document::StartsWithLowerWord(std::string_view line) {
  const std::vector<WordToken> words = TokenizeLine(line);
  if (words.empty() || words[0].kind != WordToken::Kind::kWord) return false;
  const Token t = MakeToken(words[0], 0);
  if (t.pattern != CasePattern::kLower || t.analysis == nullptr) return false;
  // "fregende" is lower case whatever it restores to; "rsredovisning" may
  // have lost a capital Å.
  const char32_t first = FirstLetter(t.lower);
  return std::none_of(
      t.analysis->candidates.begin(), t.analysis->candidates.end(),
      [&](const Candidate& c) { return FirstLetter(c.word) != first; });
}

int DiacriticRestorer::Document::CellCaseVote(size_t index) const {
  const Token& self = tokens_[index];
  const auto in_table = [&](size_t line) {
    return line < lines_.size() &&
           lines_[line].find('\t') != std::string_view::npos;
  };
  if (!in_table(self.line)) return 0;
  int vote = 0;
  // Voters: cell starts on this row and the first cells of the rows above
  // and below, each a word known as written with nothing to restore.
  const auto count = [&](const Token& t) {
    if (t.analysis == nullptr || !t.analysis->known ||
        !t.analysis->candidates.empty() || !t.starts_sentence) {
      return;
    }
    if (t.pattern == CasePattern::kCapitalized) ++vote;
    if (t.pattern == CasePattern::kLower) --vote;
  };
  for (size_t j = index; j-- > 0 && tokens_[j].line + 1 >= self.line;) {
    if (tokens_[j].line == self.line ||
        (in_table(tokens_[j].line) &&
         (j == 0 || tokens_[j - 1].line != tokens_[j].line))) {
      count(tokens_[j]);
    }
  }
  for (size_t j = index + 1;
       j < tokens_.size() && tokens_[j].line <= self.line + 1; ++j) {
    if (tokens_[j].line == self.line ||
        (in_table(tokens_[j].line) && tokens_[j - 1].line != tokens_[j].line)) {
      count(tokens_[j]);
    }
  }
  return vote;
}

bool DiacriticRestorer::Document::NextToUnknownName(size_t index) const {
  const Token& self = tokens_[index];
  for (size_t j : {index - 1, index + 1}) {
    if (j >= tokens_.size() || tokens_[j].line != self.line) continue;
    const Token& t = tokens_[j];
    if (t.pattern == CasePattern::kCapitalized && t.analysis != nullptr &&
        !t.analysis->known && t.analysis->candidates.empty()) {
      return true;
    }
  }
  return false;
}

DiacriticRestorer::Document::Neighbours
DiacriticRestorer::Document::NeighboursOf(size_t index) {
  // A neighbour nobody knows as written reads as its likeliest reading:
  // OCR's "féregaende ar" is "föregående år".
  auto read = [this](const Token& t) {
    Analysis* a = t.analysis;
    if (a == nullptr) return std::make_pair(FoldDiacritics(t.lower), 0u);
    if (!a->context_read) {
      const std::string* word = &t.lower;
      if (!a->known && !a->candidates.empty()) {
        const Candidate* best = &a->candidates[0];
        for (const Candidate& c : a->candidates) {
          if (c.frequency > best->frequency) best = &c;
        }
        word = &best->word;
      }
      a->context_folded = FoldDiacritics(*word);
      a->context_class = lexicon_.DamagedClass(*word);
      a->context_read = true;
    }
    return std::make_pair(a->context_folded, a->context_class);
  };
  Neighbours around;
  if (index > 0) around.folded_prev = read(tokens_[index - 1]).first;
  if (index + 1 < tokens_.size()) {
    std::tie(around.folded_next, around.next_class) = read(tokens_[index + 1]);
  }
  return around;
}

float DiacriticRestorer::Document::ContextWeight(
    size_t index, const std::string& form, uint32_t form_class,
    const Neighbours& around) const {
  const std::string& folded_prev = around.folded_prev;
  const std::string& folded_next = around.folded_next;
  const Token& self = tokens_[index];
  // Neighbours on the same line or the line before/after (sentences wrap),
  // but not across a blank line, and none before where a sentence starts
  // (mid-line, or at a line the shape of the lines opens).
  const Token* prev = nullptr;
  const Token* next = nullptr;
  if (index > 0 && tokens_[index - 1].line + 1 >= self.line &&
      !self.starts_sentence) {
    prev = &tokens_[index - 1];
  }
  if (index + 1 < tokens_.size() && tokens_[index + 1].line <= self.line + 1 &&
      !self.word.punct_after) {
    next = &tokens_[index + 1];
  }
  bool opens_cell = false, closes_cell = false;
  CellEdges(lines_[self.line], self.word.begin, self.word.end, &opens_cell,
            &closes_cell);
  using Match = Lexicon::ContextRule::Match;
  auto matches = [&](Match match, const std::string& word,
                     const std::string& dropped, const Token* t,
                     const std::string& folded, bool before) {
    switch (match) {
      case Match::kAny:
        return true;
      case Match::kCellEdge:
        return before ? opens_cell : closes_cell;
      // A number ending the line before is a table's value or a page
      // number more often than "5 år".
      case Match::kNumber:
        return t != nullptr && (!before || t->line == self.line) &&
               IsNumberToken(t->word);
      case Match::kYear:
        return t != nullptr && (!before || t->line == self.line) &&
               IsYearToken(t->word);
      case Match::kWord:
        return t != nullptr &&
               (word == folded || (!dropped.empty() && dropped == folded));
    }
    return false;
  };
  float weight = 0;
  for (const Lexicon::ContextRule& rule : lexicon_.ContextRulesFor(form)) {
    if (matches(rule.previous_match, rule.previous, rule.previous_dropped, prev,
                folded_prev, true) &&
        matches(rule.next_match, rule.next, rule.next_dropped, next,
                folded_next, false)) {
      weight += rule.weight;
    }
  }
  // Counted evidence, for the neighbours no curated rule speaks of; and
  // the word before with the class of the word after, where neither alone
  // settles it ("det har problemet" -> "det här problemet").
  if (prev != nullptr)
    weight += lexicon_.NeighbourWeight(form, 'p', folded_prev);
  if (next != nullptr)
    weight += lexicon_.NeighbourWeight(form, 'n', folded_next);
  if (prev != nullptr && next != nullptr)
    weight += lexicon_.PatternWeight(form, folded_prev, around.next_class);
  // The parts of speech Swedish puts next to a word: "har läst", "kan
  // ändra", "får anta".
  if (prev != nullptr) {
    weight += lexicon_.ClassAfterWeight(folded_prev, form_class);
  }
  if (next != nullptr) {
    weight += lexicon_.ClassBeforeWeight(form, around.next_class);
  }
  return weight;
}

DiacriticRestorer::Document::Token DiacriticRestorer::Document::MakeToken(
    const WordToken& word, size_t line) {
  Token t;
  t.word = word;
  t.line = line;
  t.lower = ToLower(word.text);
  t.pattern = CasePatternOf(word.text);
  if (word.kind != WordToken::Kind::kWord) return t;
  // All-caps words of up to three letters are abbreviations ("OVK", "AF",
  // "SKR"), and so with a genitive "s" ("SKRs", "AFs"), unless they stand
  // in an all-caps heading (Decide checks).
  const size_t letters = Decode(t.lower).size();
  const bool genitive =
      letters >= 3 && letters <= 4 && t.word.text.back() == 's' &&
      CasePatternOf(t.word.text.substr(0, t.word.text.size() - 1)) ==
          CasePattern::kUpper;
  t.short_caps = (t.pattern == CasePattern::kUpper && letters <= 3) || genitive;
  // No Swedish word is this long; such tokens are junk (rules, leaders).
  if (t.lower.size() > 80) return t;
  t.analysis = &Analyze(t.lower);
  return t;
}

void DiacriticRestorer::Document::Decide(size_t i, float min_confidence,
                                         std::vector<LetterEdit>* edits) {
  const Token& t = tokens_[i];
  Analysis* a = t.analysis;
  if (a == nullptr) return;
  Evidence own;
  Observe(t, &own);
  const Rates rates = RatesAround(t.line, own);
  // A compound hunspell accepts as written may still be damaged
  // ("kontaktvagar"): where the text around is damaged, rebuild it from
  // restored parts, and weigh the written form by its own parts.
  if (a->hunspell_only && !a->compound_tried) {
    const float damage = std::max(
        {rates.folded[0], rates.folded[1], rates.folded[2], rates.dropped});
    if (!a->candidates.empty() || damage > 0.15f) {
      a->compound_tried = true;
      Candidate as_written;
      // Never above a listed word's floor: a listed word beats a guess.
      if (Compound(t.lower, /*restore=*/false, &as_written)) {
        a->frequency = std::min(as_written.frequency, 0.2f);
      }
      Candidate restored;
      if (a->candidates.empty() &&
          Compound(t.lower, /*restore=*/true, &restored)) {
        a->candidates.push_back(std::move(restored));
      }
    }
  }
  if (a->candidates.empty()) return;
  if (t.short_caps && !InCapsHeading(i)) return;
  if (InEnglishPhrase(i)) return;
  const bool capitalised_inside =
      !t.word.sentence_start && t.pattern == CasePattern::kCapitalized;
  // "Lone Atterstig", "Raéd Shaqdih": a capitalised word nobody knows next
  // to another one, or a short one inside a sentence, is a name (longer
  // capitalised words inside lines are mostly table cells and headings).
  const bool name_like = t.pattern == CasePattern::kCapitalized && !a->known &&
                         (NextToUnknownName(i) ||
                          (capitalised_inside && Decode(t.lower).size() <= 5));
  // Next to a capitalised word on the same line: a run of names, when the
  // word is capitalised too or lost its capital with its first letter
  // ("Peter hman" for "Peter Öhman").
  bool in_name_run = false;
  if (capitalised_inside ||
      (t.pattern == CasePattern::kLower && !t.word.sentence_start)) {
    for (size_t j : {i - 1, i + 1}) {
      if (j < tokens_.size() && tokens_[j].line == t.line &&
          tokens_[j].pattern == CasePattern::kCapitalized &&
          tokens_[j].word.kind == WordToken::Kind::kWord) {
        in_name_run = true;
      }
    }
  }
  // Scores in nats; the word as written first.
  std::vector<double> scores;
  scores.reserve(a->candidates.size() + 1);
  const bool short_word = Decode(t.lower).size() <= 2;
  const Neighbours around = NeighboursOf(i);
  // A word of one or two letters is often an abbreviation or a stray
  // letter ("R", "P:"), whatever the word list says about it.
  // hunspell-sv builds most real long compounds by its rules, so a long
  // word nobody knows is more likely damaged than a short one (names,
  // abbreviations, foreign words are mostly short).
  const double unknown_keep =
      Decode(t.lower).size() >= kLongWord ? kUnknownLongKeep : kUnknownKeep;
  double keep = std::log(a->known ? a->frequency : unknown_keep);
  if (short_word) keep = std::max(keep, std::log(double{kUnknownShortKeep}));
  keep += ContextWeight(i, t.lower, a->word_class, around);
  scores.push_back(keep);
  // Readings the texts rarely show compete on spelling: the one spelt most
  // like Swedish loses nothing, the others lose by how much less alike
  // they are ("sammanstötning" beside "sammansättning").
  double best_spelling = -1e300;
  for (const Candidate& c : a->candidates) {
    if (c.rarely_seen()) best_spelling = std::max(best_spelling, c.spelling);
  }
  for (const Candidate& c : a->candidates) {
    // A rebuilt compound carries its own estimate (its rarest part).
    double s =
        std::log(c.compound ? c.frequency
                            : std::max(c.frequency,
                                       c.common ? kCommonFloor : kListedFloor));
    for (int k = 0; k < kKinds; ++k) {
      s += c.folded[k] * std::log(rates.folded[k]);
      s += c.dropped[k] * std::log(rates.dropped);
    }
    s += c.weak_ocr * std::log(rates.ocr) - c.ocr_cost;
    // "é" or "6" inside a word is damage in OCR output, but in text whose
    // other words show no OCR damage it may be meant (names, loanwords).
    s += c.strong_ocr * std::min(0.0, std::log(rates.ocr / 0.1));
    if (c.preferred) s += std::log(2.0);
    // A name is restored only when the lexicon knows it with å/ä/ö: a
    // capitalised word inside a sentence is not rebuilt as a compound.
    // Long ones are table cells and headings far more often than names.
    if (c.compound && capitalised_inside && !a->known &&
        Decode(t.lower).size() < kLongWord) {
      s += std::log(0.1);
    }
    if (name_like && !c.proper && !c.preferred) s += std::log(0.001);
    // Inside a sentence, a capitalised word nobody knows is a name or a
    // foreign word far more often than a compound hunspell cannot build
    // ("Greenblatt" is no "Greenblått").
    if (c.unverified && capitalised_inside) s += std::log(0.01);
    // ... and not two words run together.
    if (c.split && capitalised_inside) s += std::log(0.001);
    const bool dropped_capital = t.pattern == CasePattern::kLower &&
                                 c.dropped_letters() > 0 &&
                                 FirstLetter(c.word) != FirstLetter(t.lower);
    if (c.proper && t.pattern == CasePattern::kLower &&
        !(in_name_run && dropped_capital)) {
      s += std::log(0.2);
    }
    // Inside a run of capitalised words ("Ulf Petrus Hakan Nohre") a listed
    // name beats the common noun it folds to ("hakan", the chin).
    if (c.proper && in_name_run && t.pattern != CasePattern::kLower &&
        a->known && c.dropped_letters() == 0) {
      s += std::log(10.0);
    }
    // A person's name without å/ä/ö may be right as written ("Hakan"):
    // only clear damage around it restores it.
    if (c.proper && !c.preferred && !a->known) s += std::log(0.05);
    // Short words are shared by chance ("dr", "&r", "ar" are all "är").
    if (!a->known && c.word.size() >= 6) {
      auto shared = shared_readings_.find(c.word);
      const int others =
          shared == shared_readings_.end() ? 0 : shared->second - 1;
      s += std::min(others, 3) * std::log(3.0);
    }
    if (c.rarely_seen()) s += kSpellingWeight * (c.spelling - best_spelling);
    s += ContextWeight(i, c.word, c.word_class, around);
    scores.push_back(s);
  }
  const double top = *std::max_element(scores.begin(), scores.end());
  double sum = 0;
  for (double s : scores) sum += std::exp(s - top);
  size_t best = 0, runner_up = 0;
  for (size_t j = 1; j < scores.size(); ++j) {
    if (scores[j] > scores[best]) {
      runner_up = best;
      best = j;
    } else if (runner_up == best || scores[j] > scores[runner_up]) {
      runner_up = j;
    }
  }
  const float confidence =
      static_cast<float>(std::exp(scores[best] - top) / sum);
  size_t chosen = best;
  float chosen_confidence = confidence;
  const bool applied = best != 0 && confidence >= min_confidence;
  if (best == 0) {
    if (confidence >= min_confidence || runner_up == 0) return;
    // Keeping the word is itself unsure: report the alternative.
    chosen = runner_up;
    chosen_confidence =
        static_cast<float>(std::exp(scores[runner_up] - top) / sum);
  }
  const Candidate& c = a->candidates[chosen - 1];
  CasePattern pattern = t.pattern;
  int len = 1;
  const char32_t first = DecodeUtf8(t.word.text, 0, &len);
  if (pattern == CasePattern::kMixed) {
    pattern =
        IsUpperLetter(first) ? CasePattern::kCapitalized : CasePattern::kLower;
  }
  // "Kkr", "Kklar": a k read twice, once as a capital. The capital is the
  // misreading unless the word starts a sentence.
  const bool doubled_k = t.word.text.size() > 2 && t.word.text[0] == 'K' &&
                         t.word.text[1] == 'k' && c.ocr &&
                         c.word.size() + 1 == t.lower.size();
  if (doubled_k && !t.starts_sentence) pattern = CasePattern::kLower;
  // A dropped first letter takes its case from the sentence: "rebro" at the
  // start of a sentence, or a name, was "Örebro". In a table the other
  // cells say how this table's cells begin ("årets utgång\tunder året").
  // Where only the line's shape says a sentence starts, a word that seldom
  // opens one carries on the line before ("... i högre grad" / "r man").
  if (pattern == CasePattern::kLower && c.dropped_letters() > 0 &&
      DecodeUtf8(c.word, 0, &len) != first) {
    const int vote = t.starts_sentence ? CellCaseVote(i) : 0;
    const bool opens = t.starts_sentence &&
                       !(t.opening_guessed && c.seldom_opens && !c.proper);
    if (c.proper || vote > 0 || (vote == 0 && opens)) {
      pattern = CasePattern::kCapitalized;
    }
  }
  LetterEdit edit;
  edit.line = t.line;
  edit.begin = t.word.begin;
  edit.end = t.word.end;
  edit.before = std::string(t.word.text);
  // "BostadsrattsCentrum": the written word's own capitals stay.
  edit.after = t.pattern == CasePattern::kMixed && !doubled_k
                   ? CopyCase(t.word.text, c.word)
                   : ApplyCase(c.word, pattern);
  edit.reason = c.reason();
  edit.confidence = chosen_confidence;
  edit.applied = applied;
  if (edit.after == edit.before) return;
  edits->push_back(std::move(edit));
}

std::vector<LetterEdit> DiacriticRestorer::Document::Run(float min_confidence) {
  // Pass 1: damage evidence per line, as prefix sums for window queries.
  // Analyses are cached per distinct word, so pass 2 only looks them up.
  // Lines with nothing to decide (most lines of clean text) are not looked
  // at again, except as context for their neighbours.
  prefix_.assign(lines_.size() + 1, Evidence());
  std::vector<bool> undecided(lines_.size(), false);
  for (size_t line = 0; line < lines_.size(); ++line) {
    Evidence evidence;
    for (const WordToken& w : TokenizeLine(lines_[line])) {
      const Token t = MakeToken(w, line);
      Observe(t, &evidence);
      if (t.analysis != nullptr &&
          (!t.analysis->candidates.empty() || t.analysis->hunspell_only)) {
        undecided[line] = true;
      }
    }
    prefix_[line + 1] = prefix_[line];
    prefix_[line + 1].Add(evidence, 1);
  }
  total_ = prefix_[lines_.size()];
  for (const auto& [word, analysis] : analyses_) {
    if (analysis.known) continue;
    for (const Candidate& c : analysis.candidates) ++shared_readings_[c.word];
  }
  // Pass 2: decisions, a block of lines at a time (plus one line of context
  // either side), so memory does not grow with the document.
  constexpr size_t kBlock = 256;
  std::vector<LetterEdit> edits;
  for (size_t start = 0; start < lines_.size(); start += kBlock) {
    const size_t stop = std::min(lines_.size(), start + kBlock);
    tokens_.clear();
    const size_t first = start > 0 ? start - 1 : 0;
    const size_t last = std::min(lines_.size(), stop + 1);
    for (size_t line = first; line < last; ++line) {
      if (!undecided[line] && (line == 0 || !undecided[line - 1]) &&
          (line + 1 == lines_.size() || !undecided[line + 1])) {
        continue;
      }
      // A line's first word starts a sentence when the line before ended
      // one, was blank, or was short (a heading). A short line that starts
      // in lower case ("föregående") is no heading but part of a sentence
      // or a label the next line carries on.
      const std::string_view text = lines_[line];
      const std::string_view prev = line > 0 ? lines_[line - 1] : "";
      bool after_sentence = true;
      bool after_stop = true;  // the line before is blank or ends . ! ? :
      bool after_fragment = false;
      if (line > 0) {
        const size_t end = prev.find_last_not_of(" \t\r\f");
        after_sentence = end == std::string_view::npos || prev[end] == '.' ||
                         prev[end] == '!' || prev[end] == '?' ||
                         prev[end] == ':';
        after_stop = after_sentence;
        if (!after_sentence && end < 40) {
          after_fragment = StartsWithLowerWord(prev);
          after_sentence = !after_fragment;
        }
      }
      // A short line is a heading (unless a sentence ends in it: wrapped
      // prose), and a row of a table or a list item
      // ("• Årsavgifterna planeras...", "rets resultat 123 661 689")
      // starts like one.
      const bool row = text.find('\t') != std::string_view::npos;
      const bool opens_like_item =
          row || StartsWithBullet(text) || EndsWithAmounts(text);
      const bool line_opens =
          after_sentence ||
          (text.size() < 40 && !after_fragment && !HasSentenceEnd(text)) ||
          opens_like_item;
      const bool tabbed = row || prev.find('\t') != std::string_view::npos;
      bool first_on_line = true;
      for (const WordToken& w : TokenizeLine(text)) {
        Token t = MakeToken(w, line);
        t.starts_sentence = w.sentence_start && (!first_on_line || line_opens);
        // Unless what stands above it stops mid-sentence: the line before
        // ("processer är förenklade och"), or in a table the cell above
        // ("Villkors-" over "ändringsdag").
        if (t.starts_sentence && line > 0 && (first_on_line || tabbed)) {
          const std::string_view above =
              tabbed ? CellOf(prev, CellIndexAt(text, w.begin)) : prev;
          bool opens = first_on_line, closes = false;
          if (row) CellEdges(text, w.begin, w.end, &opens, &closes);
          if (opens && EndsMidSentence(above)) t.starts_sentence = false;
        }
        t.opening_guessed = first_on_line && t.starts_sentence && !after_stop &&
                            !opens_like_item;
        first_on_line = false;
        tokens_.push_back(std::move(t));
      }
    }
    for (size_t i = 0; i < tokens_.size(); ++i) {
      if (tokens_[i].line < start || tokens_[i].line >= stop) continue;
      Decide(i, min_confidence, &edits);
    }
  }
  return edits;
}

DiacriticRestorer::DiacriticRestorer(
    std::shared_ptr<const Lexicon> lexicon,
    std::unique_ptr<SwedishDictionary> dictionary)
    : lexicon_(std::move(lexicon)), dictionary_(std::move(dictionary)) {}

DiacriticRestorer::~DiacriticRestorer() = default;

Result<std::unique_ptr<DiacriticRestorer>> DiacriticRestorer::Create(
    std::shared_ptr<const Lexicon> lexicon,
    const std::string& hunspell_prefix) {
  if (lexicon == nullptr) {
    return Status(ErrorCode::kInvalidArgument, "no lexicon");
  }
  auto dictionary = SwedishDictionary::Open(hunspell_prefix);
  if (!dictionary.ok()) return dictionary.status();
  return std::unique_ptr<DiacriticRestorer>(
      new DiacriticRestorer(std::move(lexicon), std::move(dictionary).value()));
}

bool DiacriticRestorer::HunspellKnows(const std::string& lower_word) const {
  MutexLock lock(&dictionary_mutex_);
  return dictionary_->Contains(lower_word);
}

std::vector<LetterEdit> DiacriticRestorer::Restore(
    const std::vector<std::string_view>& lines, float min_confidence) const {
  Document document(*this, lines);
  return document.Run(min_confidence);
}

std::string DiacriticRestorer::RestoreText(std::string_view text,
                                           float min_confidence) const {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  const std::vector<LetterEdit> edits = Restore(lines, min_confidence);
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  size_t e = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t pos = 0;
    for (; e < edits.size() && edits[e].line == i; ++e) {
      if (!edits[e].applied) continue;
      out.append(lines[i].substr(pos, edits[e].begin - pos));
      out.append(edits[e].after);
      pos = edits[e].end;
    }
    out.append(lines[i].substr(pos));
    if (i + 1 < lines.size()) out.push_back('\n');
  }
  return out;
}

}  // namespace finsam
