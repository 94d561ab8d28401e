// `finsam-extract vocabulary build` and --lexicon FILE.vocab as a user runs
// them, and batch's first pass: an archive teaches its damaged reports the
// names its sound pages print, whatever the order or sharding.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/testing/archive_pages.h"
#include "tests/testing/batch_testing.h"
#include "tests/testing/mini_pdf.h"

namespace finsam {
namespace {

namespace fs = std::filesystem;
using testing::MiniPage;
using testing::MiniPdf;
using testing::ProcessResult;
using testing::ReadFileOrEmpty;
using testing::RunFinsam;
using testing::ScratchDir;
using testing::WriteFileOrDie;

// One cooperative's minutes, printed correctly, and its annual report,
// whose text layer lost every å/ä/ö.
const MiniPage kSound = testing::SoundMinutesPage();
const MiniPage kDamaged = testing::LostLettersReportPage();

// The text batch wrote for the input whose name ends in `stem`.
std::string BatchText(const std::string& out, const std::string& stem) {
  for (const auto& entry : fs::directory_iterator(out + "/docs")) {
    const std::string name = entry.path().filename().string();
    if (name.ends_with("-" + stem + ".txt")) {
      return ReadFileOrEmpty(entry.path().string());
    }
  }
  return "";
}

TEST(VocabularyCliTest, AnArchiveTeachesItsDamagedReportsItsOwnNames) {
  ScratchDir dir;
  WriteFileOrDie(dir / "arch/minutes.pdf", MiniPdf({kSound}));
  WriteFileOrDie(dir / "arch/report.pdf", MiniPdf({kDamaged}));
  const std::string vocab = dir / "archive.vocab";
  const ProcessResult built = RunFinsam(
      {"vocabulary", "build", dir / "arch", "-o", vocab, "--jobs", "2"},
      dir.path());
  ASSERT_EQ(built.exit_code, 0) << built.err;
  EXPECT_NE(built.err.find("from 1 sound pages of 2 PDFs"), std::string::npos)
      << built.err;
  const std::string words = ReadFileOrEmpty(vocab);
  EXPECT_EQ(words.rfind("# finsam-extract vocabulary 1\n", 0), 0u);
  EXPECT_NE(words.find("\nmyggdalsvägen\t2\t2\n"), std::string::npos) << words;
  // The damaged page's own words are not the archive's.
  EXPECT_EQ(words.find("sjtungan"), std::string::npos) << words;

  // text --lexicon: the street only the archive knows.
  const std::vector<std::string> text = {"text", dir / "arch/report.pdf",
                                         "--ocr", "never"};
  const ProcessResult plain = RunFinsam(text, dir.path());
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(plain.out.find("Myggdalsvägen"), std::string::npos) << plain.out;
  std::vector<std::string> with_vocab = text;
  with_vocab.insert(with_vocab.end(), {"--lexicon", vocab});
  const ProcessResult taught = RunFinsam(with_vocab, dir.path());
  ASSERT_EQ(taught.exit_code, 0) << taught.err;
  EXPECT_NE(taught.out.find("p\xC3\xA5 Myggdalsvägen"), std::string::npos)
      << taught.out;

  // batch collects first: the report learns from the minutes.
  const ProcessResult run =
      RunFinsam({"batch", dir / "arch", "--out", dir / "out", "--jobs", "2",
                 "--ocr", "never", "--progress", "none"},
                dir.path());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("archive vocabulary:"), std::string::npos) << run.err;
  EXPECT_EQ(ReadFileOrEmpty(dir / "out/archive.vocab"), words);
  const std::string report = BatchText(dir / "out", "report");
  EXPECT_NE(report.find("Myggdalsvägen"), std::string::npos) << report;

  // A resumed run reads the vocabulary back instead of the archive.
  const ProcessResult resumed =
      RunFinsam({"batch", dir / "arch", "--out", dir / "out", "--ocr", "never",
                 "--progress", "none"},
                dir.path());
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_NE(resumed.err.find("collected earlier"), std::string::npos)
      << resumed.err;
  EXPECT_NE(resumed.err.find("2 resumed"), std::string::npos) << resumed.err;

  // A shard that holds only the report, given the vocabulary built once,
  // writes the same text as the whole run.
  WriteFileOrDie(dir / "alone/report.pdf", MiniPdf({kDamaged}));
  const ProcessResult shard =
      RunFinsam({"batch", dir / "alone", "--out", dir / "out-alone", "--ocr",
                 "never", "--progress", "none", "--lexicon", vocab},
                dir.path());
  ASSERT_EQ(shard.exit_code, 0) << shard.err;
  EXPECT_EQ(shard.err.find("archive vocabulary:"), std::string::npos);
  EXPECT_EQ(BatchText(dir / "out-alone", "report"), report);
}

TEST(VocabularyCliTest, BadInputIsOneLineAndNoOutput) {
  ScratchDir dir;
  const ProcessResult missing =
      RunFinsam({"vocabulary", "build", dir / "nowhere", "-o", dir / "v.vocab"},
                dir.path());
  EXPECT_EQ(missing.exit_code, 3) << missing.err;
  EXPECT_NE(missing.err.find("nowhere"), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(dir / "v.vocab"));
  const ProcessResult no_output =
      RunFinsam({"vocabulary", "build", dir.path()}, dir.path());
  EXPECT_EQ(no_output.exit_code, 2) << no_output.err;
  // A vocabulary that is not one names the file and the line.
  WriteFileOrDie(dir / "bad.vocab",
                 "# finsam-extract vocabulary 1\nvägen 2 1\n");
  WriteFileOrDie(dir / "in.txt", "Stamman holls pa Myggdalsvagen.\n");
  const ProcessResult bad =
      RunFinsam({"normalize", dir / "in.txt", "--lexicon", dir / "bad.vocab"},
                dir.path());
  EXPECT_EQ(bad.exit_code, 2) << bad.err;
  EXPECT_NE(bad.err.find("bad.vocab: line 2"), std::string::npos) << bad.err;
  EXPECT_EQ(bad.out, "");
}

}  // namespace
}  // namespace finsam
