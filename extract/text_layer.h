// Text layer: the words a PDF page's text layer carries, with their boxes.
#ifndef FINSAM_EXTRACT_TEXT_LAYER_H_
#define FINSAM_EXTRACT_TEXT_LAYER_H_

#include "base/word.h"

namespace poppler {
class page;
}

namespace finsam {

// Reads the page's text layer through Poppler. Boxes are in points with the
// origin at the top-left of the page as displayed (after /Rotate). Zero-width
// characters (U+200B, U+FEFF ...) are removed; words that are then empty or
// only white space are dropped. Invisible text (a scanner's OCR layer
// drawn in render mode 3) is included: Poppler does not tell it apart, and
// the page classifier judges the layer's quality instead.
PageWords ReadTextLayer(const poppler::page& page);

}  // namespace finsam

#endif  // FINSAM_EXTRACT_TEXT_LAYER_H_
