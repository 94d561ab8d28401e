// Small text helpers more than one module prints with.
#ifndef FINSAM_BASE_TEXT_H_
#define FINSAM_BASE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace finsam {

// Digits grouped in threes from the right with a space, as Swedish prints
// amounts: "1234567" -> "1 234 567". `digits` is a run of digits.
std::string GroupThousands(std::string_view digits);

// -1234567 -> "-1 234 567"; every int64_t, the most negative too.
std::string GroupedInteger(int64_t value);

// The magnitude alone: -1234567 and 1234567 -> "1 234 567" (for finding an
// amount on a page that may print its sign as "−" or in parentheses).
std::string GroupedMagnitude(int64_t value);

// The pages of text written as `finsam-extract text` writes it, pages joined
// by form feeds: split at each '\f'; what follows the last one starts a page
// only when it is more than a "\n".
std::vector<std::string> SplitPages(std::string_view text);

// The words of `text`: runs of characters other than space and tab.
std::vector<std::string> SplitWords(std::string_view text);

// `field` as one CSV field (RFC 4180): as it is, or in double quotes with
// inner quotes doubled when it holds `separator`, a quote or a line break.
std::string CsvField(std::string_view field, char separator = ',');

}  // namespace finsam

#endif  // FINSAM_BASE_TEXT_H_
