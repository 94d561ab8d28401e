// The decision sheet from records (sheet/), and prior_year_agrees
// (records/checks.h), on records built by hand so every figure is known.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "records/checks.h"
#include "records/report_record.h"
#include "sheet/decision_sheet.h"
#include "sheet/sheet_render.h"
#include "tests/testing/record_schema.h"

namespace finsam {
namespace {

using R = records::ReportRecord;
using records::RecordNumber;

// A statement named `name` with `columns`, one line per key: values in
// kronor (as printed in `unit`: tkr figures are given in kronor here and
// printed / 1000).
R::Statement Statement(const std::string& name,
                       const std::vector<std::string>& columns,
                       const std::map<std::string, std::vector<int64_t>>& lines,
                       int page, const std::string& unit = "kr") {
  R::Statement st;
  st.name = name;
  st.page = page;
  st.unit = unit;
  st.columns = columns;
  for (const auto& [key, values] : lines) {
    R::StatementLine line;
    line.label = key;
    line.key = key;
    line.page = page;
    for (int64_t v : values) {
      line.values.push_back(
          RecordNumber::Integer(unit == "tkr" ? v / 1000 : v));
      line.values_kr.push_back(RecordNumber::Integer(v));
    }
    st.lines.push_back(std::move(line));
  }
  return st;
}

// An annual report of `year` whose income statement prints `result` for
// the year and `prior` for the year before, and whose balance sheet prints
// `equity` likewise.
R Report(const std::string& org, int year, int64_t result, int64_t prior,
         int64_t equity = 2758772, int64_t prior_equity = 2102817) {
  R r;
  r.source.path = "arkiv/" + org + "-" + std::to_string(year) + ".pdf";
  r.document.type = "arsredovisning";
  r.document.organisation_name = "Samordningsförbundet " + org;
  r.document.org_number = org == "Norrdal" ? "222000-2600" : "222000-2493";
  r.document.fiscal_year = year;
  const std::vector<std::string> columns = {std::to_string(year),
                                            std::to_string(year - 1)};
  r.statements.push_back(Statement("income_statement", columns,
                                   {{"result_for_year", {result, prior}}}, 4));
  r.statements.push_back(Statement(
      "balance_sheet",
      {std::to_string(year) + "-12-31", std::to_string(year - 1) + "-12-31"},
      {{"equity", {equity, prior_equity}}}, 5));
  // The balance sheet's columns as the parser keeps them ("2023").
  r.statements.back().columns = columns;
  for (const char* key : {"result_for_year", "equity"}) {
    const bool is_result = std::string(key) == "result_for_year";
    r.key_figures.push_back(
        {key,
         {{year, RecordNumber::Integer(is_result ? result : equity)},
          {year - 1,
           RecordNumber::Integer(is_result ? prior : prior_equity)}}});
  }
  return r;
}

TEST(PriorYearAgreesTest, TheComparisonColumnAgreesWithThatYearsOwnReport) {
  const R own = Report("Exempelbygd", 2022, 2343, 1000, 2102817, 2100474);
  const R next = Report("Exempelbygd", 2023, 655955, 2343);
  const records::Check check = records::CheckPriorYearAgrees(next, {&own});
  EXPECT_EQ(check.id, "prior_year_agrees");
  EXPECT_EQ(check.status, records::CheckStatus::kPass) << check.detail;
  EXPECT_TRUE(check.difference.empty());
  EXPECT_EQ(check.detail, "2 figures for 2022 as in that year's own report");
}

TEST(PriorYearAgreesTest, ARestatedFigureFailsWithTheDifferenceAndPage) {
  // The 2023 report prints 2022's result as 12 343; 2022's report said
  // 2 343.
  const R own = Report("Exempelbygd", 2022, 2343, 1000, 2102817, 2100474);
  const R next = Report("Exempelbygd", 2023, 655955, 12343);
  const records::Check check = records::CheckPriorYearAgrees(next, {&own});
  EXPECT_EQ(check.status, records::CheckStatus::kFail);
  EXPECT_EQ(check.difference,
            (std::map<std::string, int64_t>{{"result_for_year_2022", 10000}}));
  EXPECT_EQ(check.pages, std::vector<int>{4});
  EXPECT_NE(check.detail.find("result_for_year 2022: 12 343 here, 2 343 in "
                              "the 2022 report (arkiv/Exempelbygd-2022.pdf)"),
            std::string::npos)
      << check.detail;
}

TEST(PriorYearAgreesTest, AMultiYearOverviewInTkrAgreesWithinItsRounding) {
  const R y2021 = Report("Exempelbygd", 2021, 655955, 0, 2758772, 0);
  R y2023 = Report("Exempelbygd", 2023, 1, 2, 3, 4);
  // An overview in tkr printing 2021 as 656 tkr: agrees; 2020 is in no
  // report given; a budget column is never a year's figure.
  y2023.statements.push_back(
      Statement("multi_year_overview", {"2023", "2022", "2021", "Budget 2021"},
                {{"result_for_year", {1000, 2000, 656000, 900000}}}, 2, "tkr"));
  records::Check check = records::CheckPriorYearAgrees(y2023, {&y2021});
  EXPECT_EQ(check.status, records::CheckStatus::kPass) << check.detail;
  EXPECT_EQ(check.detail, "1 figure for 2021 as in that year's own report");
  // 650 tkr is 5 955 kr off: more than the rounding.
  y2023.statements.back().lines[0].values_kr[2] = RecordNumber::Integer(650000);
  check = records::CheckPriorYearAgrees(y2023, {&y2021});
  EXPECT_EQ(check.status, records::CheckStatus::kFail);
  EXPECT_EQ(check.difference.at("result_for_year_2021"), -5955);
  EXPECT_EQ(check.pages, std::vector<int>{2});
}

TEST(PriorYearAgreesTest, NothingToCompareGivesNoCheck) {
  const R next = Report("Exempelbygd", 2023, 655955, 2343);
  EXPECT_TRUE(records::CheckPriorYearAgrees(next, {}).id.empty());
  // A later report is not an earlier one; nor is the report itself.
  const R later = Report("Exempelbygd", 2024, 1, 655955);
  EXPECT_TRUE(records::CheckPriorYearAgrees(next, {&later, &next}).id.empty());
}

// Flygplansfabriken's case (../shared/real/more: the 2025 report's
// multi-year overview prints 2022's result after financial items as
// -183 782, 2021's figure; the 2023 report's income statement prints 2022
// as 268 516), in miniature: no 2022 report, two later reports that print
// 2022 differently.
struct TwoPrintings {
  R y2023, y2025;
};
// `sums_2023`: the differences the 2023 report's statement_sums check
// found (none: its sums hold).
TwoPrintings TwoPrintingsOf2022(
    const std::map<std::string, int64_t>& sums_2023) {
  TwoPrintings t;
  t.y2023 = Report("Exempelbygd", 2023, 63282, 268516);
  t.y2023.checks.push_back({"statement_sums",
                            sums_2023.empty() ? records::CheckStatus::kPass
                                              : records::CheckStatus::kFail,
                            "4 sums verified",
                            {},
                            sums_2023});
  t.y2025 = Report("Exempelbygd", 2025, -1151812, 1000);
  t.y2025.statements.push_back(
      Statement("multi_year_overview", {"2025", "2024", "2023", "2022"},
                {{"result_for_year", {-1151812, 1000, 63282, -183782}}}, 2));
  t.y2025.checks.push_back(
      {"statement_sums", records::CheckStatus::kPass, "", {}, {}});
  return t;
}

TEST(PriorYearAgreesTest, AYearWithoutItsOwnReportIsComparedBetweenOthers) {
  // The 2023 report's income statement sums hold (a balance sheet sum
  // fails, as in Flygplansfabriken 2023): arithmetic decides, the 2025
  // overview's figure is the wrong one.
  TwoPrintings t = TwoPrintingsOf2022({{"equity_2022", 5}});
  const std::vector<const R*> all = {&t.y2023, &t.y2025};
  const records::Check in2025 = records::CheckPriorYearAgrees(t.y2025, all);
  EXPECT_EQ(in2025.status, records::CheckStatus::kFail);
  EXPECT_EQ(in2025.difference,
            (std::map<std::string, int64_t>{
                {"result_for_year_2022", -183782 - 268516}}));
  EXPECT_EQ(in2025.pages, std::vector<int>{2});
  EXPECT_NE(in2025.detail.find("result_for_year 2022: -183 782 here, 268 516 "
                               "in the 2023 report's income_statement "
                               "(arkiv/Exempelbygd-2023.pdf), whose sums hold"),
            std::string::npos)
      << in2025.detail;
  // 2023's figures in the 2025 report agree with 2023's own report.
  EXPECT_NE(in2025.detail.find("as in that year's own report"),
            std::string::npos)
      << in2025.detail;
  const records::Check in2023 = records::CheckPriorYearAgrees(t.y2023, all);
  EXPECT_EQ(in2023.status, records::CheckStatus::kPass) << in2023.detail;
  EXPECT_TRUE(in2023.difference.empty());
  EXPECT_NE(in2023.detail.find("-183 782 in the 2025 report's "
                               "multi_year_overview"),
            std::string::npos)
      << in2023.detail;

  // A sum of the 2023 income statement's 2022 column fails: nothing
  // decides, both reports fail, and say so.
  t = TwoPrintingsOf2022({{"result_for_year_2022", 5}});
  const std::vector<const R*> again = {&t.y2023, &t.y2025};
  for (const R* r : again) {
    const records::Check c = records::CheckPriorYearAgrees(*r, again);
    EXPECT_EQ(c.status, records::CheckStatus::kFail) << c.detail;
    EXPECT_NE(c.detail.find("no 2022 report in the database and no sums "
                            "decide which is right"),
              std::string::npos)
        << c.detail;
  }
  // A 2022 report of its own settles it: each against that report only.
  const R y2022 = Report("Exempelbygd", 2022, 268516, 0, 2102817, 0);
  const std::vector<const R*> with_own = {&y2022, &t.y2023, &t.y2025};
  EXPECT_EQ(records::CheckPriorYearAgrees(t.y2023, with_own).status,
            records::CheckStatus::kPass);
  const records::Check in2025_own =
      records::CheckPriorYearAgrees(t.y2025, with_own);
  EXPECT_EQ(in2025_own.status, records::CheckStatus::kFail);
  EXPECT_NE(in2025_own.detail.find("-183 782 here, 268 516 in the 2022 "
                                   "report"),
            std::string::npos)
      << in2025_own.detail;
}

R::VismaSigner Signer(const std::string& name) {
  R::VismaSigner s;
  s.name = name;
  return s;
}

R::PrintedSigner Printed(const std::string& name) {
  R::PrintedSigner p;
  p.name = name;
  return p;
}

// The sheet's fixture in miniature: two förbund, one audit recommending
// discharge and one not, one board member who did not sign.
std::vector<R> MeetingRecords() {
  R exempelbygd = Report("Exempelbygd", 2023, 655955, 2343);
  exempelbygd.member_contributions = {
      {"staten", 2023, 4000000, "Medlemsbidrag från staten", 6},
      {"Region Exempelbygd", 2023, 2000000, "", 6},
      {"kommunerna", 2023, 2000000, "", 6},
      {"staten", 2022, 3000000, "", 6}};
  exempelbygd.statements.push_back(
      Statement("balance_requirement", {"2023", "2022"},
                {{"balance_requirement_result", {655955, 2343}}}, 6));
  exempelbygd.part_of = R::PartOf{1, 3, 2, 7, 0, 0, "annual-report", {}};
  R::Audit yes;
  yes.discharge = true;
  yes.approval = true;
  yes.first_page = 8;
  yes.last_page = 8;
  yes.auditors = {{"Karin Holm", "", "Auktoriserad revisor", ""}};
  exempelbygd.audit = yes;
  // The auditor's name under the report's signatures (printed among them,
  // as Flygplansfabriken's reports do) is no board member's: she signs the
  // audit report.
  exempelbygd.signatures.printed.board.push_back(Printed("Karin Holm"));
  exempelbygd.signatures.visma = R::Visma{};
  exempelbygd.signatures.visma->page = 5;
  for (const char* name : {"Anna Lindqvist", "Göran Åkesson"}) {
    exempelbygd.signatures.visma->signers.push_back(Signer(name));
    exempelbygd.signatures.printed.board.push_back(Printed(name));
  }

  R norrdal = Report("Norrdal", 2023, -44045, 100);
  norrdal.statements.push_back(
      Statement("balance_requirement", {"2023"},
                {{"balance_requirement_result", {-44045}}}, 3));
  norrdal.signatures.visma = R::Visma{};
  norrdal.signatures.visma->page = 4;
  for (const char* name : {"Eva Strand", "Nils Berg", "Sara Lind"}) {
    norrdal.signatures.printed.board.push_back(Printed(name));
    if (std::string(name) != "Sara Lind") {
      norrdal.signatures.visma->signers.push_back(Signer(name));
    }
  }
  norrdal.checks.push_back({"balance_sheet_balances",
                            records::CheckStatus::kFail,
                            "off by 1 000",
                            {5},
                            {}});
  norrdal.checks.push_back(
      {"org_number_valid", records::CheckStatus::kPass, "", {}, {}});
  // Norrdal's audit report came as a file of its own.
  R audit;
  audit.source.path = "arkiv/norrdal-revision-2023.pdf";
  audit.document.type = "other";
  audit.document.organisation_name = "Samordningsförbundet Norrdal";
  audit.document.org_number = "222000-2600";
  audit.document.fiscal_year = 2023;
  R::Audit no;
  no.discharge = false;
  no.approval = true;
  no.remarks = {"Insatser beslutades utan att medlemmarna <hördes>."};
  audit.audit = no;
  // Norrdal's 2022 report said 2022's result was 90: the 2023 report's
  // comparison column (100) differs.
  R norrdal2022 = Report("Norrdal", 2022, 90, 0, 2102817, 0);
  // Another year's report is not on the 2023 sheet.
  R other_year = Report("Exempelbygd", 2024, 1, 655955);
  return {exempelbygd, norrdal, audit, norrdal2022, other_year};
}

TEST(DecisionSheetTest, OneRowPerOrganisationWithWhatTheBoardReads) {
  const std::vector<R> records = MeetingRecords();
  const sheet::DecisionSheet s = sheet::BuildDecisionSheet(
      2023, records, sheet::PriorYearSource::kComputed);
  ASSERT_EQ(s.rows.size(), 2u);
  const sheet::SheetRow& e = s.rows[0];
  EXPECT_EQ(e.organisation, "Samordningsförbundet Exempelbygd");
  EXPECT_EQ(e.result.value, RecordNumber::Integer(655955));
  // Page 4 of the part that starts on page 2 of the package: page 5.
  EXPECT_EQ(e.result.page, 5);
  EXPECT_EQ(e.equity.value, RecordNumber::Integer(2758772));
  EXPECT_EQ(e.member_contributions.value, RecordNumber::Integer(8000000));
  EXPECT_EQ(e.member_contributions.page, 7);
  ASSERT_TRUE(e.equity_share_percent.has_value());
  EXPECT_NEAR(*e.equity_share_percent, 34.48, 0.01);
  EXPECT_EQ(e.balance_requirement_met, true);
  ASSERT_TRUE(e.audit.has_value());
  EXPECT_EQ(e.audit->discharge, true);
  EXPECT_EQ(e.board_signed, sheet::BoardSigned::kAll);
  EXPECT_EQ(e.board_signed_note.rfind("2 of 2 printed board members signed", 0),
            0u)
      << e.board_signed_note;
  EXPECT_TRUE(e.failed_checks.empty());
  EXPECT_FALSE(e.prior_year.has_value());  // no 2022 report given
  EXPECT_EQ(e.first_page, 2);
  EXPECT_EQ(e.last_page, 7);

  const sheet::SheetRow& n = s.rows[1];
  EXPECT_EQ(n.organisation, "Samordningsförbundet Norrdal");
  EXPECT_EQ(n.balance_requirement_met, false);
  EXPECT_FALSE(n.member_contributions.value.has_value());
  EXPECT_FALSE(n.equity_share_percent.has_value());
  ASSERT_TRUE(n.audit.has_value()) << "the audit report's own record";
  EXPECT_EQ(n.audit->discharge, false);
  EXPECT_EQ(n.board_signed, sheet::BoardSigned::kMissing);
  EXPECT_EQ(n.unsigned_board, std::vector<std::string>{"Sara Lind"});
  ASSERT_EQ(n.failed_checks.size(), 2u);
  EXPECT_EQ(n.failed_checks[0].id, "balance_sheet_balances");
  EXPECT_EQ(n.failed_checks[1].id, "prior_year_agrees");
  ASSERT_TRUE(n.prior_year.has_value());
  EXPECT_EQ(n.prior_year->difference.at("result_for_year_2022"), 10);
}

TEST(DecisionSheetTest, RendersTextCsvAndEscapedLinkedHtml) {
  const std::vector<R> records = MeetingRecords();
  const sheet::DecisionSheet s = sheet::BuildDecisionSheet(
      2023, records, sheet::PriorYearSource::kComputed);
  const std::string text = sheet::RenderSheetText(s);
  EXPECT_NE(text.find("discharge tillstyrker, approval tillstyrker"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("discharge avstyrker, approval tillstyrker, 1 remark"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("no: did not sign: Sara Lind"), std::string::npos)
      << text;
  EXPECT_NE(text.find("NOT met (balanskravsresultat -44 045"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("34,5 %"), std::string::npos) << text;

  const std::string csv = sheet::RenderSheetCsv(s);
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 3) << csv;
  EXPECT_NE(csv.find(",655955,5,2758772,"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",no,Sara Lind,balance_sheet_balances; "
                     "prior_year_agrees,fail,"),
            std::string::npos)
      << csv;

  const std::string html = sheet::RenderSheetHtml(s);
  EXPECT_NE(html.find("href=\"arkiv/Exempelbygd-2023.pdf#page=5\""),
            std::string::npos);
  EXPECT_NE(html.find("&lt;hördes&gt;"), std::string::npos);
  EXPECT_EQ(html.find("<hördes>"), std::string::npos);
  EXPECT_NE(html.find("Sara Lind"), std::string::npos);
}

TEST(DecisionSheetTest, TheStoredCheckIsTheOneShown) {
  // A database of schema version 3 stores prior_year_agrees in each record:
  // the sheet shows that one and computes none, so the two say the same.
  std::vector<R> records = MeetingRecords();
  R& norrdal = records[1];
  norrdal.checks.push_back({"prior_year_agrees",
                            records::CheckStatus::kFail,
                            "as stored",
                            {4},
                            {{"equity_2022", 7}}});
  const sheet::DecisionSheet s =
      sheet::BuildDecisionSheet(2023, records, sheet::PriorYearSource::kStored);
  ASSERT_EQ(s.rows.size(), 2u);
  EXPECT_FALSE(s.rows[0].prior_year.has_value());
  ASSERT_TRUE(s.rows[1].prior_year.has_value());
  EXPECT_EQ(*s.rows[1].prior_year, norrdal.checks.back());
  ASSERT_EQ(s.rows[1].failed_checks.size(), 2u);
  EXPECT_EQ(s.rows[1].failed_checks[1], norrdal.checks.back());
  // Computed instead, the stored one is set aside.
  const sheet::DecisionSheet c = sheet::BuildDecisionSheet(
      2023, records, sheet::PriorYearSource::kComputed);
  ASSERT_TRUE(c.rows[1].prior_year.has_value());
  EXPECT_NE(c.rows[1].prior_year->detail, "as stored");
  EXPECT_EQ(c.rows[1].failed_checks.size(), 2u);
}

TEST(DecisionSheetTest, RendersJsonForOtherTools) {
  const sheet::DecisionSheet s = sheet::BuildDecisionSheet(
      2023, MeetingRecords(), sheet::PriorYearSource::kComputed);
  const auto json = nlohmann::ordered_json::parse(sheet::RenderSheetJson(s));
  EXPECT_EQ(json["schema"].get<std::string>(),
            "finsam-extract/decision-sheet/v1");
  EXPECT_EQ(json["year"].get<int64_t>(), 2023);
  ASSERT_EQ(json["rows"].size(), 2u);
  const auto& e = json["rows"][0];
  EXPECT_EQ(e["result"]["value"].get<int64_t>(), 655955);
  EXPECT_EQ(e["result"]["page"].get<int64_t>(), 5);
  EXPECT_EQ(e["pages"]["first"].get<int64_t>(), 2);
  EXPECT_EQ(e["audit"]["discharge"].get<std::string>(), "tillstyrker");
  EXPECT_EQ(e["board"]["signed"].get<std::string>(), "yes");
  EXPECT_TRUE(e["prior_year_agrees"].is_null());
  const auto& n = json["rows"][1];
  EXPECT_TRUE(n["member_contributions"]["value"].is_null());
  EXPECT_TRUE(n["equity_share_percent"].is_null());
  EXPECT_EQ(n["balance_requirement"]["met"].get<bool>(), false);
  EXPECT_EQ(n["audit"]["discharge"].get<std::string>(), "avstyrker");
  EXPECT_EQ(n["board"]["did_not_sign"],
            nlohmann::ordered_json::array({"Sara Lind"}));
  EXPECT_EQ(n["prior_year_agrees"]["status"].get<std::string>(), "fail");
  EXPECT_EQ(n["prior_year_agrees"]["difference"]["result_for_year_2022"]
                .get<int64_t>(),
            10);
  EXPECT_EQ(n["failed_checks"].size(), 2u);
  testing::ExpectValidRecord(json, "decision-sheet-2023",
                             "schema/decision-sheet.v1.schema.json");
}

TEST(DecisionSheetTest, AYearWithoutReportsIsAnEmptySheet) {
  const sheet::DecisionSheet s = sheet::BuildDecisionSheet(
      2019, MeetingRecords(), sheet::PriorYearSource::kComputed);
  EXPECT_TRUE(s.rows.empty());
  EXPECT_NE(sheet::RenderSheetText(s).find("no annual or audit report"),
            std::string::npos);
}

}  // namespace
}  // namespace finsam
