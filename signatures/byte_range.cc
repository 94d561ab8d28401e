#include "signatures/byte_range.h"

#include <string>

namespace finsam::signatures {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool IsPdfSpace(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' ||
         c == '\0';
}

}  // namespace

std::optional<std::string> DecodeHex(std::string_view body) {
  std::string out;
  out.reserve(body.size() / 2);
  int high = -1;
  for (char c : body) {
    if (IsPdfSpace(c)) continue;
    const int v = HexValue(c);
    if (v < 0) return std::nullopt;
    if (high < 0) {
      high = v;
    } else {
      out += static_cast<char>((high << 4) | v);
      high = -1;
    }
  }
  if (high >= 0) out += static_cast<char>(high << 4);
  return out;
}

int CountEofMarkers(std::string_view bytes) {
  int count = 0;
  for (size_t at = bytes.find("%%EOF"); at != std::string_view::npos;
       at = bytes.find("%%EOF", at + 5)) {
    ++count;
  }
  return count;
}

ByteRangeCheck CheckByteRange(std::string_view file,
                              const std::vector<int64_t>& numbers) {
  ByteRangeCheck check;
  const int64_t size = static_cast<int64_t>(file.size());
  if (numbers.empty()) {
    check.warnings.push_back("/ByteRange is empty");
    return check;
  }
  if (numbers.size() % 2 != 0) {
    check.warnings.push_back("/ByteRange has an odd count of numbers (" +
                             std::to_string(numbers.size()) + ")");
  }
  for (size_t i = 0; i + 1 < numbers.size(); i += 2) {
    check.spans.push_back(ByteSpan{numbers[i], numbers[i + 1]});
  }
  if (check.spans.empty()) return check;
  bool usable = true;
  for (size_t i = 0; i < check.spans.size(); ++i) {
    const ByteSpan& s = check.spans[i];
    if (s.offset < 0 || s.length < 0) {
      check.warnings.push_back("/ByteRange has a negative number");
      usable = false;
      break;
    }
    if (s.offset > size || s.length > size - s.offset) {
      check.warnings.push_back(
          "/ByteRange reaches beyond the end of the file (span " +
          std::to_string(s.offset) + "+" + std::to_string(s.length) +
          ", file " + std::to_string(size) + " bytes)");
      usable = false;
      break;
    }
    if (i > 0) {
      const ByteSpan& prev = check.spans[i - 1];
      if (s.offset < prev.offset + prev.length) {
        check.warnings.push_back(
            "/ByteRange spans overlap or are out of order");
        usable = false;
        break;
      }
    }
  }
  check.usable = usable;
  if (!usable) return check;

  check.starts_at_zero = check.spans.front().offset == 0;
  if (!check.starts_at_zero) {
    check.warnings.push_back(
        "/ByteRange does not start at the beginning of the file (offset " +
        std::to_string(check.spans.front().offset) + ")");
  }
  const ByteSpan& last = check.spans.back();
  check.covered_end = last.offset + last.length;
  check.bytes_after = size - check.covered_end;
  check.incremental_updates_after =
      CountEofMarkers(file.substr(static_cast<size_t>(check.covered_end)));

  int holes = 0;
  std::string_view hole;
  for (size_t i = 1; i < check.spans.size(); ++i) {
    const int64_t from = check.spans[i - 1].offset + check.spans[i - 1].length;
    const int64_t to = check.spans[i].offset;
    if (to > from) {
      ++holes;
      hole = file.substr(static_cast<size_t>(from),
                         static_cast<size_t>(to - from));
    }
  }
  if (holes != 1) {
    check.warnings.push_back("/ByteRange leaves out " + std::to_string(holes) +
                             " holes, not the one for /Contents");
    return check;
  }
  if (hole.size() < 2 || hole.front() != '<' || hole.back() != '>') {
    check.warnings.push_back(
        "the bytes left out by /ByteRange are not a hex string "
        "(expected the /Contents value <...>)");
    return check;
  }
  std::optional<std::string> decoded =
      DecodeHex(hole.substr(1, hole.size() - 2));
  if (!decoded) {
    check.warnings.push_back(
        "/Contents holds characters that are not hex digits");
    return check;
  }
  check.hole_is_contents = true;
  check.contents = std::move(*decoded);
  return check;
}

std::vector<std::string_view> CoveredParts(std::string_view file,
                                           const ByteRangeCheck& check) {
  std::vector<std::string_view> parts;
  if (!check.usable) return parts;
  for (const ByteSpan& s : check.spans) {
    parts.push_back(file.substr(static_cast<size_t>(s.offset),
                                static_cast<size_t>(s.length)));
  }
  return parts;
}

}  // namespace finsam::signatures
