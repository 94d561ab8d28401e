// Fixture text files: pages joined by form feeds, every line ending in '\n'
// (the format of fixtures/text/*.expected.txt, see fixtures/README.md).
#ifndef FINSAM_FIXTURES_TOOL_FIXTURE_TEXT_H_
#define FINSAM_FIXTURES_TOOL_FIXTURE_TEXT_H_

#include <string>
#include <vector>

namespace finsam::fixture {

// Splits at form feeds; a trailing form feed does not start a page.
std::vector<std::string> SplitPages(const std::string& text);

// Joins pages with '\f', ending every non-empty page in '\n'.
std::string JoinPages(const std::vector<std::string>& pages);

// The lines of a page without their '\n' (an empty page has none).
std::vector<std::string> PageLines(const std::string& page);

}  // namespace finsam::fixture

#endif  // FINSAM_FIXTURES_TOOL_FIXTURE_TEXT_H_
