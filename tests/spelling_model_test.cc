#include "lang/spelling_model.h"

#include <gtest/gtest.h>

#include "lang/lexicon.h"
#include "tests/testing/files.h"

namespace finsam {
namespace {

TEST(SpellingModelTest, AnEmptyModelScoresEveryWordTheSame) {
  const SpellingModel model;
  EXPECT_EQ(model.LogProb("sättning"), 0.0);
  EXPECT_EQ(model.LogProb("stötning"), 0.0);
  EXPECT_EQ(model.distinct_ngrams(), 0u);
}

TEST(SpellingModelTest, PrefersLettersItHasSeenTogether) {
  SpellingModel model;
  for (const char* w : {"sätt", "sätta", "ersättning", "tillsätta",
                        "insättning", "sättning", "stol", "stor"}) {
    model.Add(w);
  }
  EXPECT_GT(model.distinct_ngrams(), 0u);
  // Same letters but "sätt" is in five of the words, "stöt" in none.
  EXPECT_GT(model.LogProb("avsättning"), model.LogProb("avstötning"));
  // Probabilities: below zero, lower for longer words of the same pattern.
  EXPECT_LT(model.LogProb("sätt"), 0.0);
  EXPECT_GT(model.LogProb("sätt"), model.LogProb("sättsätt"));
  // A letter outside the alphabet is one "other" letter, not an error.
  EXPECT_LT(model.LogProb("s#tt"), model.LogProb("sätt"));
  EXPECT_LT(model.LogProb(""), 0.0);  // the end alone
}

TEST(SpellingModelTest, TheLexiconsModelKnowsSwedishSpelling) {
  // Built from the words the counted texts and Tesseract's list hold:
  // readings that no text shows, told apart by how Swedish is spelt.
  auto lexicon = Lexicon::Load(testing::BuildLexiconDir(), {});
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().ToString();
  const SpellingModel& model = (*lexicon)->spelling();
  EXPECT_GT(model.distinct_ngrams(), 100000u);
  EXPECT_GT(model.LogProb("sammansättning"), model.LogProb("sammanstötning"));
  EXPECT_GT(model.LogProb("avsättningens"), model.LogProb("avstötningens"));
  EXPECT_GT(model.LogProb("vårdkontakt"), model.LogProb("värdkontakt"));
  EXPECT_GT(model.LogProb("fönstermålning"), model.LogProb("fönstermalning"));
}

}  // namespace
}  // namespace finsam
