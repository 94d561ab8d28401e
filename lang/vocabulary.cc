#include "lang/vocabulary.h"

#include <algorithm>
#include <charconv>

#include "lang/swedish_letters.h"

namespace finsam {
namespace {

bool ParseCount(std::string_view field, uint64_t* value) {
  const auto [end, error] =
      std::from_chars(field.data(), field.data() + field.size(), *value);
  return error == std::errc() && end == field.data() + field.size();
}

}  // namespace

bool Vocabulary::IsVocabularyText(std::string_view text) {
  return text.substr(0, kHeader.size()) == kHeader &&
         (text.size() == kHeader.size() || text[kHeader.size()] == '\n' ||
          text[kHeader.size()] == '\r');
}

Result<Vocabulary> Vocabulary::Parse(std::string_view text) {
  if (!IsVocabularyText(text)) {
    return Status(ErrorCode::kInvalidArgument,
                  "not a vocabulary (the first line is not \"" +
                      std::string(kHeader) + "\")");
  }
  Vocabulary vocabulary;
  size_t start = 0;
  int number = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const size_t t1 = line.find('\t');
    const size_t t2 =
        t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    uint64_t count = 0, capitalised = 0;
    if (t1 == 0 || t2 == std::string_view::npos ||
        !ParseCount(line.substr(t1 + 1, t2 - t1 - 1), &count) ||
        !ParseCount(line.substr(t2 + 1), &capitalised) || capitalised > count) {
      return Status(ErrorCode::kInvalidArgument,
                    "line " + std::to_string(number) +
                        ": not word<TAB>count<TAB>capitalised");
    }
    const std::string_view word = line.substr(0, t1);
    vocabulary.Add(ToLower(word), false, count - capitalised);
    vocabulary.Add(ToLower(word), true, capitalised);
  }
  return vocabulary;
}

std::string Vocabulary::Serialize() const {
  std::vector<const std::pair<const std::string, Entry>*> sorted;
  sorted.reserve(words_.size());
  for (const auto& entry : words_) sorted.push_back(&entry);
  std::sort(sorted.begin(), sorted.end(),
            [](const auto* a, const auto* b) { return a->first < b->first; });
  std::string out(kHeader);
  out += '\n';
  for (const auto* entry : sorted) {
    out += entry->first;
    out += '\t';
    out += std::to_string(entry->second.count);
    out += '\t';
    out += std::to_string(entry->second.capitalised);
    out += '\n';
  }
  return out;
}

void Vocabulary::Add(std::string_view lower_word, bool capitalised,
                     uint64_t count) {
  if (lower_word.empty() || count == 0) return;
  auto [it, inserted] = words_.try_emplace(std::string(lower_word));
  it->second.count += count;
  if (capitalised) it->second.capitalised += count;
  total_ += count;
  if (inserted && HasSwedishDiacritic(lower_word)) {
    // Sorted, so lookups answer in the same order however the words came.
    for (Index* index : {&folded_, &dropped_}) {
      std::vector<std::string>& words =
          (*index)[index == &folded_ ? FoldDiacritics(lower_word)
                                     : DropDiacritics(lower_word)];
      words.insert(std::upper_bound(words.begin(), words.end(), it->first),
                   it->first);
    }
  }
}

void Vocabulary::Merge(const Vocabulary& other) {
  for (const auto& [word, entry] : other.words_) {
    Add(word, false, entry.count - entry.capitalised);
    Add(word, true, entry.capitalised);
  }
}

const Vocabulary::Entry* Vocabulary::Find(std::string_view lower_word) const {
  auto it = words_.find(std::string(lower_word));
  return it == words_.end() ? nullptr : &it->second;
}

void Vocabulary::ForEachFolded(
    std::string_view folded_key,
    const std::function<void(std::string_view, const Entry&)>& fn) const {
  auto it = folded_.find(std::string(folded_key));
  if (it == folded_.end()) return;
  for (const std::string& word : it->second) fn(word, words_.at(word));
}

void Vocabulary::ForEachDropped(
    std::string_view dropped_key,
    const std::function<void(std::string_view, const Entry&)>& fn) const {
  auto it = dropped_.find(std::string(dropped_key));
  if (it == dropped_.end()) return;
  for (const std::string& word : it->second) fn(word, words_.at(word));
}

}  // namespace finsam
