// A report's record built the way `records` builds it: text input through
// the normaliser, then the record. Measured against seed 000's hand-checked
// record (../shared), from the raw OCR text as it reached us; skips with a
// message when the shared folder is absent.
#include "pipeline/report_record.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "normalize/normalizer.h"
#include "records/gold_score.h"

namespace finsam {
namespace {

using Json = nlohmann::ordered_json;

const std::string kShared = FINSAM_SHARED_DIR;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

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

TEST(ReportRecord, RawOcrSeedThroughTheNormaliserMeetsTheGold) {
  const std::string seed = SeedPath();
  const std::string gold_path = kShared + "/corpus/000.record.json";
  if (seed.empty() || !std::filesystem::exists(gold_path)) {
    GTEST_SKIP() << "shared seed 000 or its gold record not found at "
                 << kShared;
  }
  auto normalizer = Normalizer::Create(NormalizerConfig{});
  ASSERT_TRUE(normalizer.ok()) << normalizer.status().ToString();
  TextPipelineOptions options;
  options.normalizer = normalizer->get();
  auto report = BuildReportRecord(seed, ReadFile(seed), "", options);
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  const Json gold = Json::parse(ReadFile(gold_path), nullptr, false);
  ASSERT_FALSE(gold.is_discarded());
  const records::GoldScore core =
      records::ScoreAgainstGold(report->record, gold, false);
  const records::GoldScore all =
      records::ScoreAgainstGold(report->record, gold, true);
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
  EXPECT_EQ(report->record["key_figures"], gold["key_figures"]);
}

// Without the normaliser the same text loses fields: the stage earns its
// place.
TEST(ReportRecord, RawOcrSeedWithoutTheNormaliserLosesFields) {
  const std::string seed = SeedPath();
  const std::string gold_path = kShared + "/corpus/000.record.json";
  if (seed.empty() || !std::filesystem::exists(gold_path)) {
    GTEST_SKIP() << "shared seed 000 or its gold record not found at "
                 << kShared;
  }
  auto report = BuildReportRecord(seed, ReadFile(seed), "", {});
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  const Json gold = Json::parse(ReadFile(gold_path), nullptr, false);
  const records::GoldScore core =
      records::ScoreAgainstGold(report->record, gold, false);
  EXPECT_LT(core.share(), 0.95);
}

}  // namespace
}  // namespace finsam
