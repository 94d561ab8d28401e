// A document's pages through the normaliser, as one text.
//
// The pages' texts are joined by "\n\f\n" and normalised together, so the
// normaliser weighs its evidence (how damaged the letters are) over the
// whole document, not page by page. Each page gets its part of the result
// back, with the edits made in it renumbered to the page's own lines. The
// pipeline normalises its pages this way (PageResult::text and ::edits);
// `fixture learn` re-normalises raw pages with a trial word list the same
// way.
#ifndef FINSAM_PIPELINE_PAGE_NORMALIZATION_H_
#define FINSAM_PIPELINE_PAGE_NORMALIZATION_H_

#include <string>
#include <string_view>
#include <vector>

#include "normalize/normalizer.h"

namespace finsam {

struct NormalizedPage {
  std::string text;             // the page's normalised text
  std::vector<Edit> edits;      // applied; `line` is 1-based within the page
  std::vector<Edit> uncertain;  // withheld decisions, numbered the same way
};

// One NormalizedPage per entry of `pages` (each page's raw text), in order.
std::vector<NormalizedPage> NormalizePages(
    const std::vector<std::string_view>& pages, const Normalizer& normalizer,
    const NormalizeOptions& options);

}  // namespace finsam

#endif  // FINSAM_PIPELINE_PAGE_NORMALIZATION_H_
