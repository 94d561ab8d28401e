#include "split/signing_stamp.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>

#include "records/text_fold.h"

namespace finsam::split {
namespace {

// An id shorter than this, read by OCR, names nothing: the link broke
// over two lines or the logo's junk holds a digit ("visma sign" alone on
// the skogsbygden-scan probe's signature page).
constexpr size_t kMinIdChars = 8;
// Read by OCR, one id's differences from another beyond their difference
// in length may be misreadings up to one per this many characters: the
// skogsbygden-scan probe's 32-character Visma ids differ by at most two
// after the confusions below are made one; another Visma transaction's id
// differs in about 30, and Scrive's next transaction's 20-digit id in 4
// (brf-malmohus17 2021-22), over the 2 allowed there.
constexpr size_t kCharsPerMisreading = 8;

// The glyphs OCR takes for one another in an id: O/0, l/I/1, S/5, Z/2,
// h/b ("0b57" read "0h57").
char Canonical(char c) {
  switch (c) {
    case 'o':
      return '0';
    case 'l':
    case 'i':
      return '1';
    case 's':
      return '5';
    case 'z':
      return '2';
    case 'h':
      return 'b';
    default:
      return c;
  }
}

}  // namespace

std::string StampId(std::string_view stamp) {
  const std::string folded = records::Fold(stamp);
  std::string id;
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    const std::string_view word(folded.data() + start, end - start);
    if (std::any_of(word.begin(), word.end(),
                    [](char c) { return c >= '0' && c <= '9'; })) {
      for (char c : word) id += Canonical(c);
    }
    start = end + 1;
  }
  return id;
}

bool SameSigning(std::string_view a, std::string_view b, bool ocr) {
  if (!ocr) return records::Fold(a) == records::Fold(b);
  const std::string x = StampId(a);
  const std::string y = StampId(b);
  const size_t shorter = std::min(x.size(), y.size());
  if (shorter < kMinIdChars) return true;
  const int slack = static_cast<int>(shorter / kCharsPerMisreading);
  const int length_gap =
      static_cast<int>(std::max(x.size(), y.size()) - shorter);
  return records::EditDistance(x, y, length_gap + slack) <= length_gap + slack;
}

}  // namespace finsam::split
