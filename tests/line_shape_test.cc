#include "normalize/line_shape.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

TEST(LineShapeTest, BulletsMarkListItems) {
  EXPECT_TRUE(StartsWithBullet("• Årsavgifterna planeras vara oförändrade"));
  EXPECT_TRUE(StartsWithBullet("  - Medlemmarna i samverkan"));
  EXPECT_FALSE(StartsWithBullet("-566 021"));
  EXPECT_FALSE(StartsWithBullet("Årets resultat"));
  EXPECT_FALSE(StartsWithBullet(""));
}

TEST(LineShapeTest, ARowOfAmountsIsATableRow) {
  // Seed 000's income statement, set with spaces instead of tabs.
  EXPECT_TRUE(EndsWithAmounts(
      "rets resultat 123 661 689 772 365 005 -566 021 -265 506"));
  EXPECT_TRUE(EndsWithAmounts(
      "-vrigt finansierat strategiskt arbete 209 725 196 464 98 605"));
  EXPECT_TRUE(EndsWithAmounts(
      "terfring av orealiserade vinster och frluster i vrdepapper 0"));
  EXPECT_TRUE(EndsWithAmounts("Deltagare pågående 5 % 12 % 83 %"));
  // One year at the end is prose or a heading.
  EXPECT_FALSE(EndsWithAmounts("Verksamhetsplan och budget för 2024"));
  EXPECT_TRUE(EndsWithAmounts("Resultat 2024 2023"));
  // Prose set beside a table is no row: a comma, or a capital inside.
  EXPECT_FALSE(EndsWithAmounts(
      "r organiserade runt deras behov Deltagare avslut 5 % 18 % 77 %"));
  EXPECT_FALSE(
      EndsWithAmounts("r att strategiskt initiera, upprtthlla och 20 % 40 %"));
  EXPECT_FALSE(EndsWithAmounts("123 456"));  // no label
  EXPECT_FALSE(EndsWithAmounts("Årets resultat"));
  EXPECT_FALSE(EndsWithAmounts(""));
}

TEST(LineShapeTest, LinesThatStopInsideASentence) {
  EXPECT_TRUE(EndsMidSentence("processer är förenklade och"));
  EXPECT_TRUE(EndsMidSentence("insatser som erbjuds p"));  // "på", dropped
  EXPECT_TRUE(EndsMidSentence("Räntesats\tBelopp\tVillkors-"));
  EXPECT_TRUE(EndsMidSentence("Lekeberg, Örebro,  "));
  EXPECT_FALSE(EndsMidSentence("stöds av samordningsförbundet?"));
  EXPECT_FALSE(EndsMidSentence("Överlåtelser under året 0 st"));
  EXPECT_FALSE(EndsMidSentence("perioden 2023-"));  // a date range, no word
  EXPECT_FALSE(EndsMidSentence("Styrelse -"));      // a dash
  EXPECT_FALSE(EndsMidSentence("se noten och."));
  EXPECT_FALSE(EndsMidSentence(""));
}

TEST(LineShapeTest, SentenceEnds) {
  EXPECT_TRUE(HasSentenceEnd("r riktiga hackare. Att pst ngot sdant"));
  EXPECT_TRUE(HasSentenceEnd("r inget undantag."));
  EXPECT_TRUE(HasSentenceEnd("Vad nu?"));
  EXPECT_FALSE(HasSentenceEnd("1.1 Ändamål"));
  EXPECT_FALSE(HasSentenceEnd("Årets resultat"));
  EXPECT_FALSE(HasSentenceEnd("Not 4.2"));
  EXPECT_FALSE(HasSentenceEnd("www.finsam.se"));  // no space after the dot
  EXPECT_FALSE(HasSentenceEnd(""));
}

TEST(LineShapeTest, CellsByTabs) {
  const std::string_view row = "Räntesats\tBelopp\tVillkors-";
  EXPECT_EQ(CellOf(row, 0), "Räntesats");
  EXPECT_EQ(CellOf(row, 2), "Villkors-");
  EXPECT_EQ(CellOf(row, 3), "");
  EXPECT_EQ(CellOf("no tabs", 0), "no tabs");
  EXPECT_EQ(CellIndexAt(row, 0), 0u);
  EXPECT_EQ(CellIndexAt(row, row.find("Villkors")), 2u);
  EXPECT_EQ(CellIndexAt(row, 1000), 2u);
}

}  // namespace
}  // namespace finsam
