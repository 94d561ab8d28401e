// Rulings as layout sees them: merged, and asked where they run.
//
// Pure. Rulings come from the PDF's vector graphics (extract/pdf_rulings.h)
// or from a page image (ocr/), in pieces: a Word table draws each cell's
// border on its own, a scan breaks a rule where the toner is thin.
#ifndef FINSAM_EXTRACT_RULINGS_H_
#define FINSAM_EXTRACT_RULINGS_H_

#include <vector>

#include "base/word.h"

namespace finsam {

// Joins collinear rulings (same axis, positions within `tolerance` points)
// that overlap or leave a gap of at most `tolerance` into one. Rulings of
// zero length are dropped. Horizontal ones come first, top to bottom, then
// vertical ones, left to right.
std::vector<Ruling> MergeRulings(std::vector<Ruling> rulings,
                                 double tolerance = 1.0);

// True when a horizontal ruling lies between y0 and y1 (exclusive) and
// covers at least `min_cover` of [x0, x1].
bool HorizontalRulingBetween(const std::vector<Ruling>& rulings, double y0,
                             double y1, double x0, double x1, double min_cover);

}  // namespace finsam

#endif  // FINSAM_EXTRACT_RULINGS_H_
