// PackagePage: what the package splitter (split/package_split.h) reads of
// one page. The text pipeline gives all of it for a PDF
// (split/package_records.h builds it from pipeline pages); text input gives
// the text only (split/text_pages.h).
#ifndef FINSAM_SPLIT_PACKAGE_PAGE_H_
#define FINSAM_SPLIT_PACKAGE_PAGE_H_

#include <string>
#include <vector>

namespace finsam::split {

struct PackagePage {
  std::string text;  // the page's body text, lines split by '\n'
  // Page-number lines printed at the page's edges ("Sida 3 av 14"): the
  // pipeline's page-number furniture, or the edge lines of a text page.
  std::vector<std::string> page_number_lines;
  // Running header and footer lines, top to bottom. Empty for text input:
  // the splitter then finds them itself (top lines repeated nearby).
  std::vector<std::string> running_lines;
  bool running_known = false;  // true when running_lines came from a PDF
  // An e-signing service's stamp on the page ("Transaktion 0922... Signerat
  // LN, RK"; Visma's "Dokument-ID"): it names the signed document.
  std::vector<std::string> signing_stamps;
  double width_pt = 0;  // page size as displayed; 0 when unknown
  double height_pt = 0;
  bool signature_page = false;  // an e-signing service's signature page
  // The text came from OCR: its page numbers and running lines may be
  // misread ("Cida 7 avs 10").
  bool ocr = false;
};

}  // namespace finsam::split

#endif  // FINSAM_SPLIT_PACKAGE_PAGE_H_
