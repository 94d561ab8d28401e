#include "base/data_dir.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/testing/batch_testing.h"

namespace finsam {
namespace {

namespace fs = std::filesystem;

TEST(DataDirCandidatesTest, InstalledLayoutThenBuildTreeThenEnvironment) {
  EXPECT_EQ(
      DataDirCandidates("/usr/bin/finsam-extract", nullptr),
      (std::vector<std::string>{"/usr/share/finsam-extract", "/usr/bin"}));
  EXPECT_EQ(DataDirCandidates("/opt/fx/bin/finsam-extract", "/srv/data/"),
            (std::vector<std::string>{"/opt/fx/share/finsam-extract",
                                      "/opt/fx/bin", "/srv/data"}));
}

TEST(DataDirCandidatesTest, EmptyEnvironmentCountsAsUnset) {
  EXPECT_EQ(DataDirCandidates("/b/finsam-extract", "").size(), 2u);
}

TEST(DataDirCandidatesTest, UnknownExecutableLeavesOnlyTheEnvironment) {
  EXPECT_EQ(DataDirCandidates("", "/srv/data"),
            (std::vector<std::string>{"/srv/data"}));
  EXPECT_TRUE(DataDirCandidates("", nullptr).empty());
}

TEST(FirstDataDirTest, TakesTheFirstFolderHoldingTheTables) {
  testing::ScratchDir tmp;
  const fs::path prefix = fs::path(tmp.path()) / "prefix";
  const fs::path env = fs::path(tmp.path()) / "env";
  testing::WriteFileOrDie(prefix / "share/finsam-extract/lexicon/words.tsv",
                          "x\n");
  testing::WriteFileOrDie(env / "lexicon/words.tsv", "x\n");
  fs::create_directories(prefix / "bin");

  const auto candidates =
      DataDirCandidates((prefix / "bin/finsam-extract").string(), env.c_str());
  auto found = FirstDataDir(candidates);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_EQ(*found, (prefix / "share/finsam-extract").string());

  // Without the installed tables the environment's folder is next.
  fs::remove_all(prefix / "share");
  found = FirstDataDir(candidates);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_EQ(*found, env.string());
}

TEST(FirstDataDirTest, AFolderWithoutTheMainTableDoesNotCount) {
  testing::ScratchDir tmp;
  // lexicon/ exists but words.tsv is missing: a half-copied install.
  fs::create_directories(fs::path(tmp.path()) / "lexicon");
  EXPECT_FALSE(FirstDataDir({tmp.path()}).ok());
}

TEST(FirstDataDirTest, MissingDataNamesEveryFolderTriedInOrder) {
  testing::ScratchDir tmp;
  const std::string a = tmp.path() + "/a";
  const std::string b = tmp.path() + "/b";
  const std::vector<std::string> candidates = {a, b};
  const Result<std::string> found = FirstDataDir(candidates);
  ASSERT_FALSE(found.ok());
  EXPECT_EQ(found.status().code(), ErrorCode::kDataMissing);
  const std::string message = found.status().message();
  const auto at_a = message.find(a + ",");
  const auto at_b = message.find(b + ";");
  EXPECT_NE(at_a, std::string::npos) << message;
  EXPECT_NE(at_b, std::string::npos) << message;
  EXPECT_LT(at_a, at_b) << message;
  EXPECT_NE(message.find("FINSAM_DATA_DIR"), std::string::npos) << message;
}

// This test binary sits in the build tree beside BUILD/lexicon, so the
// lookup through /proc/self/exe finds the build tree (candidate 2).
TEST(FindDataDirTest, FindsTheBuildTreeFromTheRunningBinary) {
  auto found = FindDataDir();
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_EQ(fs::canonical(*found), fs::canonical(FINSAM_BINARY_DIR));
  EXPECT_TRUE(fs::is_regular_file(LexiconDir(*found) + "/words.tsv"));
}

TEST(DataVersionTest, ReadsTheStampBesideTheTables) {
  testing::ScratchDir tmp;
  EXPECT_EQ(DataVersion(tmp.path()), "unknown");
  testing::WriteFileOrDie(fs::path(tmp.path()) / "lexicon/VERSION",
                          "sha256:0123abcd hunspell-sv=1:2.28\nsecond line\n");
  EXPECT_EQ(DataVersion(tmp.path()), "sha256:0123abcd hunspell-sv=1:2.28");
}

// The build writes the stamp beside its tables.
TEST(DataVersionTest, TheBuildStampsItsTables) {
  auto found = FindDataDir();
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_EQ(DataVersion(*found).rfind("sha256:", 0), 0u) << DataVersion(*found);
}

}  // namespace
}  // namespace finsam
