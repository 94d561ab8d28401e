// Word corrections a data cleaner made, and the ones worth teaching the
// normaliser (`fixture learn`). Pure.
//
// A correction is a word the tool wrote (`before`) that the corrected
// expected text has as another word (`after`), found line by line: blank
// lines are dropped from both texts, and a page is compared only when both
// have the same number of lines, a line only when both have the same
// number of words (anything else is a layout change, not a word fix).
// Punctuation around a word is not part of it.
#ifndef FINSAM_FIXTURES_TOOL_WORD_CORRECTIONS_H_
#define FINSAM_FIXTURES_TOOL_WORD_CORRECTIONS_H_

#include <map>
#include <string>
#include <vector>

namespace finsam::fixture {

struct WordCorrection {
  std::string before;
  std::string after;
  bool operator<(const WordCorrection& o) const {
    return before != o.before ? before < o.before : after < o.after;
  }
  bool operator==(const WordCorrection& o) const {
    return before == o.before && after == o.after;
  }
};

// Pairs of differing words between the tool's pages and the corrected
// pages. Only words made of letters (and inner hyphens) on both sides count.
std::vector<WordCorrection> FindWordCorrections(
    const std::vector<std::string>& output_pages,
    const std::vector<std::string>& corrected_pages);

struct LexiconCandidate {
  WordCorrection correction;
  std::vector<std::string> fixtures;  // where it was made, sorted
};

// Corrections made the same way in at least `min_fixtures` fixtures
// (`by_fixture`: fixture name -> its corrections), most widespread first.
// A word corrected to different words in different places is left out:
// the lexicon cannot decide that.
std::vector<LexiconCandidate> FindLexiconCandidates(
    const std::map<std::string, std::vector<WordCorrection>>& by_fixture,
    int min_fixtures);

}  // namespace finsam::fixture

#endif  // FINSAM_FIXTURES_TOOL_WORD_CORRECTIONS_H_
