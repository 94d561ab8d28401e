#include "lang/swedish_dictionary.h"

#include <unistd.h>

#include <hunspell/hunspell.hxx>

namespace finsam {

Result<std::unique_ptr<SwedishDictionary>> SwedishDictionary::Open(
    const std::string& prefix) {
  const std::string aff = prefix + ".aff";
  const std::string dic = prefix + ".dic";
  if (access(aff.c_str(), R_OK) != 0 || access(dic.c_str(), R_OK) != 0) {
    return Status(ErrorCode::kDataMissing,
                  "Swedish hunspell dictionary not found at " + prefix +
                      ".{aff,dic} (install hunspell-sv)");
  }
  auto hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  return std::unique_ptr<SwedishDictionary>(
      new SwedishDictionary(std::move(hunspell)));
}

SwedishDictionary::SwedishDictionary(std::unique_ptr<Hunspell> hunspell)
    : hunspell_(std::move(hunspell)) {}

SwedishDictionary::~SwedishDictionary() = default;

bool SwedishDictionary::Contains(std::string_view word) {
  if (word.empty()) return false;
  std::string key(word);
  MutexLock lock(&mu_);
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second;
  const bool known = hunspell_->spell(key);
  // Bound the cache so a long batch cannot grow it without limit.
  if (cache_.size() > 500'000) cache_.clear();
  cache_.emplace(std::move(key), known);
  return known;
}

}  // namespace finsam
