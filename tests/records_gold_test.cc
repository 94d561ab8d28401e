// Measured against the shared hand-checked material (../shared): seed 000's
// corrected text against its gold record, and the 2018 housing-cooperative
// report. Skips with a message when the shared folder is absent (a user's
// clone has none of it).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "records/gold_score.h"
#include "records/record_builder.h"
#include "records/record_json.h"
#include "tests/testing/files.h"
#include "tests/testing/record_schema.h"

namespace finsam::records {
namespace {

using Json = nlohmann::ordered_json;

const std::string kShared = FINSAM_SHARED_DIR;

TEST(GoldRecord, Seed000GoldText) {
  const std::string text_path = kShared + "/corpus/000.gold.txt";
  const std::string gold_path = kShared + "/corpus/000.record.json";
  if (!std::filesystem::exists(text_path) ||
      !std::filesystem::exists(gold_path)) {
    GTEST_SKIP() << "shared corpus not found at " << kShared;
  }
  RecordInput in;
  in.path = text_path;
  in.text = testing::ReadFileOrEmpty(text_path);
  in.bytes = static_cast<int64_t>(in.text.size());
  Json record = RecordToJson(BuildRecord(in));
  const Json gold =
      Json::parse(testing::ReadFileOrEmpty(gold_path), nullptr, false);
  ASSERT_FALSE(gold.is_discarded());
  const GoldScore core = ScoreAgainstGold(record, gold, false);
  const GoldScore all = ScoreAgainstGold(record, gold, true);
  for (const std::string& m : core.misses) ADD_FAILURE() << "miss: " << m;
  std::cout << "seed 000 gold text: " << core.matched << "/" << core.total
            << " core fields (" << 100 * core.share() << " %), " << all.matched
            << "/" << all.total << " with interventions\n";
  EXPECT_GE(core.share(), 0.90);
  // The figures the contract is about must be exact, not just 90 %.
  EXPECT_EQ(record["key_figures"], gold["key_figures"]);
  testing::ExpectValidRecord(record, "seed000_gold");
}

TEST(GoldRecord, HousingCooperative2018) {
  const std::string pdf = kShared + "/real/Arsredovisning_2018_BRF_Lindh.pdf";
  if (!std::filesystem::exists(pdf)) {
    GTEST_SKIP() << "shared real/ PDFs not found at " << kShared;
  }
  const std::filesystem::path out =
      std::filesystem::path(FINSAM_BINARY_DIR) / "records-test-out";
  std::filesystem::create_directories(out);
  const std::string txt = (out / "brf2018.txt").string();
  // The pipeline is not linked here; pdftotext -layout gives the same text
  // layer with runs of spaces between cells.
  const std::string cmd =
      "pdftotext -layout '" + pdf + "' '" + txt + "' 2>/dev/null";
  if (std::system(cmd.c_str()) != 0) {
    GTEST_SKIP() << "pdftotext (poppler-utils) not available";
  }
  RecordInput in;
  in.path = pdf;
  in.text = testing::ReadFileOrEmpty(txt);
  Json record = RecordToJson(BuildRecord(in));
  EXPECT_EQ(record["document"]["organisation"]["org_number"], "716444-9758");
  EXPECT_EQ(record["document"]["fiscal_year"], 2018);
  EXPECT_EQ(record["key_figures"]["result_for_year"]["2018"], -6646700);
  EXPECT_EQ(record["key_figures"]["result_for_year"]["2017"], -216129);
  EXPECT_EQ(record["key_figures"]["total_assets"]["2018"], 121827815);
  EXPECT_EQ(record["key_figures"]["total_assets"]["2017"], 123229578);
  EXPECT_EQ(record["key_figures"]["equity"]["2018"], 70825215);
  EXPECT_EQ(record["key_figures"]["equity_ratio_percent"]["2018"], 58.13);
  // The report's own 1 kr difference between the two totals.
  for (Json& c : record["checks"]) {
    if (c["id"] == "balance_sheet_balances") {
      EXPECT_EQ(c["status"], "warn");
      EXPECT_EQ(c["difference"]["2018"], 1);
    } else if (c["id"] == "statement_sums" || c["id"] == "result_agrees" ||
               c["id"] == "org_number_valid") {
      EXPECT_EQ(c["status"], "pass") << c.dump();
    }
  }
  testing::ExpectValidRecord(record, "brf2018");
}

TEST(GoldRecord, SpettetTranscriptionFindsTheReportsOwnErrors) {
  const std::string dir = kShared + "/real/spettet10_2020.gold/correct";
  if (!std::filesystem::exists(dir + "/01.txt")) {
    GTEST_SKIP() << "Spettet transcription not found at " << dir;
  }
  RecordInput in;
  in.path = dir;
  for (int page = 1; page <= 14; ++page) {
    char name[16];
    std::snprintf(name, sizeof(name), "/%02d.txt", page);
    in.text += testing::ReadFileOrEmpty(dir + name) + "\f";
  }
  Json record = RecordToJson(BuildRecord(in));
  EXPECT_EQ(record["document"]["organisation"]["org_number"], "716418-6079");
  EXPECT_EQ(record["document"]["fiscal_year"], 2020);
  EXPECT_EQ(record["key_figures"]["result_for_year"]["2020"], 57864);
  EXPECT_EQ(record["key_figures"]["total_assets"]["2019"], 5580597);
  EXPECT_EQ(record["key_figures"]["equity"]["2020"], 5028191);
  // notes.md: SUMMA TILLGÅNGAR 2019 and SUMMA EGET KAPITAL 2020 are each
  // printed 1 kr below the sum of their lines.
  for (Json& c : record["checks"]) {
    if (c["id"] == "statement_sums") {
      EXPECT_EQ(c["status"], "warn");
      EXPECT_EQ(c["difference"]["total_assets_2019"], -1) << c.dump();
      EXPECT_EQ(c["difference"]["equity_2020"], -1) << c.dump();
    } else {
      EXPECT_EQ(c["status"], "pass") << c.dump();
    }
  }
  testing::ExpectValidRecord(record, "spettet2020");
}

}  // namespace
}  // namespace finsam::records
