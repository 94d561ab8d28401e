#include "normalize/diacritic_restorer.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "lang/swedish_letters.h"
#include "normalize/attested_words.h"
#include "normalize/candidate_generator.h"
#include "normalize/damage_estimate.h"
#include "normalize/line_shape.h"
#include "normalize/reading_scorer.h"
#include "normalize/word_tokenizer.h"

namespace finsam {
namespace {

using namespace restorer_weights;  // NOLINT: the weights read as names

// A word this long (in letters) that is capitalised and nobody knows, inside
// a sentence, is a name ("Raéd"); longer ones are table cells and headings.
constexpr size_t kNameLikeMaxLetters = 5;

// Lines after a word's own where its sentence may still end: a sentence of
// a report's narrow columns wraps over three lines at most ("Har insatsen
// stöttat dig i" / "kontakterna med" / "myndigheterna?").
constexpr size_t kQuestionLookaheadLines = 2;

// The letters of a unit a slash may follow ("kr/år", "kvm/år"): longer
// words joined by a slash are alternatives ("hälsa/vård", "lås/porttele").
constexpr size_t kUnitMaxLetters = 3;

// A number, or the "%" after one ("33 % män"); a number with its percent
// sign attached is none ("45% är", not "5 år").
bool IsNumberToken(const WordToken& t) {
  return (t.kind == WordToken::Kind::kNumber && t.text.back() != '%') ||
         t.text == "%";
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

// A distinct word's analysis, and how it reads as a neighbour's context:
// computed once per document.
struct DiacriticRestorer::Analysis : WordAnalysis {
  // The word as a neighbour's context evidence reads it (NeighboursOf).
  bool context_read = false;
  std::string context_folded;
  uint32_t context_class = 0;
};

// One Normalize call: tokens, per-word analyses, damage evidence, decisions.
class DiacriticRestorer::Document {
 public:
  Document(const DiacriticRestorer& restorer,
           const std::vector<std::string_view>& lines, bool explain,
           const std::vector<const Vocabulary*>& vocabularies)
      : restorer_(restorer),
        lexicon_(*restorer.lexicon_),
        lines_(lines),
        explain_(explain),
        attested_(vocabularies),
        generator_(
            *restorer.lexicon_,
            [this](const std::string& word) { return Know(word); }, attested_) {
  }

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

  // Cached per word, and apart for a word a hyphen touches.
  Analysis& Analyze(const std::string& lower, bool hyphen_joined);
  Token MakeToken(const WordToken& word, size_t line);
  void Decide(size_t index, float min_confidence,
              std::vector<LetterEdit>* edits);
  // What the scorer needs to know about token `index`.
  WordSituation SituationOf(size_t index) const;
  bool InEnglishPhrase(size_t index) const;
  // The sentence token `index` stands in ends in a question mark (looked
  // for on its line and the next kQuestionLookaheadLines).
  bool InQuestion(size_t index) const;
  bool InCapsHeading(size_t index) const;
  bool NextToUnknownName(size_t index) const;
  // How the other cells of a table row, and the first cells of the rows
  // around it, begin: > 0 mostly capitals, < 0 mostly lower case, 0 not a
  // table or no evidence.
  int CellCaseVote(size_t index) const;
  // The word after a line-opening label and its number ("Not 3 vriga",
  // "Not 2 rsavgifter"): how the document's other lines that open with
  // the same label and a number go on, > 0 mostly capitals, < 0 mostly
  // lower case, 0 no such line or no evidence. Counted once per label.
  int LabelCaseVote(size_t index);
  // The line's first word is in lower case, and no reading of it puts a
  // lost letter (maybe a capital) before it.
  bool StartsWithLowerWord(std::string_view line);
  // Joined by a slash to a unit before it ("kr/år", "kr/m²/år", "st/år"):
  // the slash reads "per". A unit is an abbreviation in lower case of up to
  // kUnitMaxLetters letters, or a token that is no word ("m²").
  bool AfterUnitSlash(size_t index) const;
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
  const bool explain_;  // fill LetterEdit::why
  const AttestedWords attested_;
  CandidateGenerator generator_;
  const ReadingScorer scorer_;
  std::vector<Token> tokens_;  // the block of lines being decided
  std::unordered_map<std::string, Analysis> analyses_;
  std::unordered_map<std::string, bool> hunspell_cache_;
  std::unordered_map<std::string, int> label_votes_;  // LabelCaseVote
  // For each candidate, how many distinct unknown words of the document
  // can be read as it: OCR garbles one word differently each time
  // ("Rosidngen", "Rosdngen", "Rosdangen"), and the reading they share is
  // what was printed.
  std::unordered_map<std::string, int> shared_readings_;
  DamageEstimate damage_;
};

bool DiacriticRestorer::Document::Know(const std::string& lower) {
  auto it = hunspell_cache_.find(lower);
  if (it != hunspell_cache_.end()) return it->second;
  const bool known = restorer_.HunspellKnows(lower);
  hunspell_cache_.emplace(lower, known);
  return known;
}

DiacriticRestorer::Analysis& DiacriticRestorer::Document::Analyze(
    const std::string& lower, bool hyphen_joined) {
  // No word starts with a hyphen: a key of its own.
  const std::string key = hyphen_joined ? "-" + lower : lower;
  auto it = analyses_.find(key);
  if (it != analyses_.end()) return it->second;
  Analysis a;
  static_cast<WordAnalysis&>(a) = generator_.Analyze(lower, hyphen_joined);
  return analyses_.emplace(key, std::move(a)).first->second;
}

// An English word among English words ("Sign for approval", "signed by
// the board") is English: "for" there is not "för". A neighbour on the same
// line counts when it is a common English word that is rare in Swedish, or
// a word no Swedish lexicon knows and no restoration explains; two of them
// within three words make a phrase. (Tried: a word of the English list that
// is no Swedish word, "Clicked invitation link", with one English
// neighbour; it kept "link" but cost recall on folded copies, sealed 95.19
// -> 95.16 %: folded Swedish such as "sager" is English too.)
bool DiacriticRestorer::Document::InQuestion(size_t index) const {
  const Token& t = tokens_[index];
  size_t from = t.word.end;
  for (size_t line = t.line;
       line < lines_.size() && line <= t.line + kQuestionLookaheadLines;
       ++line, from = 0) {
    const std::string_view text = lines_[line];
    if (from >= text.size()) continue;
    const size_t end = text.find_first_of(".!?", from);
    if (end != std::string_view::npos) return text[end] == '?';
  }
  return false;
}

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

int DiacriticRestorer::Document::LabelCaseVote(size_t index) {
  if (index < 2) return 0;
  const Token& self = tokens_[index];
  const Token& number = tokens_[index - 1];
  const Token& label = tokens_[index - 2];
  if (number.line != self.line || label.line != self.line ||
      number.word.kind != WordToken::Kind::kNumber ||
      label.word.kind != WordToken::Kind::kWord ||
      label.pattern != CasePattern::kCapitalized ||
      (index > 2 && tokens_[index - 3].line == self.line)) {
    return 0;
  }
  auto it = label_votes_.find(label.lower);
  if (it != label_votes_.end()) return it->second;
  // Voters: the word after the label and a number on every line that opens
  // so, when it is known as written with nothing to restore.
  int vote = 0;
  for (size_t line = 0; line < lines_.size(); ++line) {
    const std::string_view text = lines_[line];
    const size_t start = text.find_first_not_of(" \t");
    if (start == std::string_view::npos ||
        text.size() < start + label.word.text.size() ||
        ToLower(text.substr(start, label.word.text.size())) != label.lower) {
      continue;
    }
    const std::vector<WordToken> words = TokenizeLine(text);
    if (words.size() < 3 || words[1].kind != WordToken::Kind::kNumber ||
        words[2].kind != WordToken::Kind::kWord ||
        ToLower(words[0].text) != label.lower) {
      continue;
    }
    const Token t = MakeToken(words[2], line);
    if (t.analysis == nullptr || !t.analysis->known ||
        !t.analysis->candidates.empty()) {
      continue;
    }
    if (t.pattern == CasePattern::kCapitalized) ++vote;
    if (t.pattern == CasePattern::kLower) --vote;
  }
  label_votes_.emplace(label.lower, vote);
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

bool DiacriticRestorer::Document::AfterUnitSlash(size_t index) const {
  if (index == 0) return false;
  const Token& self = tokens_[index];
  const Token& unit = tokens_[index - 1];
  if (unit.line != self.line || unit.word.end + 1 != self.word.begin ||
      lines_[self.line][unit.word.end] != '/') {
    return false;
  }
  return unit.word.kind != WordToken::Kind::kWord ||
         (unit.pattern == CasePattern::kLower &&
          ToCodePoints(unit.lower).size() <= kUnitMaxLetters);
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
  if (index > 0) {
    around.folded_prev =
        AfterUnitSlash(index) ? "per" : read(tokens_[index - 1]).first;
  }
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
  // A number after a colon still follows a label: "Org nr: 769617-1052".
  const Token* next_number = next;
  if (next == nullptr && index + 1 < tokens_.size() &&
      tokens_[index + 1].line == self.line &&
      self.word.end < lines_[self.line].size() &&
      lines_[self.line][self.word.end] == ':') {
    next_number = &tokens_[index + 1];
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
        if (!before) t = next_number;
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
  const size_t letters = ToCodePoints(t.lower).size();
  const bool genitive =
      letters >= 3 && letters <= 4 && t.word.text.back() == 's' &&
      CasePatternOf(t.word.text.substr(0, t.word.text.size() - 1)) ==
          CasePattern::kUpper;
  t.short_caps = (t.pattern == CasePattern::kUpper && letters <= 3) || genitive;
  // No Swedish word is this long; such tokens are junk (rules, leaders).
  if (t.lower.size() > 80) return t;
  t.analysis = &Analyze(t.lower, word.hyphen_joined);
  return t;
}

WordSituation DiacriticRestorer::Document::SituationOf(size_t i) const {
  const Token& t = tokens_[i];
  const Analysis* a = t.analysis;
  WordSituation word;
  word.known = a->known;
  word.proper = a->proper;
  word.foreign = !a->known && lexicon_.IsForeign(t.lower);
  word.frequency = a->frequency;
  word.written_compound = a->written_compound;
  word.written_unfolded = a->written_unfolded;
  word.written_undropped = a->written_undropped;
  word.letters = ToCodePoints(t.lower).size();
  word.lower_case = t.pattern == CasePattern::kLower;
  word.capitalised_inside =
      !t.word.sentence_start && t.pattern == CasePattern::kCapitalized;
  // The counted openings are those of statements; a question puts its verb
  // first ("Är du med och bestämmer ...?", seed 000, where "år" would open
  // a statement seven times as often).
  word.opens_sentence = t.starts_sentence &&
                        t.pattern == CasePattern::kCapitalized &&
                        !InQuestion(i);
  if (word.opens_sentence) {
    if (const LexiconWord* w = lexicon_.Find(t.lower)) {
      word.opens_per_mille = w->opens_per_mille;
    }
  }
  // "Lone Atterstig", "Raéd Shaqdih": a capitalised word nobody knows next
  // to another one, or a short one inside a sentence, is a name. A single
  // capital inside a sentence is an initial or a party's, a column's or a
  // list's letter ("Ingela Strömbäck S ordf", "B KG P"), whatever the word
  // list says of the letter: "Så" and "På" are capitalised where a
  // sentence opens.
  word.name_like =
      t.pattern == CasePattern::kCapitalized &&
      ((!a->known &&
        (NextToUnknownName(i) ||
         (word.capitalised_inside && word.letters <= kNameLikeMaxLetters))) ||
       (word.capitalised_inside && word.letters == 1 && !InCapsHeading(i)));
  if (i + 1 < tokens_.size() && tokens_[i + 1].line == t.line) {
    const WordToken& next = tokens_[i + 1].word;
    word.before_house_number =
        next.kind == WordToken::Kind::kNumber && next.text.size() <= 4 &&
        std::all_of(next.text.begin(), next.text.end(),
                    [](char c) { return c >= '0' && c <= '9'; });
  }
  // Next to a capitalised word on the same line: a run of names, when the
  // word is capitalised too or lost its capital with its first letter
  // ("Peter hman" for "Peter Öhman").
  if (word.capitalised_inside ||
      (t.pattern == CasePattern::kLower && !t.word.sentence_start)) {
    for (size_t j : {i - 1, i + 1}) {
      if (j < tokens_.size() && tokens_[j].line == t.line &&
          tokens_[j].pattern == CasePattern::kCapitalized &&
          tokens_[j].word.kind == WordToken::Kind::kWord) {
        word.in_name_run = true;
      }
    }
  }
  int len = 1;
  word.first_letter = t.lower.empty() ? 0 : DecodeUtf8(t.lower, 0, &len);
  word.shared_readings = &shared_readings_;
  word.seen = a->seen;
  word.attested = &attested_;
  return word;
}

void DiacriticRestorer::Document::Decide(size_t i, float min_confidence,
                                         std::vector<LetterEdit>* edits) {
  const Token& t = tokens_[i];
  Analysis* a = t.analysis;
  if (a == nullptr) return;
  DamageCounts own;
  ObserveWord(*a, t.lower, t.pattern, &own);
  const DamageRates rates = damage_.RatesAround(t.line, own);
  // A compound hunspell accepts as written may still be damaged
  // ("kontaktvagar"): where the text around is damaged, rebuild it from
  // restored parts, and weigh the written form by its own parts.
  if (a->hunspell_only && !a->compound_tried) {
    const float damage = std::max(
        {rates.folded[0], rates.folded[1], rates.folded[2], rates.dropped});
    if (!a->candidates.empty() || damage > kRereadCompoundDamage) {
      generator_.RereadWrittenCompound(t.lower, a);
    }
  }
  if (a->candidates.empty()) return;
  if (t.short_caps && !InCapsHeading(i)) return;
  if (InEnglishPhrase(i)) return;
  const WordSituation word = SituationOf(i);
  const Neighbours around = NeighboursOf(i);
  // The word as written first, then each reading.
  std::vector<ReadingScore> scores;
  scores.reserve(a->candidates.size() + 1);
  const ReadingScorer& scorer = scorer_;
  scores.push_back(scorer.ScoreWritten(
      word, rates, ContextWeight(i, t.lower, a->word_class, around)));
  // Readings the texts rarely show compete on spelling: the one spelt most
  // like Swedish loses nothing, the others lose by how much less alike
  // they are ("sammanstötning" beside "sammansättning").
  double best_spelling = -1e300;
  for (const Candidate& c : a->candidates) {
    if (c.rarely_seen()) best_spelling = std::max(best_spelling, c.spelling);
  }
  for (const Candidate& c : a->candidates) {
    scores.push_back(
        scorer.ScoreReading(c, word, rates, best_spelling,
                            ContextWeight(i, c.word, c.word_class, around)));
  }
  const double top =
      std::max_element(scores.begin(), scores.end(),
                       [](const ReadingScore& x, const ReadingScore& y) {
                         return x.total < y.total;
                       })
          ->total;
  double sum = 0;
  for (const ReadingScore& s : scores) sum += std::exp(s.total - top);
  size_t best = 0, runner_up = 0;
  for (size_t j = 1; j < scores.size(); ++j) {
    if (scores[j].total > scores[best].total) {
      runner_up = best;
      best = j;
    } else if (runner_up == best || scores[j].total > scores[runner_up].total) {
      runner_up = j;
    }
  }
  const float confidence =
      static_cast<float>(std::exp(scores[best].total - top) / sum);
  // Whether to change the word is decided on all restored readings
  // together, not on the best one alone: two spellings of one name
  // ("Backstrom": backström, bäckström) may each fall under the bar while
  // the word as written holds little.
  const float change_confidence =
      word.letters >= kSummedChangeMinLetters
          ? 1.0f - static_cast<float>(std::exp(scores[0].total - top) / sum)
          : confidence;
  size_t chosen = best;
  float chosen_confidence = best != 0 ? change_confidence : confidence;
  const bool applied = best != 0 && change_confidence >= min_confidence;
  if (best == 0) {
    if (confidence >= min_confidence || runner_up == 0) return;
    // Keeping the word is itself unsure: report the alternative.
    chosen = runner_up;
    chosen_confidence =
        static_cast<float>(std::exp(scores[runner_up].total - top) / sum);
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
    const int vote = t.starts_sentence ? CellCaseVote(i) : LabelCaseVote(i);
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
  // Why: the chosen reading's score and the written word's, feature by
  // feature ("år -0.52 = prior +8.26 folded -4.09 context +3.00; as
  // written ...").
  if (explain_) {
    edit.why = c.word + " " + scores[chosen].Explain() + "; as written " +
               scores[0].Explain();
  }
  edits->push_back(std::move(edit));
}

std::vector<LetterEdit> DiacriticRestorer::Document::Run(float min_confidence) {
  // Pass 1: damage evidence per line, as prefix sums for window queries.
  // Analyses are cached per distinct word, so pass 2 only looks them up.
  // Lines with nothing to decide (most lines of clean text) are not looked
  // at again, except as context for their neighbours.
  std::vector<bool> undecided(lines_.size(), false);
  for (size_t line = 0; line < lines_.size(); ++line) {
    DamageCounts evidence;
    for (const WordToken& w : TokenizeLine(lines_[line])) {
      const Token t = MakeToken(w, line);
      if (t.analysis != nullptr) {
        ObserveWord(*t.analysis, t.lower, t.pattern, &evidence);
      }
      if (t.analysis != nullptr &&
          (!t.analysis->candidates.empty() || t.analysis->hunspell_only)) {
        undecided[line] = true;
      }
    }
    damage_.AddLine(evidence);
  }
  for (const auto& [word, analysis] : analyses_) {
    if (analysis.known) continue;
    // One word, with and without a hyphen beside it, counts once.
    if (word[0] == '-' && analyses_.count(word.substr(1)) > 0) continue;
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
    const std::vector<std::string_view>& lines,
    const RestoreOptions& options) const {
  Document document(*this, lines, options.explain, options.vocabularies);
  return document.Run(options.min_confidence);
}

std::string DiacriticRestorer::RestoreText(std::string_view text,
                                           float min_confidence) const {
  const std::vector<std::string_view> lines = SplitLines(text);
  RestoreOptions options;
  options.min_confidence = min_confidence;
  return ApplyEdits(lines, Restore(lines, options));
}

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (true) {
    const size_t end = text.find('\n', start);
    if (end == std::string_view::npos) {
      lines.push_back(text.substr(start));
      return lines;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

std::string ApplyEdits(const std::vector<std::string_view>& lines,
                       const std::vector<LetterEdit>& edits) {
  size_t size = 0;
  for (std::string_view line : lines) size += line.size() + 1;
  std::string out;
  out.reserve(size + size / 16);
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
