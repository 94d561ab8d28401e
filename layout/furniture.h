// Page furniture: what is printed on the page but is not the document's body.
//
// The Visma Sign stamp at the foot of each page ("visma sign", "Dokumentet är
// elektroniskt signerat ...", "Verifiera dokumentet / verifiering: ..."), page
// numbers ("Sida 3", "3 (13)", "Sida 6 av 14", "- 3 -", "3/14", a lone "2"),
// and running headers/footers repeated on many pages at the same place. Pure:
// lines in, body and furniture out.
//
// Where: the top and foot bands are the top and bottom 12 % of the page (by
// the line box's centre); the stamp may reach into the bottom 25 %. Lines
// without a box (height 0: text read back without positions) fall back to
// the first two / last two lines (last four for the stamp).
// What: the bare "visma sign" logo anywhere; other stamp text only in the
// stamp band; page numbers only in the edge bands; a running line is one
// at the same edge, identical after folding (or with digits masked, when at
// least four letters remain), on 3+ pages close together (gaps <= 2 pages)
// or on 30 %+ of the pages (2 of a 2-3 page document); OCR variants within
// one edit per ten characters count too. A page number glued to OCR junk
// ("p varje sida 33 (332)") goes when its total agrees with the page
// numbers of other pages. Matching ignores case and å/ä/ö vs a/o.
#ifndef FINSAM_LAYOUT_FURNITURE_H_
#define FINSAM_LAYOUT_FURNITURE_H_

#include <string>
#include <vector>

#include "layout/text_line.h"

namespace finsam {

enum class FurnitureKind {
  kVismaStamp,
  // Another e-signing service's line on every page: TellusTalk's "AB, CD —
  // Powered by TellusTalk" up the margin, Scrive's "Transaktion 0922...
  // Signerat AB, CD", "DocuSign Envelope ID: ...", GetAccept's "Detta
  // dokument har signerats genom GetAccept".
  kSigningStamp,
  kPageNumber,
  kRunningHeader,
  kRunningFooter,
};

// "visma-stamp", "signing-stamp", "page-number", "running-header",
// "running-footer".
const char* FurnitureKindName(FurnitureKind kind);

struct FurnitureLine {
  FurnitureKind kind;
  std::string text;
};

struct PageLines {
  double height = 0;  // page height in points, to tell top from foot
  double width = 0;   // page width in points, to tell the side margins
  std::vector<TextLine> lines;
};

struct FurnitureSplit {
  std::vector<TextLine> body;  // in the order given
  std::vector<FurnitureLine> furniture;
};

// Splits every page. Running headers/footers are found across pages (text
// repeated, digits aside, near the same edge on several pages), so the whole
// document is passed at once; the result has one entry per input page.
std::vector<FurnitureSplit> SplitFurniture(const std::vector<PageLines>& pages);

}  // namespace finsam

#endif  // FINSAM_LAYOUT_FURNITURE_H_
