// The decision sheet from records (sheet/), and prior_year_agrees
// (records/checks.h), on records built by hand so every figure is known.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "records/checks.h"
#include "records/report_record.h"
#include "sheet/decision_sheet.h"
#include "sheet/sheet_render.h"

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
  exempelbygd.audit = yes;
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
  const sheet::DecisionSheet s = sheet::BuildDecisionSheet(2023, records);
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
  const sheet::DecisionSheet s = sheet::BuildDecisionSheet(2023, records);
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

TEST(DecisionSheetTest, AYearWithoutReportsIsAnEmptySheet) {
  const sheet::DecisionSheet s =
      sheet::BuildDecisionSheet(2019, MeetingRecords());
  EXPECT_TRUE(s.rows.empty());
  EXPECT_NE(sheet::RenderSheetText(s).find("no annual or audit report"),
            std::string::npos);
}

}  // namespace
}  // namespace finsam
