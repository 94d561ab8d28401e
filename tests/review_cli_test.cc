// `finsam-extract review` and `finsam-extract fixture` as a user runs them:
// outputs, exit codes, one-line errors, nothing left behind on failure.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/testing/files.h"
#include "tests/testing/run_finsam.h"
#include "tests/testing/scratch_dir.h"

namespace finsam {
namespace {

namespace fs = std::filesystem;
using testing::ProcessResult;
using testing::ReadFileOrEmpty;

class ReviewCliTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_FALSE(dir_.empty()); }

  ProcessResult Exec(const std::string& args) {
    return testing::RunFinsamShell(args, dir_);
  }

  void Write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
  }

  static std::string Bad(const std::string& name) {
    return std::string(FINSAM_SOURCE_DIR) + "/fixtures/bad/" + name;
  }

  static int Lines(const std::string& s) {
    int n = 0;
    for (char c : s) n += c == '\n';
    return n;
  }

  testing::ScratchDir scratch_;
  const std::string dir_ = scratch_.path();
};

TEST_F(ReviewCliTest, WritesOneSelfContainedPage) {
  const ProcessResult r = Exec("review " + testing::TextFixture("sample.pdf") +
                               " -o " + dir_ + "/review --jobs 2");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string html = ReadFileOrEmpty(dir_ + "/review/index.html");
  ASSERT_FALSE(html.empty());
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  for (int page = 1; page <= 6; ++page) {
    EXPECT_NE(html.find("<section class=\"page\" id=\"p" +
                        std::to_string(page) + "\""),
              std::string::npos)
        << page;
  }
  // Six embedded pictures, nothing referenced outside the file.
  size_t pictures = 0;
  for (size_t at = html.find("src=\"data:image/jpeg;base64,");
       at != std::string::npos;
       at = html.find("src=\"data:image/jpeg;base64,", at + 1)) {
    ++pictures;
  }
  EXPECT_EQ(pictures, 6u);
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("href=\"http"), std::string::npos);
  // The record's figures and checks are there, linked to their pages.
  EXPECT_NE(html.find("id=\"key-figures\""), std::string::npos);
  EXPECT_NE(html.find("balance_sheet_balances"), std::string::npos);
  EXPECT_LT(html.size(), 3'000'000u) << "pictures should be downsampled";
  // Only the index is left in the folder (no temporary files).
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir_ + "/review")) {
    (void)e;
    ++files;
  }
  EXPECT_EQ(files, 1);
}

TEST_F(ReviewCliTest, BadInputIsOneLineAndNoOutput) {
  struct Case {
    std::string file;
    int code;
  };
  for (const Case& c :
       {Case{Bad("not_a_pdf.pdf"), 3}, Case{Bad("empty.pdf"), 3},
        Case{Bad("encrypted.pdf"), 4}, Case{Bad("zero_pages.pdf"), 3},
        Case{dir_ + "/missing.pdf", 3}}) {
    const ProcessResult r = Exec("review " + c.file + " -o " + dir_ + "/out");
    EXPECT_EQ(r.exit_code, c.code) << c.file << ": " << r.err;
    EXPECT_EQ(Lines(r.err), 1) << r.err;
    EXPECT_NE(r.err.find(c.file), std::string::npos) << r.err;
    EXPECT_FALSE(fs::exists(dir_ + "/out/index.html")) << c.file;
  }
  EXPECT_EQ(Exec("review " + testing::TextFixture("sample.pdf")).exit_code, 2);
  EXPECT_EQ(Exec("review").exit_code, 2);
  EXPECT_EQ(Exec("review x.pdf -o d --low-confidence 2").exit_code, 2);
  // An output folder that cannot be made.
  Write(dir_ + "/file", "x");
  const ProcessResult r =
      Exec("review " + testing::TextFixture("born_digital.pdf") + " -o " +
           dir_ + "/file/sub --ocr never");
  EXPECT_EQ(r.exit_code, 7) << r.err;
  EXPECT_EQ(Lines(r.err), 1) << r.err;
}

TEST_F(ReviewCliTest, FixtureLoopAddCheckRegressAccept) {
  const std::string pdf = testing::TextFixture("born_digital.pdf");
  const std::string fixture = dir_ + "/fx/born";
  ProcessResult r = Exec("fixture add " + pdf + " " + fixture + " --ocr never");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = Exec("fixture check " + dir_ + "/fx");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("1 fixtures: 1 ok, 0 regressed"), std::string::npos)
      << r.out;
  // Adding again over it is refused.
  EXPECT_EQ(Exec("fixture add " + pdf + " " + fixture).exit_code, 2);

  // Pretend the tool once read page 1 better than it does now: the corrected
  // text and the accepted output both have a word the output lacks.
  std::string expected = ReadFileOrEmpty(fixture + "/expected.txt");
  const size_t at = expected.find("Förbundet");
  ASSERT_NE(at, std::string::npos);
  expected.replace(at, std::string("Förbundet").size(),
                   "Förbundets kansli med flera ord");
  Write(fixture + "/expected.txt", expected);
  Write(fixture + "/accepted.txt", expected);
  r = Exec("fixture check " + dir_ + "/fx");
  EXPECT_EQ(r.exit_code, 20) << r.out << r.err;
  EXPECT_NE(r.out.find("REGRESSED"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("regression: CER"), std::string::npos) << r.out;

  // Accepting takes the output as the baseline; the cleaner's text stays.
  r = Exec("fixture accept " + fixture);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFileOrEmpty(fixture + "/expected.txt"), expected);
  r = Exec("fixture check " + dir_ + "/fx");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;

  // A stale correction breaks the fixture (bad input), named on stderr.
  Write(fixture + "/corrections.tsv", "1\t1\tno such text\tx\n");
  r = Exec("fixture check " + dir_ + "/fx");
  EXPECT_EQ(r.exit_code, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("corrections.tsv"), std::string::npos) << r.err;

  EXPECT_EQ(Exec("fixture check " + dir_ + "/nothing").exit_code, 3);
  EXPECT_EQ(Exec("fixture").exit_code, 2);
  EXPECT_EQ(Exec("fixture frobnicate x").exit_code, 2);
}

TEST_F(ReviewCliTest, FixtureLoopTakesOcrText) {
  // OCR text a data cleaner saved, pages split by form feeds, letters
  // folded: it goes through the normaliser as in `records FILE.txt`.
  const std::string ocr = dir_ + "/ocr.txt";
  Write(ocr,
        "Arsredovisning 2021\nSamordningsforbundet Norrby\n\f"
        "Forvaltningsberattelse\nStyrelsen for forbundet avger harmed "
        "arsredovisning.\n\f");
  const std::string fixture = dir_ + "/fx/ocr";
  ProcessResult r = Exec("fixture add " + ocr + " " + fixture);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(ReadFileOrEmpty(fixture + "/input.txt"), ReadFileOrEmpty(ocr));
  EXPECT_FALSE(fs::exists(fixture + "/input.pdf"));
  EXPECT_NE(ReadFileOrEmpty(fixture + "/fixture.json").find("\"input.txt\""),
            std::string::npos);
  const std::string expected = ReadFileOrEmpty(fixture + "/expected.txt");
  EXPECT_EQ(testing::SplitPages(expected).size(), 2u) << expected;
  EXPECT_NE(expected.find("Årsredovisning 2021"), std::string::npos)
      << expected;
  EXPECT_NE(expected.find("Förvaltningsberättelse"), std::string::npos)
      << expected;
  r = Exec("fixture check " + dir_ + "/fx");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("1 fixtures: 1 ok, 0 regressed"), std::string::npos)
      << r.out;
  EXPECT_EQ(Exec("fixture accept " + fixture).exit_code, 0);
  const std::string lexicon = dir_ + "/vocabulary.txt";
  Write(lexicon, "samordningsförbund\n");
  r = Exec("fixture learn " + dir_ + "/fx --lexicon " + lexicon);
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;

  // A ".pdf" that is no PDF is bad input, its path named once.
  const std::string bad =
      std::string(FINSAM_SOURCE_DIR) + "/fixtures/bad/not_a_pdf.pdf";
  r = Exec("fixture add " + bad + " " + dir_ + "/fx/bad");
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_EQ(Lines(r.err), 1) << r.err;
  EXPECT_NE(r.err.find("not a PDF"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find(bad), r.err.rfind(bad)) << r.err;
  EXPECT_FALSE(fs::exists(dir_ + "/fx/bad"));
}

TEST_F(ReviewCliTest, FixtureLearnProposesAndKeepsRepeatedCorrections) {
  const std::string pdf = testing::TextFixture("born_digital.pdf");
  for (const char* name : {"a", "b"}) {
    const std::string fixture = dir_ + "/fx/" + name;
    ASSERT_EQ(
        Exec("fixture add " + pdf + " " + fixture + " --ocr never").exit_code,
        0);
    // The same word fix in both fixtures.
    Write(fixture + "/corrections.tsv",
          "page\tline\tbefore\tafter\n1\t1\tFörvaltningsberättelse\t"
          "Förvaltningsberättelsen\n");
  }
  const std::string lexicon = dir_ + "/vocabulary.txt";
  Write(lexicon, "# test list\nsamordningsförbund\n");
  ProcessResult r = Exec("fixture learn " + dir_ + "/fx --lexicon " + lexicon);
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(
      r.out.find("Förvaltningsberättelse -> Förvaltningsberättelsen  (2:"),
      std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("effect on every fixture"), std::string::npos) << r.out;
  EXPECT_EQ(ReadFileOrEmpty(lexicon), "# test list\nsamordningsförbund\n");
  r = Exec("fixture learn " + dir_ + "/fx --keep --lexicon " + lexicon);
  ASSERT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(ReadFileOrEmpty(lexicon).find("\nFörvaltningsberättelsen\n"),
            std::string::npos);
  // Once known, it is no longer proposed.
  r = Exec("fixture learn " + dir_ + "/fx --lexicon " + lexicon);
  EXPECT_NE(r.out.find("no word corrected the same way"), std::string::npos)
      << r.out;
  // One fixture is not enough at the default threshold.
  r = Exec("fixture learn " + dir_ + "/fx/a --lexicon " + lexicon);
  EXPECT_NE(r.out.find("no word corrected the same way"), std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace finsam
