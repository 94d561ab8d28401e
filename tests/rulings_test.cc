// Rulings: merged from their pieces, and read from a PDF's content stream.
#include "layout/rulings.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pdf/pdf_rulings.h"
#include "tests/testing/files.h"
#include "tests/testing/mini_pdf.h"

namespace finsam {
namespace {

TEST(MergeRulings, CollinearPiecesJoin) {
  // A Word table's bottom border, drawn cell by cell, 0.3 pt apart.
  const std::vector<Ruling> merged = MergeRulings({
      Ruling{72, 200, 200, 200}, Ruling{200.3, 200.2, 400, 200.2},
      Ruling{400, 200, 520, 200}, Ruling{72, 300, 520, 300},  // another row
      Ruling{100, 100, 100, 300},                             // a vertical one
      Ruling{100.4, 300.5, 100.4, 400},
      Ruling{600, 10, 600, 10},  // zero length: dropped
  });
  ASSERT_EQ(merged.size(), 3u);
  EXPECT_TRUE(merged[0].horizontal());
  EXPECT_DOUBLE_EQ(merged[0].x0, 72);
  EXPECT_DOUBLE_EQ(merged[0].x1, 520);
  EXPECT_NEAR(merged[0].y0, 200.1, 0.1);
  EXPECT_DOUBLE_EQ(merged[1].y0, 300);
  EXPECT_FALSE(merged[2].horizontal());
  EXPECT_DOUBLE_EQ(merged[2].y0, 100);
  EXPECT_DOUBLE_EQ(merged[2].y1, 400);
}

TEST(MergeRulings, SeparatePiecesStaySeparate) {
  const std::vector<Ruling> merged =
      MergeRulings({Ruling{72, 200, 150, 200}, Ruling{300, 200, 400, 200}});
  EXPECT_EQ(merged.size(), 2u);
}

TEST(HorizontalRulingBetween, NeedsPositionAndCover) {
  const std::vector<Ruling> r = {Ruling{72, 200, 300, 200}};
  EXPECT_TRUE(HorizontalRulingBetween(r, 190, 210, 72, 500, 0.5));
  EXPECT_FALSE(HorizontalRulingBetween(r, 190, 210, 72, 600, 0.5));
  EXPECT_FALSE(HorizontalRulingBetween(r, 201, 210, 72, 300, 0.5));
}

std::vector<Ruling> RulingsOf(const testing::MiniPage& page) {
  const std::string pdf = testing::MiniPdf({page});
  PdfRulingReader reader(pdf, "");
  return reader.Read(0);
}

TEST(PdfRulingReader, StrokesAndThinFillsInTextCoordinates) {
  testing::MiniPage page;
  page.lines = {"Text"};
  // A stroked line 100 pt from the top, a 0.5-pt filled rule 200 pt from
  // the top, a white rule (invisible) and a curve (no rule).
  page.graphics =
      "0.5 w 72 742 m 520 742 l S "
      "72 641.75 448 0.5 re f "
      "1 g 72 500 448 0.5 re f 0 g "
      "72 400 m 300 400 400 450 520 400 c S";
  const std::vector<Ruling> r = RulingsOf(page);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_TRUE(r[0].horizontal());
  EXPECT_NEAR(r[0].y0, 100, 0.01);
  EXPECT_NEAR(r[0].x0, 72, 0.01);
  EXPECT_NEAR(r[0].x1, 520, 0.01);
  EXPECT_NEAR(r[1].y0, 200, 0.01);
}

TEST(PdfRulingReader, TransformsAndRectangleEdges) {
  testing::MiniPage page;
  page.lines = {"Text"};
  // Half scale from the top-left (as Riksbyggen's PDFs draw), a stroked
  // cell border: four edges.
  page.graphics = "q 0.5 0 0 -0.5 0 842 cm 1 w 100 100 200 100 re S Q";
  const std::vector<Ruling> r = RulingsOf(page);
  ASSERT_EQ(r.size(), 4u);
  EXPECT_TRUE(r[0].horizontal());
  EXPECT_NEAR(r[0].y0, 50, 0.01);
  EXPECT_NEAR(r[1].y0, 100, 0.01);
  EXPECT_NEAR(r[0].x0, 50, 0.01);
  EXPECT_NEAR(r[0].x1, 150, 0.01);
  EXPECT_FALSE(r[2].horizontal());
  EXPECT_NEAR(r[2].x0, 50, 0.01);
  EXPECT_NEAR(r[3].x0, 150, 0.01);
}

TEST(PdfRulingReader, RotatedPageTurnsRulings) {
  testing::MiniPage page;
  page.lines = {"Text"};
  page.rotate = 90;
  // A horizontal line 100 pt up from the bottom of the unrotated page is a
  // vertical one 100 pt from the left... of the page turned clockwise it
  // runs down the page at x = 842 - (842 - 100).
  page.graphics = "72 100 m 520 100 l S";
  const std::vector<Ruling> r = RulingsOf(page);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_FALSE(r[0].horizontal());
  EXPECT_NEAR(r[0].x0, 100, 0.01);
  EXPECT_NEAR(r[0].y0, 72, 0.01);
  EXPECT_NEAR(r[0].y1, 520, 0.01);
}

TEST(PdfRulingReader, DamagedInputGivesNoRulings) {
  PdfRulingReader reader("not a pdf", "");
  EXPECT_TRUE(reader.Read(0).empty());
  testing::MiniPage page;
  page.graphics = "72 742 m 520 742 l 1 2 3 re S Q Q Q cm cm";
  const std::string pdf = testing::MiniPdf({page});
  PdfRulingReader ok(pdf, "");
  EXPECT_TRUE(ok.Read(5).empty());
  EXPECT_TRUE(ok.Read(-1).empty());
  EXPECT_EQ(ok.Read(0).size(), 1u);
}

TEST(PdfRulingReader, ReadDrawingPlacesImages) {
  // image_text.pdf (scripts/fixtures/image_text.py): page 1 draws a 792x550
  // screenshot at x 60..535, 130..460 pt from the top; a text-only page
  // draws none.
  const std::string pdf =
      testing::ReadFileOrEmpty(testing::TextFixture("image_text.pdf"));
  ASSERT_FALSE(pdf.empty());
  PdfRulingReader reader(pdf, "");
  const PageDrawing drawing = reader.ReadDrawing(0);
  ASSERT_EQ(drawing.images.size(), 1u);
  const PlacedImage& image = drawing.images[0];
  EXPECT_EQ(image.width_px, 792);
  EXPECT_EQ(image.height_px, 550);
  EXPECT_NEAR(image.box.x0, 60, 0.01);
  EXPECT_NEAR(image.box.x1, 535, 0.01);
  EXPECT_NEAR(image.box.y0, 130, 0.01);
  EXPECT_NEAR(image.box.y1, 460, 0.01);
  EXPECT_EQ(drawing.rulings.size(), reader.Read(0).size());

  testing::MiniPage page;
  page.lines = {"Text"};
  const std::string text_only = testing::MiniPdf({page});
  PdfRulingReader none(text_only, "");
  EXPECT_TRUE(none.ReadDrawing(0).images.empty());
}

}  // namespace
}  // namespace finsam
