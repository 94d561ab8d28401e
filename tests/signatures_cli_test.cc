// `finsam-extract signatures` as a user runs it, on a PDF signed here with a
// throw-away certificate: the JSON is the record's `signatures` object, the
// verdicts follow the file, bad input gives one line and a documented code.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/testing/files.h"
#include "tests/testing/mini_pdf.h"
#include "tests/testing/run_finsam.h"
#include "tests/testing/scratch_dir.h"
#include "tests/testing/signed_pdf.h"

namespace finsam {
namespace {

using Json = nlohmann::ordered_json;
using testing::ProcessResult;

class SignaturesCliTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    signer_ = testing::TestSigner::Create("Carola Johansson").release();
  }
  static void TearDownTestSuite() {
    delete signer_;
    signer_ = nullptr;
  }
  void SetUp() override {
    ASSERT_NE(signer_, nullptr);
    ASSERT_FALSE(dir_.empty());
  }

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

  // A two-page report: the board's signature block with the Visma logo on
  // page 1, Visma's signature page as page 2; signed digitally.
  static std::string SignedReport() {
    testing::MiniPage report;
    report.lines = {"Årsredovisning 2023",
                    "Samordningsförbundet Exempelbygd",
                    "",
                    "Styrelsens underskrift",
                    "",
                    "Carola Johansson",
                    "Ordförande",
                    "",
                    "Erika Karlsson",
                    "Ledamot",
                    "",
                    "visma sign"};
    testing::MiniPage visma;
    visma.lines = {
        "Signature page / Allekirjoitussivu / Signatursida",
        "Detta dokument innehåller 1 sidor före denna sida",
        "Carola Johansson",
        "Ordförande, Samordningsförbundet Exempelbygd",
        "Company - Yritys - Företag: Samordningsförbundet Exempelbygd",
        "Authentication - Autentisering: BankID (SE)",
        "Signed - Allekirjoitettu - Signerat: 2024-03-27 14:02:11 UTC (SE)"};
    return testing::SignPdf(testing::MiniPdf({report, visma}), *signer_);
  }

  static testing::TestSigner* signer_;
  testing::ScratchDir scratch_;
  const std::string dir_ = scratch_.path();
};

testing::TestSigner* SignaturesCliTest::signer_ = nullptr;

TEST_F(SignaturesCliTest, JsonIsTheRecordsSignaturesObject) {
  const std::string pdf = Write("report.pdf", SignedReport());
  const ProcessResult sig = Exec("signatures --ocr never '" + pdf + "'");
  ASSERT_EQ(sig.exit_code, 0) << sig.err;
  EXPECT_EQ(sig.err, "");
  const Json signatures = Json::parse(sig.out);
  const ProcessResult rec = Exec("records --ocr never '" + pdf + "'");
  ASSERT_EQ(rec.exit_code, 0) << rec.err;
  const Json record = Json::parse(rec.out);
  EXPECT_EQ(signatures, record["signatures"]);

  ASSERT_EQ(signatures["pdf"].size(), 1u) << sig.out;
  const Json& p = signatures["pdf"][0];
  EXPECT_EQ(p["field"], "Signature1");
  EXPECT_EQ(p["subfilter"], "adbe.pkcs7.detached");
  EXPECT_EQ(p["signer"], "Carola Johansson");
  EXPECT_EQ(p["signing_time"], "2024-03-27T14:02:11+01:00");
  EXPECT_EQ(p["covers_whole_file"], true);
  EXPECT_EQ(p["digest_valid"], true);
  EXPECT_EQ(p["signature_valid"], true);
  EXPECT_EQ(p["chain_validated"], false);
  EXPECT_EQ(p["certificate"]["self_signed"], true);

  const Json& v = signatures["visma"];
  EXPECT_EQ(v["pages_before"], 1) << v.dump(2);
  EXPECT_EQ(v["pages_before_agrees"], true) << v.dump(2);
  EXPECT_EQ(v["stamp"]["pages"], Json::array({1})) << v.dump(2);
  ASSERT_EQ(v["signers"].size(), 1u);
  EXPECT_EQ(v["signers"][0]["time"], "2024-03-27T14:02:11Z");
  EXPECT_EQ(signatures["match"]["matched"].size(), 1u) << sig.out;
  EXPECT_EQ(signatures["match"]["unmatched_printed"][0]["name"],
            "Erika Karlsson")
      << sig.out;

  const ProcessResult text =
      Exec("signatures --ocr never --format text '" + pdf + "'");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("digest valid:    yes"), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("not validated (offline)"), std::string::npos);
}

TEST_F(SignaturesCliTest, ChangedAndAppendedFilesAreReported) {
  std::string tampered = SignedReport();
  tampered[tampered.find("Exempelbygd")] = 'e';
  const ProcessResult t =
      Exec("signatures --ocr never '" + Write("t.pdf", tampered) + "'");
  ASSERT_EQ(t.exit_code, 0) << t.err;
  EXPECT_EQ(Json::parse(t.out)["pdf"][0]["digest_valid"], false) << t.out;

  const std::string updated = testing::AppendIncrementalUpdate(SignedReport());
  const std::string out = dir_ + "/u.json";
  const ProcessResult u = Exec("signatures --ocr never -o '" + out + "' '" +
                               Write("u.pdf", updated) + "'");
  ASSERT_EQ(u.exit_code, 0) << u.err;
  const Json j = Json::parse(testing::ReadFileOrEmpty(out));
  EXPECT_EQ(j["pdf"][0]["covers_whole_file"], false);
  EXPECT_EQ(j["pdf"][0]["digest_valid"], true);
  EXPECT_EQ(j["pdf"][0]["incremental_updates_after"], 1);
}

// The project's own Visma fixture (scripts/make-fixtures): stamp on every
// page, signature page on page 3, three board members who all signed.
TEST_F(SignaturesCliTest, VismaFixtureEvidence) {
  const std::string pdf =
      std::string(FINSAM_SOURCE_DIR) + "/fixtures/text/visma_signed.pdf";
  if (!testing::FileExists(pdf)) GTEST_SKIP() << "no " << pdf;
  const ProcessResult run = Exec("signatures --ocr never '" + pdf + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const Json j = Json::parse(run.out);
  EXPECT_FALSE(j.contains("pdf"));  // not digitally signed
  const Json& v = j["visma"];
  EXPECT_EQ(v["stamp"]["pages"], Json::array({1, 2, 3})) << run.out;
  EXPECT_EQ(v["stamp"]["verification_code"], "3F1C7E2A0B5D4E7A9C61");
  EXPECT_EQ(v["stamp"]["document_id"], "3f1c7e2a-0b5d-4e7a-9c61-1a2b3c4d5e6f");
  EXPECT_EQ(v["stamp"]["document_id_agrees"], true);
  EXPECT_EQ(v["pages_before"], 2);
  EXPECT_EQ(v["pages_before_agrees"], true);
  EXPECT_EQ(v["signers"].size(), 3u);
  EXPECT_EQ(j["match"]["matched"].size(), 3u);
  EXPECT_TRUE(j["match"]["unmatched_signers"].empty());
  EXPECT_TRUE(j["match"]["unmatched_printed"].empty());
}

TEST_F(SignaturesCliTest, BadInputAndUsage) {
  const ProcessResult missing = Exec("signatures '" + dir_ + "/nope.pdf'");
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("nope.pdf"), std::string::npos) << missing.err;
  EXPECT_EQ(std::count(missing.err.begin(), missing.err.end(), '\n'), 1);
  const ProcessResult not_pdf =
      Exec("signatures '" + Write("bad.pdf", "%PDF-1.4 garbage") + "'");
  EXPECT_EQ(not_pdf.exit_code, 3) << not_pdf.err;
  EXPECT_EQ(Exec("signatures --format xml x.pdf").exit_code, 2);
  EXPECT_EQ(Exec("signatures").exit_code, 2);
  const ProcessResult help = Exec("signatures --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("NOT validated"), std::string::npos);
  // No partial output file on failure.
  const std::string out = dir_ + "/never.json";
  EXPECT_EQ(
      Exec("signatures -o '" + out + "' '" + dir_ + "/nope.pdf'").exit_code, 3);
  EXPECT_FALSE(testing::FileExists(out));
}

}  // namespace
}  // namespace finsam
