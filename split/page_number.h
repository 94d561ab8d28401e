// A printed page number read off one line: "Sida 3 av 14", "Sida 3",
// "Sida: 3" (an accounting program's, stenalderns 2025), "3 (13)", "3/14",
// "- 3 -", a lone "3".
//
// Pure. The line is one the page prints at its top or foot (the pipeline's
// page-number furniture, or the first/last line of a text page); a number
// inside prose is not asked about. The style says which sequence a number
// belongs to, so a package that stamps its own "N (332)" on every page
// keeps that sequence apart from the "Sida N" of a report inside it.
#ifndef FINSAM_SPLIT_PAGE_NUMBER_H_
#define FINSAM_SPLIT_PAGE_NUMBER_H_

#include <optional>
#include <string_view>

namespace finsam::split {

enum class PageNumberStyle {
  kSida,   // "Sida 3", "Sida 3 av 14", "Sida 1Signering av ..." (glued)
  kParen,  // "3 (13)"
  kSlash,  // "3/14", "3 / 14"
  kDash,   // "- 3 -"
  kBare,   // "3"
};

struct PrintedPageNumber {
  int number = 0;  // >= 1
  int total = 0;   // 0 when not printed
  PageNumberStyle style = PageNumberStyle::kBare;
  bool operator==(const PrintedPageNumber&) const = default;
};

// The page number `line` prints, or nullopt. Numbers over 9999 and a total
// below the number are not page numbers ("2019", "5 (3)"). "Sida N" may
// have text glued after it (a scanned stamp's "Signering av justerare");
// the other styles must fill the line.
std::optional<PrintedPageNumber> ParsePageNumber(std::string_view line);

}  // namespace finsam::split

#endif  // FINSAM_SPLIT_PAGE_NUMBER_H_
