// The pages of a package given as text (`finsam-extract text` output, or a
// hand-made text file), for the splitter.
//
// Pages are split by form feeds. Text without form feeds (seed 001: a
// 332-page package in 2773 lines) is cut into pages where the text shows
// one ends or begins: after a line that is only a page number ("2 (332)",
// "Sida 21"), and before a line that starts with exactly one space, as
// every page's text does in such files (text joined page by page; a bullet
// whose sign was lost starts so too, which only cuts a page in two). The
// page-number lines at a page's edges (first two, last two lines) go to
// PackagePage::page_number_lines; the rest is the page's text.
#ifndef FINSAM_SPLIT_TEXT_PAGES_H_
#define FINSAM_SPLIT_TEXT_PAGES_H_

#include <string_view>
#include <vector>

#include "split/package_page.h"

namespace finsam::split {

struct TextPages {
  std::vector<PackagePage> pages;
  // For each page, its first and last line in the text (1-based,
  // inclusive); a form feed ends the line before it.
  std::vector<int> first_line;
  std::vector<int> last_line;
  bool page_breaks = false;  // true: the pages came from form feeds
};

TextPages PagesOfText(std::string_view text);

}  // namespace finsam::split

#endif  // FINSAM_SPLIT_TEXT_PAGES_H_
