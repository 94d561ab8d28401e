// Tests of the finsam-extract binary as a user runs it: exit codes, one-line
// errors naming the file, no partial output files.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "tests/testing/files.h"
#include "tests/testing/mini_pdf.h"
#include "tests/testing/run_finsam.h"
#include "tests/testing/scratch_dir.h"

namespace finsam {
namespace {

using testing::ProcessResult;
using testing::ReadFileOrEmpty;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_FALSE(dir_.empty()); }

  ProcessResult Exec(const std::string& args) {
    return testing::RunFinsamShell(args, dir_);
  }

  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = dir_ + "/" + name;
    FILE* f = std::fopen(path.c_str(), "wb");
    EXPECT_NE(f, nullptr);
    std::fwrite(bytes.data(), 1, bytes.size(), f);
    std::fclose(f);
    return path;
  }

  static int Lines(const std::string& s) {
    int n = 0;
    for (char c : s) n += c == '\n';
    return n;
  }

  // A bad input: the documented code, one line naming the file, no output.
  void ExpectBadInput(const std::string& path, int code,
                      const std::string& reason) {
    const std::string output = dir_ + "/out.txt";
    const ProcessResult run = Exec("text '" + path + "' -o '" + output + "'");
    EXPECT_EQ(run.exit_code, code) << run.err;
    EXPECT_EQ(Lines(run.err), 1) << run.err;
    EXPECT_NE(run.err.find(path), std::string::npos) << run.err;
    EXPECT_NE(run.err.find(reason), std::string::npos) << run.err;
    EXPECT_FALSE(testing::FileExists(output)) << "partial output left";
    EXPECT_TRUE(run.out.empty());
  }

  testing::ScratchDir scratch_;
  const std::string dir_ = scratch_.path();
};

TEST_F(CliTest, NotAPdf) {
  ExpectBadInput(Write("notes.pdf", "Årsredovisning 2023\n"), 3, "not-pdf");
}

TEST_F(CliTest, EmptyFile) {
  ExpectBadInput(Write("empty.pdf", ""), 3, "empty");
}

TEST_F(CliTest, MissingFile) {
  ExpectBadInput(dir_ + "/nowhere.pdf", 3, "not-found");
}

TEST_F(CliTest, TruncatedFile) {
  const std::string pdf =
      ReadFileOrEmpty(testing::TextFixture("../bad/truncated.pdf"));
  ASSERT_FALSE(pdf.empty()) << "fixture missing";
  const std::string output = dir_ + "/out.txt";
  const ProcessResult run =
      Exec("text '" + testing::TextFixture("../bad/truncated.pdf") + "' -o '" +
           output + "'");
  // Poppler may rebuild a truncated file's cross-reference table; either it
  // reads what is there, or it says the file is damaged.
  if (run.exit_code == 0) {
    EXPECT_TRUE(testing::FileExists(output));
  } else {
    EXPECT_EQ(run.exit_code, 3) << run.err;
    EXPECT_EQ(Lines(run.err), 1) << run.err;
    EXPECT_FALSE(testing::FileExists(output));
  }
}

TEST_F(CliTest, ZeroPages) {
  ExpectBadInput(Write("zero.pdf", testing::MiniPdf({})), 3, "no-pages");
}

TEST_F(CliTest, EncryptedWithoutAndWithPassword) {
  const std::string path = testing::TextFixture("../bad/encrypted.pdf");
  ASSERT_TRUE(testing::FileExists(path)) << "fixture missing";
  ExpectBadInput(path, 4, "--password");
  const ProcessResult wrong = Exec("text '" + path + "' --password fel");
  EXPECT_EQ(wrong.exit_code, 4);
  EXPECT_NE(wrong.err.find("wrong"), std::string::npos) << wrong.err;
  const ProcessResult right =
      Exec("text '" + path + "' --password hemligt --raw");
  EXPECT_EQ(right.exit_code, 0) << right.err;
  EXPECT_FALSE(right.out.empty());
}

TEST_F(CliTest, PartialWhenAPageFails) {
  testing::MiniPage normal{{"Årets resultat blev 123 661 kronor."}};
  testing::MiniPage huge;
  huge.width = 5000;
  huge.height = 5000;
  const std::string path = Write("mixed.pdf", testing::MiniPdf({normal, huge}));
  const ProcessResult run =
      Exec("text '" + path + "' --raw --max-pixels 20000000");
  EXPECT_EQ(run.exit_code, 5) << run.err;
  EXPECT_NE(run.out.find("123 661"), std::string::npos) << run.out;
  EXPECT_NE(run.err.find("page 2"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("too-large"), std::string::npos) << run.err;
}

TEST_F(CliTest, UsageErrors) {
  EXPECT_EQ(Exec("").exit_code, 2);
  EXPECT_EQ(Exec("frobnicate").exit_code, 2);
  EXPECT_EQ(Exec("text").exit_code, 2);
  EXPECT_EQ(Exec("text a.pdf --ocr sometimes").exit_code, 2);
  EXPECT_EQ(Exec("text a.pdf --bogus").exit_code, 2);
  EXPECT_EQ(Exec("text a.pdf --jobs 0").exit_code, 2);
  EXPECT_EQ(Exec("text a.pdf --pages 7-3").exit_code, 2);
}

TEST_F(CliTest, HelpDescribesOptions) {
  const ProcessResult run = Exec("text --help");
  EXPECT_EQ(run.exit_code, 0);
  for (const char* option :
       {"--format", "--raw", "--ocr", "--jobs", "--pages", "--password"}) {
    EXPECT_NE(run.out.find(option), std::string::npos) << option;
  }
}

TEST_F(CliTest, TextSeparatesPagesWithFormFeeds) {
  const ProcessResult run =
      Exec("text '" + testing::TextFixture("born_digital.pdf") + "' --raw");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(testing::SplitPages(run.out).size(), 3u);
}

TEST_F(CliTest, JsonHasPerPageDecisions) {
  const ProcessResult run = Exec("text '" + testing::TextFixture("sample.pdf") +
                                 "' --format json --raw");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  for (const char* key :
       {"\"source\"", "\"reason\"", "\"confidence\"", "\"role\"",
        "\"furniture\"", "\"signature-page\"", "\"ocr\"", "\"text-layer\""}) {
    EXPECT_NE(run.out.find(key), std::string::npos) << key;
  }
}

TEST_F(CliTest, JsonGivesTheTurnThatMadeAPageUpright) {
  const std::string pdf = testing::TextFixture("rotated_scans.pdf");
  ProcessResult run = Exec("text '" + pdf + "' --pages 2 --format json --raw");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("\"ocr_rotation\": 90"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("Summa\\t100,00"), std::string::npos) << run.out;
  run = Exec("text '" + pdf + "' --orientation sideways");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("--orientation"), std::string::npos) << run.err;
}

TEST_F(CliTest, NoCleanOcrsThePageAsRendered) {
  const ProcessResult run =
      Exec("text '" + testing::TextFixture("scanned.pdf") +
           "' --pages 2 --raw --no-clean");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("Resultaträkning"), std::string::npos) << run.out;
}

TEST_F(CliTest, OutputFileIsWrittenWhole) {
  const std::string output = dir_ + "/born.txt";
  const ProcessResult run =
      Exec("text '" + testing::TextFixture("born_digital.pdf") +
           "' --raw -o '" + output + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(run.out.empty());
  EXPECT_EQ(testing::SplitPages(ReadFileOrEmpty(output)).size(), 3u);
}

TEST_F(CliTest, UnwritableOutputIsReported) {
  const ProcessResult run =
      Exec("text '" + testing::TextFixture("born_digital.pdf") +
           "' --raw -o /nonexistent-dir/out.txt");
  EXPECT_EQ(run.exit_code, 7) << run.err;
  EXPECT_EQ(Lines(run.err), 1) << run.err;
}

TEST_F(CliTest, RecordsFromPdfAndFromItsText) {
  const std::string pdf = testing::TextFixture("visma_signed.pdf");
  const ProcessResult from_pdf = Exec("records '" + pdf + "' --format jsonl");
  ASSERT_EQ(from_pdf.exit_code, 0) << from_pdf.err;
  EXPECT_EQ(Lines(from_pdf.out), 1);
  EXPECT_NE(from_pdf.out.find("\"schema\":\"finsam-extract/record/v1\""),
            std::string::npos);
  EXPECT_NE(from_pdf.out.find("\"org_number\":\"222000-2493\""),
            std::string::npos)
      << from_pdf.out;
  EXPECT_NE(from_pdf.out.find("\"role\":\"signature-page\""),
            std::string::npos);

  // The same report as text (what `text` prints) gives the same figures.
  const std::string text = dir_ + "/report.txt";
  ASSERT_EQ(Exec("text '" + pdf + "' -o '" + text + "'").exit_code, 0);
  const ProcessResult csv = Exec("records '" + text + "' --format csv");
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("org_number,fiscal_year,key,year,value\n", 0), 0u)
      << csv.out;
  EXPECT_NE(csv.out.find("222000-2493,2023,result_for_year,2023,"),
            std::string::npos)
      << csv.out;
}

TEST_F(CliTest, RecordsNormaliseTextInputUnlessRaw) {
  // OCR text a user saved, its å/ä/ö folded: the record reads it as the
  // pipeline reads a PDF's pages; --raw takes it as written.
  const std::string text =
      Write("folded.txt",
            "Arsredovisning 2023\n"
            "Samordningsforbundet i Orebro ar en fristaende organisation.\n"
            "Organisationsnummer: 222000-2493\n");
  const ProcessResult normalised =
      Exec("records '" + text + "' --format jsonl");
  ASSERT_EQ(normalised.exit_code, 0) << normalised.err;
  EXPECT_NE(normalised.out.find("\"title\":\"Årsredovisning 2023\""),
            std::string::npos)
      << normalised.out;
  const ProcessResult raw = Exec("records '" + text + "' --raw --format jsonl");
  ASSERT_EQ(raw.exit_code, 0) << raw.err;
  EXPECT_NE(raw.out.find("\"title\":\"Arsredovisning 2023\""),
            std::string::npos)
      << raw.out;
}

TEST_F(CliTest, RecordsRejectsBadInputWithoutOutput) {
  const std::string output = dir_ + "/record.json";
  const std::string bad = Write("report.pdf", "this is not a pdf at all\n");
  const ProcessResult run = Exec("records '" + bad + "' -o '" + output + "'");
  EXPECT_EQ(run.exit_code, 3) << run.err;
  EXPECT_EQ(Lines(run.err), 1) << run.err;
  EXPECT_NE(run.err.find(bad), std::string::npos) << run.err;
  EXPECT_FALSE(testing::FileExists(output));
  const std::string empty = Write("empty.txt", "");
  EXPECT_EQ(Exec("records '" + empty + "'").exit_code, 3);
  EXPECT_EQ(Exec("records").exit_code, 2);
  EXPECT_EQ(Exec("records x.txt --format xml").exit_code, 2);
}

}  // namespace
}  // namespace finsam
