// Image rulings: the table rules a page image shows, found with Leptonica.
//
// A scanned table has no vector graphics; its rules are runs of dark pixels.
// A morphological opening with a long thin brick keeps what is at least that
// long and that thin (rules; not letters, whose strokes are short, nor
// dotted leaders, which break) and the connected pieces left become rulings.
//
// Contract: rulings in page points (the image spans `page_width_pt` x
// `page_height_pt`), horizontal ones at least kMinImageRulingInches long,
// vertical ones too, each no thicker than kMaxImageRulingInches; merged as
// extract/rulings.h merges. Empty on failure (out of memory) or for an
// empty image: rulings only sharpen table rows, the text does not need them.
#ifndef FINSAM_OCR_IMAGE_RULINGS_H_
#define FINSAM_OCR_IMAGE_RULINGS_H_

#include <vector>

#include "base/word.h"
#include "ocr/pix.h"

namespace finsam {

inline constexpr double kMinImageRulingInches = 0.4;
inline constexpr double kMaxImageRulingInches = 0.04;

std::vector<Ruling> FindImageRulings(const Pix& image, double page_width_pt,
                                     double page_height_pt);

}  // namespace finsam

#endif  // FINSAM_OCR_IMAGE_RULINGS_H_
