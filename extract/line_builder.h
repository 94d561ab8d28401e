// Line building: words with boxes -> lines in reading order.
//
// Pure: no Poppler, no Tesseract. Works the same for text-layer and OCR words.
// Contract:
//  * Words whose vertical extents overlap enough form one line; a table row
//    stays one line, its cells (separated by a gap clearly wider than a word
//    space) joined by '\t'.
//  * Headings and paragraphs stay on their own lines; a vertical gap clearly
//    larger than the line spacing marks `starts_block`.
//  * A page set in two (or more) columns, detected by a vertical white gutter
//    running through most of the body, is read column by column; full-width
//    lines above/below the columns (titles, footers) stay in place.
//  * Lines come out top to bottom within each column.
#ifndef FINSAM_EXTRACT_LINE_BUILDER_H_
#define FINSAM_EXTRACT_LINE_BUILDER_H_

#include <string>
#include <vector>

#include "base/word.h"
#include "extract/text_line.h"

namespace finsam {

std::vector<TextLine> BuildLines(const PageWords& page);

// Joins lines with '\n', with one empty line before a line that starts a
// block (never at the start). No trailing newline.
std::string JoinLines(const std::vector<TextLine>& lines);

}  // namespace finsam

#endif  // FINSAM_EXTRACT_LINE_BUILDER_H_
