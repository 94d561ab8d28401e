// The record's JSON (records/record_json.h): written in the contract's
// order, read back as the same record, wrong input named.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "records/record_builder.h"
#include "records/record_json.h"
#include "tests/testing/files.h"
#include "tests/testing/record_schema.h"

namespace finsam::records {
namespace {

namespace fs = std::filesystem;
using R = ReportRecord;

std::string FixtureDir() {
  return std::string(FINSAM_SOURCE_DIR) + "/fixtures/text";
}

// The fixtures' accepted records were written by `fixture accept`, through
// the whole pipeline (PDF signatures and Visma stamps included): reading
// one and writing it again gives the file back byte for byte.
TEST(RecordJson, FixtureRecordsRoundTripByteForByte) {
  int seen = 0;
  for (const auto& entry : fs::directory_iterator(FixtureDir())) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".record.json")) continue;
    const std::string text = testing::ReadFileOrEmpty(entry.path().string());
    ASSERT_FALSE(text.empty()) << name;
    auto record = ParseRecordJson(text);
    ASSERT_TRUE(record.ok()) << name << ": " << record.status().message();
    EXPECT_EQ(RecordJsonText(*record, 2) + "\n", text) << name;
    ++seen;
  }
  EXPECT_GE(seen, 6);
}

TEST(RecordJson, BuiltRecordsReadBackAsTheSameValue) {
  for (const char* name : {"sample", "born_digital", "visma_signed"}) {
    RecordInput input;
    input.path = std::string(name) + ".expected.txt";
    input.text =
        testing::ReadFileOrEmpty(FixtureDir() + "/" + name + ".expected.txt");
    ASSERT_FALSE(input.text.empty()) << name;
    const ReportRecord built = BuildRecord(input);
    auto back = ParseRecordJson(RecordJsonText(built, -1));
    ASSERT_TRUE(back.ok()) << name << ": " << back.status().message();
    EXPECT_TRUE(*back == built) << name;
  }
}

R SignedOnlyInThePdf() {
  R r;
  r.source.path = "a.pdf";
  r.source.sha256 = "ab";
  R::Visma visma;
  visma.stamp = R::VismaStamp{{1, 2}, "https://verify", "", "", std::nullopt};
  r.signatures.visma = visma;
  r.signatures.pdf.push_back({});
  r.Warn("pdf_signature", "field X: missing /ByteRange");
  return r;
}

// Signatures only the PDF shows come after the warnings, `visma` after
// `pdf`; those the text gave come before the checks, `visma` first. Records
// have always been written so; reading keeps where each came from.
TEST(RecordJson, SignaturesPlacedByWhereTheyCameFrom) {
  R pdf_only = SignedOnlyInThePdf();
  nlohmann::ordered_json j = RecordToJson(pdf_only);
  std::vector<std::string> keys;
  for (const auto& [key, value] : j.items()) keys.push_back(key);
  ASSERT_GE(keys.size(), 3u);
  EXPECT_EQ(keys[keys.size() - 2], "warnings");
  EXPECT_EQ(keys.back(), "signatures");
  EXPECT_EQ(j["signatures"].begin().key(), "pdf");
  auto back = RecordFromJson(j);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_FALSE(back->signatures.visma->signature_page_read);
  EXPECT_TRUE(*back == pdf_only);

  R from_page = pdf_only;
  from_page.signatures.visma->signature_page_read = true;
  from_page.signatures.visma->page = 3;
  from_page.signatures.visma->signers.push_back(
      {"Anna Lindqvist", "2024-03-27T14:02:11Z", "SE", "", "", "", ""});
  j = RecordToJson(from_page);
  keys.clear();
  for (const auto& [key, value] : j.items()) keys.push_back(key);
  EXPECT_EQ(keys.back(), "warnings");
  EXPECT_EQ(j["signatures"].begin().key(), "visma");
  back = RecordFromJson(j);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_TRUE(back->signatures.visma->signature_page_read);
  EXPECT_TRUE(*back == from_page);
}

TEST(RecordJson, NumbersKeepTheirKind) {
  R r;
  r.key_figures.push_back({"equity_ratio_percent",
                           {{2024, RecordNumber::Real(58.13)},
                            {2023, RecordNumber::Real(60.0)},
                            {2022, RecordNumber::Integer(-2203)}}});
  const nlohmann::ordered_json j = RecordToJson(r);
  EXPECT_EQ(
      j["key_figures"].dump(),
      R"({"equity_ratio_percent":{"2024":58.13,"2023":60.0,"2022":-2203}})");
  auto back = RecordFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(*back == r);
  EXPECT_EQ(RecordNumberText(RecordNumber::Real(60.0)), "60.0");
  EXPECT_EQ(RecordNumberText(RecordNumber::Integer(-2203)), "-2203");
}

// An auditor's firm (records/audit_report.h reads it by the name) goes as
// `audit.auditors[].firm`, left out for an elected lay auditor, and reads
// back; the schema knows it.
TEST(RecordJson, AuditorFirmWrittenReadAndValid) {
  R r;
  r.source.path = "a.txt";
  r.source.sha256 = std::string(64, 'a');
  R::Audit audit;
  audit.auditors.push_back(
      {"Lena Ekdahl", "", "Auktoriserad revisor", "Grant Thornton Sweden AB"});
  audit.auditors.push_back({"Olle Nord", "föreningen", "Revisor", ""});
  r.audit = audit;
  const nlohmann::ordered_json j = RecordToJson(r);
  EXPECT_EQ(j["audit"]["auditors"][0]["firm"], "Grant Thornton Sweden AB");
  EXPECT_FALSE(j["audit"]["auditors"][1].contains("firm"));
  auto back = RecordFromJson(j);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_TRUE(*back == r);
  EXPECT_EQ(back->audit->auditors[0].firm, "Grant Thornton Sweden AB");
  testing::ExpectValidRecord(j, "auditor-firm");
}

TEST(RecordJson, WrongInputIsNamed) {
  EXPECT_EQ(ParseRecordJson("{").status().code(), ErrorCode::kInvalidArgument);
  nlohmann::ordered_json j = RecordToJson(R());
  j["document"]["fiscal_year"] = "2023";
  auto r = RecordFromJson(j);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("document.fiscal_year"),
            std::string::npos)
      << r.status().message();
  j = RecordToJson(R());
  j.erase("checks");
  r = RecordFromJson(j);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("checks"), std::string::npos);
  j = RecordToJson(R());
  j["key_figures"]["result_for_year"]["år 2023"] = 1;
  EXPECT_FALSE(RecordFromJson(j).ok());
}

}  // namespace
}  // namespace finsam::records
