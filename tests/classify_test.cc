#include <gtest/gtest.h>

#include <set>
#include <string>

#include "classify/page_classifier.h"
#include "classify/text_quality.h"

namespace finsam {
namespace {

// A stand-in dictionary: the test states exactly which words are known.
WordPredicate Knows(std::set<std::string> words) {
  return [words = std::move(words)](std::string_view w) {
    return words.count(std::string(w)) > 0;
  };
}

TEST(TextQualityTest, CountsWordsLettersAndSwedishLetters) {
  const TextQuality q =
      MeasureTextQuality("Förbundet redovisar 8 036 515 kr för år 2023.",
                         Knows({"Förbundet", "redovisar", "kr", "för", "år"}));
  EXPECT_EQ(q.words, 5);  // numbers are not words
  EXPECT_EQ(q.known_words, 5);
  EXPECT_EQ(q.swedish_letters, 3);  // ö, ö, å
  EXPECT_DOUBLE_EQ(q.known_ratio(), 1.0);
}

TEST(TextQualityTest, OcrDamagedWordCountsCodeDoesNot) {
  const TextQuality q =
      MeasureTextQuality("6versiktlig 20RS7883 text", Knows({"text"}));
  EXPECT_EQ(q.words, 2);  // "6versiktlig" and "text"; the code is skipped
  EXPECT_EQ(q.known_words, 1);
}

TEST(TextQualityTest, HyphenSplitsTokensAndBadGlyphsAreCounted) {
  const TextQuality q = MeasureTextQuality(
      "Försäkrings-kassan \xEF\xBF\xBD\xEE\x80\x80", Knows({"kassan"}));
  EXPECT_EQ(q.words, 2);
  EXPECT_EQ(q.known_words, 1);
  EXPECT_EQ(q.bad_glyphs, 2);  // U+FFFD and U+E000 (private use)
}

TEST(TextQualityTest, InvalidUtf8IsDamageNotACrash) {
  const TextQuality q = MeasureTextQuality("ab\xC3 \xFF\xFE", Knows({}));
  EXPECT_GE(q.bad_glyphs, 3);
}

TextQuality Q(int words, int known, int swedish, int letters = 500) {
  TextQuality q;
  q.words = words;
  q.known_words = known;
  q.swedish_letters = swedish;
  q.letters = letters;
  q.chars = letters;
  return q;
}

// A layer whose body is all of it.
LayerMeasure Quality(int words, int known, int swedish, int letters = 500) {
  const TextQuality q = Q(words, known, swedish, letters);
  return LayerMeasure{q, q};
}

TEST(PageClassifierTest, SoundBornDigitalPageIsKept) {
  const PageDecision d =
      DecidePage(Quality(200, 190, 40), PageImageInfo{}, OcrMode::kAuto);
  EXPECT_EQ(d.verdict, LayerVerdict::kSound);
  EXPECT_FALSE(d.run_ocr);
}

TEST(PageClassifierTest, EmptyLayerIsOcrd) {
  const PageDecision d =
      DecidePage(Quality(0, 0, 0, 0), PageImageInfo{}, OcrMode::kAuto);
  EXPECT_EQ(d.verdict, LayerVerdict::kEmpty);
  EXPECT_TRUE(d.run_ocr);
  EXPECT_FALSE(d.compare);
}

TEST(PageClassifierTest, LayerWithoutSwedishLettersIsLettersMissing) {
  // "Frvaltningsberttelse", "rsredovisning": many unknown, no å/ä/ö.
  const PageDecision d =
      DecidePage(Quality(120, 70, 0), PageImageInfo{}, OcrMode::kAuto);
  EXPECT_EQ(d.verdict, LayerVerdict::kLettersMissing);
  EXPECT_TRUE(d.run_ocr);
  EXPECT_FALSE(d.compare);
}

TEST(PageClassifierTest, ShortLayerWithoutSwedishLettersIsNotJudgedMissing) {
  // Too little text to tell: a title page "Annual Report 2023".
  const PageDecision d =
      DecidePage(Quality(6, 6, 0, 40), PageImageInfo{}, OcrMode::kAuto);
  EXPECT_EQ(d.verdict, LayerVerdict::kSound);
}

TEST(PageClassifierTest, GarbledLayerIsComparedWithOcr) {
  const PageDecision d =
      DecidePage(Quality(100, 40, 30), PageImageInfo{}, OcrMode::kAuto);
  EXPECT_EQ(d.verdict, LayerVerdict::kPoor);
  EXPECT_TRUE(d.run_ocr);
  EXPECT_TRUE(d.compare);
}

TEST(PageClassifierTest, BornDigitalPageWithFewDictionaryWordsIsSound) {
  // A multilingual signature page or a list of names: 60 % known.
  EXPECT_EQ(JudgeTextLayer(Quality(50, 30, 5), PageImageInfo{}),
            LayerVerdict::kSound);
  // The same layer over a scan is a scanner's poor OCR.
  PageImageInfo scan;
  scan.page_sized = true;
  EXPECT_EQ(JudgeTextLayer(Quality(50, 30, 5), scan), LayerVerdict::kPoor);
}

TEST(PageClassifierTest, PassableLayerOverAScanIsComparedWithOcr) {
  PageImageInfo scan;
  scan.image_count = 1;
  scan.page_sized = true;
  scan.native_dpi = 300;
  const PageDecision d =
      DecidePage(Quality(150, 125, 40), scan, OcrMode::kAuto);
  EXPECT_EQ(d.verdict, LayerVerdict::kScannerLayer);
  EXPECT_TRUE(d.run_ocr);
  EXPECT_TRUE(d.compare);
}

TEST(PageClassifierTest, ScanWithStampOnlyInTheMarginsIsAnImagePage) {
  PageImageInfo scan;
  scan.image_count = 1;
  scan.page_sized = true;
  scan.native_dpi = 200;
  // "visma sign", "Dokumentet är elektroniskt signerat ..." at the foot.
  const LayerMeasure stamp_only{Q(14, 12, 2, 90), Q(0, 0, 0, 0)};
  const PageDecision d = DecidePage(stamp_only, scan, OcrMode::kAuto);
  EXPECT_EQ(d.verdict, LayerVerdict::kEmpty);
  EXPECT_TRUE(d.run_ocr);
  // Without a scan under it the same layer is just a short page.
  EXPECT_EQ(JudgeTextLayer(stamp_only, PageImageInfo{}), LayerVerdict::kSound);
}

TEST(PageClassifierTest, UnmappedGlyphsAreBroken) {
  LayerMeasure q = Quality(100, 90, 20);
  q.all.bad_glyphs = 60;
  EXPECT_EQ(JudgeTextLayer(q, PageImageInfo{}), LayerVerdict::kUnmappedGlyphs);
}

TEST(PageClassifierTest, ModesOverrideTheJudgement) {
  EXPECT_FALSE(DecidePage(Quality(0, 0, 0, 0), PageImageInfo{}, OcrMode::kNever)
                   .run_ocr);
  EXPECT_TRUE(
      DecidePage(Quality(200, 195, 40), PageImageInfo{}, OcrMode::kAlways)
          .run_ocr);
}

TEST(PageClassifierTest, PreferOcrPicksTheBetterText) {
  EXPECT_TRUE(PreferOcr(Q(100, 70, 10), Q(100, 90, 20)));
  EXPECT_FALSE(PreferOcr(Q(100, 95, 10), Q(100, 60, 20)));
  // OCR wins a tie: the layer is older OCR of the same image.
  EXPECT_TRUE(PreferOcr(Q(100, 80, 10), Q(100, 80, 10)));
  // OCR that found nothing never beats a layer with words.
  EXPECT_FALSE(PreferOcr(Q(100, 80, 10), Q(0, 0, 0, 0)));
}

}  // namespace
}  // namespace finsam
