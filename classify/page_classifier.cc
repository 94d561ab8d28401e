#include "classify/page_classifier.h"

namespace finsam {

const char* OcrModeName(OcrMode mode) {
  switch (mode) {
    case OcrMode::kNever:
      return "never";
    case OcrMode::kAlways:
      return "always";
    case OcrMode::kAuto:
      break;
  }
  return "auto";
}

std::optional<OcrMode> ParseOcrMode(std::string_view name) {
  for (OcrMode mode : {OcrMode::kAuto, OcrMode::kNever, OcrMode::kAlways}) {
    if (name == OcrModeName(mode)) return mode;
  }
  return std::nullopt;
}

const char* LayerVerdictName(LayerVerdict verdict) {
  switch (verdict) {
    case LayerVerdict::kSound:
      return "sound";
    case LayerVerdict::kEmpty:
      return "no-text-layer";
    case LayerVerdict::kUnmappedGlyphs:
      return "unmapped-glyphs";
    case LayerVerdict::kLettersMissing:
      return "letters-missing";
    case LayerVerdict::kPoor:
      return "poor-text-layer";
    case LayerVerdict::kScannerLayer:
      return "scanner-text-layer";
  }
  return "sound";
}

LayerVerdict JudgeTextLayer(const LayerMeasure& measure,
                            const PageImageInfo& images,
                            const ClassifierThresholds& t) {
  const TextQuality& layer = measure.all;
  if (layer.words < t.min_words_for_layer &&
      layer.letters < t.min_letters_for_layer) {
    return LayerVerdict::kEmpty;
  }
  if (images.page_sized && measure.body.words < t.min_words_for_layer) {
    return LayerVerdict::kEmpty;  // a scan with text only in its margins
  }
  if (layer.chars > 0 && static_cast<double>(layer.bad_glyphs) / layer.chars >
                             t.max_bad_glyph_share) {
    return LayerVerdict::kUnmappedGlyphs;
  }
  // Swedish prose uses å/ä/ö in about one word in five; a long page without
  // any, where many words are unknown, has lost them.
  if (layer.words >= t.min_words_for_missing && layer.swedish_letters == 0 &&
      layer.known_ratio() < t.missing_known_ratio) {
    return LayerVerdict::kLettersMissing;
  }
  if (images.page_sized) {
    return layer.known_ratio() < t.poor_known_ratio_scan
               ? LayerVerdict::kPoor
               : LayerVerdict::kScannerLayer;
  }
  if (layer.known_ratio() < t.poor_known_ratio) return LayerVerdict::kPoor;
  return LayerVerdict::kSound;
}

PageDecision DecidePage(const LayerMeasure& layer, const PageImageInfo& images,
                        OcrMode mode, const ClassifierThresholds& t) {
  PageDecision d;
  d.verdict = JudgeTextLayer(layer, images, t);
  switch (mode) {
    case OcrMode::kNever:
      d.run_ocr = false;
      break;
    case OcrMode::kAlways:
      d.run_ocr = true;
      break;
    case OcrMode::kAuto:
      d.run_ocr = d.verdict != LayerVerdict::kSound;
      // A poor or scanner layer may still beat OCR of a bad scan; keep it
      // as a candidate. Empty or letter-less layers cannot win.
      d.compare = d.verdict == LayerVerdict::kPoor ||
                  d.verdict == LayerVerdict::kScannerLayer;
      break;
  }
  return d;
}

bool PreferOcr(const TextQuality& layer, const TextQuality& ocr,
               double margin) {
  if (ocr.words == 0) return layer.words == 0;
  return ocr.known_ratio() + margin >= layer.known_ratio();
}

}  // namespace finsam
