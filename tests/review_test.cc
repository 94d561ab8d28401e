// Tests of the review page (review/): escaping, edits by page, pictures and
// the HTML a data cleaner sees.
#include <gtest/gtest.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "extract/pdf_document.h"
#include "normalize/normalizer.h"
#include "pipeline/text_pipeline.h"
#include "review/html.h"
#include "review/page_edits.h"
#include "review/page_snapshots.h"
#include "review/review_html.h"
#include "tests/testing/files.h"

namespace finsam::review {
namespace {

size_t Count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size())) {
    ++n;
  }
  return n;
}

TEST(ReviewHtml, EscapesMarkupAndQuotes) {
  EXPECT_EQ(HtmlEscape("<b>\"a\" & 'b'</b>"),
            "&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;");
  EXPECT_EQ(HtmlEscape("Försäkringskassan"), "Försäkringskassan");
}

TEST(ReviewHtml, ReplacesInvalidUtf8AndControls) {
  EXPECT_EQ(HtmlEscape(std::string("a\xC3(b", 4)), "a\xEF\xBF\xBD(b");
  EXPECT_EQ(HtmlEscape(std::string("x\0y\fz", 5)),
            "x\xEF\xBF\xBDy\xEF\xBF\xBDz");
  // Overlong "/" and a UTF-16 surrogate are not let through.
  EXPECT_EQ(HtmlEscape("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(HtmlEscape("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(HtmlEscape("tab\there"), "tab\there");
}

TEST(ReviewHtml, Base64KnownVectors) {
  EXPECT_EQ(Base64(""), "");
  EXPECT_EQ(Base64("f"), "Zg==");
  EXPECT_EQ(Base64("fo"), "Zm8=");
  EXPECT_EQ(Base64("foo"), "Zm9v");
  EXPECT_EQ(Base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(Base64(std::string("\xff\x00\x10", 3)), "/wAQ");
  EXPECT_EQ(DataUri("image/jpeg", "foo"), "data:image/jpeg;base64,Zm9v");
}

TextLine MakeLine(const std::string& text, double y, float confidence) {
  TextLine line;
  line.text = text;
  line.box = Box{50, y, 400, y + 12};
  double x = 50;
  size_t from = 0;
  while (from <= text.size()) {
    size_t to = text.find_first_of(" \t", from);
    if (to == std::string::npos) to = text.size();
    if (to > from) {
      Word w;
      w.text = text.substr(from, to - from);
      w.box = Box{x, y, x + 40, y + 12};
      w.confidence = confidence;
      line.words.push_back(w);
      x += 45;
    }
    from = to + 1;
  }
  return line;
}

// One OCR page: a heading, a table row and a hostile line.
DocumentText SyntheticDocument() {
  DocumentText doc;
  doc.page_count = 1;
  PageResult page;
  page.number = 1;
  page.source = PageSource::kOcr;
  page.width_pt = 595;
  page.height_pt = 842;
  page.lines.push_back(MakeLine("Resultaträkning", 100, 0.95f));
  page.lines.push_back(MakeLine("Summa tillgångar\t3 599 846", 130, 0.95f));
  TextLine hostile = MakeLine("<script>alert(1)</script> smnt", 160, 0.95f);
  hostile.words.back().confidence = 0.31f;  // "smnt"
  page.lines.push_back(hostile);
  page.furniture.push_back(
      FurnitureLine{FurnitureKind::kPageNumber, "Sida 1 av 1"});
  for (const TextLine& l : page.lines) {
    page.raw_text += (page.raw_text.empty() ? "" : "\n") + l.text;
  }
  page.text = page.raw_text;
  doc.pages.push_back(page);
  return doc;
}

TEST(ReviewPage, MarksWordsEditsFurnitureAndEscapesEverything) {
  const DocumentText doc = SyntheticDocument();
  DocumentNormalization normalization;
  normalization.pages.resize(1);
  normalization.pages[0].text =
      "Resultaträkning\nSumma tillgångar\t3 599 846\n"
      "<script>alert(1)</script> smnt";
  normalization.pages[0].edits.push_back(
      Edit{1, 1, "Resultatrakning", "Resultaträkning", "folded", 0.97f});
  records::ReportRecord record;
  record.key_figures.push_back(
      {"total_assets", {{2023, records::RecordNumber::Integer(3599846)}}});
  records::ReportRecord::Statement balance_sheet;
  balance_sheet.name = "balance_sheet";
  balance_sheet.title = "Balansräkning";
  balance_sheet.page = 1;
  records::ReportRecord::StatementLine total;
  total.label = "Summa tillgångar";
  total.key = "total_assets";
  total.page = 1;
  balance_sheet.lines.push_back(total);
  record.statements.push_back(balance_sheet);
  record.checks.push_back({"balance_sheet_balances",
                           records::CheckStatus::kFail,
                           "SUMMA TILLGÅNGAR 3 599 846 != 3 599 000 (2023)",
                           {1},
                           {}});
  records::ReportRecord::Person person;
  person.name = "<img src=x onerror=alert(1)>";
  person.page = 1;
  record.people.push_back(person);
  const std::set<std::string> unknown = {"tillgångar"};
  ReviewInput input;
  input.file_name = "rapport<1>.pdf";
  input.text = &doc;
  input.normalization = &normalization;
  input.record = &record;
  input.unknown_words = &unknown;
  const std::string html = RenderReviewHtml(input);

  // Nothing from the document reaches the page as markup.
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_EQ(html.find("<img src=x"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_NE(html.find("rapport&lt;1&gt;.pdf"), std::string::npos);
  // The only scripts are the page's own, and nothing is fetched.
  EXPECT_EQ(Count(html, "<script>"), 1u);
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);

  // The low-confidence OCR word, on the text and as a box on the picture.
  EXPECT_NE(html.find("<mark class=\"lowconf flag\" title=\"OCR confidence "
                      "0.31\">smnt</mark>"),
            std::string::npos);
  EXPECT_EQ(Count(html, "class=\"lowconf flag\""), 1u);
  // The edit with before -> after and the reason on hover.
  EXPECT_NE(html.find("<ins class=\"edit flag\" title=\"Resultatrakning → "
                      "Resultaträkning (folded, confidence 0.97)\">"
                      "Resultaträkning</ins>"),
            std::string::npos);
  // A word the dictionary does not know, where it occurs.
  EXPECT_NE(html.find("Summa <mark class=\"unknown flag\" title=\"not in the "
                      "dictionary\">tillgångar</mark>"),
            std::string::npos);
  EXPECT_EQ(Count(html, "class=\"unknown flag\""), 1u);
  // Cell breaks are visible.
  EXPECT_NE(html.find("tillgångar</mark><span class=\"tab\""),
            std::string::npos);
  // Furniture greyed, apart from the body.
  EXPECT_NE(html.find("<div class=\"furniture\""), std::string::npos);
  EXPECT_NE(html.find("Sida 1 av 1"), std::string::npos);
  // Lines carry their box so they can be placed beside the picture.
  EXPECT_NE(html.find("id=\"p1-l3\" data-box=\"50.0,160.0,400.0,172.0\""),
            std::string::npos);
  // The key figure links to the line its value is printed on.
  EXPECT_NE(html.find("<a class=\"goto\" href=\"#p1-l2\">3 599 846</a>"),
            std::string::npos);
  // The failed check comes with its figure, marked on the page.
  EXPECT_NE(html.find("<span class=\"status-fail\">fail</span>"),
            std::string::npos);
  EXPECT_NE(html.find("class=\"line figure flag\" id=\"p1-l2\""),
            std::string::npos);
  EXPECT_NE(html.find("figures: <a class=\"goto\" href=\"#p1-l2\">"),
            std::string::npos);
}

TEST(ReviewPage, FailedPageIsShownAndFlagged) {
  DocumentText doc;
  PageResult page;
  page.number = 3;
  page.status = Status(ErrorCode::kTooLarge, "page too large to render");
  doc.pages.push_back(page);
  ReviewInput input;
  input.file_name = "x.pdf";
  input.text = &doc;
  const std::string html = RenderReviewHtml(input);
  EXPECT_NE(html.find("<section class=\"page\" id=\"p3\""), std::string::npos);
  EXPECT_NE(html.find("class=\"pagefail flag\""), std::string::npos);
  EXPECT_NE(html.find("page too large to render"), std::string::npos);
  EXPECT_NE(html.find("1 failed"), std::string::npos);
}

class ReviewWithNormalizer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = Normalizer::Create(NormalizerConfig{});
    if (created.ok()) normalizer_ = std::move(created).value().release();
  }
  static void TearDownTestSuite() {
    delete normalizer_;
    normalizer_ = nullptr;
  }
  void SetUp() override {
    if (normalizer_ == nullptr) GTEST_SKIP() << "normaliser tables missing";
  }
  static Normalizer* normalizer_;
};
Normalizer* ReviewWithNormalizer::normalizer_ = nullptr;

TEST_F(ReviewWithNormalizer, EditsLandOnTheirPageAndLine) {
  DocumentText doc;
  for (int i = 1; i <= 2; ++i) {
    PageResult page;
    page.number = i;
    page.raw_text = i == 1 ? "Årsredovisning 2023\nStyrelsen"
                           : "Noter\nMedlemmar: Forsakringskassan och "
                             "Arbetsformedlingen";
    doc.pages.push_back(page);
  }
  const DocumentNormalization n =
      NormalizePages(doc, *normalizer_, NormalizeOptions{});
  ASSERT_EQ(n.pages.size(), 2u);
  EXPECT_EQ(n.pages[0].text, "Årsredovisning 2023\nStyrelsen");
  EXPECT_TRUE(n.pages[0].edits.empty());
  EXPECT_EQ(n.pages[1].text,
            "Noter\nMedlemmar: Försäkringskassan och Arbetsförmedlingen");
  ASSERT_EQ(n.pages[1].edits.size(), 2u);
  EXPECT_EQ(n.pages[1].edits[0].line, 2);
  EXPECT_EQ(n.pages[1].edits[0].before, "Forsakringskassan");
  EXPECT_EQ(n.pages[1].edits[0].after, "Försäkringskassan");
  // The pipeline did not normalise these pages, so the texts differ.
  EXPECT_FALSE(n.pipeline_text_matches);
}

TEST_F(ReviewWithNormalizer, MatchesPipelineText) {
  QuietPoppler quiet;
  auto file = PdfFile::Open(testing::TextFixture("sample.pdf"));
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  TextPipelineOptions options;
  options.jobs = 2;
  options.normalizer = normalizer_;
  auto doc = ExtractText(**file, options);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  const DocumentNormalization n =
      NormalizePages(*doc, *normalizer_, options.normalize_options);
  EXPECT_TRUE(n.pipeline_text_matches);
  ASSERT_EQ(n.pages.size(), doc->pages.size());
  for (size_t i = 0; i < n.pages.size(); ++i) {
    EXPECT_EQ(n.pages[i].text, doc->pages[i].text) << "page " << i + 1;
  }
}

TEST(ReviewSnapshots, RendersSmallJpegs) {
  QuietPoppler quiet;
  auto file = PdfFile::Open(testing::TextFixture("born_digital.pdf"));
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  SnapshotOptions options;
  options.max_width = 600;
  auto shots = RenderSnapshots(**file, 1, 3, options);
  ASSERT_TRUE(shots.ok()) << shots.status().ToString();
  ASSERT_EQ(shots->size(), 3u);
  for (const PageSnapshot& s : *shots) {
    ASSERT_TRUE(s.status.ok()) << s.status.ToString();
    ASSERT_GT(s.jpeg.size(), 1000u);
    EXPECT_EQ(s.jpeg.substr(0, 2), "\xFF\xD8");  // JPEG start of image
    EXPECT_LE(s.width, 600);
    EXPECT_GT(s.width, 300);
    EXPECT_GT(s.height, s.width);  // A4 portrait
  }
}

TEST(ReviewSnapshots, RefusesPagesOverThePixelBudget) {
  QuietPoppler quiet;
  auto file = PdfFile::Open(testing::TextFixture("born_digital.pdf"));
  ASSERT_TRUE(file.ok());
  SnapshotOptions options;
  options.max_pixels = 1000;
  auto shots = RenderSnapshots(**file, 1, 1, options);
  ASSERT_TRUE(shots.ok());
  ASSERT_EQ(shots->size(), 1u);
  EXPECT_EQ((*shots)[0].status.code(), ErrorCode::kTooLarge);
  EXPECT_TRUE((*shots)[0].jpeg.empty());
}

}  // namespace
}  // namespace finsam::review
