#include "eval/error_rate.h"

#include <gtest/gtest.h>

namespace finsam {
namespace {

TEST(ErrorRateTest, IdenticalTextHasNoErrors) {
  EXPECT_EQ(CharacterErrors("Årets resultat", "Årets resultat").errors, 0u);
}

TEST(ErrorRateTest, CountsCodePointsNotBytes) {
  // "Arets" vs "Årets": one substitution although Å is two bytes.
  const ErrorCount e = CharacterErrors("Årets", "Arets");
  EXPECT_EQ(e.errors, 1u);
  EXPECT_EQ(e.reference, 5u);
  EXPECT_DOUBLE_EQ(e.rate(), 0.2);
}

TEST(ErrorRateTest, WhitespaceLayoutIsNotAnError) {
  EXPECT_EQ(CharacterErrors("Summa\t8 036 515\n", "  Summa 8 036 515").errors,
            0u);
  EXPECT_EQ(CollapseWhitespace("\f a \t\n b \n"), "a b");
}

TEST(ErrorRateTest, WordErrors) {
  const ErrorCount e =
      WordErrors("för år 2023 mål", "for år 2023");  // 1 sub + 1 deletion
  EXPECT_EQ(e.errors, 2u);
  EXPECT_EQ(e.reference, 4u);
}

TEST(ErrorRateTest, WithinScoresTheClosestStretch) {
  // The table alone, against a page that has prose around it.
  EXPECT_EQ(CharacterErrorsWithin("Summa\t8 036 515",
                                  "Inledning.\nSumma\t8 036 515\nSlut.")
                .errors,
            0u);
  // Cells read out of order cost what it takes to put them back.
  const ErrorCount interleaved =
      CharacterErrorsWithin("ab cd\tef gh", "prose ab ef cd gh prose");
  EXPECT_GT(interleaved.errors, 0u);
  EXPECT_EQ(interleaved.reference, 11u);
  EXPECT_EQ(CharacterErrorsWithin("abc", "").errors, 3u);
}

TEST(ErrorRateTest, EmptyReference) {
  EXPECT_DOUBLE_EQ(CharacterErrors("", "").rate(), 0.0);
  EXPECT_DOUBLE_EQ(CharacterErrors("", "x").rate(), 1.0);
}

}  // namespace
}  // namespace finsam
