// Rulings as layout sees them: merged, and asked where they run.
//
// Pure. Rulings come from the PDF's vector graphics (pdf/pdf_rulings.h)
// or from a page image (ocr/), in pieces: a Word table draws each cell's
// border on its own, a scan breaks a rule where the toner is thin.
#ifndef FINSAM_LAYOUT_RULINGS_H_
#define FINSAM_LAYOUT_RULINGS_H_

#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "base/word.h"

namespace finsam {

// Joins collinear rulings (same axis, positions within `tolerance` points)
// that overlap or leave a gap of at most `tolerance` into one. Rulings of
// zero length are dropped. Horizontal ones come first, top to bottom, then
// vertical ones, left to right.
std::vector<Ruling> MergeRulings(std::vector<Ruling> rulings,
                                 double tolerance = 1.0);

// True when a horizontal ruling lies between y0 and y1 (exclusive) and
// covers at least `min_cover` of [x0, x1].
bool HorizontalRulingBetween(const std::vector<Ruling>& rulings, double y0,
                             double y1, double x0, double x1, double min_cover);

// A page's rulings, read only when layout first asks for them: reading a
// born-digital page's vector graphics costs as much again as placing its
// words, and only pages with a table need them. Given rulings (from a page
// image, or a test) are used as they are. Not thread-safe.
class RulingSource {
 public:
  using Reader = std::function<std::vector<Ruling>()>;

  RulingSource() = default;
  explicit RulingSource(std::vector<Ruling> rulings)
      : rulings_(std::move(rulings)) {}
  explicit RulingSource(Reader reader) : reader_(std::move(reader)) {}

  // The rulings; the reader runs on the first call only.
  const std::vector<Ruling>& Get() {
    if (!rulings_) rulings_ = reader_ ? reader_() : std::vector<Ruling>();
    return *rulings_;
  }

 private:
  Reader reader_;
  std::optional<std::vector<Ruling>> rulings_;
};

}  // namespace finsam

#endif  // FINSAM_LAYOUT_RULINGS_H_
