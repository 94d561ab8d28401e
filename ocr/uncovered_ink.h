// Uncovered ink: glyph-sized ink on a page image that no recognised word
// covers.
//
// Tesseract's automatic page layout (psm 3) can leave out a whole clean
// column or a small table: on the Mälarvik probe scan (page 2) the 2022
// column of the income statement, 1.2 inches right of the 2023 column, never
// became words. Its ink is still on the page. These blocks of ink, read
// again as one block of text each (TesseractEngine::RecognizeBlock), give
// the words back; a page whose ink is all covered costs one connected-
// component pass.
//
// Pure Leptonica: image and word boxes in, pixel boxes out.
#ifndef FINSAM_OCR_UNCOVERED_INK_H_
#define FINSAM_OCR_UNCOVERED_INK_H_

#include <vector>

#include "ocr/pix.h"

namespace finsam {

// A rectangle of image pixels, origin at the top-left.
struct PixelBox {
  int x = 0, y = 0, w = 0, h = 0;
};

// The tuning weights, named once, with the examples that set them. Sizes
// are in multiples of the page's glyph height: the median height of its
// recognised words (Mälarvik, 300 dpi, 10-pt type: 31 px).
struct InkThresholds {
  // A component is a glyph when its height is within these multiples of
  // the glyph height (digits and capitals: 0.7-1.0; a comma or the dots of
  // a table of contents are lower and join their neighbours' block or none)
  // and it is no wider than max_width of them (two touching digits of a
  // 200-dpi scan: 1.4).
  double min_height = 0.4;
  double max_height = 1.6;
  double max_width = 4.0;
  // Glyphs this close (horizontally, vertically; in glyph heights) are one
  // block: a printed amount's digit groups are a third of a height apart,
  // the rows of a table 0.6 to 1.0 heights.
  double join_x = 1.5;
  double join_y = 1.0;
  // A block needs this many glyphs: a year ("2022", the header of the
  // Mälarvik column, a block of its own two rows above the amounts) or a
  // short amount ("-267"); a scanner edge's specks rarely come in four
  // glyph-sized pieces side by side.
  int min_glyphs = 4;
  // Pixels of margin kept around each word box when its ink is cleared:
  // Tesseract's boxes are tight and antialiased edges stick out.
  int word_margin_px = 3;
  // A page with more glyph-sized components than this outside its words is
  // noise (a halftone photo, a dithered background), not missed text.
  int max_components = 4000;
  // A block whose ink is more than this share in pieces that are no glyphs
  // (taller or wider than one) is a picture: a photograph's dark patches,
  // with glyph-sized specks between them that join into a block. Text has
  // next to none (an underline). Sjötungan 2007's cover photo: 12 s of
  // Tesseract on its specks for no word; the uncovered columns of the
  // Mälarvik scan and of Kalmar 1990 page 13 are all glyphs.
  double max_picture_share = 0.5;
};

// Blocks of uncovered glyph-sized ink in `image` (8-bit gray or 1-bit),
// given the pixel boxes of the words recognised on it; each block padded by
// half a glyph height and clipped to the image. Blocks that are pictures
// (t.max_picture_share) are left out. Empty when there are no
// words to measure the glyph size by, or the image cannot be read.
std::vector<PixelBox> FindUncoveredInk(const Pix& image,
                                       const std::vector<PixelBox>& words,
                                       const InkThresholds& t = {});

}  // namespace finsam

#endif  // FINSAM_OCR_UNCOVERED_INK_H_
