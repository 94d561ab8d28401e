// Page roles: cover, table of contents, body, or a Visma signature page.
#ifndef FINSAM_EXTRACT_PAGE_ROLE_H_
#define FINSAM_EXTRACT_PAGE_ROLE_H_

#include <string_view>

namespace finsam {

enum class PageRole { kCover, kToc, kBody, kSignaturePage };

// "cover", "toc", "body", "signature-page" (the record contract's names).
const char* PageRoleName(PageRole role);

// Decides a page's role from its body text (furniture already out).
// `index` is 0-based; `page_count` is the document's page count. A Visma
// signature page ("... sidor före denna sida", "Signerat", "Verifiera
// dokumentet", signers with times) is recognised wherever it stands; a cover
// only as the first page; a table of contents by its heading or by many lines
// ending in page numbers after dot leaders.
PageRole ClassifyPageRole(std::string_view body_text, int index,
                          int page_count);

}  // namespace finsam

#endif  // FINSAM_EXTRACT_PAGE_ROLE_H_
