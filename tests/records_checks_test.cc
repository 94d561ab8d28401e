// Every check with a passing, a warning and a failing case.
#include <gtest/gtest.h>

#include <limits>

#include "records/checks.h"

namespace finsam::records {
namespace {

Statements Parse(const std::string& text) {
  RecordText t = SplitRecordText(text);
  return ParseStatements(t, ExtractSections(t), 2023);
}

const Check* FindCheck(const std::vector<Check>& checks, const char* id) {
  for (const Check& c : checks) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

std::string BalanceSheet(const char* total_liabilities) {
  return std::string(
             "Balansräkning\nNot 2023-12-31 2022-12-31\nTILLGÅNGAR\n"
             "Omsättningstillgångar\n"
             "Fordringar 4 39 873 43 748\n"
             "Kassa och bank 4 439 417 4 301 311\n"
             "Summa omsättningstillgångar 4 479 290 4 345 059\n"
             "SUMMA TILLGÅNGAR 4 479 290 4 345 059\n"
             "EGET KAPITAL OCH SKULDER\n"
             "Eget kapital\n"
             "Årets resultat 123 661 689 772\n"
             "Övrigt eget kapital 2 359 937 1 670 166\n"
             "Summa eget kapital 2 483 598 2 359 938\n"
             "Kortfristiga skulder\n"
             "Leverantörsskulder 1 995 692 1 985 121\n"
             "Summa kortfristiga skulder 1 995 692 1 985 121\n"
             "SUMMA EGET KAPITAL OCH SKULDER ") +
         total_liabilities + "\n";
}

TEST(CheckBalanceSheetBalances, PassWarnFail) {
  Statements pass = Parse(BalanceSheet("4 479 290 4 345 059"));
  Check c = CheckBalanceSheetBalances(*pass.balance_sheet);
  EXPECT_EQ(c.status, CheckStatus::kPass) << c.detail;
  EXPECT_EQ(c.difference.at("2023"), 0);

  Statements warn = Parse(BalanceSheet("4 479 291 4 345 059"));
  c = CheckBalanceSheetBalances(*warn.balance_sheet);
  EXPECT_EQ(c.status, CheckStatus::kWarn) << c.detail;
  EXPECT_EQ(c.difference.at("2023"), -1);

  Statements fail = Parse(BalanceSheet("4 579 290 4 345 059"));
  c = CheckBalanceSheetBalances(*fail.balance_sheet);
  EXPECT_EQ(c.status, CheckStatus::kFail);
  EXPECT_NE(c.detail.find("difference -100 000"), std::string::npos)
      << c.detail;
}

TEST(CheckStatementSums, NestedSumsPass) {
  Statements st = Parse(BalanceSheet("4 479 290 4 345 059"));
  Check c = CheckStatementSums(st);
  EXPECT_EQ(c.id, "statement_sums");
  EXPECT_EQ(c.status, CheckStatus::kPass) << c.detail;
}

TEST(CheckStatementSums, IncomeStatementResultLines) {
  const char* kIncome =
      "Resultaträkning\nNot 2023 2022\n"
      "Verksamhetens intäkter 8 011 783 8 038 718\n"
      "Verksamhetens kostnader -8 036 515 -7 367 068\n"
      "Verksamhetens resultat -24 732 671 650\n"
      "Finansiella intäkter 149 229 18 239\n"
      "Finansiella kostnader -835 -117\n"
      "Summa finansiella poster 148 394 18 122\n"
      "Resultat efter finansiella poster %s 689 772\n"
      "Årets resultat %s 689 772\n";
  char buf[1024];
  std::snprintf(buf, sizeof(buf), kIncome, "123 662", "123 662");
  Check c = CheckStatementSums(Parse(buf));
  EXPECT_EQ(c.status, CheckStatus::kPass) << c.detail;
  // The report's own 1 kr rounding difference: warn.
  std::snprintf(buf, sizeof(buf), kIncome, "123 661", "123 661");
  c = CheckStatementSums(Parse(buf));
  EXPECT_EQ(c.status, CheckStatus::kWarn) << c.detail;
  EXPECT_EQ(c.difference.at("result_after_financial_items_2023"), -1);
  std::snprintf(buf, sizeof(buf), kIncome, "223 662", "223 662");
  c = CheckStatementSums(Parse(buf));
  EXPECT_EQ(c.status, CheckStatus::kFail) << c.detail;
}

TEST(CheckStatementSums, CashFlowRollForward) {
  const char* kCash =
      "Kassaflödesanalys\n2023 2022\n"
      "Den löpande verksamheten\n"
      "Årets resultat 123 661 689 772\n"
      "Justering för ej likviditetspåverkande poster 28 580 24 852\n"
      "Medel från verksamheten före förändring av rörelsekapital 152 241 "
      "714 624\n"
      "Ökning/minskning kortfristiga fordringar 3 875 21 593\n"
      "Ökning/minskning kortfristiga skulder -18 011 -75 708\n"
      "Kassaflöde för den löpande verksamheten 138 105 660 509\n"
      "Årets kassaflöde 138 105 660 509\n"
      "Likvida medel vid årets början 4 301 311 3 640 802\n"
      "Likvida medel vid årets slut %s 4 301 311\n";
  char buf[1024];
  std::snprintf(buf, sizeof(buf), kCash, "4 439 416");
  Check c = CheckStatementSums(Parse(buf));
  EXPECT_EQ(c.status, CheckStatus::kPass) << c.detail;
  std::snprintf(buf, sizeof(buf), kCash, "4 339 416");
  c = CheckStatementSums(Parse(buf));
  EXPECT_EQ(c.status, CheckStatus::kFail) << c.detail;
}

TEST(CheckResultAgrees, PassWarnFail) {
  const std::string income =
      "Resultaträkning\nNot 2023 2022\nÅrets resultat 123 661 689 772\n";
  auto balance = [](const char* result) {
    return std::string(
               "Balansräkning\nNot 2023-12-31 2022-12-31\n"
               "Årets resultat ") +
           result + "\n";
  };
  const std::string overview =
      "1.1. Översikt över verksamhetens utveckling\nBelopp tkr 2023 2022\n"
      "Årets resultat 124 690\n";
  Check c =
      CheckResultAgrees(Parse(income + balance("123 661 689 772") + overview));
  EXPECT_EQ(c.status, CheckStatus::kPass) << c.detail;  // tkr rounds
  c = CheckResultAgrees(Parse(income + balance("123 662 689 772")));
  EXPECT_EQ(c.status, CheckStatus::kWarn) << c.detail;
  c = CheckResultAgrees(Parse(income + balance("132 661 689 772")));
  EXPECT_EQ(c.status, CheckStatus::kFail) << c.detail;
  EXPECT_EQ(c.difference.at("2023"), 9000);
  // One place only: nothing to compare.
  EXPECT_TRUE(CheckResultAgrees(Parse(income)).id.empty());
}

TEST(CheckOrgNumber, PassFail) {
  EXPECT_EQ(CheckOrgNumber("222000-2493").status, CheckStatus::kPass);
  EXPECT_EQ(CheckOrgNumber("222000-2494").status, CheckStatus::kFail);
  EXPECT_TRUE(CheckOrgNumber("").id.empty());
}

TEST(CheckOverviewAgrees, PassWarnFail) {
  const std::string income =
      "Resultaträkning\nNot 2023 2022\n"
      "Verksamhetens intäkter 8 011 783 8 038 718\n"
      "Årets resultat 123 661 689 772\n";
  auto with_overview = [&](const char* line) {
    return income + "Flerårsöversikt\nBelopp kr 2023 2022\n" + line + "\n";
  };
  auto run = [](const std::string& text) {
    Statements st = Parse(text);
    return CheckOverviewAgrees(GatherKeyFigures(st, 2023), st);
  };
  EXPECT_EQ(run(with_overview("Årets resultat 123 661 689 772")).status,
            CheckStatus::kPass);
  EXPECT_EQ(run(with_overview("Årets resultat 123 661 689 773")).status,
            CheckStatus::kWarn);
  Check fail = run(with_overview("Årets resultat 123 661 699 772"));
  EXPECT_EQ(fail.status, CheckStatus::kFail);
  EXPECT_EQ(fail.difference.at("result_for_year_2022"), 10000);
  // tkr figures within rounding agree.
  EXPECT_EQ(run(income + "Flerårsöversikt\nBelopp tkr 2023 2022\n"
                         "Verksamhetens intäkter 8 012 8 039\n")
                .status,
            CheckStatus::kPass);
}

TEST(RunChecks, OrderAndFormat) {
  RecordText t = SplitRecordText("Årsredovisning 2023\nOrg.nr 222000-2493\n" +
                                 BalanceSheet("4 479 290 4 345 059"));
  SectionTree tree = ExtractSections(t);
  DocumentInfo info = ExtractDocumentInfo(t, tree);
  Statements st = ParseStatements(t, tree, info.fiscal_year);
  std::vector<Check> checks = RunChecks(info, st, GatherKeyFigures(st, 2023));
  ASSERT_NE(FindCheck(checks, "balance_sheet_balances"), nullptr);
  ASSERT_NE(FindCheck(checks, "org_number_valid"), nullptr);
  EXPECT_EQ(checks.front().id, "balance_sheet_balances");
}

}  // namespace
}  // namespace finsam::records
