// Fixture text files: pages joined by form feeds, every line ending in '\n'
// (the format of fixtures/text/*.expected.txt, see fixtures/README.md);
// SplitPages (base/text.h) reads them.
#ifndef FINSAM_FIXTURES_TOOL_FIXTURE_TEXT_H_
#define FINSAM_FIXTURES_TOOL_FIXTURE_TEXT_H_

#include <string>
#include <vector>

namespace finsam::fixture {

// Joins pages with '\f', ending every non-empty page in '\n'.
std::string JoinPages(const std::vector<std::string>& pages);

// The lines of a page without their '\n' (an empty page has none).
std::vector<std::string> PageLines(const std::string& page);

}  // namespace finsam::fixture

#endif  // FINSAM_FIXTURES_TOOL_FIXTURE_TEXT_H_
