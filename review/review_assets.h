// The review page's inline style sheet and script (review_html.h).
#ifndef FINSAM_REVIEW_REVIEW_ASSETS_H_
#define FINSAM_REVIEW_REVIEW_ASSETS_H_

namespace finsam::review {

extern const char kReviewCss[];
extern const char kReviewScript[];

}  // namespace finsam::review

#endif  // FINSAM_REVIEW_REVIEW_ASSETS_H_
