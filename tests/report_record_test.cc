// A report's record built the way `records` builds it: text input through
// the normaliser, then the record. Measured against seed 000's hand-checked
// record (../shared), from the raw OCR text as it reached us; skips with a
// message when the shared folder is absent.
#include "pipeline/report_record.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "normalize/normalizer.h"
#include "records/gold_score.h"
#include "records/record_json.h"
#include "tests/testing/files.h"

namespace finsam {
namespace {

using Json = nlohmann::ordered_json;

const std::string kShared = FINSAM_SHARED_DIR;

std::string SeedPath() {
  const std::filesystem::path dir = kShared + "/seeds";
  if (!std::filesystem::exists(dir)) return "";
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().rfind("000_", 0) == 0) {
      return entry.path().string();
    }
  }
  return "";
}

// Seed 000 and its gold record, or a skip with a message.
class ReportRecordTest : public ::testing::Test {
 protected:
  void SetUp() override {
    seed_ = SeedPath();
    if (seed_.empty() || !std::filesystem::exists(gold_path_)) {
      GTEST_SKIP() << "shared seed 000 or its gold record not found at "
                   << kShared;
    }
    gold_ = Json::parse(testing::ReadFileOrEmpty(gold_path_), nullptr, false);
    ASSERT_FALSE(gold_.is_discarded());
  }

  std::string seed_;
  const std::string gold_path_ = kShared + "/corpus/000.record.json";
  Json gold_;
};

TEST_F(ReportRecordTest, RawOcrSeedThroughTheNormaliserMeetsTheGold) {
  auto normalizer = Normalizer::Create(NormalizerConfig{});
  ASSERT_TRUE(normalizer.ok()) << normalizer.status().ToString();
  TextPipelineOptions options;
  options.normalizer = normalizer->get();
  auto report =
      BuildReportRecord(seed_, testing::ReadFileOrEmpty(seed_), "", options);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  const records::GoldScore core = records::ScoreAgainstGold(
      records::RecordToJson(report->record), gold_, false);
  const records::GoldScore all = records::ScoreAgainstGold(
      records::RecordToJson(report->record), gold_, true);
  // The gold's intervention page numbers come from the PDF; this text has
  // no page breaks on those pages, so they cannot be reproduced.
  int pages = 0;
  for (const std::string& m : all.misses) {
    if (m.find(".page: ") != std::string::npos) ++pages;
  }
  std::cout << "seed 000 raw OCR, normalised: " << core.matched << "/"
            << core.total << " core, " << all.matched << "/" << all.total
            << " all (" << pages << " page numbers unreachable)\n";
  for (const std::string& m : core.misses) ADD_FAILURE() << "miss: " << m;
  EXPECT_GE(core.share(), 0.90);
  EXPECT_GE(double(all.matched) / (all.total - pages), 0.90);
  EXPECT_EQ(records::RecordToJson(report->record)["key_figures"],
            gold_["key_figures"]);
}

// Without the normaliser the same text loses fields: the stage earns its
// place.
TEST_F(ReportRecordTest, RawOcrSeedWithoutTheNormaliserLosesFields) {
  auto report =
      BuildReportRecord(seed_, testing::ReadFileOrEmpty(seed_), "", {});
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  const records::GoldScore core = records::ScoreAgainstGold(
      records::RecordToJson(report->record), gold_, false);
  EXPECT_LT(core.share(), 0.95);
}

}  // namespace
}  // namespace finsam
