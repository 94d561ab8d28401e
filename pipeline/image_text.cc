#include "pipeline/image_text.h"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace finsam {
namespace {

bool Inside(const Box& outer, const Word& w) {
  const double x = w.box.center_x(), y = w.box.center_y();
  return x >= outer.x0 && x <= outer.x1 && y >= outer.y0 && y <= outer.y1;
}

// The digits of an amount, a year or a code: digits with the separators
// numbers are printed with ("568 231,21" comes as two words; "-74",
// "23-12-31"); 0 for anything else.
int NumberDigits(std::string_view w) {
  int digits = 0;
  for (char c : w) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      ++digits;
    } else if (std::string_view(".,-:%()/").find(c) == std::string_view::npos) {
      return 0;
    }
  }
  return digits;
}

// Code points of a UTF-8 string.
int CodePoints(std::string_view w) {
  int n = 0;
  for (char c : w) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// The word without the punctuation that clings to it ("(Balansrapport)",
// "intäkter:").
std::string_view Trim(std::string_view w) {
  const std::string_view punct = ".,:;()\"'!?";
  while (!w.empty() && punct.find(w.front()) != std::string_view::npos) {
    w.remove_prefix(1);
  }
  while (!w.empty() && punct.find(w.back()) != std::string_view::npos) {
    w.remove_suffix(1);
  }
  return w;
}

}  // namespace

bool MayHoldImageText(int largest_width_px, int largest_height_px,
                      double page_width_pt, double page_height_pt,
                      const ImageTextThresholds& t) {
  const double min_square_inches =
      t.min_page_share * (page_width_pt / 72.0) * (page_height_pt / 72.0);
  const double min_pixels =
      min_square_inches * t.min_pixels_per_inch * t.min_pixels_per_inch;
  return static_cast<double>(largest_width_px) * largest_height_px >=
         min_pixels;
}

std::vector<ImageRegion> FindTextlessImages(
    const std::vector<PlacedImage>& images, const PageWords& layer,
    const ImageTextThresholds& t) {
  std::vector<ImageRegion> regions;
  const double page_area = layer.width * layer.height;
  if (!(page_area > 0)) return regions;
  for (const PlacedImage& image : images) {
    const Box& b = image.box;
    if (b.width() * b.height() < t.min_page_share * page_area) continue;
    const double ppi = std::min(image.width_px / (b.width() / 72.0),
                                image.height_px / (b.height() / 72.0));
    if (ppi < t.min_pixels_per_inch) continue;
    const int inside = static_cast<int>(
        std::count_if(layer.words.begin(), layer.words.end(),
                      [&b](const Word& w) { return Inside(b, w); }));
    if (inside > t.max_layer_words_inside) continue;
    regions.push_back(ImageRegion{b, ppi});
  }
  return regions;
}

bool ReadsAsText(const Word& word, const WordPredicate& is_word,
                 const ImageTextThresholds& t) {
  if (word.confidence < t.min_evidence_confidence) return false;
  const std::string_view core = Trim(word.text);
  const int digits = NumberDigits(core);
  if (digits > 0) return digits >= t.min_number_digits;
  return CodePoints(core) >= t.min_word_letters && is_word(core);
}

std::vector<Word> KeepTextLikeWords(const std::vector<Word>& words,
                                    const WordPredicate& is_word,
                                    const ImageTextThresholds& t) {
  std::vector<Word> kept;
  int text_like = 0;
  for (const Word& w : words) {
    const double h = w.box.height();
    if (h < t.min_word_height_pt || h > t.max_word_height_pt) continue;
    const std::string_view core = Trim(w.text);
    if (core.empty()) continue;
    // A word or number is kept at any confidence (the second digit group
    // of an amount), anything else only when read confidently.
    const bool reads = NumberDigits(core) > 0 || is_word(core);
    if (!reads && w.confidence < t.min_word_confidence) continue;
    if (ReadsAsText(w, is_word, t)) ++text_like;
    kept.push_back(w);
  }
  if (static_cast<int>(kept.size()) < t.min_region_words ||
      text_like < t.min_text_like_share * static_cast<double>(kept.size())) {
    kept.clear();
  }
  return kept;
}

}  // namespace finsam
