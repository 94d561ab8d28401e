// libFuzzer target: what the review page and the fixture loop read from
// untrusted sources. HtmlEscape gets a damaged PDF's text (it must leave no
// markup character and only valid UTF-8); ParseCorrections and
// ApplyCorrections get a hand-edited corrections file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fixtures_tool/corrections.h"
#include "review/html.h"

namespace {

bool ValidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80         ? 1
               : (c >> 5) == 6  ? 2
               : (c >> 4) == 14 ? 3
               : (c >> 3) == 30 ? 4
                                : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const std::string escaped = finsam::review::HtmlEscape(input);
  if (escaped.find_first_of("<>\"'") != std::string::npos) __builtin_trap();
  if (!ValidUtf8(escaped)) __builtin_trap();

  auto corrections = finsam::fixture::ParseCorrections(input);
  if (corrections.ok()) {
    const std::vector<std::string> pages = {"a b c\nForsakringskassan smnt\n",
                                            input};
    auto applied = finsam::fixture::ApplyCorrections(pages, *corrections);
    if (applied.ok() && applied->size() != pages.size()) __builtin_trap();
  }
  return 0;
}
