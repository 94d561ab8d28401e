#include "normalize/attested_words.h"

#include <algorithm>
#include <string>

#include "normalize/restorer_weights.h"

namespace finsam {

AttestedWords::AttestedWords(std::vector<const Vocabulary*> vocabularies) {
  for (const Vocabulary* v : vocabularies) {
    if (v == nullptr || v->empty()) continue;
    vocabularies_.push_back(v);
    total_ += v->total();
  }
}

Vocabulary::Entry AttestedWords::Count(std::string_view lower_word) const {
  Vocabulary::Entry sum;
  for (const Vocabulary* v : vocabularies_) {
    if (const Vocabulary::Entry* e = v->Find(lower_word)) {
      sum.count += e->count;
      sum.capitalised += e->capitalised;
    }
  }
  return sum;
}

float AttestedWords::Prior(std::string_view lower_word, float frequency) const {
  if (vocabularies_.empty()) return frequency;
  return Prior(Count(lower_word), frequency);
}

float AttestedWords::Prior(const Vocabulary::Entry& seen,
                           float frequency) const {
  if (vocabularies_.empty()) return frequency;
  const double a = restorer_weights::kArchivePseudoWords;
  const double posterior =
      (static_cast<double>(seen.count) + a * frequency / 1e6) /
      (static_cast<double>(total_) + a);
  return static_cast<float>(posterior * 1e6);
}

namespace {

// Each word once, counts summed over the vocabularies, in word order.
void Gather(
    const std::vector<const Vocabulary*>& vocabularies,
    const std::function<
        void(const Vocabulary*,
             const std::function<void(std::string_view,
                                      const Vocabulary::Entry&)>&)>& each,
    const std::function<void(std::string_view, const Vocabulary::Entry&)>& fn) {
  if (vocabularies.size() == 1) {
    each(vocabularies[0], fn);
    return;
  }
  std::vector<std::pair<std::string, Vocabulary::Entry>> found;
  for (const Vocabulary* v : vocabularies) {
    each(v, [&](std::string_view word, const Vocabulary::Entry& e) {
      for (auto& [w, sum] : found) {
        if (w == word) {
          sum.count += e.count;
          sum.capitalised += e.capitalised;
          return;
        }
      }
      found.emplace_back(std::string(word), e);
    });
  }
  std::sort(found.begin(), found.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  for (const auto& [word, entry] : found) fn(word, entry);
}

}  // namespace

void AttestedWords::ForEachFolded(
    std::string_view folded_key,
    const std::function<void(std::string_view, const Vocabulary::Entry&)>& fn)
    const {
  Gather(
      vocabularies_,
      [&](const Vocabulary* v, const auto& f) {
        v->ForEachFolded(folded_key, f);
      },
      fn);
}

void AttestedWords::ForEachDropped(
    std::string_view dropped_key,
    const std::function<void(std::string_view, const Vocabulary::Entry&)>& fn)
    const {
  Gather(
      vocabularies_,
      [&](const Vocabulary* v, const auto& f) {
        v->ForEachDropped(dropped_key, f);
      },
      fn);
}

}  // namespace finsam
