// libFuzzer target: text quality measurement on arbitrary bytes (damaged
// text layers carry invalid UTF-8, control characters, anything).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "classify/text_quality.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const finsam::TextQuality q = finsam::MeasureTextQuality(
      text, [](std::string_view w) { return w.size() % 2 == 0; });
  if (q.known_words > q.words || q.letters > q.chars) __builtin_trap();
  return 0;
}
