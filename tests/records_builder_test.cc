// Whole records from the project's born-digital fixtures: every field the
// fixtures print must come out right, and every record must validate against
// schema/record.v1.schema.json.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/sha256.h"
#include "records/key_figures_csv.h"
#include "records/record_builder.h"
#include "records/record_json.h"
#include "tests/testing/files.h"
#include "tests/testing/record_schema.h"

namespace finsam::records {
namespace {

using Json = nlohmann::ordered_json;

std::string Fixture(const std::string& name) {
  return std::string(FINSAM_SOURCE_DIR) + "/fixtures/text/" + name;
}

Json RecordOf(const std::string& fixture) {
  RecordInput in;
  in.path = fixture;
  in.text = testing::ReadFileOrEmpty(Fixture(fixture));
  in.bytes = static_cast<int64_t>(in.text.size());
  in.sha256 = Sha256Hex(in.text);
  return RecordToJson(BuildRecord(in));
}

// Non-const Json throughout: a missing member then reads as null and the
// expectation fails, where const operator[] would be undefined behaviour.

TEST(BuildRecord, SampleFixtureMatchesManifest) {
  Json record = RecordOf("sample.expected.txt");
  const Json manifest =
      Json::parse(testing::ReadFileOrEmpty(Fixture("manifest.json")), nullptr,
                  /*allow_exceptions=*/false);
  ASSERT_FALSE(manifest.is_discarded());
  Json numbers;
  for (const Json& f : manifest["fixtures"]) {
    if (f["file"] == "sample.pdf") numbers = f["numbers"];
  }
  ASSERT_TRUE(numbers.is_object());
  Json& kf = record["key_figures"];
  const std::pair<const char*, const char*> kMap[] = {
      {"arets_resultat", "result_for_year"},
      {"summa_tillgangar", "total_assets"},
      {"summa_eget_kapital_och_skulder", "total_equity_and_liabilities"}};
  for (const auto& [manifest_key, key] : kMap) {
    ASSERT_TRUE(kf.contains(key)) << key;
    EXPECT_EQ(kf[key]["2023"], numbers[manifest_key][0]) << key;
    EXPECT_EQ(kf[key]["2022"], numbers[manifest_key][1]) << key;
  }
  // Everything else the fixture prints.
  Json& doc = record["document"];
  EXPECT_EQ(doc["type"], "arsredovisning");
  EXPECT_EQ(doc["title"], "Årsredovisning 2023");
  EXPECT_EQ(doc["organisation"]["name"], "Samordningsförbundet Exempelbygd");
  EXPECT_EQ(doc["organisation"]["org_number"], "222000-2493");
  EXPECT_EQ(doc["fiscal_year"], 2023);
  EXPECT_FALSE(doc.contains("adopted"));  // not printed in the sample
  EXPECT_EQ(kf["operating_income"]["2023"], 8011783);
  EXPECT_EQ(kf["operating_expenses"]["2022"], -8036515);
  EXPECT_EQ(kf["net_operating_cost"]["2023"], 644715);
  EXPECT_EQ(kf["financial_income"]["2023"], 12450);
  EXPECT_EQ(kf["financial_expenses"]["2022"], -980);
  EXPECT_EQ(kf["result_after_financial_items"]["2022"], 2343);
  EXPECT_EQ(kf["receivables"]["2023"], 412306);
  EXPECT_EQ(kf["cash_and_bank"]["2022"], 2541177);
  EXPECT_EQ(kf["current_assets"]["2023"], 3599846);
  EXPECT_EQ(kf["equity"]["2023"], 2758772);
  EXPECT_EQ(kf["equity"]["2022"], 2102817);
  EXPECT_EQ(kf["current_liabilities"]["2023"], 841074);
  EXPECT_FALSE(kf.contains("depreciation"));  // not printed: absent
  EXPECT_EQ(record["statements"]["income_statement"]["page"], 4);
  EXPECT_EQ(record["statements"]["balance_sheet"]["columns"],
            Json::array({"2023", "2022"}));
  for (const Json& c : record["checks"]) {
    EXPECT_EQ(c["status"], "pass") << c.dump();
  }
  EXPECT_EQ(record["checks"].size(), 4u);
  Json& visma = record["signatures"]["visma"];
  EXPECT_EQ(visma["pages_before"], 5);
  ASSERT_EQ(visma["signers"].size(), 3u);
  EXPECT_EQ(visma["signers"][2]["name"], "Märta Öberg");
  EXPECT_EQ(visma["signers"][2]["time"], "2024-03-28T08:13:59Z");
  EXPECT_EQ(visma["signers"][2]["country"], "SE");
  EXPECT_EQ(visma["signers"][2]["company"], "Samordningsförbundet Exempelbygd");
  ASSERT_EQ(record["people"].size(), 3u);
  EXPECT_EQ(record["people"][0]["role"], "Ordförande");
  EXPECT_EQ(record["pages"].size(), 6u);
  EXPECT_EQ(record["pages"][1]["role"], "toc");
  EXPECT_EQ(record["pages"][5]["role"], "signature-page");
  EXPECT_EQ(record["warnings"].size(), 0u) << record["warnings"].dump();
  testing::ExpectValidRecord(record, "sample");
}

TEST(BuildRecord, BornDigitalAndVismaFixtures) {
  Json bd = RecordOf("born_digital.expected.txt");
  EXPECT_EQ(bd["document"]["type"], "arsredovisning");
  EXPECT_EQ(bd["key_figures"]["equity"]["2023"], 2758772);
  EXPECT_EQ(bd["key_figures"]["total_assets"]["2022"], 2839691);
  EXPECT_EQ(bd["key_figures"]["current_liabilities"]["2023"], 841074);
  for (const Json& c : bd["checks"]) EXPECT_EQ(c["status"], "pass") << c;
  testing::ExpectValidRecord(bd, "born_digital");

  Json vs = RecordOf("visma_signed.expected.txt");
  EXPECT_EQ(vs["document"]["adopted"]["date"], "2024-03-27");
  EXPECT_EQ(vs["signatures"]["visma"]["pages_before"], 2);
  EXPECT_EQ(vs["signatures"]["visma"]["page"], 3);
  EXPECT_EQ(vs["signatures"]["printed"]["board"].size(), 3u);
  EXPECT_EQ(vs["key_figures"]["result_for_year"]["2022"], 2343);
  testing::ExpectValidRecord(vs, "visma_signed");

  for (const char* f : {"scanned.expected.txt", "lost_diacritics.expected.txt",
                        "scanner_ocr_layer.expected.txt"}) {
    Json r = RecordOf(f);
    EXPECT_EQ(r["key_figures"]["result_for_year"]["2023"], 655955) << f;
    for (const Json& c : r["checks"]) EXPECT_NE(c["status"], "fail") << f << c;
    testing::ExpectValidRecord(
        r, std::string(f).substr(0, std::string(f).find('.')));
  }
}

// A report with no title page: its text opens at "1.
// Förvaltningsberättelse". The type comes from what it says it holds, the
// organisation from its fullest printed form (not "SVN har under"), the
// year from the statements' columns, and the title is composed from them
// and marked derived. A printed title is never replaced.
TEST(BuildRecord, TitleComposedWhenNonePrinted) {
  RecordInput in;
  in.path = "no-title.txt";
  in.text =
      "1. Förvaltningsberättelse\n"
      "Årsredovisningen innehåller förvaltningsberättelse, resultaträkning "
      "och balansräkning.\n"
      "Samordningsförbundet Västra Nyland (SVN) bildades 2010.\n"
      "SVN har under året arbetat med fem insatser.\n"
      "\f2. Resultaträkning\n"
      "Belopp i kronor\tNot\t2023\t2022\n"
      "Verksamhetens intäkter\t\t4 100 000\t3 900 000\n"
      "Verksamhetens kostnader\t\t-4 000 000\t-3 950 000\n"
      "Årets resultat\t\t100 000\t-50 000\n";
  Json r = RecordToJson(BuildRecord(in));
  EXPECT_EQ(r["document"]["type"], "arsredovisning");
  EXPECT_EQ(r["document"]["organisation"]["name"],
            "Samordningsförbundet Västra Nyland");
  EXPECT_EQ(r["document"]["fiscal_year"], 2023);
  EXPECT_EQ(r["document"]["title"],
            "Årsredovisning för Samordningsförbundet Västra Nyland 2023");
  EXPECT_EQ(r["document"]["title_derived"], true);
  testing::ExpectValidRecord(r, "no-title");

  in.text = "Årsredovisning 2023\n\f" + in.text;
  r = RecordToJson(BuildRecord(in));
  EXPECT_EQ(r["document"]["title"], "Årsredovisning 2023");
  EXPECT_FALSE(r["document"].contains("title_derived"));
}

TEST(BuildRecord, AbsentMeansAbsent) {
  RecordInput in;
  in.path = "empty.txt";
  in.text = "Minnesanteckningar från mötet.\n";
  Json r = RecordToJson(BuildRecord(in));
  EXPECT_EQ(r["schema"], "finsam-extract/record/v1");
  EXPECT_EQ(r["document"]["type"], "other");
  EXPECT_FALSE(r["document"].contains("organisation"));
  EXPECT_FALSE(r["document"].contains("fiscal_year"));
  EXPECT_TRUE(r["key_figures"].empty());
  EXPECT_TRUE(r["statements"].empty());
  EXPECT_FALSE(r.contains("people"));
  EXPECT_EQ(r["warnings"][0]["code"], "no_fiscal_year");
  testing::ExpectValidRecord(r, "absent");
}

TEST(BuildRecord, AJunkCellIsNoAmount) {
  // The records fuzzer's input: a balance sheet cell OCR turned into sixty
  // digits once made an amount no int64_t holds (its kronor garbage, the
  // sum check's difference INT64_MIN, and the digit grouping crashed negating
  // it). Now the row has no value and the others stand.
  RecordInput in;
  in.path = "junk.txt";
  in.text =
      "Årsredovisning 2023\nBalansräkning\n"
      "Belopp i kronor\tNot\t2023-12-31\t2022-12-31\n"
      "TILLGÅNGAR\n"
      "Kortfristiga fordringar\tNot 4\t412 306\t298 514\n"
      "Kassa och bank\tNot 5\t3 187 5" +
      std::string(60, '2') +
      "40\t2 541 177\n"
      "Summa tillgångar\t3 599 846\t2 839 691\n"
      "EGET KAPITAL OCH SKULDER\n"
      "Eget kapital\tNot 6\t2 758 772\t2 102 817\n"
      "Kortfristiga skulder\tNot 7\t841 074\t736 874\n"
      "Summa eget kapital och skulder\t3 599 846\t2 839 691\n";
  Json r = RecordToJson(BuildRecord(in));
  testing::ExpectValidRecord(r, "junk");
  for (Json& line : r["statements"]["balance_sheet"]["lines"]) {
    for (Json& v : line["values_kr"]) {
      if (v.is_number()) {
        EXPECT_LT(std::abs(v.get<double>()), 1e15) << line.dump();
      }
    }
  }
  for (Json& check : r["checks"]) {
    EXPECT_EQ(check["detail"].get<std::string>().find("9 223 372"),
              std::string::npos)
        << check.dump();
  }
}

TEST(BuildRecord, OrganisationFromTheRunningHeaderWhenTheBodyLacksIt) {
  RecordInput in;
  in.path = "scan.pdf";
  in.text =
      "Årsredovisning\nStyrelsen får härmed avge årsredovisning för "
      "räkenskapsåret 2020\n\fBalansräkning\n";
  in.furniture = "\fBrf Spettet 10\n716418-6079\nSida 2 av 2\n";
  Json r = RecordToJson(BuildRecord(in));
  EXPECT_EQ(r["document"]["organisation"]["org_number"], "716418-6079");
  EXPECT_EQ(r["document"]["organisation"]["name"], "Brf Spettet 10");
  // What the body says wins over the headers.
  in.text = "Årsredovisning för Brf Kasen, org.nr 222000-2493\n" + in.text;
  r = RecordToJson(BuildRecord(in));
  EXPECT_EQ(r["document"]["organisation"]["org_number"], "222000-2493");
  testing::ExpectValidRecord(r, "furniture_org");
}

TEST(BuildRecord, InvalidOrgNumberIsWarnedAndLeftOut) {
  RecordInput in;
  in.path = "x.txt";
  in.text = "Årsredovisning 2023\nOrganisationsnummer 222000-2494\n";
  Json r = RecordToJson(BuildRecord(in));
  EXPECT_FALSE(r["document"].contains("organisation"));
  EXPECT_EQ(r["warnings"][0]["code"], "org_number_invalid");
  ASSERT_EQ(r["checks"].size(), 1u);
  EXPECT_EQ(r["checks"][0]["status"], "fail");
  testing::ExpectValidRecord(r, "invalid_org");
}

TEST(KeyFiguresCsv, Dialects) {
  const ReportRecord record = *RecordFromJson(RecordOf("sample.expected.txt"));
  const std::string csv = KeyFiguresCsv(record, CsvDialect::kRfc4180);
  EXPECT_EQ(csv.rfind("org_number,fiscal_year,key,year,value\n", 0), 0u);
  EXPECT_NE(csv.find("222000-2493,2023,result_for_year,2023,655955\n"),
            std::string::npos);
  const std::string sv = KeyFiguresCsv(record, CsvDialect::kExcelSv);
  EXPECT_EQ(
      sv.rfind("\xEF\xBB\xBForg_number;fiscal_year;key;year;value\r\n", 0), 0u);
  EXPECT_NE(sv.find("222000-2493;2023;total_assets;2022;2839691\r\n"),
            std::string::npos);
  ReportRecord pct;
  pct.document.fiscal_year = 2018;
  pct.key_figures.push_back(
      {"equity_ratio_percent", {{2018, RecordNumber::Real(58.13)}}});
  EXPECT_NE(KeyFiguresCsv(pct, CsvDialect::kExcelSv)
                .find(";equity_ratio_percent;2018;58,13\r\n"),
            std::string::npos);
  EXPECT_NE(KeyFiguresCsv(pct, CsvDialect::kRfc4180)
                .find(",equity_ratio_percent,2018,58.13\n"),
            std::string::npos);
}

}  // namespace
}  // namespace finsam::records
