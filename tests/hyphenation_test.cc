// JoinWrappedLines: the lines of a wrapped table cell joined as Swedish
// typesetting broke them.
#include "normalize/hyphenation.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

TEST(JoinWrappedLines, BrokenWordIsOneWord) {
  EXPECT_EQ(JoinWrappedLines("för kompetens-", "utveckling i länet"),
            "för kompetensutveckling i länet");
  EXPECT_EQ(JoinWrappedLines("Underhålls-", "fond"), "Underhållsfond");
}

TEST(JoinWrappedLines, SuspendedCompoundKeepsHyphenAndSpace) {
  EXPECT_EQ(JoinWrappedLines("Individ-", "och familjeomsorg"),
            "Individ- och familjeomsorg");
  EXPECT_EQ(JoinWrappedLines("för-", "eller eftermiddag"),
            "för- eller eftermiddag");
}

TEST(JoinWrappedLines, HyphenAfterCapitalDigitOrLetterStays) {
  EXPECT_EQ(JoinWrappedLines("nya EU-", "projekt"), "nya EU-projekt");
  EXPECT_EQ(JoinWrappedLines("våra e-", "tjänster"), "våra e-tjänster");
  EXPECT_EQ(JoinWrappedLines("2019-", "2021"), "2019-2021");
  EXPECT_EQ(JoinWrappedLines("Stockholm-", "Uppsala"), "Stockholm-Uppsala");
}

TEST(JoinWrappedLines, OtherLineEndsAreASpace) {
  EXPECT_EQ(JoinWrappedLines("Per Ek/", "Eva Sand Berg"),
            "Per Ek/ Eva Sand Berg");
  EXPECT_EQ(JoinWrappedLines("Karlskoga-/", "Degerfors"),
            "Karlskoga-/ Degerfors");
  EXPECT_EQ(JoinWrappedLines("2019 –", "2021"), "2019 – 2021");
  EXPECT_EQ(JoinWrappedLines("Belopp vid", "årets ingång"),
            "Belopp vid årets ingång");
}

TEST(JoinWrappedLines, EmptySidesAndSpaces) {
  EXPECT_EQ(JoinWrappedLines("", "text"), "text");
  EXPECT_EQ(JoinWrappedLines("text ", ""), "text");
  EXPECT_EQ(JoinWrappedLines(" a ", " b "), "a b");
  EXPECT_EQ(JoinWrappedLines("-", "5"), "- 5");
}

}  // namespace
}  // namespace finsam
