// The normaliser's edits, page by page.
//
// The text pipeline normalises the whole document as one text (pages joined
// by "\n\f\n") and keeps only the result. The review page and the fixture
// loop also need the edits, so this runs the same normalisation again over
// the pages' raw text: the normaliser is deterministic, so the texts are the
// pipeline's own (pipeline_text_matches in the result says so), and each
// edit is moved to its page with a page-local line number.
#ifndef FINSAM_REVIEW_PAGE_EDITS_H_
#define FINSAM_REVIEW_PAGE_EDITS_H_

#include <string>
#include <vector>

#include "normalize/normalizer.h"
#include "pipeline/text_pipeline.h"

namespace finsam::review {

struct PageNormalization {
  std::string text;             // the page's normalised body text
  std::vector<Edit> edits;      // applied; `line` is 1-based within the page
  std::vector<Edit> uncertain;  // withheld decisions, same numbering
};

struct DocumentNormalization {
  std::vector<PageNormalization> pages;  // one per DocumentText page
  // True when every page's text equals PageResult::text (false when the
  // pipeline ran without a normaliser or with other options).
  bool pipeline_text_matches = true;
};

// Normalises `doc`'s raw page texts exactly as ExtractText does.
DocumentNormalization NormalizePages(const DocumentText& doc,
                                     const Normalizer& normalizer,
                                     const NormalizeOptions& options);

}  // namespace finsam::review

#endif  // FINSAM_REVIEW_PAGE_EDITS_H_
