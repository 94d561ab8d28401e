// Page classifier: use the text layer, or OCR the page, and why.
//
// Pure: takes measurements (text quality, page images), returns a decision.
// The pipeline records the decision and its reason per page.
#ifndef FINSAM_CLASSIFY_PAGE_CLASSIFIER_H_
#define FINSAM_CLASSIFY_PAGE_CLASSIFIER_H_

#include <optional>
#include <string_view>

#include "classify/text_quality.h"
#include "pdf/page_images.h"

namespace finsam {

// When to OCR a page (the --ocr flag, a fixture's options.ocr).
enum class OcrMode { kAuto, kNever, kAlways };

// "auto", "never", "always".
const char* OcrModeName(OcrMode mode);
// The mode `name` names, or nullopt for any other text.
std::optional<OcrMode> ParseOcrMode(std::string_view name);

// What the text layer is, as far as can be told without OCR.
enum class LayerVerdict {
  kSound,           // reads as Swedish: use it
  kEmpty,           // no text layer (an image page, or blank)
  kUnmappedGlyphs,  // glyphs that map to nothing (broken ToUnicode)
  kLettersMissing,  // a Swedish page with no å/ä/ö and many unknown words
  kPoor,            // too few dictionary words: garbled
  kScannerLayer,    // passable text over a page-sized scan: OCR may be better
};

// "sound", "no-text-layer", "unmapped-glyphs", "letters-missing",
// "poor-text-layer", "scanner-text-layer".
const char* LayerVerdictName(LayerVerdict verdict);

struct PageDecision {
  LayerVerdict verdict = LayerVerdict::kSound;
  bool run_ocr = false;
  // OCR runs but the text layer stays a candidate: the better of the two,
  // by TextQuality::known_ratio, wins (see PreferOcr).
  bool compare = false;
};

// Thresholds, exposed so tests and benchmarks state them.
struct ClassifierThresholds {
  int min_words_for_layer = 3;  // fewer words (and letters): empty
  int min_letters_for_layer = 15;
  double max_bad_glyph_share = 0.05;
  int min_words_for_missing = 25;  // judge missing letters on this much
  double missing_known_ratio = 0.85;
  // Below this share of dictionary words a layer over a scan is poor. A
  // born-digital page needs a lower bar: covers, name lists and multilingual
  // signature pages have few dictionary words yet are exact.
  double poor_known_ratio_scan = 0.70;
  double poor_known_ratio = 0.50;
};

// What the classifier is given about one page's text layer.
struct LayerMeasure {
  TextQuality all;  // the whole layer
  // Only the lines away from the top and foot margins. A scan that Visma
  // Sign stamped afterwards has a text layer, but only the stamp: judged on
  // the body, it is an image page. Read only on page-sized scans, and only
  // its word count (callers may leave the rest, or give `all` elsewhere).
  TextQuality body;
};

LayerVerdict JudgeTextLayer(const LayerMeasure& layer,
                            const PageImageInfo& images,
                            const ClassifierThresholds& t = {});

PageDecision DecidePage(const LayerMeasure& layer, const PageImageInfo& images,
                        OcrMode mode, const ClassifierThresholds& t = {});

// With both texts measured, whether OCR's text should replace the layer's.
// OCR wins ties within `margin`: a scanner's layer is older OCR of the same
// image.
bool PreferOcr(const TextQuality& layer, const TextQuality& ocr,
               double margin = 0.01);

}  // namespace finsam

#endif  // FINSAM_CLASSIFY_PAGE_CLASSIFIER_H_
