// SwedishDictionary: "is this a Swedish word?" backed by Debian's hunspell-sv.
//
// Hunspell knows Swedish compounding, so "samordningsförbundet" and
// "rehabiliteringsinsatser" are words although no list spells them out.
// Answers are cached per word form, which makes repeated checks (the same
// words recur on every page) cheap.
#ifndef FINSAM_LANG_SWEDISH_DICTIONARY_H_
#define FINSAM_LANG_SWEDISH_DICTIONARY_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/mutex.h"
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
  bool Contains(std::string_view word) EXCLUDES(mu_);

 private:
  explicit SwedishDictionary(std::unique_ptr<Hunspell> hunspell);
  Mutex mu_;
  // Hunspell keeps scratch state: every call is made under mu_.
  const std::unique_ptr<Hunspell> hunspell_ PT_GUARDED_BY(mu_);
  std::unordered_map<std::string, bool> cache_ GUARDED_BY(mu_);
};

}  // namespace finsam

#endif  // FINSAM_LANG_SWEDISH_DICTIONARY_H_
