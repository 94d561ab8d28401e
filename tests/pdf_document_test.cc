#include "pdf/pdf_document.h"

#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <cstdio>
#include <fstream>

#include "pdf/page_images.h"
#include "pdf/text_layer.h"
#include "tests/testing/files.h"
#include "tests/testing/mini_pdf.h"

namespace finsam {
namespace {

using testing::MiniPage;
using testing::MiniPdf;

class PdfDocumentTest : public ::testing::Test {
 protected:
  QuietPoppler quiet_;  // bad inputs below would make Poppler complain
};

TEST_F(PdfDocumentTest, OpensAValidPdfAndCountsPages) {
  auto file = PdfFile::FromBytes(MiniPdf({{{"Sida ett"}}, {{"Sida två"}}}));
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_EQ((*file)->page_count(), 2);
}

TEST_F(PdfDocumentTest, EmptyInputIsNotPdf) {
  auto file = PdfFile::FromBytes("");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), ErrorCode::kNotPdf);
  EXPECT_NE(file.status().message().find("empty"), std::string::npos);
}

TEST_F(PdfDocumentTest, TextIsNotPdf) {
  auto file = PdfFile::FromBytes("Årsredovisning 2023\nDet här är text.\n");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), ErrorCode::kNotPdf);
}

TEST_F(PdfDocumentTest, GarbageAfterHeaderIsCorrupt) {
  auto file = PdfFile::FromBytes("%PDF-1.7\nthis is not a PDF body\n");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), ErrorCode::kCorruptPdf);
}

TEST_F(PdfDocumentTest, TruncatedPdfFailsCleanlyOrKeepsItsPages) {
  const std::string pdf = MiniPdf({{{"Sida ett"}}, {{"Sida två"}}});
  // Cut at every length: never a crash; either an error or readable pages.
  for (size_t cut = 1; cut < pdf.size(); cut += 7) {
    auto file = PdfFile::FromBytes(pdf.substr(0, cut));
    if (file.ok()) {
      EXPECT_GE((*file)->page_count(), 1);
    } else {
      EXPECT_TRUE(file.status().code() == ErrorCode::kCorruptPdf ||
                  file.status().code() == ErrorCode::kNotPdf ||
                  file.status().code() == ErrorCode::kNoPages)
          << file.status().ToString();
    }
  }
}

TEST_F(PdfDocumentTest, ZeroPagesIsNoPages) {
  auto file = PdfFile::FromBytes(MiniPdf({}));
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), ErrorCode::kNoPages);
}

TEST_F(PdfDocumentTest, MissingFileIsNotFound) {
  auto file = PdfFile::Open("/nonexistent/report.pdf");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), ErrorCode::kNotFound);
}

TEST_F(PdfDocumentTest, DirectoryIsNotAPdf) {
  auto file = PdfFile::Open("/tmp");
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().code(), ErrorCode::kNotPdf);
}

TEST_F(PdfDocumentTest, TextLayerHasWordsWithBoxesAndSwedishLetters) {
  auto file = PdfFile::FromBytes(
      MiniPdf({{{"Förvaltningsberättelse för år 2023", "Årets resultat"}}}));
  ASSERT_TRUE(file.ok());
  auto doc = (*file)->NewPopplerDocument();
  ASSERT_TRUE(doc.ok());
  std::unique_ptr<poppler::page> page((*doc)->create_page(0));
  ASSERT_NE(page, nullptr);
  const PageWords words = ReadTextLayer(*page);
  EXPECT_DOUBLE_EQ(words.width, 595);
  EXPECT_DOUBLE_EQ(words.height, 842);
  ASSERT_EQ(words.words.size(), 6u);
  EXPECT_EQ(words.words[0].text, "Förvaltningsberättelse");
  EXPECT_EQ(words.words[4].text, "Årets");
  // First line sits 72 pt from the top, the second below it; left to right.
  EXPECT_NEAR(words.words[0].box.x0, 72, 1);
  EXPECT_LT(words.words[0].box.y1, 80);
  EXPECT_GT(words.words[4].box.y0, words.words[0].box.y1);
  EXPECT_LT(words.words[0].box.x1, words.words[1].box.x0);
}

TEST_F(PdfDocumentTest, BornDigitalPageHasNoImages) {
  const std::string pdf = MiniPdf({{{"Text"}}});
  const std::vector<PageImageInfo> images = InventoryPageImages(pdf, "", 1);
  ASSERT_EQ(images.size(), 1u);
  EXPECT_EQ(images[0].image_count, 0);
  EXPECT_FALSE(images[0].page_sized);
}

TEST_F(PdfDocumentTest, ScanResolutionComesFromItsPixels) {
  // rotated_scans.pdf: 200 dpi scans on A4 pages (landscape and portrait),
  // and on page 5 the same scan on a page of one point per pixel.
  const std::string pdf =
      testing::ReadFileOrEmpty(testing::TextFixture("rotated_scans.pdf"));
  ASSERT_FALSE(pdf.empty());
  const std::vector<PageImageInfo> images = InventoryPageImages(pdf, "", 5);
  ASSERT_EQ(images.size(), 5u);
  for (int i = 0; i < 4; ++i) {
    SCOPED_TRACE(i + 1);
    EXPECT_TRUE(images[i].page_sized);
    EXPECT_NEAR(images[i].native_dpi, 200, 0.5);
    EXPECT_EQ(images[i].scan_dpi, images[i].native_dpi);
  }
  EXPECT_NEAR(images[4].native_dpi, 72, 0.01);
  EXPECT_EQ(images[4].scan_dpi, 200);
  EXPECT_TRUE(images[4].page_sized);
}

TEST_F(PdfDocumentTest, ImageInventoryNeverThrowsOnGarbage) {
  const std::vector<PageImageInfo> images =
      InventoryPageImages("%PDF-1.4 garbage", "", 3);
  EXPECT_EQ(images.size(), 3u);
}

}  // namespace
}  // namespace finsam
