// Image text: which pictures on a born-digital page are read, and which OCR
// words of them are kept (pipeline/image_text.h).
#include "pipeline/image_text.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace finsam {
namespace {

PageWords A4Layer(std::vector<Word> words) {
  PageWords page;
  page.width = 595;
  page.height = 842;
  page.words = std::move(words);
  return page;
}

Word At(std::string text, double x, double y, float confidence = 1.0f,
        double height = 9) {
  Word w;
  w.text = std::move(text);
  w.box = Box{x, y, x + 40, y + height};
  w.confidence = confidence;
  return w;
}

// Trollhättans JK 2023 page 10: an 823x528 screenshot over 524 x 336 pt.
PlacedImage Screenshot() {
  return PlacedImage{Box{36, 96, 560, 432}, 823, 528};
}

TEST(FindTextlessImages, AScreenshotUnderAHeadingIsRead) {
  const PageWords layer = A4Layer({At("Balans", 36, 73), At("och", 80, 73)});
  const std::vector<ImageRegion> regions =
      FindTextlessImages({Screenshot()}, layer);
  ASSERT_EQ(regions.size(), 1u);
  EXPECT_NEAR(regions[0].pixels_per_inch, 823 / (524 / 72.0), 0.01);
  EXPECT_DOUBLE_EQ(regions[0].box.y0, 96);
}

TEST(FindTextlessImages, LogosLayerTextAndCoarsePixelsAreNot) {
  // A letterhead logo: 2 % of the page.
  const PlacedImage logo{Box{450, 20, 540, 50}, 242, 79};
  EXPECT_TRUE(FindTextlessImages({logo}, A4Layer({})).empty());
  // A picture with the layer's words over it (a text box on a photo).
  std::vector<Word> over;
  for (int i = 0; i < 3; ++i) over.push_back(At("ord", 100, 120.0 + 20 * i));
  EXPECT_TRUE(FindTextlessImages({Screenshot()}, A4Layer(over)).empty());
  // The same area from 300x200 pixels: 41 ppi, glyphs too small to read.
  const PlacedImage coarse{Box{36, 96, 560, 432}, 300, 200};
  EXPECT_TRUE(FindTextlessImages({coarse}, A4Layer({})).empty());
  // A page with no size takes nothing.
  EXPECT_TRUE(FindTextlessImages({Screenshot()}, PageWords{}).empty());
}

TEST(MayHoldImageText, ByPixelCountAlone) {
  EXPECT_TRUE(MayHoldImageText(823, 528, 595, 842));
  EXPECT_FALSE(MayHoldImageText(242, 79, 595, 842));  // the logo
}

bool Known(std::string_view w) {
  return w == "Kassa" || w == "och" || w == "bank" || w == "Summa";
}

TEST(KeepTextLikeWords, AStatementKeepsItsLowConfidenceAmounts) {
  const std::vector<Word> words = {
      At("Kassa", 10, 10),          At("och", 60, 10),
      At("bank", 100, 10),          At("-79", 300, 10, 0.9f),
      At("091,95", 340, 10, 0.27f),  // real: the second digit group
      At("Summa", 10, 30),          At("67", 300, 30),
      At("730,10", 340, 30),        At("~'", 400, 30, 0.2f),  // noise
  };
  const std::vector<Word> kept = KeepTextLikeWords(words, Known);
  ASSERT_EQ(kept.size(), 8u);
  EXPECT_EQ(kept[4].text, "091,95");
}

TEST(KeepTextLikeWords, APhotographGivesNothing) {
  // What OCR makes of a lake and trees: confident fragments that are
  // neither words nor numbers, and letters of glyph-less size.
  const std::vector<Word> words = {
      At("Iii", 10, 10, 0.7f), At("rnm", 60, 10, 0.65f),
      At("och", 100, 10),      At("WWw", 10, 30, 0.8f),
      At("|", 60, 30, 0.9f),   At("a", 100, 30, 0.9f, 60),
      At("ll", 10, 50, 0.7f),
  };
  EXPECT_TRUE(KeepTextLikeWords(words, Known).empty());
  // Too few words to say: a logo's name.
  EXPECT_TRUE(KeepTextLikeWords({At("Kassa", 10, 10), At("och", 60, 10)}, Known)
                  .empty());
}

TEST(KeepTextLikeWords, ShortOrUnsureWordsProveNothing) {
  // Ångturbinen 2013's cover photo read as a block: two-letter tokens every
  // dictionary has, and longer ones at low confidence.
  const auto any_word = [](std::string_view) { return true; };
  std::vector<Word> words;
  for (const char* t : {"SE", "AN", "ER", "EN", "I", "a", "2"}) {
    words.push_back(At(t, 10, 10, 0.9f));
  }
  for (const char* t : {"RASA", "SENOR", "FANER", "RATE"}) {
    words.push_back(At(t, 10, 30, 0.5f));
  }
  EXPECT_TRUE(KeepTextLikeWords(words, any_word).empty());
  EXPECT_FALSE(ReadsAsText(At("RASA", 0, 0, 0.5f), any_word));
  EXPECT_TRUE(ReadsAsText(At("RASA", 0, 0, 0.9f), any_word));
  EXPECT_FALSE(ReadsAsText(At("3", 0, 0, 0.5f), any_word));
  EXPECT_TRUE(ReadsAsText(At("2022", 0, 0, 0.99f), any_word));
}

}  // namespace
}  // namespace finsam
