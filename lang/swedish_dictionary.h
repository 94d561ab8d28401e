// SwedishDictionary: "is this a Swedish word?" backed by Debian's hunspell-sv.
//
// Hunspell knows Swedish compounding, so "samordningsförbundet" and
// "rehabiliteringsinsatser" are words although no list spells them out.
// Answers are cached per word form, which makes repeated checks (the same
// words recur on every page) cheap.
#ifndef FINSAM_LANG_SWEDISH_DICTIONARY_H_
#define FINSAM_LANG_SWEDISH_DICTIONARY_H_

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/status.h"

class Hunspell;

namespace finsam {

// Where Debian's hunspell-sv installs its files.
inline constexpr const char* kDefaultHunspellPrefix =
    "/usr/share/hunspell/sv_SE";

// Thread-safe: hunspell keeps scratch state, so lookups take a lock; nearly
// all of them are answered from the cache, so the lock is held briefly and
// one instance (loaded once) serves every worker.
class SwedishDictionary {
 public:
  // `prefix` names the .aff/.dic pair without extension.
  // Errors: kDataMissing when the files are not there.
  static Result<std::unique_ptr<SwedishDictionary>> Open(
      const std::string& prefix = kDefaultHunspellPrefix);
  ~SwedishDictionary();
  SwedishDictionary(const SwedishDictionary&) = delete;
  SwedishDictionary& operator=(const SwedishDictionary&) = delete;

  // True when hunspell accepts `word` as written (UTF-8, no spaces).
  bool Contains(std::string_view word);

 private:
  explicit SwedishDictionary(std::unique_ptr<Hunspell> hunspell);
  std::mutex mu_;
  std::unique_ptr<Hunspell> hunspell_;           // guarded by mu_
  std::unordered_map<std::string, bool> cache_;  // guarded by mu_
};

}  // namespace finsam

#endif  // FINSAM_LANG_SWEDISH_DICTIONARY_H_
