// A package split into its documents: the pages of a meeting package (or an
// annual report with its audit report appended) in, the page range of each
// document out.
//
// Pure. Each page is read for what starts or continues a document, and a
// document starts before page i when the evidence for a start outweighs the
// evidence for going on (weights in package_split.cc, each with the example
// that set it):
//  * for a start: a title near the top naming a kind of document
//    ("Årsredovisning 2019", "Revisionsberättelse", "Föredragningslista",
//    "Bilaga 2", "Motion om ..."; document_kind.h), an audit report's
//    title most of all; the title a list of the package's documents gave
//    an appendix ("Bilaga 2 - Sammanställning av ...") opening a page
//    that prints no label; an annual report's management report opening
//    a page inside a notice, motion or other document that holds no
//    parts; a cover page (a few short lines with a year); a
//    printed page number that restarts at 1, goes back or changes its
//    total (a first number 1 counts less; a number may be a cell of the
//    running line or of the title's row, "1(4)<TAB>Bilaga 1"), or that
//    reached its own total on the page before ("Sida 4 av 4"); an
//    appendix label OCR broke ("Di laga 2") or printed as the running
//    line; a running header that begins or changes (or ends); another
//    e-signing transaction on the page's stamp; a page before that closes
//    a document (a signature block, an e-signing service's signature
//    page); a new page size;
//  * for going on: the printed number one more than the page before's, in
//    the same style and total; a sentence running over from the page
//    before (it ended in a comma, a hyphen or "och", "att", ...; not after
//    a signature block); a title that repeats the current document's own
//    (or the page before's, words added after it); a title that the current
//    report's own table of contents lists (its part, not another
//    document; an audit report excepted); the title page right after the
//    cover that opened the document (a cover that names no kind takes
//    the title page's); an annual report's page opening with one of its
//    statements, notes or signatures; the running line of the page before
//    carried on (a title alone under it weighs less, unless the document
//    holds no parts and the title names another kind).
// A page-number sequence that counts the whole package ("33 (332)") is no
// document's; running lines are compared with digits masked. Blank pages,
// signature pages and e-signing evidence pages (a verification or
// activity log appended by the signing service) never start a document:
// they end the one before.
#ifndef FINSAM_SPLIT_PACKAGE_SPLIT_H_
#define FINSAM_SPLIT_PACKAGE_SPLIT_H_

#include <string>
#include <vector>

#include "split/document_kind.h"
#include "split/package_page.h"

namespace finsam::split {

struct PackageDocument {
  int first_page = 0;  // 1-based, inclusive, in the package
  int last_page = 0;
  DocumentKind kind = DocumentKind::kOther;  // from its first title
  std::string title;  // the title line that named the kind, as printed
  // Why it starts on first_page: "first-page", "title", "audit-title",
  // "cover", "numbering-restart", "numbering-jump", "header-change",
  // "header-ends", "signing-change", "closed-before", "page-size",
  // "numbering-ended", "report-opens".
  std::vector<std::string> reasons;
  bool operator==(const PackageDocument&) const = default;
};

// The documents, in page order, covering every page once. One document
// (pages 1..n) when nothing shows a boundary; none for no pages.
std::vector<PackageDocument> SplitPackage(
    const std::vector<PackagePage>& pages);

}  // namespace finsam::split

#endif  // FINSAM_SPLIT_PACKAGE_SPLIT_H_
