#include <gtest/gtest.h>

#include "lang/swedish_dictionary.h"

namespace finsam {
namespace {

TEST(SwedishDictionaryTest, KnowsCompoundsAndRejectsDamagedWords) {
  auto dict = SwedishDictionary::Open();
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  EXPECT_TRUE((*dict)->Contains("samordningsförbundet"));
  EXPECT_TRUE((*dict)->Contains("rehabiliteringsinsatser"));
  EXPECT_TRUE((*dict)->Contains("Försäkringskassan"));
  EXPECT_FALSE((*dict)->Contains("Frvaltningsberttelse"));
  EXPECT_FALSE((*dict)->Contains("Forsakringskassan"));
  // Cached answers are the same answers.
  EXPECT_FALSE((*dict)->Contains("Frvaltningsberttelse"));
}

TEST(SwedishDictionaryTest, MissingFilesAreDataMissing) {
  auto dict = SwedishDictionary::Open("/nonexistent/sv_SE");
  ASSERT_FALSE(dict.ok());
  EXPECT_EQ(dict.status().code(), ErrorCode::kDataMissing);
}

}  // namespace
}  // namespace finsam
