// FindImageRulings: a scanned table's rules found in its pixels.
#include "ocr/image_rulings.h"

#include <gtest/gtest.h>

#include <vector>

namespace finsam {
namespace {

// A 300-dpi A4 page (2480 x 3508 pixels, 595 x 842 pt).
PixPtr Page() {
  PixPtr pix(pixCreate(2480, 3508, 1));
  return pix;
}

TEST(FindImageRulings, RulesNotLettersOrDots) {
  PixPtr pix = Page();
  // Two horizontal rules 3 px thick from x 300 to 2200, a vertical one.
  pixRenderLine(pix.get(), 300, 1000, 2200, 1000, 3, L_SET_PIXELS);
  pixRenderLine(pix.get(), 300, 1200, 2200, 1200, 3, L_SET_PIXELS);
  pixRenderLine(pix.get(), 1200, 1000, 1200, 1200, 3, L_SET_PIXELS);
  // "Letters": short strokes; a dotted leader; a thick black band.
  for (int x = 300; x < 1000; x += 40) {
    pixRenderLine(pix.get(), x, 1500, x + 20, 1500, 4, L_SET_PIXELS);
    pixRenderLine(pix.get(), x, 1480, x, 1520, 4, L_SET_PIXELS);
  }
  for (int x = 300; x < 2000; x += 12) {
    pixRenderLine(pix.get(), x, 1700, x + 4, 1700, 3, L_SET_PIXELS);
  }
  pixRasterop(pix.get(), 300, 2000, 1900, 80, PIX_SET, nullptr, 0, 0);
  const std::vector<Ruling> r = FindImageRulings(*pix, 595.2, 841.9);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_TRUE(r[0].horizontal());
  EXPECT_NEAR(r[0].y0, 1000 * 841.9 / 3508, 1.0);
  EXPECT_NEAR(r[0].x0, 300 * 595.2 / 2480, 1.0);
  EXPECT_NEAR(r[0].x1, 2200 * 595.2 / 2480, 1.0);
  EXPECT_NEAR(r[1].y0, 1200 * 841.9 / 3508, 1.0);
  EXPECT_FALSE(r[2].horizontal());
  EXPECT_NEAR(r[2].x0, 1200 * 595.2 / 2480, 1.0);
}

TEST(FindImageRulings, GrayImageAndEmptyInput) {
  PixPtr gray(pixCreate(800, 1100, 8));
  pixSetAll(gray.get());  // white paper
  pixRenderLine(gray.get(), 100, 500, 700, 500, 2, L_CLEAR_PIXELS);
  const std::vector<Ruling> r = FindImageRulings(*gray, 192, 264);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_NEAR(r[0].y0, 500 * 264.0 / 1100, 0.5);
  PixPtr blank(pixCreate(800, 1100, 8));
  pixSetAll(blank.get());
  EXPECT_TRUE(FindImageRulings(*blank, 192, 264).empty());
  EXPECT_TRUE(FindImageRulings(*gray, 0, 264).empty());
}

}  // namespace
}  // namespace finsam
