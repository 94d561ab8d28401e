// Image text: words a born-digital page shows only as a picture.
//
// A report written in Word may paste a screenshot of its balance sheet
// onto a page whose text layer holds only the heading and the footer
// (Trollhättans JK 2023, page 10: an 823x528-pixel screenshot of the
// "Balansrapport" under "Balans och Resultaträkning"). The layer is sound,
// so the page is not OCR'd, and the statement never reaches the text. These
// functions pick the images worth reading on such a page and judge what OCR
// read in them; the pipeline renders, recognises and merges.
//
// Pure: boxes and words in, boxes and words out.
#ifndef FINSAM_PIPELINE_IMAGE_TEXT_H_
#define FINSAM_PIPELINE_IMAGE_TEXT_H_

#include <vector>

#include "base/word.h"
#include "classify/text_quality.h"
#include "pdf/pdf_rulings.h"

namespace finsam {

// The tuning weights, named once; each with the example that set it.
struct ImageTextThresholds {
  // An image is read when it covers at least this share of the page.
  // Trollhättans page 10's screenshot: 0.35 of an A4 page. A logo in a
  // letterhead (the same report: 0.02) or a signature is far smaller.
  double min_page_share = 0.15;
  // ... and the text layer has at most this many words inside it (a
  // screenshot under a layer caption: 0; a photo with a text box laid over
  // it has its words in the layer already).
  int max_layer_words_inside = 2;
  // ... and its pixels are this dense where it is placed: fewer pixels per
  // inch leave 10-pt glyphs under 10 pixels high, which Tesseract does not
  // read (the screenshot: 113 ppi).
  double min_pixels_per_inch = 80;
  // An OCR word that is neither a dictionary word nor a number is kept at
  // this confidence or more: photos give fragments under 0.5. Words that
  // read are kept whatever their confidence: on the screenshot the second
  // digit group of "-79 091,95" reads at 0.27, and dropping it left "-79".
  float min_word_confidence = 0.6f;
  // ... and with glyphs of a size printed text has, in points as placed
  // (the screenshot's rows: 7-9 pt high).
  double min_word_height_pt = 4;
  double max_word_height_pt = 36;
  // A region's words are added only when this many are kept ...
  int min_region_words = 5;
  // ... and at least this share of them read as text: a dictionary word of
  // min_word_letters letters or more, or an amount with min_number_digits
  // digits or more, read at min_evidence_confidence or more (a statement
  // screenshot: 0.9). Shorter tokens prove nothing: OCR of the cover photo
  // of Ångturbinen 2013 is "SE", "I", "AN", "ER", "2" at confidences of
  // 0.35-0.6, dictionary words all, and 131 of them.
  double min_text_like_share = 0.6;
  int min_word_letters = 3;
  int min_number_digits = 1;
  float min_evidence_confidence = 0.75f;
};

// Whether a page of the given size whose largest image has these pixels
// can hold a region FindTextlessImages takes: that image, placed over
// min_page_share of the page, would have min_pixels_per_inch. Cheap (no
// content stream is read): most pages end here.
bool MayHoldImageText(int largest_width_px, int largest_height_px,
                      double page_width_pt, double page_height_pt,
                      const ImageTextThresholds& t = {});

// An image region worth reading, in page points, with the resolution of
// the image's own pixels there.
struct ImageRegion {
  Box box;
  double pixels_per_inch = 0;
};

// The images of `images` on a page of `layer` (its size and text-layer
// words) that cover enough of it, with enough pixels, and hold (almost) no
// layer words: the regions to OCR. Overlapping images are read once each
// (no merging: a page of two screenshots gives two regions).
std::vector<ImageRegion> FindTextlessImages(
    const std::vector<PlacedImage>& images, const PageWords& layer,
    const ImageTextThresholds& t = {});

// Whether `word` is evidence that OCR read text: see min_text_like_share.
bool ReadsAsText(const Word& word, const WordPredicate& is_word,
                 const ImageTextThresholds& t = {});

// The words of `words` (OCR of one region, in page points) that look like
// text, or none when too few do: see the thresholds.
std::vector<Word> KeepTextLikeWords(const std::vector<Word>& words,
                                    const WordPredicate& is_word,
                                    const ImageTextThresholds& t = {});

}  // namespace finsam

#endif  // FINSAM_PIPELINE_IMAGE_TEXT_H_
