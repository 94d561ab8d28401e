// Corrections files: a data cleaner's fixes to a fixture's expected text,
// kept apart from it so they survive a re-generated expectation.
//
// Format: tab-separated, one correction a row: page, line, before, after
// (page and line 1-based, as in the expected text; "\t", "\n" and "\\"
// escaped as in `normalize --changes`). A first row "page\tline\tbefore\t
// after" is a header; blank rows and rows starting with '#' are skipped.
#ifndef FINSAM_FIXTURES_TOOL_CORRECTIONS_H_
#define FINSAM_FIXTURES_TOOL_CORRECTIONS_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace finsam::fixture {

struct Correction {
  int page = 0;  // 1-based
  int line = 0;  // 1-based, within the page
  std::string before;
  std::string after;
};

// Errors: kInvalidArgument naming the row ("row 3: ...").
Result<std::vector<Correction>> ParseCorrections(const std::string& tsv);

// The TSV text of `corrections`, header first.
std::string FormatCorrections(const std::vector<Correction>& corrections);

// Applies each correction to the first occurrence of `before` on its line.
// Errors: kInvalidArgument when the page or line does not exist or the line
// does not hold `before` (a stale correction is reported, never skipped).
Result<std::vector<std::string>> ApplyCorrections(
    std::vector<std::string> pages, const std::vector<Correction>& corrections);

}  // namespace finsam::fixture

#endif  // FINSAM_FIXTURES_TOOL_CORRECTIONS_H_
