#include "lang/spelling_model.h"

#include <cmath>

#include "lang/swedish_letters.h"

namespace finsam {
namespace {

constexpr int kOrder = 5;           // letters per n-gram
constexpr uint64_t kAlphabet = 35;  // letters, "other", start, end
constexpr uint64_t kStart = 33, kEnd = 34;

uint64_t Symbol(char32_t c) {
  if (c >= U'a' && c <= U'z') return 1 + (c - U'a');
  switch (c) {
    case U'å':
      return 27;
    case U'ä':
      return 28;
    case U'ö':
      return 29;
    case U'é':
      return 30;
    case U'ü':
      return 31;
    default:
      return 32;
  }
}

// The word as symbols, with kOrder - 1 starts before it and the end after.
std::vector<uint64_t> Symbols(std::string_view word) {
  std::vector<uint64_t> out(kOrder - 1, kStart);
  for (size_t i = 0; i < word.size();) {
    int len = 1;
    out.push_back(Symbol(DecodeUtf8(word, i, &len)));
    i += len;
  }
  out.push_back(kEnd);
  return out;
}

// A run of `n` symbols: 6 bits each, its length in the top bits (never 0).
uint64_t Key(const uint64_t* symbols, int n) {
  uint64_t key = static_cast<uint64_t>(n) << 56;
  for (int i = 0; i < n; ++i) key |= symbols[i] << (6 * i);
  return key;
}

uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  return x;
}

}  // namespace

SpellingModel::Slot* SpellingModel::Find(uint64_t key, bool insert) {
  if (insert && (used_ + 1) * 2 > slots_.size()) Grow();
  if (slots_.empty()) return nullptr;
  const size_t mask = slots_.size() - 1;
  for (size_t i = Mix(key) & mask;; i = (i + 1) & mask) {
    Slot& slot = slots_[i];
    if (slot.key == key) return &slot;
    if (slot.key == 0) {
      if (!insert) return nullptr;
      slot.key = key;
      ++used_;
      return &slot;
    }
  }
}

const SpellingModel::Slot* SpellingModel::Find(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  const size_t mask = slots_.size() - 1;
  for (size_t i = Mix(key) & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.key == key) return &slot;
    if (slot.key == 0) return nullptr;
  }
}

void SpellingModel::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.key == 0) continue;
    size_t i = Mix(s.key) & mask;
    while (slots_[i].key != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void SpellingModel::Add(std::string_view lower_word) {
  const std::vector<uint64_t> s = Symbols(lower_word);
  ++words_;
  for (size_t i = kOrder - 1; i < s.size(); ++i) {
    ++total_;
    for (int n = 1; n <= kOrder; ++n) {
      const uint64_t* gram = &s[i + 1 - n];
      Slot* slot = Find(Key(gram, n), /*insert=*/true);
      // A letter new after its history: one more distinct continuation.
      if (slot->count++ == 0 && n > 1) {
        ++Find(Key(gram, n - 1), /*insert=*/true)->distinct;
      }
    }
  }
}

double SpellingModel::LogProb(std::string_view lower_word) const {
  if (total_ == 0) return 0;
  const std::vector<uint64_t> s = Symbols(lower_word);
  double log_prob = 0;
  for (size_t i = kOrder - 1; i < s.size(); ++i) {
    // Add-one single letters, then each longer history interpolated with
    // the shorter one by Witten-Bell: trust a history by how often it was
    // seen against how many different letters followed it.
    const Slot* unigram = Find(Key(&s[i], 1));
    double p = ((unigram ? unigram->count : 0) + 1.0) /
               (static_cast<double>(total_) + kAlphabet);
    for (int h = 1; h < kOrder; ++h) {
      const uint64_t* history = &s[i - h];
      const Slot* seen_slot = Find(Key(history, h));
      if (seen_slot == nullptr || seen_slot->distinct == 0) break;
      // A history is followed by a letter wherever it occurs, except the
      // word starts alone, which every word has.
      const bool starts_only = history[h - 1] == kStart;
      const double seen = starts_only ? words_ : seen_slot->count;
      const Slot* gram = Find(Key(history, h + 1));
      const double lambda = seen / (seen + seen_slot->distinct);
      p = lambda * (gram ? gram->count : 0) / seen + (1 - lambda) * p;
    }
    log_prob += std::log(p);
  }
  return log_prob;
}

}  // namespace finsam
