// Page roles: cover, table of contents, body, or a Visma signature page.
#ifndef FINSAM_LAYOUT_PAGE_ROLE_H_
#define FINSAM_LAYOUT_PAGE_ROLE_H_

#include <string_view>

namespace finsam {

enum class PageRole { kCover, kToc, kBody, kSignaturePage };

// "cover", "toc", "body", "signature-page" (the record contract's names).
const char* PageRoleName(PageRole role);

// Decides a page's role from its body text (furniture already out).
// `index` is 0-based; `page_count` is the document's page count. Markers are
// matched with å/ä/ö folded, as OCR may have lost them.
//  * signature page, wherever it stands: a Visma Sign phrase ("Signature
//    page", "Allekirjoitussivu", "Signatursida", "... sidor före denna
//    sida", "pages before this page", "Company - Yritys - Företag ...") or
//    two lines with a signed time ("Signerat 2024-03-27 14:02");
//  * table of contents: an "Innehåll(sförteckning)" / "Contents" line among
//    the first five, four lines (or three and 30 %) ending in a page number
//    after dot leaders (OCR's "....ccc 3" included), or five tabbed
//    "title<TAB>page" lines, half the page, with rising page numbers;
//  * cover: only the first page of a document of more than one page; at
//    most 15 lines and 80 words, at most two lines over ten words, and a
//    title word ("Årsredovisning", "Verksamhetsplan", ...) on a short line
//    or four words a line at most;
//  * otherwise body.
PageRole ClassifyPageRole(std::string_view body_text, int index,
                          int page_count);

}  // namespace finsam

#endif  // FINSAM_LAYOUT_PAGE_ROLE_H_
