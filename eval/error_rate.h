// Error rates: how far recognised text is from a reference.
//
// Character error rate (CER) is the Levenshtein distance over Unicode code
// points divided by the reference length; word error rate (WER) the same over
// words. Both compare text with white space collapsed (any run of spaces,
// tabs, newlines and form feeds counts as one space, and leading/trailing
// space is dropped), so a layout difference is not counted as a letter error.
// Used by the tests, the fixture loop and the benchmarks.
#ifndef FINSAM_EVAL_ERROR_RATE_H_
#define FINSAM_EVAL_ERROR_RATE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace finsam {

struct ErrorCount {
  size_t errors = 0;     // edit operations
  size_t reference = 0;  // reference length (code points or words)

  // errors / reference; 0 for an empty reference and empty hypothesis, 1 for
  // an empty reference and a non-empty hypothesis.
  double rate() const;
};

// White space collapsed as described above.
std::string CollapseWhitespace(std::string_view text);

ErrorCount CharacterErrors(std::string_view reference,
                           std::string_view hypothesis);
ErrorCount WordErrors(std::string_view reference, std::string_view hypothesis);

// CER of `reference` against the stretch of `hypothesis` closest to it: for
// a page's table transcribed alone, scored within the whole page's text
// (the rest of the page costs nothing; a table read out of order does).
ErrorCount CharacterErrorsWithin(std::string_view reference,
                                 std::string_view hypothesis);

}  // namespace finsam

#endif  // FINSAM_EVAL_ERROR_RATE_H_
