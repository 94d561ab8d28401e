#include "records/first_names.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>

#include "records/text_fold.h"

namespace finsam::records {
namespace {

// Folded, sorted and unique (scripts/build-first-names).
constexpr std::string_view kFirstNames[] = {
#include "records/first_names.inc"
};
constexpr std::string_view kNeverOpeners[] = {
#include "records/name_openers.inc"
};

template <size_t N>
bool Holds(const std::string_view (&table)[N], std::string_view word) {
  const std::string folded = Fold(word);
  if (folded.empty() || folded.find(' ') != std::string::npos) return false;
  return std::binary_search(std::begin(table), std::end(table),
                            std::string_view(folded));
}

}  // namespace

bool IsKnownFirstName(std::string_view word) {
  // "Per-Olof", "Ann-Christin": each part a known name. Fold makes the
  // hyphen a space, which Holds refuses.
  const size_t hyphen = word.find('-');
  if (hyphen != std::string_view::npos && hyphen > 0) {
    return IsKnownFirstName(word.substr(0, hyphen)) &&
           IsKnownFirstName(word.substr(hyphen + 1));
  }
  return Holds(kFirstNames, word);
}

bool NeverOpensName(std::string_view word) {
  return Holds(kNeverOpeners, word);
}

}  // namespace finsam::records
