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

// --split never: one record of the whole file.
TEST(PackageRecords, SplitNeverGivesOneRecordOfTheWholeFile) {
  const ProcessResult run =
      Records("'" + kFixtures + "package.pdf' --format jsonl --split never");
  ASSERT_EQ(run.exit_code, 0);
  const std::vector<Json> records = Lines(run.out);
  ASSERT_EQ(records.size(), 1u);
  EXPECT_FALSE(records[0].contains("part_of"));
  EXPECT_EQ(records[0]["pages"].size(), 10u);
}

// Without --split a package gives one record per document (auto is the
// default), as a JSON array.
TEST(PackageRecords, TheDefaultSplitsAPackage) {
  const ProcessResult run = Records("'" + kFixtures + "package.pdf'");
  ASSERT_EQ(run.exit_code, 0);
  const Json records = Json::parse(run.out);
  ASSERT_TRUE(records.is_array());
  EXPECT_GE(records.size(), 3u);
  for (const Json& r : records) EXPECT_TRUE(r.contains("part_of"));
}

// The fixtures that are one report give with --split auto the record
// --split never gives, byte for byte: none of them is cut. (The born-digital
// ones and one scan, to keep the suite short; scripts/bench-split --singles
// checks every real PDF.)
TEST(PackageRecords, OneReportFixturesStayOneRecordWhenSplit) {
  for (const char* name : {"born_digital", "lost_diacritics", "sample",
                           "scanned", "tables_born_digital", "visma_signed"}) {
    const std::string pdf = "'" + kFixtures + name + ".pdf'";
    const ProcessResult split = Records(pdf + " --split auto");
    const ProcessResult never = Records(pdf);
    ASSERT_EQ(split.exit_code, 0) << name;
    ASSERT_EQ(never.exit_code, 0) << name;
    EXPECT_EQ(split.out, never.out) << name;
    EXPECT_EQ(split.out.find("\"part_of\""), std::string::npos) << name;
  }
}

// An annual report with its audit report appended, as archives keep them:
// one record, the whole file's, carrying the audit, whether split or not.
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
  const ProcessResult whole = Records("'" + path + "' --split auto");
  const ProcessResult never = Records("'" + path + "'");
  ASSERT_EQ(whole.exit_code, 0);
  EXPECT_EQ(whole.out, never.out);  // the split keeps it whole
  const Json record = Json::parse(whole.out);
  EXPECT_FALSE(record.contains("part_of"));
  ASSERT_TRUE(record.contains("audit")) << whole.out;
  EXPECT_EQ(record["audit"]["discharge"], "tillstyrker");
  EXPECT_EQ(record["audit"]["approval"], "tillstyrker");
  EXPECT_EQ(record["audit"]["pages"]["first"], 2);
}

// Two audit reports of one annual report (the elected auditor's, then the
// authorised auditor's, as Lindh 2011 files them): one record, one audit
// reading with both auditors and both reports' pages.
TEST(PackageRecords, TwoAuditReportsOfOneReportJoin) {
  const finsam::testing::ScratchDir scratch;
  const std::string path = scratch / "two.txt";
  std::ofstream(path, std::ios::binary)
      << "Årsredovisning 2023\n"
         "Bostadsrättsföreningen Lärkträdet, org.nr 716400-1237\n"
         "Styrelsen avger härmed årsredovisning för räkenskapsåret "
         "2023-01-01 - 2023-12-31.\n"
         "Årets resultat\t85 000\t-12 000\n"
         "\f"
         "Revisionsberättelse\n"
         "Till föreningsstämman i Bostadsrättsföreningen Lärkträdet, "
         "org.nr 716400-1237\n"
         "Jag tillstyrker att föreningsstämman beviljar styrelsens "
         "ledamöter ansvarsfrihet för räkenskapsåret.\n"
         "Göteborg den 2 mars 2024\n"
         "Erik Berg\n"
         "Förtroendevald revisor\n"
         "\f"
         "Revisionsberättelse\n"
         "Till föreningsstämman i Bostadsrättsföreningen Lärkträdet, "
         "org.nr 716400-1237\n"
         "Jag tillstyrker att föreningsstämman fastställer resultaträkningen "
         "och balansräkningen och beviljar styrelsens ledamöter "
         "ansvarsfrihet för räkenskapsåret.\n"
         "Göteborg den 9 mars 2024\n"
         "Kjell Ek\n"
         "Auktoriserad revisor\n";
  const ProcessResult split = Records("'" + path + "' --split auto");
  const ProcessResult never = Records("'" + path + "'");
  ASSERT_EQ(split.exit_code, 0);
  EXPECT_EQ(split.out, never.out);
  const Json record = Json::parse(split.out);
  ASSERT_TRUE(record.contains("audit")) << split.out;
  const Json& audit = record["audit"];
  ASSERT_EQ(audit["auditors"].size(), 2u) << split.out;
  EXPECT_EQ(audit["auditors"][0]["name"], "Erik Berg");
  EXPECT_EQ(audit["auditors"][1]["name"], "Kjell Ek");
  EXPECT_EQ(audit["discharge"], "tillstyrker");
  EXPECT_EQ(audit["approval"], "tillstyrker");  // from the second
  EXPECT_EQ(audit["date"], "2024-03-02");
  EXPECT_EQ(audit["pages"]["first"], 2);
  EXPECT_EQ(audit["pages"]["last"], 3);
}

// An e-signed audit report prints no date: it is dated when its last
// auditor signed, as the signing service's evidence page after it says.
TEST(PackageRecords, AnESignedAuditIsDatedByItsEvidencePage) {
  const finsam::testing::ScratchDir scratch;
  const std::string path = scratch / "signed.txt";
  std::ofstream(path, std::ios::binary)
      << "Årsredovisning 2022\n"
         "Bostadsrättsföreningen Lärkträdet, org.nr 716400-1237\n"
         "Styrelsen avger härmed årsredovisning för räkenskapsåret "
         "2022-01-01 - 2022-12-31.\n"
         "Årets resultat\t85 000\t-12 000\n"
         "\f"
         "Revisionsberättelse\n"
         "Till föreningsstämman i Bostadsrättsföreningen Lärkträdet, "
         "org.nr 716400-1237\n"
         "Vi tillstyrker att föreningsstämman beviljar styrelsens ledamöter "
         "ansvarsfrihet för räkenskapsåret.\n"
         "Malmö den\n"
         "Karin Berg\tOlle Nord\n"
         "Auktoriserad revisor\tAv föreningen vald revisor\n"
         "\fVerifikat\n"
         "Transaktion 09222115550000000001\n"
         "Signerande parter\n"
         "Karin Berg (KB)\tOlle Nord (ON)\n"
         "Revisorerna AB karin@example.se\tBrf Lärkträdet olle@example.se\n"
         "Namnet som returnerades från svenskt BankID var \"KARIN\tNamnet "
         "som returnerades från svenskt BankID var\n"
         "BERG\"\t\"OLLE NORD\"\n"
         "Signerade 2023-04-03 10:56:09 CEST (+0200)\tSignerade 2023-03-30 "
         "11:12:26 CEST (+0200)\n"
         "Detta verifikat är utfärdat av Scrive.\n";
  const ProcessResult run = Records("'" + path + "'");
  ASSERT_EQ(run.exit_code, 0);
  const Json record = Json::parse(run.out);
  ASSERT_TRUE(record.contains("audit")) << run.out;
  EXPECT_EQ(record["audit"]["date"], "2023-04-03");
  EXPECT_EQ(record["audit"]["pages"]["last"], 3);
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
