// FindUncoveredInk: glyph-sized ink that no recognised word covers.
#include "ocr/uncovered_ink.h"

#include <gtest/gtest.h>

#include <vector>

namespace finsam {
namespace {

// A "glyph": a 20 x 30 px filled box (10-pt type at 300 dpi).
void Glyph(Pix* pix, int x, int y) {
  pixRasterop(pix, x, y, 20, 30, PIX_SET, nullptr, 0, 0);
}

// A row of `n` glyphs from x, 6 px apart: a word or an amount.
void GlyphRun(Pix* pix, int x, int y, int n) {
  for (int i = 0; i < n; ++i) Glyph(pix, x + 26 * i, y);
}

TEST(FindUncoveredInk, AColumnNoWordCoversIsOneBlock) {
  PixPtr pix(pixCreate(2480, 3508, 1));
  // Ten table rows: a label (words recognised) and two amounts, the second
  // column left out by the page layout.
  std::vector<PixelBox> words;
  for (int row = 0; row < 10; ++row) {
    const int y = 600 + 50 * row;
    GlyphRun(pix.get(), 300, y, 8);
    words.push_back(PixelBox{300, y, 8 * 26, 30});
    GlyphRun(pix.get(), 1400, y, 5);
    words.push_back(PixelBox{1400, y, 5 * 26, 30});
    GlyphRun(pix.get(), 1750, y, 5);  // uncovered
  }
  // A speck, a long rule and a tall smudge are not glyphs.
  pixRasterop(pix.get(), 2000, 2000, 3, 3, PIX_SET, nullptr, 0, 0);
  pixRasterop(pix.get(), 300, 1300, 1800, 4, PIX_SET, nullptr, 0, 0);
  pixRasterop(pix.get(), 2100, 2200, 40, 300, PIX_SET, nullptr, 0, 0);
  const std::vector<PixelBox> blocks = FindUncoveredInk(*pix, words);
  ASSERT_EQ(blocks.size(), 1u);
  const PixelBox& b = blocks[0];
  // The column with half a glyph height of margin.
  EXPECT_EQ(b.x, 1750 - 15);
  EXPECT_EQ(b.y, 600 - 15);
  EXPECT_EQ(b.x + b.w, 1750 + 4 * 26 + 20 + 15);
  EXPECT_EQ(b.y + b.h, 600 + 9 * 50 + 30 + 15);
}

TEST(FindUncoveredInk, CoveredInkAndLoneGlyphsGiveNothing) {
  PixPtr pix(pixCreate(1200, 800, 8));
  pixSetAll(pix.get());  // white paper, 8-bit
  PIX* p = pix.get();
  for (int x = 100; x < 100 + 6 * 26; x += 26) {
    pixRasterop(p, x, 100, 20, 30, PIX_CLR, nullptr, 0, 0);
  }
  const std::vector<PixelBox> words = {PixelBox{100, 100, 6 * 26, 30}};
  EXPECT_TRUE(FindUncoveredInk(*pix, words).empty());
  // Three glyphs side by side (a stamp's initials) are too few.
  for (int x = 600; x < 600 + 3 * 26; x += 26) {
    pixRasterop(p, x, 400, 20, 30, PIX_CLR, nullptr, 0, 0);
  }
  EXPECT_TRUE(FindUncoveredInk(*pix, words).empty());
  // A fourth makes a year.
  pixRasterop(p, 600 + 3 * 26, 400, 20, 30, PIX_CLR, nullptr, 0, 0);
  EXPECT_EQ(FindUncoveredInk(*pix, words).size(), 1u);
  // No words: no glyph size to judge by.
  EXPECT_TRUE(FindUncoveredInk(*pix, {}).empty());
}

TEST(FindUncoveredInk, APictureIsNoBlock) {
  const std::vector<PixelBox> words = {PixelBox{300, 300, 8 * 26, 30}};
  // A photograph thresholded: glyph-sized specks (windows, leaves) between
  // dark patches too tall for glyphs, 2 px apart; or the specks alone.
  const auto page = [](bool patches) {
    PixPtr pix(pixCreate(2480, 3508, 1));
    GlyphRun(pix.get(), 300, 300, 8);
    for (int row = 0; row < 8; ++row) {
      for (int col = 0; col < 20; ++col) {
        const int x = 300 + 64 * col, y = 1000 + 40 * row;
        Glyph(pix.get(), x, y);
        if (patches) {
          pixRasterop(pix.get(), x + 22, y - 30, 40, 100, PIX_SET, nullptr, 0,
                      0);
        }
      }
    }
    return pix;
  };
  EXPECT_TRUE(FindUncoveredInk(*page(true), words).empty());
  EXPECT_EQ(FindUncoveredInk(*page(false), words).size(), 1u);
}

}  // namespace
}  // namespace finsam
