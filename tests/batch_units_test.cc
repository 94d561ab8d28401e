// Tests of the batch library's parts: inputs, shards, output names, the
// streamed atomic file, progress lines, summaries.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "batch/input_set.h"
#include "batch/output_layout.h"
#include "batch/progress.h"
#include "batch/shard.h"
#include "batch/streaming_file.h"
#include "tests/testing/batch_testing.h"

namespace finsam::batch {
namespace {

using testing::ReadFileOrEmpty;
using testing::ScratchDir;
using testing::WriteFileOrDie;

TEST(BatchShardTest, ShardsPartitionTheInputsExactlyOnce) {
  std::vector<std::string> keys;
  for (int i = 0; i < 1000; ++i) {
    keys.push_back("archive/" + std::to_string(i % 37) + "/report" +
                   std::to_string(i) + ".pdf");
  }
  for (int n : {1, 2, 3, 7, 16}) {
    std::map<std::string, int> owners;
    std::vector<int> sizes(static_cast<size_t>(n), 0);
    for (int k = 0; k < n; ++k) {
      const ShardSpec spec{k, n, "test"};
      for (const std::string& key : keys) {
        if (InShard(key, spec)) {
          ++owners[key];
          ++sizes[static_cast<size_t>(k)];
        }
      }
    }
    ASSERT_EQ(owners.size(), keys.size()) << "n=" << n;
    for (const auto& [key, count] : owners) EXPECT_EQ(count, 1) << key;
    // A hash spreads 1000 inputs roughly evenly: no shard empty or double.
    for (int size : sizes) {
      EXPECT_GT(size, 1000 / n / 2) << "n=" << n;
      EXPECT_LT(size, 1000 / n * 2) << "n=" << n;
    }
  }
}

TEST(BatchShardTest, ShardOfIsStableAndIndependentOfOrder) {
  // The assignment is a function of the key alone: fixed values guard it
  // against an accidental change of hash (which would reshuffle archives
  // already split across a cluster).
  EXPECT_EQ(ShardOf("a.pdf", 1), 0);
  const int first = ShardOf("2021/arsredovisning.pdf", 16);
  EXPECT_EQ(ShardOf("2021/arsredovisning.pdf", 16), first);
  EXPECT_NE(ShardOf("2021/arsredovisning.pdf", 1000),
            ShardOf("2022/arsredovisning.pdf", 1000));
}

TEST(BatchShardTest, ParsesKOverN) {
  auto spec = ParseShard("3/16");
  ASSERT_TRUE(spec.ok());
  EXPECT_EQ(spec->index, 3);
  EXPECT_EQ(spec->count, 16);
  EXPECT_FALSE(ParseShard("16/16").ok());
  EXPECT_FALSE(ParseShard("-1/4").ok());
  EXPECT_FALSE(ParseShard("1/0").ok());
  EXPECT_FALSE(ParseShard("1-4").ok());
  EXPECT_FALSE(ParseShard("a/4").ok());
}

TEST(BatchShardTest, ReadsKubernetesAndSlurmEnvironment) {
  std::map<std::string, std::string> env;
  auto lookup = [&](const char* name) -> const char* {
    auto it = env.find(name);
    return it == env.end() ? nullptr : it->second.c_str();
  };
  auto none = ShardFromEnvironment(lookup, 0);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());

  env = {{"JOB_COMPLETION_INDEX", "2"}};
  EXPECT_FALSE(ShardFromEnvironment(lookup, 0).ok()) << "count missing";
  auto k8s = ShardFromEnvironment(lookup, 4);
  ASSERT_TRUE(k8s.ok());
  ASSERT_TRUE(k8s->has_value());
  EXPECT_EQ((*k8s)->index, 2);
  EXPECT_EQ((*k8s)->count, 4);
  env["FINSAM_SHARD_COUNT"] = "5";
  auto k8s_env = ShardFromEnvironment(lookup, 0);
  ASSERT_TRUE(k8s_env.ok() && k8s_env->has_value());
  EXPECT_EQ((*k8s_env)->count, 5);
  env["JOB_COMPLETION_INDEX"] = "5";
  EXPECT_FALSE(ShardFromEnvironment(lookup, 0).ok()) << "index out of range";

  // --array=1-4: task ids 1..4 are shards 0..3.
  env = {{"SLURM_ARRAY_TASK_ID", "4"},
         {"SLURM_ARRAY_TASK_COUNT", "4"},
         {"SLURM_ARRAY_TASK_MIN", "1"}};
  auto slurm = ShardFromEnvironment(lookup, 0);
  ASSERT_TRUE(slurm.ok() && slurm->has_value());
  EXPECT_EQ((*slurm)->index, 3);
  EXPECT_EQ((*slurm)->count, 4);
  env = {{"SLURM_ARRAY_TASK_ID", "x"}, {"SLURM_ARRAY_TASK_COUNT", "4"}};
  EXPECT_FALSE(ShardFromEnvironment(lookup, 0).ok());
}

TEST(BatchOutputLayoutTest, SameFileNameInTwoDirectoriesDoesNotCollide) {
  const std::string a = DocumentBaseName("archive/2021/rapport.pdf");
  const std::string b = DocumentBaseName("archive/2022/rapport.pdf");
  EXPECT_NE(a, b);
  EXPECT_NE(a.find("-rapport"), std::string::npos) << a;
  EXPECT_EQ(a, DocumentBaseName("archive/2021/rapport.pdf"));
  // A text and a PDF with one stem do not collide either.
  EXPECT_NE(DocumentBaseName("x/rapport.txt"),
            DocumentBaseName("x/rapport.pdf"));
}

TEST(BatchOutputLayoutTest, StemIsSafeAndKeepsSwedishLetters) {
  const std::string name =
      DocumentBaseName("a/Årsredovisning 2021 (slutlig).pdf");
  EXPECT_EQ(name.substr(12), "-Årsredovisning_2021__slutlig_") << name;
  const std::string hidden = DocumentBaseName("a/.hidden.pdf");
  EXPECT_EQ(hidden.substr(12), "-_.hidden") << hidden;
  const std::string long_name =
      DocumentBaseName("a/" + std::string(100, 'x') + "ö" + ".pdf");
  EXPECT_LE(long_name.size(), 13u + 80u);
}

TEST(BatchOutputLayoutTest, RecognisesAbandonedTemporaries) {
  EXPECT_TRUE(IsAbandonedTemporary("abc.record.json.tmp-a1B2c3"));
  EXPECT_FALSE(IsAbandonedTemporary("abc.record.json"));
  EXPECT_FALSE(IsAbandonedTemporary("tmp-report.txt"));
}

TEST(BatchInputSetTest, ManifestIsToldFromAReport) {
  EXPECT_TRUE(LooksLikeManifest("a/b.pdf\n# comment\n\nc.TXT\n"));
  EXPECT_FALSE(LooksLikeManifest("Årsredovisning 2021\nSida 1\n"));
  EXPECT_FALSE(LooksLikeManifest("a.pdf\f b.pdf\n"));
  EXPECT_FALSE(LooksLikeManifest("# only a comment\n"));
}

TEST(BatchInputSetTest, CollectsDirectoriesManifestsAndFilesSortedOnce) {
  ScratchDir dir;
  WriteFileOrDie(dir / "arch/2021/a.pdf", "%PDF-1.4");
  WriteFileOrDie(dir / "arch/2021/notes.doc", "ignored");
  WriteFileOrDie(dir / "arch/2022/deep/b.TXT", "text\f");
  WriteFileOrDie(dir / "other/c.pdf", "%PDF-1.4");
  WriteFileOrDie(dir / "other/list.txt", "c.pdf\n# skip\n../arch/2021/a.pdf\n");
  InputArguments args;
  args.paths = {dir / "arch", dir / "other/list.txt", dir / "arch/2021/a.pdf"};
  auto inputs = CollectInputs(args);
  ASSERT_TRUE(inputs.ok()) << inputs.status().ToString();
  std::vector<std::string> paths, keys;
  for (const BatchInput& in : *inputs) {
    paths.push_back(in.path);
    keys.push_back(in.shard_key);
  }
  // arch/2021/a.pdf is found through the directory, named in the manifest
  // (as other/../arch/2021/a.pdf, another path) and given as a file.
  EXPECT_EQ(paths, (std::vector<std::string>{
                       dir / "arch/2021/a.pdf", dir / "arch/2022/deep/b.TXT",
                       dir / "other/../arch/2021/a.pdf", dir / "other/c.pdf"}));
  EXPECT_EQ(keys[1], "2022/deep/b.TXT");  // relative to the directory given
  EXPECT_EQ(keys[3], "c.pdf");            // the manifest line as written

  // The batch's own output directory inside the archive is not an input.
  WriteFileOrDie(dir / "arch/out/docs/x.txt", "text\f");
  args.paths = {dir / "arch"};
  args.exclude_dirs = {dir / "arch/out"};
  auto without_out = CollectInputs(args);
  ASSERT_TRUE(without_out.ok());
  EXPECT_EQ(without_out->size(), 2u);

  args.paths = {dir / "missing"};
  auto missing = CollectInputs(args);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), ErrorCode::kNotFound);
}

TEST(BatchStreamingFileTest, AppearsOnlyOnCommit) {
  ScratchDir dir;
  const std::string path = dir / "summary.jsonl";
  WriteFileOrDie(path, "old\n");
  {
    auto file = StreamingAtomicFile::Create(path);
    ASSERT_TRUE(file.ok());
    for (int i = 0; i < 20000; ++i) {
      ASSERT_TRUE((*file)->Append("line " + std::to_string(i) + "\n").ok());
    }
    EXPECT_EQ(ReadFileOrEmpty(path), "old\n");
    // Dropped without Commit: the old file stays, no temporary is left.
  }
  EXPECT_EQ(ReadFileOrEmpty(path), "old\n");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()),
                          std::filesystem::directory_iterator()),
            1);
  auto file = StreamingAtomicFile::Create(path);
  ASSERT_TRUE(file.ok());
  ASSERT_TRUE((*file)->Append("new\n").ok());
  ASSERT_TRUE((*file)->Commit().ok());
  EXPECT_EQ(ReadFileOrEmpty(path), "new\n");
}

TEST(BatchProgressTest, FormatsCountsRateAndEta) {
  ProgressState st;
  st.total_documents = 100;
  st.done_documents = 20;
  st.skipped_documents = 10;
  st.failed_documents = 1;
  st.pages = 50;
  st.elapsed_s = 10;
  // 10 processed in 10 s, 80 to go: 80 s.
  EXPECT_EQ(FormatProgress(st),
            "20/100 documents (10 resumed, 1 failed), 50 pages, 5.0 pages/s, "
            "ETA 1m20s");
  st.done_documents = 100;
  EXPECT_EQ(FormatProgress(st),
            "100/100 documents (10 resumed, 1 failed), 50 pages, 5.0 "
            "pages/s, 10s elapsed");
}

TEST(BatchProgressTest, PlainModePrintsAtMostEveryIntervalAndAFinalLine) {
  std::ostringstream out;
  BatchProgress progress(3, BatchProgress::Mode::kPeriodic, out,
                         std::chrono::hours(1));
  progress.DocumentDone(2, false, false);
  progress.DocumentDone(2, false, false);
  EXPECT_EQ(out.str(), "");
  progress.Finish();
  const std::string plain = out.str();
  EXPECT_EQ(plain.rfind("finsam-extract batch: 2/3 documents", 0), 0u) << plain;
  EXPECT_EQ(std::count(plain.begin(), plain.end(), '\n'), 1);

  std::ostringstream live_out;
  BatchProgress bar(2, BatchProgress::Mode::kLive, live_out);
  bar.DocumentDone(1, false, false);
  bar.Finish();
  const std::string live = live_out.str();
  ASSERT_FALSE(live.empty());
  EXPECT_EQ(live.front(), '\r');
  EXPECT_NE(live.find("[############------------] 1/2"), std::string::npos)
      << live;
  EXPECT_EQ(live.back(), '\n');
}

}  // namespace
}  // namespace finsam::batch
