#include "records/column_words.h"

#include <algorithm>
#include <iterator>

namespace finsam::records {
namespace {

template <size_t N>
bool Contains(const std::string_view (&words)[N], std::string_view w) {
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

}  // namespace

bool IsComparisonColumnWord(std::string_view folded) {
  // "Medlemsbidrag, tkr | 2024 | 2023 | Andel" (the lead's r7 Vättersund
  // probe); "Utfall | Budget | Avvikelse" (seed 003's budget tables).
  // "Medlem | Kronor | Procent": the share by its unit's name.
  static constexpr std::string_view kWords[] = {
      "andel",     "procent",   "forandring", "forandr",
      "avvikelse", "differens", "diff"};
  return Contains(kWords, folded);
}

bool IsColumnWord(std::string_view folded) {
  static constexpr std::string_view kWords[] = {
      "utfall",  "budget", "bokslut",  "prognos",     "ar",
      "helar",   "period", "perioden", "ackumulerat", "intakt",
      "kostnad", "netto",  "jmf"};
  return Contains(kWords, folded) || IsComparisonColumnWord(folded);
}

bool IsOutcomeColumnWord(std::string_view folded) {
  return folded.rfind("utfall", 0) == 0 || folded.rfind("bokslut", 0) == 0;
}

}  // namespace finsam::records
