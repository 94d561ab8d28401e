#include "normalize/damage_estimate.h"

#include <algorithm>
#include <cmath>

namespace finsam {

using namespace restorer_weights;  // NOLINT: the weights read as names

void DamageCounts::Add(const DamageCounts& o, float sign) {
  for (int k = 0; k < kKinds; ++k) {
    clean[k] += sign * o.clean[k];
    folded[k] += sign * o.folded[k];
    dropped[k] += sign * o.dropped[k];
    ocr[k] += sign * o.ocr[k];
  }
}

void ObserveWord(const WordAnalysis& a, std::string_view lower,
                 CasePattern pattern, DamageCounts* counts) {
  if (a.known) {
    if (a.candidates.empty()) CountKinds(lower, counts->clean);
    return;
  }
  if (a.candidates.empty()) return;
  const Candidate* best = nullptr;
  double best_score = -1e300, second = -1e300;
  for (const Candidate& c : a.candidates) {
    const double s = std::log(std::max(c.frequency, kListedFloor)) - c.ocr_cost;
    if (s > best_score) {
      second = best_score;
      best_score = s;
      best = &c;
    } else if (s > second) {
      second = s;
    }
  }
  if (best_score - second < std::log(kEvidenceMargin)) return;
  // The listed names capitalised words stand for ("Forsakringskassan",
  // "Orebro") are evidence all the same.
  if ((pattern == CasePattern::kCapitalized ||
       pattern == CasePattern::kMixed) &&
      !best->preferred && !best->proper) {
    return;
  }
  if (best->ocr) {
    CountKinds(best->word, counts->ocr);
  } else {
    for (int k = 0; k < kKinds; ++k) {
      counts->folded[k] += best->folded[k];
      counts->dropped[k] += best->dropped[k];
    }
  }
}

DamageEstimate::DamageEstimate() : prefix_(1) {}

void DamageEstimate::AddLine(const DamageCounts& counts) {
  DamageCounts next = prefix_.back();
  next.Add(counts, 1);
  prefix_.push_back(next);
}

DamageRates DamageEstimate::RatesAround(size_t line,
                                        const DamageCounts& own) const {
  const size_t lines = prefix_.size() - 1;
  const size_t lo = line > kRateWindow ? line - kRateWindow : 0;
  const size_t hi = std::min(lines, line + kRateWindow + 1);
  DamageCounts window = prefix_[hi];
  window.Add(prefix_[lo], -1);
  window.Add(own, -1);
  DamageCounts total = prefix_[lines];
  total.Add(own, -1);
  auto all = [](const DamageCounts& e, int k) {
    return e.clean[k] + e.folded[k] + e.dropped[k] + e.ocr[k];
  };
  float doc_all = 0, doc_fold = 0, doc_drop = 0, doc_ocr = 0;
  float win_all = 0, win_drop = 0, win_ocr = 0;
  for (int k = 0; k < kKinds; ++k) {
    doc_all += all(total, k);
    doc_fold += total.folded[k];
    doc_drop += total.dropped[k];
    doc_ocr += total.ocr[k];
    win_all += all(window, k);
    win_drop += window.dropped[k];
    win_ocr += window.ocr[k];
  }
  auto smooth = [](float hits, float n, float wider, float weight) {
    return (hits + weight * wider) / (n + weight);
  };
  auto clamp = [](float r) { return std::clamp(r, kMinRate, kMaxRate); };
  DamageRates rates;
  const float fold_doc = smooth(doc_fold, doc_all, kFoldPrior, kPriorWeight);
  for (int k = 0; k < kKinds; ++k) {
    const float doc_k =
        smooth(total.folded[k], all(total, k), fold_doc, kLetterBackoff);
    rates.folded[k] =
        clamp(smooth(window.folded[k], all(window, k), doc_k, kWindowBackoff));
  }
  rates.dropped = clamp(smooth(
      win_drop, win_all, smooth(doc_drop, doc_all, kDropPrior, kPriorWeight),
      kWindowBackoff));
  rates.ocr = clamp(smooth(win_ocr, win_all,
                           smooth(doc_ocr, doc_all, kOcrPrior, kPriorWeight),
                           kWindowBackoff));
  return rates;
}

}  // namespace finsam
