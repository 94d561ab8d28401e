#include "lang/vocabulary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace finsam {
namespace {

std::vector<std::string> Folded(const Vocabulary& v, const std::string& key) {
  std::vector<std::string> words;
  v.ForEachFolded(key, [&](std::string_view word, const Vocabulary::Entry&) {
    words.emplace_back(word);
  });
  return words;
}

TEST(VocabularyTest, CountsAndFindsWordsByTheirDamagedKeys) {
  Vocabulary v;
  v.Add("myggdalsvägen", true);
  v.Add("myggdalsvägen", true);
  v.Add("val", false, 3);
  v.Add("väl", false);
  v.Add("vål", false);
  ASSERT_NE(v.Find("myggdalsvägen"), nullptr);
  EXPECT_EQ(v.Find("myggdalsvägen")->count, 2u);
  EXPECT_EQ(v.Find("myggdalsvägen")->capitalised, 2u);
  EXPECT_EQ(v.Find("myggdalsvagen"), nullptr);
  EXPECT_EQ(v.total(), 7u);
  EXPECT_EQ(v.size(), 4u);
  // Words with å/ä/ö by their folded and dropped keys, in byte order; the
  // word without them is not its own reading.
  EXPECT_EQ(Folded(v, "val"), (std::vector<std::string>{"väl", "vål"}));
  EXPECT_EQ(Folded(v, "myggdalsvagen"),
            (std::vector<std::string>{"myggdalsvägen"}));
  std::vector<std::string> dropped;
  v.ForEachDropped("myggdalsvgen",
                   [&](std::string_view w, const Vocabulary::Entry& e) {
                     dropped.emplace_back(w);
                     EXPECT_EQ(e.count, 2u);
                   });
  EXPECT_EQ(dropped, (std::vector<std::string>{"myggdalsvägen"}));
}

TEST(VocabularyTest, SameFileWhateverTheOrder) {
  Vocabulary a, b, one, two;
  one.Add("sjötungan", true, 3);
  one.Add("stämma", false, 2);
  two.Add("stämma", false, 1);
  two.Add("bäckström", true, 1);
  a.Merge(one);
  a.Merge(two);
  b.Merge(two);
  b.Merge(one);
  EXPECT_EQ(a.Serialize(), b.Serialize());
  EXPECT_EQ(a.Serialize(),
            "# finsam-extract vocabulary 1\n"
            "bäckström\t1\t1\n"
            "sjötungan\t3\t3\n"
            "stämma\t3\t0\n");
  auto parsed = Vocabulary::Parse(a.Serialize());
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(parsed->Serialize(), a.Serialize());
  EXPECT_EQ(parsed->total(), 7u);
}

TEST(VocabularyTest, ParseNamesWhatIsWrong) {
  EXPECT_FALSE(Vocabulary::IsVocabularyText("Myggdalsvägen\nSjötungan\n"));
  EXPECT_TRUE(Vocabulary::IsVocabularyText("# finsam-extract vocabulary 1\n"));
  auto list = Vocabulary::Parse("Myggdalsvägen\n");
  ASSERT_FALSE(list.ok());
  EXPECT_EQ(list.status().code(), ErrorCode::kInvalidArgument);
  auto bad = Vocabulary::Parse(
      "# finsam-extract vocabulary 1\nvägen\t2\t1\nvägen 2\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("line 3"), std::string::npos)
      << bad.status().message();
  // More capitalised than seen is no count.
  EXPECT_FALSE(
      Vocabulary::Parse("# finsam-extract vocabulary 1\nvägen\t1\t2\n").ok());
}

}  // namespace
}  // namespace finsam
