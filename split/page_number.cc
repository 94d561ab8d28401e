#include "split/page_number.h"

#include <re2/re2.h>

#include <string>

namespace finsam::split {
namespace {

bool ToInt(const std::string& digits, int* out) {
  if (digits.empty() || digits.size() > 4) return false;
  *out = std::stoi(digits);
  return *out >= 1;
}

}  // namespace

std::optional<PrintedPageNumber> ParsePageNumber(std::string_view line) {
  static const RE2 kSida(
      R"((?i)^\s*(?:sida|sid\.?|page)\s*:?\s*(\d{1,4})(?:\s*(?:av|of|/|\()\s*(\d{1,4})\)?)?(?:\D.*)?$)");
  static const RE2 kParen(R"(^\s*(\d{1,4})\s*\(\s*(\d{1,4})\s*\)\s*$)");
  static const RE2 kSlash(R"(^\s*(\d{1,4})\s*/\s*(\d{1,4})\s*$)");
  static const RE2 kDash(R"(^\s*[-–—]\s*(\d{1,4})\s*[-–—]\s*$)");
  static const RE2 kBare(R"(^\s*(\d{1,3})\s*$)");
  std::string n, m;
  PrintedPageNumber out;
  auto with = [&](PageNumberStyle style) -> std::optional<PrintedPageNumber> {
    out.style = style;
    if (!ToInt(n, &out.number)) return std::nullopt;
    if (!m.empty() && (!ToInt(m, &out.total) || out.total < out.number)) {
      return std::nullopt;
    }
    return out;
  };
  if (RE2::FullMatch(line, kSida, &n, &m)) return with(PageNumberStyle::kSida);
  if (RE2::FullMatch(line, kParen, &n, &m)) {
    return with(PageNumberStyle::kParen);
  }
  if (RE2::FullMatch(line, kSlash, &n, &m)) {
    return with(PageNumberStyle::kSlash);
  }
  if (RE2::FullMatch(line, kDash, &n)) return with(PageNumberStyle::kDash);
  if (RE2::FullMatch(line, kBare, &n)) return with(PageNumberStyle::kBare);
  return std::nullopt;
}

}  // namespace finsam::split
