#include "lang/lexicon.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "base/files.h"
#include "lang/swedish_letters.h"

namespace finsam {
namespace {

constexpr uint32_t kNone = 0xFFFFFFFFu;

// FNV-1a over bytes, fed by the key functions below without building the
// key strings: loading hashes ~850,000 words three times.
class Hasher {
 public:
  void Add(unsigned char b) {
    hash_ ^= b;
    hash_ *= 0x100000001b3ULL;
  }
  uint64_t hash() const { return hash_; }

 private:
  uint64_t hash_ = 0xcbf29ce484222325ULL;
};

uint64_t HashOf(std::string_view s) {
  Hasher h;
  for (char c : s) h.Add(static_cast<unsigned char>(c));
  return h.hash();
}

// å ä ö Å Ä Ö are 0xC3 followed by one of these bytes; returns the folded
// ASCII letter, or 0 for any other byte.
int FoldedSecondByte(unsigned char b) {
  switch (b) {
    case 0xA5:  // å
    case 0xA4:  // ä
      return 'a';
    case 0xB6:  // ö
      return 'o';
    case 0x85:  // Å
    case 0x84:  // Ä
      return 'A';
    case 0x96:  // Ö
      return 'O';
    default:
      return 0;
  }
}

// Calls fn(byte) for the bytes of `word` with å/ä/ö folded to a/o
// (fold = true) or dropped (fold = false).
template <typename Fn>
void ForEachKeyByte(std::string_view word, bool fold, Fn fn) {
  for (size_t i = 0; i < word.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(word[i]);
    if (b == 0xC3 && i + 1 < word.size()) {
      const int plain =
          FoldedSecondByte(static_cast<unsigned char>(word[i + 1]));
      if (plain != 0) {
        if (fold) fn(static_cast<unsigned char>(plain));
        ++i;
        continue;
      }
    }
    fn(b);
  }
}

uint64_t HashOfKey(std::string_view word, bool fold) {
  Hasher h;
  ForEachKeyByte(word, fold, [&h](unsigned char b) { h.Add(b); });
  return h.hash();
}

// True when the folded (or dropped) key of `word` equals `key`.
bool KeyEquals(std::string_view word, bool fold, std::string_view key) {
  size_t j = 0;
  bool equal = true;
  ForEachKeyByte(word, fold, [&](unsigned char b) {
    if (!equal) return;
    if (j >= key.size() || static_cast<unsigned char>(key[j]) != b) {
      equal = false;
      return;
    }
    ++j;
  });
  return equal && j == key.size();
}

// Open-addressing table from a 64-bit key hash to a chain of word indexes.
// Chains live in one array (`next_`), so the index costs two arrays and no
// allocation per word.
class FlatIndex {
 public:
  void Reset(size_t expected, size_t words) {
    size_t capacity = 16;
    while (capacity < expected * 2) capacity <<= 1;
    slots_.assign(capacity, Slot{0, kNone});
    next_.assign(words, kNone);
  }

  void Insert(uint64_t hash, uint32_t word) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.head == kNone) {
        slot = Slot{hash, word};
        return;
      }
      if (slot.hash == hash) {
        next_[word] = slot.head;
        slot.head = word;
        return;
      }
    }
  }

  // First word of the chain for `hash`, or kNone.
  uint32_t Head(uint64_t hash) const {
    if (slots_.empty()) return kNone;
    const size_t mask = slots_.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.head == kNone) return kNone;
      if (slot.hash == hash) return slot.head;
    }
  }
  uint32_t Next(uint32_t word) const { return next_[word]; }

 private:
  struct Slot {
    uint64_t hash;
    uint32_t head;
  };
  std::vector<Slot> slots_;
  std::vector<uint32_t> next_;
};

// Splits `text` into lines without copying; a final line without '\n' counts.
template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(line);
    start = end + 1;
  }
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      fields.push_back(line.substr(start));
      return fields;
    }
    fields.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

// A class as bigrams.tsv writes it beside words: "#c" + hex bits ("#" is
// in no word).
std::string ClassKey(uint32_t word_class) {
  char digits[8];
  const auto end =
      std::to_chars(digits, digits + sizeof digits, word_class, 16).ptr;
  std::string key = "#c";
  key.append(digits, end);
  return key;
}

// class_context.tsv rows by key: (class bits, weight).
using ClassRows =
    std::unordered_map<std::string, std::vector<std::pair<uint32_t, float>>>;

// The summed weights of `key`'s rows that `bits` fits: a row for (w > 0)
// a class fits when `bits` shares one of its bits, a row against (w < 0)
// only when every bit of `bits` is the row's: a word counts against a
// context only when none of its readings may stand there ("så" is an
// infinitive too, yet "är det så" stands).
float SumSharing(const ClassRows& rows, std::string_view key, uint32_t bits) {
  if (bits == 0 || rows.empty()) return 0;
  auto it = rows.find(std::string(key));
  if (it == rows.end()) return 0;
  float weight = 0;
  for (const auto& [row_bits, w] : it->second) {
    const bool fits = w < 0 ? (bits & ~row_bits) == 0 : (row_bits & bits) != 0;
    if (fits) weight += w;
  }
  return weight;
}

}  // namespace

struct Lexicon::Impl {
  std::string words_text;               // words.tsv; entries point into it
  std::vector<std::string> user_words;  // user lexicon words (lower case)
  std::vector<LexiconWord> words;
  FlatIndex exact, folded, dropped;
  std::unordered_set<std::string> english;
  std::unordered_set<std::string> foreign;
  std::unordered_map<std::string, std::vector<ContextRule>> rules;  // by form
  // "form\tp\tneighbour" -> weight (bigrams.tsv).
  std::unordered_map<std::string, float> neighbours;
  // class_context.tsv: folded word before (side a), or reading (side b)
  // -> (class bits, weight).
  ClassRows class_after, class_before;
  SpellingModel spelling;
  const std::vector<ContextRule> no_rules{};

  uint32_t FindIndex(std::string_view word) const {
    for (uint32_t i = exact.Head(HashOf(word)); i != kNone; i = exact.Next(i)) {
      if (words[i].text == word) return i;
    }
    return kNone;
  }
};

const SpellingModel& Lexicon::spelling() const { return impl_->spelling; }

Lexicon::Lexicon(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Lexicon::~Lexicon() = default;

Result<std::unique_ptr<Lexicon>> Lexicon::Load(
    const std::string& dir, const std::vector<std::string>& user_files) {
  auto impl = std::make_unique<Impl>();
  auto words_text = ReadFile(dir + "/words.tsv");
  if (!words_text.ok()) {
    return Status(ErrorCode::kDataMissing,
                  "language tables not found in " + dir +
                      " (build them: cmake --build BUILD, which runs "
                      "scripts/build-lexicon)");
  }
  impl->words_text = std::move(words_text).value();

  std::vector<std::string> user_words;
  for (const std::string& file : user_files) {
    auto text = ReadFile(file);
    if (!text.ok()) {
      return Status(text.status().code(),
                    file + ": " + text.status().message());
    }
    ForEachLine(*text, [&](std::string_view line) {
      const size_t hash = line.find('#');
      if (hash != std::string_view::npos) line = line.substr(0, hash);
      // A line may hold a multi-word name: every word is accepted.
      size_t start = 0;
      while (start < line.size()) {
        size_t end = line.find_first_of(" \t", start);
        if (end == std::string_view::npos) end = line.size();
        if (end > start) {
          user_words.push_back(ToLower(line.substr(start, end - start)));
        }
        start = end + 1;
      }
    });
  }
  impl->user_words = std::move(user_words);

  // Words: one line each, "word<TAB>frequency<TAB>flags[<TAB>class]".
  std::vector<LexiconWord>& words = impl->words;
  words.reserve(impl->words_text.size() / 16);
  ForEachLine(impl->words_text, [&](std::string_view line) {
    const size_t t1 = line.find('\t');
    if (t1 == std::string_view::npos || t1 == 0) return;
    const size_t t2 = line.find('\t', t1 + 1);
    LexiconWord word;
    word.text = line.substr(0, t1);
    const std::string_view freq = line.substr(
        t1 + 1, (t2 == std::string_view::npos ? line.size() : t2) - t1 - 1);
    std::from_chars(freq.data(), freq.data() + freq.size(), word.frequency);
    if (t2 != std::string_view::npos) {
      const size_t t3 = line.find('\t', t2 + 1);
      const std::string_view flags = line.substr(
          t2 + 1, (t3 == std::string_view::npos ? line.size() : t3) - t2 - 1);
      if (t3 != std::string_view::npos) {
        std::from_chars(line.data() + t3 + 1, line.data() + line.size(),
                        word.word_class, 16);
      }
      word.proper = flags.find('P') != std::string_view::npos;
      word.preferred = flags.find('D') != std::string_view::npos;
      word.compound_only = flags.find('C') != std::string_view::npos;
      word.common = flags.find('W') != std::string_view::npos;
      word.seldom_opens = flags.find('L') != std::string_view::npos;
    }
    words.push_back(word);
    // Spelling: words in use, of letters only (no "covid-19", no "t.ex").
    if ((word.frequency > 0 || word.common) && !word.compound_only &&
        std::all_of(word.text.begin(), word.text.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c & 0x80) != 0;
        })) {
      impl->spelling.Add(word.text);
    }
  });

  // Exact index first, so user words already listed are only marked.
  impl->exact.Reset(words.size() + impl->user_words.size(),
                    words.size() + impl->user_words.size());
  for (uint32_t i = 0; i < words.size(); ++i) {
    impl->exact.Insert(HashOf(words[i].text), i);
  }
  for (const std::string& user : impl->user_words) {
    const uint32_t existing = impl->FindIndex(user);
    if (existing != kNone) {
      words[existing].preferred = true;
      words[existing].proper = false;
      words[existing].compound_only = false;
      if (words[existing].frequency < 20) words[existing].frequency = 20;
      continue;
    }
    LexiconWord word;
    word.text = user;
    word.frequency = 20;
    word.preferred = true;
    words.push_back(word);
    impl->exact.Insert(HashOf(word.text),
                       static_cast<uint32_t>(words.size() - 1));
  }

  size_t with_diacritics = 0;
  for (const LexiconWord& w : words)
    with_diacritics += HasSwedishDiacritic(w.text);
  impl->folded.Reset(with_diacritics, words.size());
  impl->dropped.Reset(with_diacritics, words.size());
  for (uint32_t i = 0; i < words.size(); ++i) {
    if (!HasSwedishDiacritic(words[i].text)) continue;
    impl->folded.Insert(HashOfKey(words[i].text, /*fold=*/true), i);
    impl->dropped.Insert(HashOfKey(words[i].text, /*fold=*/false), i);
  }

  if (auto text = ReadFile(dir + "/openings.tsv"); text.ok()) {
    ForEachLine(*text, [&](std::string_view line) {
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos) return;
      const uint32_t index = impl->FindIndex(line.substr(0, tab));
      float ratio = 0;
      std::from_chars(line.data() + tab + 1, line.data() + line.size(), ratio);
      if (index == kNone || !(ratio > 0)) return;
      words[index].opens_per_mille = static_cast<uint16_t>(
          std::clamp(std::lround(ratio * 1000), 1L, 65535L));
    });
  }
  if (auto text = ReadFile(dir + "/english.txt"); text.ok()) {
    ForEachLine(*text, [&](std::string_view line) {
      if (!line.empty() && line[0] != '#') impl->english.emplace(line);
    });
  }
  if (auto text = ReadFile(dir + "/foreign.txt"); text.ok()) {
    impl->foreign.reserve(text->size() / 9);
    ForEachLine(*text, [&](std::string_view line) {
      if (!line.empty()) impl->foreign.emplace(line);
    });
  }
  if (auto text = ReadFile(dir + "/context.tsv"); text.ok()) {
    ForEachLine(*text, [&](std::string_view line) {
      // Comments are "# ..."; "#NUM", "#YEAR" and "#CELL" open rules.
      if (line.empty() ||
          (line[0] == '#' && (line.size() == 1 || line[1] == ' '))) {
        return;
      }
      const auto fields = SplitTabs(line);
      if (fields.size() != 4) return;
      auto match_of = [](std::string_view field) {
        if (field == "*") return ContextRule::Match::kAny;
        if (field == "#NUM") return ContextRule::Match::kNumber;
        if (field == "#YEAR") return ContextRule::Match::kYear;
        if (field == "#CELL") return ContextRule::Match::kCellEdge;
        return ContextRule::Match::kWord;
      };
      ContextRule rule;
      rule.previous_match = match_of(fields[0]);
      rule.previous = FoldDiacritics(fields[0]);
      rule.form = std::string(fields[1]);
      rule.next_match = match_of(fields[2]);
      rule.next = FoldDiacritics(fields[2]);
      if (rule.previous_match == ContextRule::Match::kWord &&
          HasSwedishDiacritic(fields[0])) {
        rule.previous_dropped = DropDiacritics(ToLower(fields[0]));
      }
      if (rule.next_match == ContextRule::Match::kWord &&
          HasSwedishDiacritic(fields[2])) {
        rule.next_dropped = DropDiacritics(ToLower(fields[2]));
      }
      std::from_chars(fields[3].data(), fields[3].data() + fields[3].size(),
                      rule.weight);
      impl->rules[rule.form].push_back(std::move(rule));
    });
  }
  if (auto text = ReadFile(dir + "/bigrams.tsv"); text.ok()) {
    ForEachLine(*text, [&](std::string_view line) {
      const auto fields = SplitTabs(line);
      if (fields.size() != 4 || fields[1].size() != 1) return;
      float weight = 0;
      std::from_chars(fields[3].data(), fields[3].data() + fields[3].size(),
                      weight);
      std::string key(fields[0]);
      key += '\t';
      key += fields[1];
      key += '\t';
      key += fields[2];
      impl->neighbours.emplace(std::move(key), weight);
    });
  }
  if (auto text = ReadFile(dir + "/class_context.tsv"); text.ok()) {
    ForEachLine(*text, [&](std::string_view line) {
      const auto fields = SplitTabs(line);
      if (fields.size() != 4 || fields[1].empty() ||
          (fields[0] != "a" && fields[0] != "b")) {
        return;
      }
      uint32_t bits = 0;
      float weight = 0;
      std::from_chars(fields[2].data(), fields[2].data() + fields[2].size(),
                      bits, 16);
      std::from_chars(fields[3].data(), fields[3].data() + fields[3].size(),
                      weight);
      if (bits == 0) return;
      auto& rows = fields[0] == "a" ? impl->class_after : impl->class_before;
      rows[std::string(fields[1])].emplace_back(bits, weight);
    });
  }
  return std::unique_ptr<Lexicon>(new Lexicon(std::move(impl)));
}

float Lexicon::ClassAfterWeight(std::string_view folded_prev,
                                uint32_t form_class) const {
  return SumSharing(impl_->class_after, folded_prev, form_class);
}

float Lexicon::ClassBeforeWeight(std::string_view form,
                                 uint32_t next_class) const {
  return SumSharing(impl_->class_before, form, next_class);
}

float Lexicon::NeighbourWeight(std::string_view form, char side,
                               std::string_view folded_neighbour) const {
  if (impl_->neighbours.empty() || folded_neighbour.empty()) return 0;
  std::string key;
  key.reserve(form.size() + folded_neighbour.size() + 3);
  key += form;
  key += '\t';
  key += side;
  key += '\t';
  key += folded_neighbour;
  auto it = impl_->neighbours.find(key);
  return it == impl_->neighbours.end() ? 0 : it->second;
}

uint32_t Lexicon::DamagedClass(std::string_view lower_word) const {
  uint32_t bits = 0;
  auto add = [&bits](const LexiconWord& w) { bits |= w.word_class; };
  const std::string folded = FoldDiacritics(lower_word);
  if (const LexiconWord* w = Find(folded)) add(*w);
  ForEachFolded(folded, add);
  if (!HasSwedishDiacritic(lower_word)) ForEachDropped(lower_word, add);
  return bits;
}

float Lexicon::PatternWeight(std::string_view form,
                             std::string_view folded_prev,
                             uint32_t next_class) const {
  if (next_class == 0 || folded_prev.empty() || impl_->neighbours.empty()) {
    return 0;
  }
  // "form\tt\t<word before>#c<hex>", built once (this runs per reading).
  const std::string cls = ClassKey(next_class);
  std::string key;
  key.reserve(form.size() + folded_prev.size() + cls.size() + 3);
  key += form;
  key += "\tt\t";
  key += folded_prev;
  key += cls;
  auto it = impl_->neighbours.find(key);
  return it == impl_->neighbours.end() ? 0 : it->second;
}

size_t Lexicon::size() const { return impl_->words.size(); }

const LexiconWord* Lexicon::Find(std::string_view lower_word) const {
  const uint32_t i = impl_->FindIndex(lower_word);
  return i == kNone ? nullptr : &impl_->words[i];
}

void Lexicon::ForEachFolded(
    std::string_view folded_key,
    const std::function<void(const LexiconWord&)>& fn) const {
  for (uint32_t i = impl_->folded.Head(HashOfKey(folded_key, true)); i != kNone;
       i = impl_->folded.Next(i)) {
    if (KeyEquals(impl_->words[i].text, /*fold=*/true, folded_key)) {
      fn(impl_->words[i]);
    }
  }
}

void Lexicon::ForEachDropped(
    std::string_view dropped_key,
    const std::function<void(const LexiconWord&)>& fn) const {
  for (uint32_t i = impl_->dropped.Head(HashOfKey(dropped_key, false));
       i != kNone; i = impl_->dropped.Next(i)) {
    if (KeyEquals(impl_->words[i].text, /*fold=*/false, dropped_key)) {
      fn(impl_->words[i]);
    }
  }
}

bool Lexicon::IsEnglish(std::string_view lower_word) const {
  return impl_->english.count(std::string(lower_word)) > 0;
}

bool Lexicon::IsForeign(std::string_view lower_word) const {
  return impl_->foreign.count(std::string(lower_word)) > 0;
}

const std::vector<Lexicon::ContextRule>& Lexicon::ContextRulesFor(
    std::string_view form) const {
  auto it = impl_->rules.find(std::string(form));
  return it == impl_->rules.end() ? impl_->no_rules : it->second;
}

}  // namespace finsam
