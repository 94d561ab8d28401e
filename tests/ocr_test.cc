#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <numbers>
#include <string>
#include <thread>
#include <vector>

#include "eval/error_rate.h"
#include "ocr/image_cleaner.h"
#include "ocr/orientation.h"
#include "ocr/page_renderer.h"
#include "ocr/pix.h"
#include "ocr/tesseract_engine.h"
#include "ocr/tesseract_quiet.h"
#include "tests/testing/mini_pdf.h"

// Fontconfig keeps a one-time allocation until exit; tests/lsan.supp
// (set by finsam_test) tells LeakSanitizer so.

namespace finsam {
namespace {

using testing::MiniPage;
using testing::MiniPdf;

constexpr char kSentence[] =
    "Samordningsförbundet Örebro län redovisar årets resultat 123 661 kronor.";

// A loaded one-page document kept alive together with its page.
struct LoadedPage {
  std::string bytes;  // poppler keeps a pointer into it
  std::unique_ptr<poppler::document> document;
  std::unique_ptr<poppler::page> page;
};

std::unique_ptr<LoadedPage> LoadPage(const MiniPage& mini) {
  auto loaded = std::make_unique<LoadedPage>();
  loaded->bytes = MiniPdf({mini});
  loaded->document.reset(poppler::document::load_from_raw_data(
      loaded->bytes.data(), static_cast<int>(loaded->bytes.size())));
  if (loaded->document == nullptr) return nullptr;
  loaded->page.reset(loaded->document->create_page(0));
  if (loaded->page == nullptr) return nullptr;
  return loaded;
}

// A page of running Swedish text, enough lines for the skew finder.
MiniPage TextPage() {
  MiniPage page;
  page.font_size = 12;
  for (int i = 0; i < 30; ++i) {
    page.lines.push_back(
        "Styrelsen för föreningen avger härmed årsredovisning rad " +
        std::to_string(i + 1) + " med resultat.");
  }
  return page;
}

// Mean gray level; 255 is an all-white image.
double MeanGray(Pix* pix) {
  l_float32 mean = 0;
  pixGetAverageMasked(pix, nullptr, 0, 0, 1, L_MEAN_ABSVAL, &mean);
  return mean;
}

// Leptonica's check of a box clipped to a rectangle it lies outside: a
// line on stderr, unless a QuietLeptonica is alive.
std::string LeptonicaComplaint() {
  ::testing::internal::CaptureStderr();
  BOX* box = boxCreate(500, 500, 10, 10);
  BOX* clipped = boxClipToRectangle(box, 100, 100);
  boxDestroy(&box);
  if (clipped != nullptr) boxDestroy(&clipped);
  return ::testing::internal::GetCapturedStderr();
}

TEST(QuietLeptonicaTest, SilencesLeptonicaWhileAliveOnly) {
  ASSERT_NE(LeptonicaComplaint(), "") << "Leptonica prints nothing here";
  {
    QuietLeptonica quiet;
    EXPECT_EQ(LeptonicaComplaint(), "");
  }
  EXPECT_NE(LeptonicaComplaint(), "");
}

TEST(PageRendererTest, RendersGrayAtRequestedDpi) {
  auto loaded = LoadPage(TextPage());
  ASSERT_NE(loaded, nullptr);
  auto pix = RenderPage(*loaded->page, RenderOptions{150, 60'000'000});
  ASSERT_TRUE(pix.ok()) << pix.status().ToString();
  Pix* p = pix->get();
  EXPECT_EQ(pixGetDepth(p), 8);
  // A4 is 595 x 842 pt; at 150 dpi 1239.6 x 1754.2 px.
  EXPECT_NEAR(pixGetWidth(p), 595.0 * 150 / 72, 1.0);
  EXPECT_NEAR(pixGetHeight(p), 842.0 * 150 / 72, 1.0);
  EXPECT_EQ(pixGetXRes(p), 150);
  EXPECT_EQ(pixGetYRes(p), 150);
  // Mostly white paper with some ink, and the ink is where the text is:
  // near the top-left, not at the bottom-right corner.
  const double mean = MeanGray(p);
  EXPECT_GT(mean, 200);
  EXPECT_LT(mean, 254.5);
  l_uint32 corner = 0;
  pixGetPixel(p, pixGetWidth(p) - 5, pixGetHeight(p) - 5, &corner);
  EXPECT_EQ(corner, 255u);
  l_int32 ink = 0;
  BOX* rect = boxCreate(150, 125, 600, 60);  // lines start 1 in. in
  PixPtr top(pixClipRectangle(p, rect, nullptr));
  boxDestroy(&rect);
  ASSERT_NE(top, nullptr);
  PixPtr top_binary(pixThresholdToBinary(top.get(), 128));
  pixCountPixels(top_binary.get(), &ink, nullptr);
  EXPECT_GT(ink, 500);
}

TEST(PageRendererTest, RotatedPageRendersAsDisplayed) {
  // A portrait A4 page with /Rotate 90 is shown landscape; the image (and so
  // the page size the caller passes to Recognize) follows the display.
  auto loaded = std::make_unique<LoadedPage>();
  MiniPage mini = TextPage();
  loaded->bytes = MiniPdf({mini});
  const std::string page_dict = "<< /Type /Page ";
  const size_t at = loaded->bytes.find(page_dict);
  ASSERT_NE(at, std::string::npos);
  // Same length, so the cross-reference offsets stay valid.
  loaded->bytes.replace(at, page_dict.size(), "<</Rotate 90/Type/Page ");
  loaded->document.reset(poppler::document::load_from_raw_data(
      loaded->bytes.data(), static_cast<int>(loaded->bytes.size())));
  ASSERT_NE(loaded->document, nullptr);
  loaded->page.reset(loaded->document->create_page(0));
  ASSERT_NE(loaded->page, nullptr);
  auto pix = RenderPage(*loaded->page, RenderOptions{100, 60'000'000});
  ASSERT_TRUE(pix.ok()) << pix.status().ToString();
  EXPECT_NEAR(pixGetWidth(pix->get()), 842.0 * 100 / 72, 1.0);
  EXPECT_NEAR(pixGetHeight(pix->get()), 595.0 * 100 / 72, 1.0);
}

TEST(PageRendererTest, RefusesPageOverPixelBudget) {
  MiniPage huge;
  huge.width = 14400;  // 200 in, the largest page PDF allows
  huge.height = 14400;
  huge.lines = {"stor"};
  auto loaded = LoadPage(huge);
  ASSERT_NE(loaded, nullptr);
  // 60000 x 60000 px would need 3.6 GB: refused before rendering.
  auto pix = RenderPage(*loaded->page, RenderOptions{});
  ASSERT_FALSE(pix.ok());
  EXPECT_EQ(pix.status().code(), ErrorCode::kTooLarge);
  EXPECT_NE(pix.status().message().find("60000x60000"), std::string::npos)
      << pix.status().message();
}

TEST(PageRendererTest, RefusesTinyBudget) {
  auto loaded = LoadPage(TextPage());
  ASSERT_NE(loaded, nullptr);
  auto pix = RenderPage(*loaded->page, RenderOptions{300, 1'000'000});
  ASSERT_FALSE(pix.ok());
  EXPECT_EQ(pix.status().code(), ErrorCode::kTooLarge);
  // The same page fits at a resolution within the budget.
  EXPECT_TRUE(RenderPage(*loaded->page, RenderOptions{72, 1'000'000}).ok());
}

TEST(PageRendererTest, RejectsBadDpi) {
  auto loaded = LoadPage(TextPage());
  ASSERT_NE(loaded, nullptr);
  for (int dpi : {0, -300, 100'000}) {
    auto pix = RenderPage(*loaded->page, RenderOptions{dpi, 60'000'000});
    ASSERT_FALSE(pix.ok()) << dpi;
    EXPECT_EQ(pix.status().code(), ErrorCode::kInvalidArgument) << dpi;
  }
}

class ImageCleanerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = LoadPage(TextPage());
    ASSERT_NE(loaded, nullptr);
    auto pix = RenderPage(*loaded->page, RenderOptions{150, 60'000'000});
    ASSERT_TRUE(pix.ok()) << pix.status().ToString();
    page_ = std::move(*pix);
  }
  PixPtr page_;
};

TEST_F(ImageCleanerTest, StraightPageIsNotRotated) {
  auto cleaned = CleanForOcr(*page_);
  ASSERT_TRUE(cleaned.ok()) << cleaned.status().ToString();
  EXPECT_EQ(cleaned->skew_degrees, 0.0f);
  EXPECT_FALSE(cleaned->background_normalized);  // white paper already
  EXPECT_FALSE(cleaned->binarized);
  Pix* p = cleaned->pix.get();
  EXPECT_EQ(pixGetDepth(p), 8);
  EXPECT_EQ(pixGetWidth(p), pixGetWidth(page_.get()));
  EXPECT_EQ(pixGetHeight(p), pixGetHeight(page_.get()));
  EXPECT_EQ(pixGetXRes(p), 150);
  l_int32 same = 0;
  pixEqual(p, page_.get(), &same);
  EXPECT_TRUE(same);
}

TEST_F(ImageCleanerTest, RemovesSyntheticSkew) {
  for (float degrees : {1.5f, -2.0f}) {
    // pixRotate turns clockwise for a positive angle.
    PixPtr skewed(pixRotate(page_.get(),
                            degrees * std::numbers::pi_v<float> / 180.0f,
                            L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
    ASSERT_NE(skewed, nullptr);
    auto cleaned = CleanForOcr(*skewed);
    ASSERT_TRUE(cleaned.ok()) << cleaned.status().ToString();
    EXPECT_NEAR(cleaned->skew_degrees, degrees, 0.15) << degrees;
    EXPECT_EQ(pixGetWidth(cleaned->pix.get()), pixGetWidth(page_.get()));
    EXPECT_EQ(pixGetHeight(cleaned->pix.get()), pixGetHeight(page_.get()));
    EXPECT_EQ(pixGetXRes(cleaned->pix.get()), 150);
    // Straightened again: the finder sees (almost) no skew any more.
    auto again = CleanForOcr(*cleaned->pix);
    ASSERT_TRUE(again.ok());
    EXPECT_NEAR(again->skew_degrees, 0.0f, 0.15) << degrees;
  }
}

TEST_F(ImageCleanerTest, ConvertsBinaryToGray) {
  PixPtr binary(pixThresholdToBinary(page_.get(), 128));
  ASSERT_NE(binary, nullptr);
  auto cleaned = CleanForOcr(*binary);
  ASSERT_TRUE(cleaned.ok()) << cleaned.status().ToString();
  EXPECT_EQ(pixGetDepth(cleaned->pix.get()), 8);
  EXPECT_EQ(pixGetXRes(cleaned->pix.get()), 150);
}

TEST_F(ImageCleanerTest, NormalizesUnevenBackground) {
  // Darken the page towards its right edge, as a curled or badly lit scan.
  PixPtr uneven(pixCopy(nullptr, page_.get()));
  const int w = pixGetWidth(uneven.get());
  const int h = pixGetHeight(uneven.get());
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      l_uint32 v = 0;
      pixGetPixel(uneven.get(), x, y, &v);
      pixSetPixel(uneven.get(), x, y, v * (255 - 120 * x / w) / 255);
    }
  }
  auto cleaned = CleanForOcr(*uneven);
  ASSERT_TRUE(cleaned.ok()) << cleaned.status().ToString();
  EXPECT_TRUE(cleaned->background_normalized);
  // The paper at the dark edge is light again.
  l_uint32 edge = 0;
  pixGetPixel(cleaned->pix.get(), w - 10, h - 10, &edge);
  EXPECT_GT(edge, 200u);
}

TEST(ImageCleanerEdgeTest, BlankAndBlackPagesPassThrough) {
  for (int level : {255, 0}) {
    PixPtr page(pixCreate(1240, 1754, 8));
    pixSetAllArbitrary(page.get(), level);
    pixSetResolution(page.get(), 150, 150);
    auto cleaned = CleanForOcr(*page);
    ASSERT_TRUE(cleaned.ok()) << level;
    EXPECT_EQ(cleaned->skew_degrees, 0.0f) << level;
    EXPECT_FALSE(cleaned->background_normalized) << level;
    l_int32 same = 0;
    pixEqual(cleaned->pix.get(), page.get(), &same);
    EXPECT_TRUE(same) << level;
  }
}

TEST_F(ImageCleanerTest, BinarizesWhenAsked) {
  CleanOptions options;
  options.binarize = true;
  auto cleaned = CleanForOcr(*page_, options);
  ASSERT_TRUE(cleaned.ok()) << cleaned.status().ToString();
  EXPECT_TRUE(cleaned->binarized);
  EXPECT_EQ(pixGetDepth(cleaned->pix.get()), 1);
  EXPECT_EQ(pixGetXRes(cleaned->pix.get()), 150);
}

class TesseractEngineTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    MiniPage mini;
    mini.font_size = 12;
    mini.lines = {kSentence};
    page_ = LoadPage(mini).release();
    ASSERT_NE(page_, nullptr);
    auto pix = RenderPage(*page_->page, RenderOptions{300, 60'000'000});
    ASSERT_TRUE(pix.ok()) << pix.status().ToString();
    auto cleaned = CleanForOcr(**pix);
    ASSERT_TRUE(cleaned.ok()) << cleaned.status().ToString();
    image_ = cleaned->pix.release();
  }
  static void TearDownTestSuite() {
    PixDeleter()(image_);
    image_ = nullptr;
    delete page_;
    page_ = nullptr;
  }
  static std::string Join(const PageWords& words) {
    std::string text;
    for (const Word& word : words.words) {
      if (!text.empty()) text += ' ';
      text += word.text;
    }
    return text;
  }

  static LoadedPage* page_;
  static Pix* image_;
};

LoadedPage* TesseractEngineTest::page_ = nullptr;
Pix* TesseractEngineTest::image_ = nullptr;

TEST_F(TesseractEngineTest, RecognizesSwedishSentence) {
  auto engine = TesseractEngine::Create(EngineOptions{});
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  auto words = (*engine)->Recognize(*image_, 595, 842);
  ASSERT_TRUE(words.ok()) << words.status().ToString();
  EXPECT_EQ(words->width, 595);
  EXPECT_EQ(words->height, 842);
  const std::string text = Join(*words);
  EXPECT_LT(CharacterErrors(kSentence, text).rate(), 0.05) << text;
  ASSERT_EQ(words->words.size(), 9u) << text;
  EXPECT_EQ(words->words[0].text, "Samordningsförbundet");
  EXPECT_EQ(words->words[1].text, "Örebro");
  EXPECT_EQ(words->words[2].text, "län");
  // One line whose baseline is 72 pt below the top edge: 12 pt glyphs
  // reach from about 63 pt (ascenders) to 75 pt (descenders).
  double previous_x1 = 0;
  for (const Word& word : words->words) {
    SCOPED_TRACE(word.text);
    EXPECT_EQ(word.text.find(' '), std::string::npos);
    EXPECT_GE(word.box.x0, 0);
    EXPECT_LE(word.box.x1, 595);
    EXPECT_LT(word.box.x0, word.box.x1);
    EXPECT_LT(word.box.y0, word.box.y1);
    EXPECT_GE(word.box.x0, previous_x1);  // left to right, not overlapping
    previous_x1 = word.box.x1;
    EXPECT_GT(word.box.y1, 60);
    EXPECT_LT(word.box.y0, 76);
    EXPECT_GT(word.box.y0, 55);
    EXPECT_LT(word.box.y1, 80);
    EXPECT_GE(word.confidence, 0.0f);
    EXPECT_LE(word.confidence, 1.0f);
    EXPECT_GT(word.confidence, 0.5f);  // clean print
  }
  EXPECT_NEAR(words->words.front().box.x0, 72, 2);
}

TEST_F(TesseractEngineTest, ReusedEngineGivesSameResult) {
  auto engine = TesseractEngine::Create(EngineOptions{});
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  auto first = (*engine)->Recognize(*image_, 595, 842);
  ASSERT_TRUE(first.ok());
  // A different page in between must leave no trace.
  PixPtr blank(pixCreate(600, 800, 8));
  pixSetAll(blank.get());
  pixSetResolution(blank.get(), 300, 300);
  auto empty = (*engine)->Recognize(*blank, 144, 192);
  ASSERT_TRUE(empty.ok());
  EXPECT_TRUE(empty->words.empty());
  auto second = (*engine)->Recognize(*image_, 595, 842);
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(first->words.size(), second->words.size());
  for (size_t i = 0; i < first->words.size(); ++i) {
    EXPECT_EQ(first->words[i].text, second->words[i].text);
    EXPECT_EQ(first->words[i].box.x0, second->words[i].box.x0);
    EXPECT_EQ(first->words[i].box.y1, second->words[i].box.y1);
    EXPECT_EQ(first->words[i].confidence, second->words[i].confidence);
  }
}

// Threads of this process (each test runs in a process of its own).
int ProcessThreads() {
  int n = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator("/proc/self/task")) {
    (void)entry;
    ++n;
  }
  return n;
}

TEST_F(TesseractEngineTest, RecognitionInAWorkerThreadStartsNoThreads) {
  // Page workers are threads of their own, and Tesseract's OpenMP teams
  // would multiply with them: a recognition must run on the thread that
  // calls it, with nothing set in the environment. libgomp keeps a team's
  // threads alive until the calling thread ends, so they would still be
  // counted after the recognition.
  int before = 0;
  int after = 0;
  std::string text;
  std::thread worker([&] {
    auto engine = TesseractEngine::Create(EngineOptions{});
    ASSERT_TRUE(engine.ok()) << engine.status().ToString();
    before = ProcessThreads();
    auto words = (*engine)->Recognize(*image_, 595, 842);
    after = ProcessThreads();
    ASSERT_TRUE(words.ok()) << words.status().ToString();
    text = Join(*words);
  });
  worker.join();
  EXPECT_LT(CharacterErrors(kSentence, text).rate(), 0.05) << text;
  EXPECT_GT(before, 1);
  EXPECT_EQ(after, before);
}

TEST_F(TesseractEngineTest, BoxesScaleToThePageSize) {
  // The same image said to be a page twice as large: boxes double.
  auto engine = TesseractEngine::Create(EngineOptions{});
  ASSERT_TRUE(engine.ok());
  auto normal = (*engine)->Recognize(*image_, 595, 842);
  auto doubled = (*engine)->Recognize(*image_, 1190, 1684);
  ASSERT_TRUE(normal.ok() && doubled.ok());
  ASSERT_FALSE(normal->words.empty());
  ASSERT_EQ(normal->words.size(), doubled->words.size());
  EXPECT_NEAR(doubled->words[0].box.x0, 2 * normal->words[0].box.x0, 1e-9);
  EXPECT_NEAR(doubled->words[0].box.y1, 2 * normal->words[0].box.y1, 1e-9);
}

TEST_F(TesseractEngineTest, RecognizesUnevenlyLitPage) {
  // Paper darkening to 35 % towards the right edge: Tesseract's global Otsu
  // alone loses the words there (measured: 20-25 % character errors), the
  // cleaner's background normalisation brings them back.
  PixPtr uneven(pixCopy(nullptr, image_));
  const int w = pixGetWidth(uneven.get());
  const int h = pixGetHeight(uneven.get());
  for (int y = 0; y < h; ++y) {
    for (int x = 0; x < w; ++x) {
      l_uint32 v = 0;
      pixGetPixel(uneven.get(), x, y, &v);
      pixSetPixel(uneven.get(), x, y, v * (255 - 165 * x / w) / 255);
    }
  }
  auto cleaned = CleanForOcr(*uneven);
  ASSERT_TRUE(cleaned.ok()) << cleaned.status().ToString();
  EXPECT_TRUE(cleaned->background_normalized);
  auto engine = TesseractEngine::Create(EngineOptions{});
  ASSERT_TRUE(engine.ok());
  auto words = (*engine)->Recognize(*cleaned->pix, 595, 842);
  ASSERT_TRUE(words.ok()) << words.status().ToString();
  const std::string text = Join(*words);
  EXPECT_LT(CharacterErrors(kSentence, text).rate(), 0.05) << text;
}

// A real bilevel 300 dpi scan (Brf Spettet 10, page 6: an income statement)
// against its letter-exact transcription. Measured: 0.1 % character errors
// in Tesseract's own word order; the whole 14-page report gives 2.3 % after
// lines are rebuilt from the boxes.
TEST(RealScanTest, SpettetPage6) {
  const std::filesystem::path shared(FINSAM_SHARED_DIR);
  const std::filesystem::path pdf = shared / "real" / "spettet10_2020_scan.pdf";
  const std::filesystem::path gold =
      shared / "real" / "spettet10_2020.gold" / "literal" / "06.txt";
  if (!std::filesystem::exists(pdf) || !std::filesystem::exists(gold)) {
    GTEST_SKIP() << "../shared/real (Spettet scan and its gold) not present";
  }
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_file(pdf.string()));
  ASSERT_NE(document, nullptr);
  std::unique_ptr<poppler::page> page(document->create_page(5));
  ASSERT_NE(page, nullptr);
  auto pix = RenderPage(*page, RenderOptions{});
  ASSERT_TRUE(pix.ok()) << pix.status().ToString();
  auto cleaned = CleanForOcr(**pix);
  ASSERT_TRUE(cleaned.ok()) << cleaned.status().ToString();
  auto engine = TesseractEngine::Create(EngineOptions{});
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  const poppler::rectf rect = page->page_rect();
  auto words = (*engine)->Recognize(*cleaned->pix, rect.width(), rect.height());
  ASSERT_TRUE(words.ok()) << words.status().ToString();
  std::string text;
  for (const Word& word : words->words) text += word.text + " ";
  std::ifstream in(gold);
  const std::string reference((std::istreambuf_iterator<char>(in)),
                              std::istreambuf_iterator<char>());
  EXPECT_LT(CharacterErrors(reference, text).rate(), 0.02) << text;
}

// `count` words of `letters` letters, each box w x h points, at the given
// confidence.
PageWords WordsOfShape(int count, int letters, double w, double h,
                       float confidence) {
  PageWords words;
  words.width = 595;
  words.height = 842;
  for (int i = 0; i < count; ++i) {
    Word word;
    word.text = std::string(static_cast<size_t>(letters), 'a');
    word.box = {10.0, 20.0 * i, 10.0 + w, 20.0 * i + h};
    word.confidence = confidence;
    words.words.push_back(word);
  }
  return words;
}

TEST(OrientationTest, JudgesWhichWayAReadingStood) {
  EXPECT_EQ(JudgeUpright(WordsOfShape(20, 6, 40, 10, 0.9f)), TurnSign::kNone);
  // Words on end: Tesseract read vertical lines of a page lying sideways.
  EXPECT_EQ(JudgeUpright(WordsOfShape(20, 6, 10, 40, 0.93f)),
            TurnSign::kSideways);
  // Upside-down text reads at a third of the confidence.
  EXPECT_EQ(JudgeUpright(WordsOfShape(20, 6, 40, 10, 0.35f)),
            TurnSign::kGarbled);
  // Too few words to tell, and short words ("1:2", "%") say nothing.
  EXPECT_EQ(JudgeUpright(WordsOfShape(5, 6, 10, 40, 0.3f)), TurnSign::kNone);
  EXPECT_EQ(JudgeUpright(WordsOfShape(20, 2, 10, 40, 0.9f)), TurnSign::kNone);
  EXPECT_FLOAT_EQ(MeanWordConfidence(WordsOfShape(4, 3, 1, 1, 0.5f)), 0.5f);
  EXPECT_EQ(MeanWordConfidence(PageWords{}), 0.0f);
}

TEST(OrientationTest, TurnUprightUndoesAClockwiseTurn) {
  PixPtr pix(pixCreate(40, 20, 8));
  pixSetAll(pix.get());
  pixSetPixel(pix.get(), 3, 5, 0);
  pixSetResolution(pix.get(), 200, 300);
  for (int quarters = 0; quarters < 4; ++quarters) {
    SCOPED_TRACE(quarters);
    PixPtr turned(quarters == 0 ? pixCopy(nullptr, pix.get())
                                : pixRotateOrth(pix.get(), quarters));
    // Turned on its side, the rows are the scanner's columns.
    if (quarters % 2 == 1) pixSetResolution(turned.get(), 300, 200);
    auto upright = TurnUpright(*turned, 90 * quarters);
    ASSERT_TRUE(upright.ok()) << upright.status().ToString();
    EXPECT_EQ(pixGetWidth(upright->get()), 40);
    EXPECT_EQ(pixGetHeight(upright->get()), 20);
    l_uint32 v = 255;
    pixGetPixel(upright->get(), 3, 5, &v);
    EXPECT_EQ(v, 0u);
    EXPECT_EQ(pixGetXRes(upright->get()), 200);
    EXPECT_EQ(pixGetYRes(upright->get()), 300);
  }
  EXPECT_EQ(TurnUpright(*pix, 45).status().code(), ErrorCode::kInvalidArgument);
}

TEST(OrientationTest, OsdNamesEachTurnOfATextPage) {
  auto detector = OrientationDetector::Create("");
  ASSERT_TRUE(detector.ok()) << detector.status().ToString();
  auto loaded = LoadPage(TextPage());
  ASSERT_NE(loaded, nullptr);
  auto page = RenderPage(*loaded->page, RenderOptions{});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  for (int quarters = 0; quarters < 4; ++quarters) {
    SCOPED_TRACE(quarters);
    PixPtr turned(quarters == 0 ? pixCopy(nullptr, page->get())
                                : pixRotateOrth(page->get(), quarters));
    auto guess = (*detector)->Detect(*turned);
    ASSERT_TRUE(guess.ok()) << guess.status().ToString();
    EXPECT_EQ(guess->degrees, 90 * quarters);
    EXPECT_GT(guess->confidence, 1.0f);
  }
  // A blank page has no text to tell by.
  PixPtr blank(pixCreate(800, 1000, 8));
  pixSetAll(blank.get());
  EXPECT_EQ((*detector)->Detect(*blank).status().code(), ErrorCode::kOcrFailed);
}

TEST(OrientationTest, MissingOsdDataIsDataMissing) {
  auto detector = OrientationDetector::Create("/nonexistent/tessdata");
  ASSERT_FALSE(detector.ok());
  EXPECT_EQ(detector.status().code(), ErrorCode::kDataMissing);
  EXPECT_NE(detector.status().message().find("tesseract-ocr-osd"),
            std::string::npos);
}

TEST(TesseractEngineCreateTest, MissingLanguageIsDataMissing) {
  EngineOptions options;
  options.language = "xxx";
  auto engine = TesseractEngine::Create(options);
  ASSERT_FALSE(engine.ok());
  EXPECT_EQ(engine.status().code(), ErrorCode::kDataMissing);
  EXPECT_NE(engine.status().message().find("tesseract-ocr-xxx"),
            std::string::npos)
      << engine.status().message();
}

TEST(TesseractEngineCreateTest, MissingTessdataDirIsDataMissing) {
  EngineOptions options;
  options.tessdata_dir = "/nonexistent/tessdata";
  auto engine = TesseractEngine::Create(options);
  ASSERT_FALSE(engine.ok());
  EXPECT_EQ(engine.status().code(), ErrorCode::kDataMissing);
}

TEST(TesseractEngineCreateTest, RejectsUnknownParameterAndBadMode) {
  EngineOptions options;
  options.variables["no_such_tesseract_parameter"] = "1";
  auto engine = TesseractEngine::Create(options);
  ASSERT_FALSE(engine.ok());
  EXPECT_EQ(engine.status().code(), ErrorCode::kInvalidArgument);

  EngineOptions osd;
  osd.page_segmentation_mode = 0;
  EXPECT_EQ(TesseractEngine::Create(osd).status().code(),
            ErrorCode::kInvalidArgument);
}

TEST(TesseractEngineCreateTest, RejectsEmptyImageAndPage) {
  auto engine = TesseractEngine::Create(EngineOptions{});
  ASSERT_TRUE(engine.ok());
  PixPtr pix(pixCreate(10, 10, 8));
  EXPECT_EQ((*engine)->Recognize(*pix, 0, 100).status().code(),
            ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace finsam
