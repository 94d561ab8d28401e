// Folded text: lower case, å/ä -> a, ö -> o, é -> e, white space collapsed.
//
// Furniture and page-role markers must match whether OCR kept the letters
// ("sidor före denna sida") or folded them ("sidor fore denna sida").
#ifndef FINSAM_LAYOUT_FOLDED_TEXT_H_
#define FINSAM_LAYOUT_FOLDED_TEXT_H_

#include <string>
#include <string_view>

namespace finsam {

std::string FoldForMatching(std::string_view text);

}  // namespace finsam

#endif  // FINSAM_LAYOUT_FOLDED_TEXT_H_
