#include "fixtures_tool/fixture_text.h"

namespace finsam::fixture {

std::string JoinPages(const std::vector<std::string>& pages) {
  std::string out;
  for (size_t i = 0; i < pages.size(); ++i) {
    if (i > 0) out += '\f';
    out += pages[i];
    if (!pages[i].empty() && pages[i].back() != '\n') out += '\n';
  }
  return out;
}

std::vector<std::string> PageLines(const std::string& page) {
  std::vector<std::string> lines;
  size_t from = 0;
  while (from < page.size()) {
    size_t to = page.find('\n', from);
    if (to == std::string::npos) to = page.size();
    lines.push_back(page.substr(from, to - from));
    from = to + 1;
  }
  return lines;
}

}  // namespace finsam::fixture
