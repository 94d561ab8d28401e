// One report in, its review page out: the work of `finsam-extract review`.
//
// Runs what `records` runs (BuildReportRecord: the text pipeline, the
// normaliser, the record), takes the edits the pipeline hands on per page,
// renders a small picture of every page and puts it all on one
// self-contained HTML page (review_html.h).
#ifndef FINSAM_REVIEW_REVIEW_BUILDER_H_
#define FINSAM_REVIEW_REVIEW_BUILDER_H_

#include <string>

#include "base/status.h"
#include "pipeline/text_pipeline.h"
#include "review/page_snapshots.h"
#include "review/review_html.h"

namespace finsam::review {

struct ReviewOptions {
  // REQUIRES: pipeline.normalizer is set (not owned): the page shows its
  // edits. With pipeline.dictionary set, words of OCR'd pages it does not
  // know are flagged too.
  TextPipelineOptions pipeline;
  SnapshotOptions snapshots;
  float low_confidence = kDefaultLowConfidence;
};

struct Review {
  std::string html;
  int failed_pages = 0;  // pages shown as failed (named on the page)
  int edits = 0;         // normaliser edits shown
  int low_confidence_words = 0;
  int unknown_words = 0;  // distinct words the dictionary does not know
};

// `path` names the input in messages and on the page. Errors: those of
// BuildReportRecord, kNotPdf for input that is not a PDF (a review needs page
// pictures), kInvalidArgument when no normaliser is given.
Result<Review> BuildReview(const std::string& path, std::string bytes,
                           const std::string& password,
                           const ReviewOptions& options);

}  // namespace finsam::review

#endif  // FINSAM_REVIEW_REVIEW_BUILDER_H_
