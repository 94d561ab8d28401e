// `records` on a package: one record per document, audit reports read into
// the annual report they audit (fixtures/text/package.pdf, made by
// scripts/fixtures/package.py; package.documents.json says what it holds).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "testing/files.h"
#include "testing/run_finsam.h"
#include "testing/scratch_dir.h"

namespace {

using Json = nlohmann::json;
using finsam::testing::ReadFileOrEmpty;

const std::string kFixtures =
    std::string(FINSAM_SOURCE_DIR) + "/fixtures/text/";

using finsam::testing::ProcessResult;

ProcessResult Records(const std::string& args) {
  const finsam::testing::ScratchDir scratch;
  return finsam::testing::RunFinsamShell("records " + args, scratch.path());
}

std::vector<Json> Lines(const std::string& text) {
  std::vector<Json> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(Json::parse(line));
  }
  return out;
}

TEST(PackageRecords, OneRecordPerDocumentWithTheAuditInsideItsReport) {
  const Json expected =
      Json::parse(ReadFileOrEmpty(kFixtures + "package.documents.json"));
  const ProcessResult run =
      Records("'" + kFixtures + "package.pdf' --format jsonl --split auto");
  ASSERT_EQ(run.exit_code, 0);
  const std::vector<Json> records = Lines(run.out);
  // Five documents; the two audit reports go into their reports' records.
  ASSERT_EQ(records.size(), 3u) << run.out;
  const Json& documents = expected["documents"];
  const std::vector<int> in_package = {0, 1, 3};  // agenda and two reports
  for (size_t i = 0; i < records.size(); ++i) {
    const Json& part = records[i]["part_of"];
    const Json& want = documents[in_package[i]];
    EXPECT_EQ(part["documents"], 5);
    EXPECT_EQ(part["first_page"], want["first_page"]) << i;
    EXPECT_EQ(part["last_page"], want["last_page"]) << i;
    EXPECT_EQ(part["kind"], want["kind"]) << i;
    EXPECT_EQ(records[i]["source"]["pages"], 10);
    EXPECT_EQ(records[i]["source"]["sha256"].get<std::string>().size(), 64u);
  }
  for (size_t k = 0; k < 2; ++k) {
    const Json& record = records[k + 1];
    const Json& want = expected["audits"][k];
    EXPECT_EQ(record["document"]["type"], "arsredovisning");
    EXPECT_EQ(record["document"]["organisation"]["name"], want["organisation"]);
    EXPECT_EQ(record["document"]["fiscal_year"], 2023);
    // The report's own pages, numbered from 1.
    EXPECT_EQ(record["pages"].size(), 3u);
    ASSERT_TRUE(record.contains("audit")) << k;
    const Json& audit = record["audit"];
    EXPECT_EQ(audit["discharge"], want["discharge"]) << k;
    EXPECT_EQ(audit["approval"], want["approval"]) << k;
    EXPECT_EQ(audit["remarks"].size() > 0, want["remarks"].get<bool>()) << k;
    EXPECT_EQ(audit["date"], want["date"]) << k;
    EXPECT_EQ(audit["organisation"]["org_number"], want["org_number"]) << k;
    EXPECT_EQ(audit["pages"]["first"], documents[2 * k + 2]["first_page"]);
    EXPECT_EQ(audit["pages"]["last"], documents[2 * k + 2]["last_page"]);
  }
}

// --split never is the default until the split holds on unseen scans.
TEST(PackageRecords, SplitNeverGivesOneRecordOfTheWholeFile) {
  const ProcessResult run =
      Records("'" + kFixtures + "package.pdf' --format jsonl");
  ASSERT_EQ(run.exit_code, 0);
  const std::vector<Json> records = Lines(run.out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_FALSE(records[0].contains("part_of"));
  EXPECT_EQ(records[0]["pages"].size(), 10u);
}

// An annual report with its audit report appended, as archives keep them:
// the default record of the whole file carries the audit (the split's
// audit starts held on every held-out file; its other starts did not).
TEST(PackageRecords, TheWholeFileRecordCarriesItsAppendedAudit) {
  const finsam::testing::ScratchDir scratch;
  const std::string path = scratch / "report.txt";
  std::ofstream(path, std::ios::binary)
      << "Årsredovisning 2023\n"
         "Bostadsrättsföreningen Lärkträdet, org.nr 716400-1237\n"
         "Styrelsen avger härmed årsredovisning för räkenskapsåret "
         "2023-01-01 - 2023-12-31.\n"
         "Resultaträkning\t2023\t2022\n"
         "Årsavgifter\t1 200 000\t1 150 000\n"
         "Årets resultat\t85 000\t-12 000\n"
         "\f"
         "Revisionsberättelse\n"
         "Till föreningsstämman i Bostadsrättsföreningen Lärkträdet, "
         "org.nr 716400-1237\n"
         "Vi har utfört en revision av årsredovisningen för räkenskapsåret "
         "2023.\n"
         "Vi tillstyrker att föreningsstämman fastställer resultaträkningen "
         "och balansräkningen.\n"
         "Vi tillstyrker att föreningsstämman beviljar styrelsens ledamöter "
         "ansvarsfrihet för räkenskapsåret.\n";
  const ProcessResult whole = Records("'" + path + "'");
  const ProcessResult never = Records("'" + path + "' --split never");
  ASSERT_EQ(whole.exit_code, 0);
  EXPECT_EQ(whole.out, never.out);  // never is the default
  const Json record = Json::parse(whole.out);
  EXPECT_FALSE(record.contains("part_of"));
  ASSERT_TRUE(record.contains("audit")) << whole.out;
  EXPECT_EQ(record["audit"]["discharge"], "tillstyrker");
  EXPECT_EQ(record["audit"]["approval"], "tillstyrker");
  EXPECT_EQ(record["audit"]["pages"]["first"], 2);
}

TEST(PackageRecords, JsonIsAnArrayAndCsvRefusesSeveralDocuments) {
  const ProcessResult json =
      Records("'" + kFixtures + "package.pdf' --split auto");
  ASSERT_EQ(json.exit_code, 0);
  const Json array = Json::parse(json.out);
  ASSERT_TRUE(array.is_array());
  EXPECT_EQ(array.size(), 3u);
  EXPECT_EQ(Records("'" + kFixtures + "package.pdf' --format csv --split auto")
                .exit_code,
            2);
  EXPECT_EQ(
      Records("'" + kFixtures + "package.pdf' --split sometimes").exit_code, 2);
}

TEST(PackageRecords, OneReportIsOneRecordWithoutPartOf) {
  const ProcessResult run =
      Records("'" + kFixtures + "sample.pdf' --format jsonl --split auto");
  ASSERT_EQ(run.exit_code, 0);
  const std::vector<Json> records = Lines(run.out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_FALSE(records[0].contains("part_of"));
}

}  // namespace
