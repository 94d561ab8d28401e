// The review page: one self-contained HTML file in which a data cleaner
// checks what the tool read from a report.
//
// Pure: the pipeline's pages, the normaliser's edits, the page pictures and
// the record in; the HTML text out. The page needs no server and no network
// (pictures are data: URIs, CSS and script are inline) and shows:
//  * a header with the file, the record's checks (failed and warned first,
//    with links to the figures involved, which are highlighted on their
//    page), warnings and pages that failed;
//  * the record: sections, statements, key figures, people, signatures and
//    interventions, each linking to the page and line it came from;
//  * every page: its picture beside its text, lines placed at the height they
//    have on the picture; OCR words below `low_confidence` highlighted (and
//    boxed on the picture); every normaliser edit highlighted, with
//    "before → after (reason, confidence)" on hover; furniture (stamps,
//    page numbers, running headers) greyed below the body.
// Flagged items (low-confidence and unknown words, edits, withheld
// decisions, flagged figures, failed pages) are reached with the keys n/j
// (next) and p/k (previous). Every string from the document is HTML-escaped.
#ifndef FINSAM_REVIEW_REVIEW_HTML_H_
#define FINSAM_REVIEW_REVIEW_HTML_H_

#include <set>
#include <string>
#include <vector>

#include "pipeline/text_pipeline.h"
#include "records/report_record.h"
#include "review/page_edits.h"
#include "review/page_snapshots.h"

namespace finsam::review {

struct ReviewInput {
  std::string file_name;               // as the user named the input
  const DocumentText* text = nullptr;  // required
  const DocumentNormalization* normalization = nullptr;  // may be null
  // Pictures by page, matched on PageSnapshot::number; may be empty.
  const std::vector<PageSnapshot>* snapshots = nullptr;
  const records::ReportRecord* record = nullptr;  // may be null
  float low_confidence = 0.6f;  // OCR words below this are flagged
  // Words of OCR'd or restored pages that the dictionary does not know
  // ("Khentmedel" for "Klientmedel"): flagged where they occur on such
  // pages, because OCR can be sure and wrong. May be null.
  const std::set<std::string>* unknown_words = nullptr;
};

std::string RenderReviewHtml(const ReviewInput& input);

}  // namespace finsam::review

#endif  // FINSAM_REVIEW_REVIEW_HTML_H_
