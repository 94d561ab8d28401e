// Statements, the key vocabulary and key_figures.
#include <gtest/gtest.h>

#include "records/key_figures.h"
#include "records/key_vocabulary.h"
#include "records/statement_parser.h"
#include "records/statement_sums.h"

namespace finsam::records {
namespace {

Statements Parse(const std::string& text, int fiscal_year = 0) {
  RecordText t = SplitRecordText(text);
  return ParseStatements(t, ExtractSections(t), fiscal_year);
}

std::vector<double> Values(const StatementLine& l) {
  std::vector<double> out;
  for (const Cell& c : l.values) out.push_back(c ? c->value : -0.5);
  return out;
}

TEST(KeyForLabel, VocabularyAndOcrDamage) {
  EXPECT_EQ(KeyForLabel("Årets resultat"), "result_for_year");
  EXPECT_EQ(KeyForLabel("Arets resultat"), "result_for_year");
  EXPECT_EQ(KeyForLabel("ÅRETS RESULTAT"), "result_for_year");
  EXPECT_EQ(KeyForLabel("Summa omsittningstillgangar"), "current_assets");
  EXPECT_EQ(KeyForLabel("SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"),
            "total_equity_and_liabilities");
  EXPECT_EQ(KeyForLabel("Soliditet %"), "equity_ratio_percent");
  EXPECT_EQ(KeyForLabel("Verksamhetens intäkter Not 2"), "operating_income");
  EXPECT_EQ(KeyForLabel("Utgående eget kapital /sparade medel"), "equity");
  EXPECT_EQ(KeyForLabel("Ingående eget kapital"), "");  // not "utgående"
  EXPECT_EQ(KeyForLabel("Summa finansiella poster"), "");
  EXPECT_EQ(KeyForLabel("Leverantörsskulder"), "");
  EXPECT_EQ(KeyForLabel("Medlemsavgifter"), "member_contributions_total");
  EXPECT_EQ(KeyForLabel("Bidrag från medlemmarna"),
            "member_contributions_total");
}

// A word printed cut short with a full stop stands for the vocabulary word
// it begins (multi-year overviews: "Resultat efter fin. poster"); too short
// a cut, a cut that fits two keys, or a cut without its full stop gives none.
TEST(KeyForLabel, AbbreviatedWordsSpelledOut) {
  EXPECT_EQ(KeyForLabel("Resultat efter fin. poster"),
            "result_after_financial_items");
  EXPECT_EQ(KeyForLabel("Resultat efter finansiella poster"),
            "result_after_financial_items");
  EXPECT_EQ(KeyForLabel("Resultat efter fin. poster, tkr"),
            "result_after_financial_items");
  EXPECT_EQ(KeyForLabel("Summa kortfr. skulder"), "current_liabilities");
  EXPECT_EQ(KeyForLabel("Summa eget kap. och skulder"),
            "total_equity_and_liabilities");
  EXPECT_EQ(KeyForLabel("Resultat efter fin poster"), "");  // no full stop
  EXPECT_EQ(KeyForLabel("Resultat efter f. poster"), "");   // too short
  EXPECT_EQ(KeyForLabel("Resultat före fin. poster"), "");  // another word
}

constexpr const char* kGoldLike =
    "2. Resultaträkning\n"
    "\n"
    "Not 2023-01-01 2022-01-01\n"
    "\n"
    "-2023-12-31 -2022-12-31\n"
    "Verksamhetens intäkter 2 8 011 783 8 038 718\n"
    "Verksamhetens kostnader 3 -8 036 515 -7 367 068\n"
    "Verksamhetens resultat -24 732 671 650\n"
    "Summa finansiella poster 148 394 18 122\n"
    "Årets resultat 123 661 689 772\n"
    "3. Balansräkning\n"
    "\n"
    "Not 2023-12-31 2022-12-31\n"
    "TILLGÅNGAR\n"
    "Omsättningstillgångar\n"
    "Fordringar 4 39 873 43 748\n"
    "Kassa och bank 4 439 417 4 301 311\n"
    "SUMMA TILLGÅNGAR 4 479 290 4 345 059\n"
    "Avsättningar för pensioner 5 168 993 140 413\n"
    "Skulder 6\n"
    "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH 4 479 290 4 345 059\n"
    "SKULDER\n"
    "4. Kassaflödesanalys\n"
    "2023-01-01 2022-01-01\n"
    "-2023-12-31 -2022-12-31\n"
    "Medel från verksamheten före förändring av\n"
    "rörelsekapital 152 241 714 624\n"
    "Årets kassaflöde 138 106 660 509\n";

TEST(ParseStatements, GoldLikeText) {
  Statements st = Parse(kGoldLike);
  ASSERT_TRUE(st.income_statement);
  const Statement& rr = *st.income_statement;
  EXPECT_EQ(rr.columns, (std::vector<std::string>{"2023", "2022"}));
  EXPECT_EQ(rr.column_years, (std::vector<int>{2023, 2022}));
  ASSERT_EQ(rr.lines.size(), 5u);
  EXPECT_EQ(rr.lines[0].key, "operating_income");
  EXPECT_EQ(rr.lines[0].note, "2");
  EXPECT_EQ(Values(rr.lines[1]), (std::vector<double>{-8036515, -7367068}));

  ASSERT_TRUE(st.balance_sheet);
  const Statement& bs = *st.balance_sheet;
  const StatementLine* cash = bs.FindKey("cash_and_bank");
  ASSERT_NE(cash, nullptr);
  EXPECT_TRUE(cash->note.empty());
  EXPECT_EQ(Values(*cash), (std::vector<double>{4439417, 4301311}));
  EXPECT_EQ(bs.FindKey("receivables")->note, "4");
  // The label wrapped after its values is joined.
  const StatementLine* total = bs.FindKey("total_equity_and_liabilities");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->label, "SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER");

  ASSERT_TRUE(st.cash_flow);
  // The label wrapped before its values is joined.
  EXPECT_EQ(st.cash_flow->lines[0].label,
            "Medel från verksamheten före förändring av rörelsekapital");
  EXPECT_EQ(st.cash_flow->FindKey("cash_flow_for_year")->values[0]->value,
            138106);
}

// A plan's budget table is its operating statement when it prints no
// driftredovisning; it gives no key figures.
TEST(ParseStatements, APlansBudgetIsItsOperatingStatement) {
  const Statements st = Parse(
      "5 Budget\n"
      "5.1 Budgetplan 2024–2026\n"
      "\tBudget Kr\t\t\n"
      "\t2024\t2025\t2026\n"
      "INTÄKTER\t\t\t\n"
      "Medlemsbidrag\t4 000 000\t4 000 000\t4 000 000\n"
      "Summa\t4 000 000\t4 000 000\t4 000 000\n"
      "KOSTNADER\t\t\t\n"
      "Insatser\t4 393 647\t2 500 000\t2 500 000\n"
      "Administration/Kansli\t1 434 809\t1 500 000\t1 500 000\n"
      "Summa\t5 828 456\t4 000 000\t4 000 000\n"
      "RESULTAT\t-1 828 456\t0\t0\n",
      2024);
  ASSERT_TRUE(st.operating_statement);
  const Statement& op = *st.operating_statement;
  EXPECT_EQ(op.kind, SectionKind::kOperatingStatement);
  EXPECT_EQ(op.columns, (std::vector<std::string>{"2024", "2025", "2026"}));
  const StatementLine* insatser = nullptr;
  for (const StatementLine& l : op.lines) {
    if (l.label == "Insatser") insatser = &l;
  }
  ASSERT_NE(insatser, nullptr);
  EXPECT_EQ(Values(*insatser),
            (std::vector<double>{4393647, 2500000, 2500000}));
  EXPECT_TRUE(GatherKeyFigures(st, 2024).figures.empty());
}

TEST(ParseStatements, AGuidePageIsNotTheBalanceSheet) {
  // A report that opens by explaining its terms: the one-line mention comes
  // first, the statement with many amount lines later.
  const Statements s = Parse(
      "Balansräkning\n"
      "Balansräkning visar tillgångar och skulder per 2021-12-31 (se not 1)"
      "\t10\t11\n"
      "\fBalansräkning\n"
      "Belopp i kr\tNot\t2021-12-31\t2020-12-31\n"
      "Byggnader och mark\t8\t169 691 689\t170 225 082\n"
      "Kassa och bank\t\t1 191 839\t1 264 409\n"
      "SUMMA TILLGÅNGAR\t\t170 883 528\t171 489 491\n"
      "\fBalansräkning\n"
      "Belopp i kr\tNot\t2021-12-31\t2020-12-31\n"
      "Summa eget kapital\t\t134 775 809\t134 959 591\n"
      "Summa långfristiga skulder\t\t36 107 719\t36 529 900\n"
      "SUMMA EGET KAPITAL OCH SKULDER\t\t170 883 528\t171 489 491\n",
      2021);
  ASSERT_TRUE(s.balance_sheet);
  EXPECT_EQ(s.balance_sheet->page, 2);
  const StatementLine* assets = s.balance_sheet->FindKey("total_assets");
  ASSERT_NE(assets, nullptr);
  EXPECT_EQ(assets->ValueKr(0), 170883528);
  const StatementLine* equity = s.balance_sheet->FindKey("equity");
  ASSERT_NE(equity, nullptr);
  EXPECT_EQ(equity->ValueKr(1), 134959591);
}

TEST(KeyForLabel, AccountingProgramSums) {
  EXPECT_EQ(KeyForLabel("S:a Nettoomsättning"), "net_revenue");
  EXPECT_EQ(KeyForLabel("s:a tillgångar"), "total_assets");
  EXPECT_EQ(KeyForLabel("BERÄKNAT RESULTAT"), "result_for_year");
  EXPECT_EQ(KeyForLabel("Resultat efter finansiella intäkter och kostnader"),
            "result_after_financial_items");
  EXPECT_EQ(LabelCore("S:a Övriga externa kostnader"),
            "summa ovriga externa kostnader");
  EXPECT_EQ(KeyForLabel("Nettoomsättning Not I"), "net_revenue");
}

TEST(KeyForLabel, HousingCooperativeKeys) {
  EXPECT_EQ(KeyForLabel("Nettoomsättning"), "net_revenue");
  EXPECT_EQ(KeyForLabel("Räntekostnader och liknande resultatposter"),
            "interest_expenses");
  EXPECT_EQ(KeyForLabel("Fond för yttre underhåll"), "maintenance_fund");
}

TEST(ParseStatements, RawOcrText) {
  Statements st = Parse(
      " 2. Resultatriakning\n"
      "Not 2023-01-01 2022-01-01\n"
      "-2023-12-31 -2022-12-31\n"
      "Verksamhetens intakter 2 8011783 8038718\n"
      "Verksamhetens kostnader 3 -8036 515 -7 367 068\n"
      "Arets resultat 123 661 689 772\n"
      " 3. Balansrakning\n"
      "Not 2023-12-31 2022-12-31\n"
      "Kassa och bank 4439 417 4301311\n"
      "Summa eget kapital 2483 599 2 359937\n");
  ASSERT_TRUE(st.income_statement);
  EXPECT_EQ(Values(*st.income_statement->FindKey("operating_income")),
            (std::vector<double>{8011783, 8038718}));
  EXPECT_EQ(Values(*st.income_statement->FindKey("result_for_year")),
            (std::vector<double>{123661, 689772}));
  ASSERT_TRUE(st.balance_sheet);
  EXPECT_EQ(Values(*st.balance_sheet->FindKey("cash_and_bank")),
            (std::vector<double>{4439417, 4301311}));
  EXPECT_EQ(Values(*st.balance_sheet->FindKey("equity")),
            (std::vector<double>{2483599, 2359937}));
}

TEST(ParseStatements, OverviewInTkrThenKr) {
  Statements st = Parse(
      "1.1. Översikt över verksamhetens utveckling\n"
      "Belopp tkr 2023 2022 2021 2020 2019\n"
      "Verksamhetens intäkter 8 012 8 039 8 050 8 014 8 000\n"
      "Årets resultat 124 690 365 -566 -266\n"
      "Soliditet 55 % 54 % 45 % 39 % 44 %\n"
      "Översikt medlemsbidragets utveckling och användning (kr)\n"
      "Belopp kr 2023 2022 2021 2020 2019\n"
      "Medlemsbidrag 8 000 000 8 000 000 8 000 000 8 000 000 8 000 000\n"
      "Utgående eget 2 483 599 2 359 938 1 670 166 1 305 161 1 871 182\n"
      "kapital /sparade medel (31 %) (29 %) (21 %) (16 %) (23 %)\n");
  ASSERT_TRUE(st.multi_year_overview);
  const Statement& ov = *st.multi_year_overview;
  EXPECT_EQ(ov.unit, Unit::kTkr);
  EXPECT_EQ(ov.columns.size(), 5u);
  const StatementLine* income = ov.FindKey("operating_income");
  EXPECT_EQ(income->unit, Unit::kTkr);
  EXPECT_EQ(income->ValueKr(0), 8012000);
  EXPECT_EQ(ov.FindKey("equity_ratio_percent")->ValueKr(0), 55);
  const StatementLine* members = ov.FindKey("member_contributions_total");
  EXPECT_EQ(members->unit, Unit::kKr);
  EXPECT_EQ(members->ValueKr(1), 8000000);
  const StatementLine* equity = ov.FindKey("equity");
  ASSERT_NE(equity, nullptr);
  EXPECT_EQ(equity->label, "Utgående eget kapital /sparade medel");
  EXPECT_EQ(equity->ValueKr(1), 2359938);
}

TEST(ParseStatements, TabSeparatedAndLayoutRows) {
  Statements st = Parse(
      "Resultaträkning\n"
      "Belopp i kronor\tNot\t2023\t2022\n"
      "Verksamhetens intäkter\tNot 2\t8 011 783\t8 038 718\n"
      "Årets resultat\t655 955\t2 343\n"
      "\fResultaträkning                     Not    2018-01-01    2017-01-01\n"
      "                                          -2018-12-31   -2017-12-31\n"
      "Avskrivningar                              -1 829 607    -1 804 717\n");
  ASSERT_TRUE(st.income_statement);
  // The first income statement is taken; the second is another table.
  EXPECT_EQ(st.income_statement->FindKey("operating_income")->note, "2");
  EXPECT_EQ(st.income_statement->FindKey("result_for_year")->ValueKr(1), 2343);
  Statements brf = Parse(
      "Resultaträkning                     Not    2018-01-01    2017-01-01\n"
      "                                          -2018-12-31   -2017-12-31\n"
      "Avskrivningar                              -1 829 607    -1 804 717\n");
  ASSERT_TRUE(brf.income_statement);
  EXPECT_EQ(brf.income_statement->column_years, (std::vector<int>{2018, 2017}));
  EXPECT_EQ(brf.income_statement->FindKey("depreciation")->ValueKr(0),
            -1829607);
}

// Layout joins a heading set over two lines into one cell: a period is one
// column, of the year it ends in, however it is written.
TEST(ParseStatements, PeriodCellsOfAJoinedHeader) {
  for (const char* header :
       {"Resultaträkning\tNot\t2018-01-01 -2018-12-31\t2017-01-01 "
        "-2017-12-31\n",
        "RESULTATRÄKNING\t\t2017-09-01 2018-08-31\t2016-09-01 2017-08-31\n",
        "Resultaträkning\tNot\t2018-01-01-2018-12-31\t2017-01-01-2017-12-31\n",
        "Resultaträkning\tNot\t2018-01-01 - 2018-12-31\t2017-01-01 - "
        "2017-12-31\n",
        "Resultaträkning\tNot\t2018-01-01–2018-12-31\t2017-01-01–2017-12-"
        "31\n"}) {
    Statements st = Parse(std::string(header) +
                          "Avskrivningar\t\t-1 829 607\t-1 804 717\n");
    ASSERT_TRUE(st.income_statement) << header;
    EXPECT_EQ(st.income_statement->column_years, (std::vector<int>{2018, 2017}))
        << header;
    EXPECT_EQ(st.income_statement->FindKey("depreciation")->ValueKr(1),
              -1804717)
        << header;
  }
}

TEST(ParseStatements, OperatingStatementColumns) {
  Statements st = Parse(
      "5. Driftredovisning\n"
      "Utfall Budget Avvikelse Utfall\n"
      "2023 2023 2023 2022\n"
      "Belopp tkr\n"
      "Medlemsbidrag 8 000 8 000 0 8 000\n"
      "Resor 26 21\n");
  ASSERT_TRUE(st.operating_statement);
  const Statement& op = *st.operating_statement;
  EXPECT_EQ(op.columns,
            (std::vector<std::string>{"Utfall 2023", "Budget 2023",
                                      "Avvikelse 2023", "Utfall 2022"}));
  EXPECT_EQ(op.column_years, (std::vector<int>{2023, 0, 0, 2022}));
  EXPECT_EQ(op.unit, Unit::kTkr);
  EXPECT_FALSE(op.lines.back().complete);
  EXPECT_FALSE(op.warnings.empty());
}

// A budget column between the years, headed on one row with its word
// before each year: only an outcome's column is the year's figures,
// wherever the budget stands; a deviation column after them has no year.
TEST(ParseStatements, BudgetColumnBetweenTheYears) {
  const std::string rows =
      "Verksamhetens intäkter\t2\t4 800 000\t4 800 000\t4 600 000\n"
      "Verksamhetens kostnader\t3\t-4 500 000\t-4 800 000\t-4 700 000\n"
      "Årets resultat\t\t300 000\t0\t-100 000\n";
  Statements mid = Parse(
      "Resultaträkning\tNot\tUtfall 2024\tBudget 2024\tUtfall 2023\n" + rows);
  ASSERT_TRUE(mid.income_statement);
  const Statement& is = *mid.income_statement;
  EXPECT_EQ(is.columns, (std::vector<std::string>{"Utfall 2024", "Budget 2024",
                                                  "Utfall 2023"}));
  EXPECT_EQ(is.column_years, (std::vector<int>{2024, 0, 2023}));
  EXPECT_EQ(is.FindKey("result_for_year")->ValueKr(is.ColumnOfYear(2023)),
            -100000);

  Statements first = Parse(
      "Resultaträkning\tNot\tBudget 2024\tUtfall 2024\tUtfall 2023\n" + rows);
  ASSERT_TRUE(first.income_statement);
  EXPECT_EQ(first.income_statement->ColumnOfYear(2024), 1);

  Statements deviation = Parse(
      "Resultaträkning\nBelopp i kr\tUtfall 2024\tUtfall 2023\tAvvikelse\n"
      "Verksamhetens intäkter\t4 800 000\t4 600 000\t200 000\n");
  ASSERT_TRUE(deviation.income_statement);
  EXPECT_EQ(deviation.income_statement->column_years,
            (std::vector<int>{2024, 2023, 0}));
  EXPECT_TRUE(deviation.income_statement->lines.back().complete);
}

TEST(ParseStatements, BalanceRequirementWithoutHeader) {
  Statements st = Parse(
      "Balanskravsresultat (kr)\n"
      "Årets resultat enligt resultaträkningen 123 661\n"
      "Samtliga realisationsvinster 0\n"
      "Balanskravsresultat 123 661\n",
      2023);
  ASSERT_TRUE(st.balance_requirement);
  EXPECT_EQ(st.balance_requirement->column_years, (std::vector<int>{2023}));
  EXPECT_EQ(
      st.balance_requirement->FindKey("balance_requirement_result")->ValueKr(0),
      123661);
}

TEST(ParseStatements, SumsChooseBetweenNoteAndAmount) {
  // Lost å/ä/ö and a note column: "Fordringar 2 864 171 3 165 370" reads
  // best as one amount, but only note 2 + 864 171 makes the sum hold.
  Statements st = Parse(
      "4. Balansrkning\n"
      "Belopp i kr. Not 2019-12-31 2018-12-31\n"
      "Omsttningstillgngar\n"
      "Fordringar 2 864 171 3 165 370\n"
      "Kassa och bank 1 805 474 1 816 561\n"
      "Summa omsttningstillgngar 2 669 645 4 981 931\n"
      "Eget kapital\n"
      "rets resultat 323 481 -80 480\n"
      "vrigt eget kapital 799 293 879 773\n"
      "Avsttningar fr pensioner -\n"
      "Kortfristiga skulder 3 1 546 872 4 182 638\n");
  ASSERT_TRUE(st.balance_sheet);
  const Statement& bs = *st.balance_sheet;
  const StatementLine* receivables = bs.FindKey("receivables");
  ASSERT_NE(receivables, nullptr);
  EXPECT_EQ(receivables->note, "2");
  EXPECT_EQ(Values(*receivables), (std::vector<double>{864171, 3165370}));
  ASSERT_FALSE(bs.warnings.empty());
  // The lower-case OCR rows ("rets resultat") are rows of their own, and
  // equity, not printed, is derived from them.
  const StatementLine* equity = bs.FindKey("equity");
  ASSERT_NE(equity, nullptr);
  EXPECT_TRUE(equity->derived);
  EXPECT_EQ(Values(*equity), (std::vector<double>{1122774, 799293}));
  // A row printed empty has an empty cell per column.
  bool saw_empty = false;
  for (const StatementLine& l : bs.lines) {
    if (l.label == "Avsttningar fr pensioner") {
      saw_empty = true;
      EXPECT_EQ(l.values.size(), 2u);
      EXPECT_TRUE(l.complete);
      EXPECT_FALSE(l.has_values());
    }
  }
  EXPECT_TRUE(saw_empty);
}

// An accounting program's Resultatrapport (Fortnox/Visma, as in a sports
// club's report): account numbers before the labels, "S:a" sums, columns
// "Perioden  Ackumulerat" without a year (the accumulated one is the fiscal
// year's), öre after a point or a comma.
TEST(ParseStatements, AccountingProgramsResultatrapport) {
  const Statements st = Parse(
      "Resultatrapport\n"
      "Perioden\tAckumulerat\n"
      "Rörelsens intäkter\n"
      "Nettoomsättning\n"
      "3110\tTerminsavgifter\t92 400.00\t92 400.00\n"
      "3120\tNybörjaravgifter\t31 500,00\t31 500,00\n"
      "S:a Nettoomsättning\t123 900,00\t123 900.00\n"
      "Övriga externa kostnader\n"
      "5010\tLokalhyra\t-12 416,00\t-12 416.00\n"
      "5020\tEl hyrd lokal\t-8 000.00\t-8 000.00\n"
      "S:a Övriga externa kostnader\t-20 416,00\t-20 416,00\n"
      "Rörelseresultat före finansiella intäkter och kostnader\t103 484,00"
      "\t103 484,00\n"
      "8310\tRänteintäkter\t390.06\t390.06\n"
      "Resultat efter finansiella intäkter och kostnader\t103 874,06"
      "\t103 874,06\n",
      2023);
  ASSERT_TRUE(st.income_statement);
  const Statement& is = *st.income_statement;
  EXPECT_EQ(is.columns, (std::vector<std::string>{"Perioden", "Ackumulerat"}));
  EXPECT_EQ(is.ColumnOfYear(2023), 1);
  const StatementLine* revenue = is.FindKey("net_revenue");
  ASSERT_NE(revenue, nullptr);
  EXPECT_EQ(revenue->ValueKr(1), 123900);
  const StatementLine* result = is.FindKey("result_after_financial_items");
  ASSERT_NE(result, nullptr);
  EXPECT_EQ(result->ValueKr(1), 103874);
  // Nothing after it (no appropriations, no tax): it is the year's result,
  // derived.
  const StatementLine* year = is.FindKey("result_for_year");
  ASSERT_NE(year, nullptr);
  EXPECT_TRUE(year->derived);
  EXPECT_EQ(year->ValueKr(1), 103874);
  // Tax after it: the year's result is not the one before tax.
  const Statements taxed = Parse(
      "Resultaträkning\n"
      "Not\t2023\t2022\n"
      "Nettoomsättning\t500 000\t450 000\n"
      "Resultat efter finansiella poster\t40 000\t30 000\n"
      "Skatt\t-8 000\t-6 000\n");
  ASSERT_TRUE(taxed.income_statement);
  EXPECT_EQ(taxed.income_statement->FindKey("result_for_year"), nullptr);
  EXPECT_EQ(CountSumFailures(is), 0);
  // HSB's older reports head columns with month ranges, two-digit years.
  const Statements hsb = Parse(
      "Resultaträkning\t07-01 - 07-12\t06-01 - 06-12\n"
      "Nettoomsättning\tNot I\t37 526 958\t36 710 185\n"
      "Fastighetskostnader\n"
      "Drift\tNot 2\t-21 156 499\t-21 234 546\n"
      "Fastighetsskatt\t-1 237 770\t-1 454 990\n");
  ASSERT_TRUE(hsb.income_statement);
  EXPECT_EQ(hsb.income_statement->column_years, (std::vector<int>{2007, 2006}));
  ASSERT_NE(hsb.income_statement->FindKey("net_revenue"), nullptr);
  EXPECT_EQ(hsb.income_statement->FindKey("net_revenue")->ValueKr(0), 37526958);
  // Without a fiscal year no column is given one.
  const Statements unknown = Parse(
      "Resultatrapport\nPerioden\tAckumulerat\n"
      "S:a Nettoomsättning\t123 900,00\t123 900,00\n"
      "3110\tTerminsavgifter\t92 400.00\t92 400.00\n"
      "3120\tNybörjaravgifter\t31 500,00\t31 500,00\n",
      0);
  ASSERT_TRUE(unknown.income_statement);
  EXPECT_EQ(unknown.income_statement->ColumnOfYear(2023), -1);
}

TEST(GatherKeyFigures, StatementWinsAndOverviewFillsIn) {
  Statements st = Parse(std::string(kGoldLike) +
                        "1.1. Översikt över verksamhetens utveckling\n"
                        "Belopp tkr 2023 2022 2021\n"
                        "Verksamhetens intäkter 8 012 8 039 8 050\n"
                        "Soliditet 55 % 54 % 45 %\n"
                        "Antal anställda 1 1 2\n"
                        "Belopp kr 2023 2022 2021\n"
                        "Årets resultat 123 661 689 773 365 005\n");
  KeyFigures kf = GatherKeyFigures(st, 2023);
  EXPECT_EQ(kf.years, (std::vector<int>{2023, 2022}));
  EXPECT_EQ(kf.Find("operating_income", 2023)->value, 8011783);
  EXPECT_EQ(kf.Find("operating_income", 2023)->source, "income_statement");
  EXPECT_EQ(kf.Find("operating_income", 2021), nullptr);  // not a report year
  EXPECT_EQ(kf.Find("equity_ratio_percent", 2022)->value, 54);
  EXPECT_EQ(kf.Find("employees", 2023)->value, 1);
  EXPECT_EQ(kf.Find("result_for_year", 2022)->value, 689772);
  // Overview figures that differ from the statements are kept for the
  // checks: 8 012 and 8 039 tkr (rounding) and the 689 773 kr that is 1 kr
  // off.
  EXPECT_EQ(kf.overview_comparisons, 4);
  EXPECT_EQ(kf.disagreements.size(), 3u);
}

// A Finsam statement whose financial items are interest alone (invented
// figures): "Ränteintäkter" and "Räntekostnader" are its financial income
// and expenses. Printed "Finansiella intäkter" beside them keeps its own.
TEST(GatherKeyFigures, InterestIsTheFinancialItemsWhenNothingElseIs) {
  const std::string head =
      "Resultaträkning\nBelopp i kr\tNot\t2024\t2023\n"
      "Verksamhetens intäkter\t2\t4 800 000\t4 600 000\n"
      "Verksamhetens kostnader\t3\t-4 750 000\t-4 700 000\n"
      "Verksamhetens resultat\t\t50 000\t-100 000\n"
      "Finansiella poster\n";
  const std::string tail =
      "Räntekostnader\t\t-1 000\t-500\n"
      "Resultat efter finansiella poster\t\t51 500\t-98 500\n"
      "Årets resultat\t\t51 500\t-98 500\n";
  KeyFigures kf = GatherKeyFigures(
      Parse(head + "Ränteintäkter\t\t2 500\t2 000\n" + tail), 2024);
  ASSERT_NE(kf.Find("financial_income", 2024), nullptr);
  EXPECT_EQ(kf.Find("financial_income", 2024)->value, 2500);
  ASSERT_NE(kf.Find("financial_expenses", 2023), nullptr);
  EXPECT_EQ(kf.Find("financial_expenses", 2023)->value, -500);
  EXPECT_EQ(kf.Find("interest_expenses", 2023)->value, -500);

  KeyFigures printed =
      GatherKeyFigures(Parse(head +
                             "Finansiella intäkter\t\t2 000\t1 500\n"
                             "Ränteintäkter\t\t500\t500\n" +
                             tail),
                       2024);
  EXPECT_EQ(printed.Find("financial_income", 2024)->value, 2000);
  EXPECT_EQ(printed.Find("financial_expenses", 2024), nullptr);
}

// A housing cooperative whose fiscal year starts in July heads its overview
// with split years ("2023/24"): each is the year it ends in. A split that is
// not one year to the next ("2023/26") heads nothing.
TEST(ParseStatements, OverviewHeadedBySplitFiscalYears) {
  Statements st = Parse(
      "Flerårsöversikt\n"
      "Belopp i kr\t2023/24\t2022/23\t2021/2022\n"
      "Nettoomsättning\t3 218 460\t2 987 140\t2 941 300\n"
      "Soliditet (%)\t43\t43\t44\n");
  ASSERT_TRUE(st.multi_year_overview.has_value());
  EXPECT_EQ(st.multi_year_overview->columns,
            (std::vector<std::string>{"2024", "2023", "2022"}));
  KeyFigures kf = GatherKeyFigures(st, 2024);
  ASSERT_NE(kf.Find("equity_ratio_percent", 2023), nullptr);
  EXPECT_EQ(kf.Find("equity_ratio_percent", 2023)->value, 43);
  Statements odd = Parse(
      "Flerårsöversikt\n"
      "Belopp i kr\t2023/26\t2022/23\n"
      "Nettoomsättning\t3 218 460\t2 987 140\n");
  EXPECT_TRUE(!odd.multi_year_overview.has_value() ||
              odd.multi_year_overview->columns.empty());
  // Three or more counting up are a chart's axis.
  Statements axis = Parse(
      "Flerårsöversikt\n"
      "2015/2016\t2016/2017\t2017/2018\n"
      "Nettoomsättning\t18 554\t18 261\t17 799\n");
  EXPECT_TRUE(!axis.multi_year_overview.has_value() ||
              axis.multi_year_overview->columns.empty());
}

// An accounting program's Balansrapport (invented figures): the opening
// balance is the year before's, the closing balance the fiscal year's, the
// period column no year's; its credit side printed negative takes the
// statement's sign where its total mirrors the assets'.
TEST(ParseStatements, BalanceReportColumnsAndCreditSigns) {
  Statements st = Parse(
      "Balansrapport\n"
      "Ing balans\tPeriod\tUtg balans\n"
      "TILLGÅNGAR\n"
      "S:a Kassa och bank\t90 000,00\t-30 000,00\t60 000,00\n"
      "S:A TILLGÅNGAR\t90 000,00\t-30 000,00\t60 000,00\n"
      "EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER\n"
      "S:a Eget kapital\t-90 000,00\t0,00\t-90 000,00\n"
      "S:A EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER\t-90 000,00\t0,00\t"
      "-90 000,00\n"
      "BERÄKNAT RESULTAT\t0,00\t-30 000,00\t-30 000,00\n",
      2023);
  ASSERT_TRUE(st.balance_sheet.has_value());
  EXPECT_EQ(st.balance_sheet->column_years, (std::vector<int>{2022, 0, 2023}));
  KeyFigures kf = GatherKeyFigures(st, 2023);
  ASSERT_NE(kf.Find("total_assets", 2022), nullptr);
  EXPECT_EQ(kf.Find("total_assets", 2022)->value, 90000);
  EXPECT_EQ(kf.Find("total_assets", 2023)->value, 60000);
  ASSERT_NE(kf.Find("equity", 2022), nullptr);
  EXPECT_EQ(kf.Find("equity", 2022)->value, 90000);
}

// A road association's accounts kept per activity (invented figures, the
// layout of a scanned samfällighet report): "Årets resultat" split in two
// lines, no total; a revenue total and no "Nettoomsättning"; OCR marks
// between the rows.
constexpr const char* kSplitResult =
    "Resultaträkning 2016\n"
    "Not\t2016-01-01\t2015-01-01\n"
    "2016-12-31\t2015-12-31\n"
    "Föreningens intäkter\n"
    "Avgifter väg\t1\t300 000 kr\t280 000 kr\n"
    "”\n"
    "Avgifter brygga\t20 000 kr\t18 000 kr\n"
    "Summa intäkter\t320 000 kr\t298 000 kr\n"
    "Föreningens kostnader\n"
    "Snöröjning\t-250 000 kr\t-240 000 kr\n"
    "'\n"
    "Underhåll brygga\t-15 000 kr\t-17 000 kr\n"
    "Summa kostnader\t-265 000 kr\t-257 000 kr\n"
    "Resultat före finansiella poster\t55 000 kr\t41 000 kr\n"
    "Summa finansiella poster\t1 000 kr\t500 kr\n"
    "Årets resultat väg\t51 000 kr\t40 500 kr\n"
    "Årets resultat brygga\t5 000 kr\t1 000 kr\n";

TEST(ParseStatements, ResultSplitByActivityIsSummedWhenTheSumsAgree) {
  const Statements s = Parse(kSplitResult);
  ASSERT_TRUE(s.income_statement);
  const StatementLine* result = s.income_statement->FindKey("result_for_year");
  ASSERT_NE(result, nullptr);
  EXPECT_TRUE(result->derived);
  EXPECT_EQ(Values(*result), (std::vector<double>{56000, 41500}));
  const KeyFigures k = GatherKeyFigures(s, 2016);
  ASSERT_NE(k.Find("result_for_year", 2016), nullptr);
  EXPECT_EQ(k.Find("result_for_year", 2016)->value, 56000);
  // The revenue total is the net revenue of a statement without one.
  ASSERT_NE(k.Find("net_revenue", 2015), nullptr);
  EXPECT_EQ(k.Find("net_revenue", 2015)->value, 298000);
  // The marks OCR read between rows open no group: every sum holds, and the
  // parts are checked through their total.
  EXPECT_EQ(CountSumFailures(*s.income_statement), 0);
}

TEST(ParseStatements, ResultSplitIsNotSummedAgainstTheArithmetic) {
  std::string text = kSplitResult;
  // The parts no longer add to the printed result before them.
  const std::string part = "Årets resultat brygga\t5 000 kr";
  text.replace(text.find(part), part.size(), "Årets resultat brygga\t7 000 kr");
  const Statements s = Parse(text);
  ASSERT_TRUE(s.income_statement);
  EXPECT_EQ(s.income_statement->FindKey("result_for_year"), nullptr);
}

TEST(ParseStatements, OperatingIncomeStatementKeepsItsRevenueKey) {
  const Statements s = Parse(
      "Resultaträkning\n"
      "Not\t2023\t2022\n"
      "Verksamhetens intäkter\t8 011 783\t8 038 718\n"
      "Summa intäkter\t8 011 783\t8 038 718\n"
      "Verksamhetens kostnader\t-8 036 515\t-7 367 068\n"
      "Årets resultat\t-24 732\t671 650\n");
  ASSERT_TRUE(s.income_statement);
  EXPECT_EQ(s.income_statement->FindKey("net_revenue"), nullptr);
}

// The overview names in tkr a figure the income statement prints in kronor
// under another label (invented figures): the statement's exact figure is
// the key's, and the overview agrees with it to its rounding. Two statement
// lines that both agree but differ give nothing.
TEST(GatherKeyFigures, OverviewKeyTakesTheStatementsExactFigure) {
  const std::string overview =
      "Flerårsöversikt\n"
      "Belopp tkr\t2023\t2022\t2021\n"
      "Nettoomsättning (alla intäkter)\t5 321\t5 102\t4 990\n";
  const std::string statement =
      "Resultaträkning\n"
      "Not\t2023-01-01\t2022-01-01\n"
      "\t2023-12-31\t2022-12-31\n"
      "Rörelseintäkter\n"
      "Årsavgifter\t2\t5 000 100\t4 800 000\n"
      "Övriga intäkter\t320 650\t301 900\n"
      "Summa rörelseintäkter\t5 320 750\t5 101 900\n"
      "Driftkostnader\t-4 900 000\t-4 700 000\n"
      "Årets resultat\t420 750\t401 900\n";
  const KeyFigures kf = GatherKeyFigures(Parse(overview + statement), 2023);
  ASSERT_NE(kf.Find("net_revenue", 2023), nullptr);
  EXPECT_EQ(kf.Find("net_revenue", 2023)->value, 5320750);
  EXPECT_EQ(kf.Find("net_revenue", 2023)->source, "income_statement");
  EXPECT_EQ(kf.Find("net_revenue", 2022)->value, 5101900);
  EXPECT_EQ(kf.Find("net_revenue", 2021), nullptr);  // not a report year
  // A second line that agrees in both years but differs from the total
  // makes the choice ambiguous: the overview's rounded figure stays.
  std::string two = statement;
  const std::string other = "Övriga intäkter\t320 650\t301 900\n";
  two.replace(two.find(other), other.size(),
              other + "Hyror\t5 320 900\t5 101 800\n");
  const KeyFigures amb = GatherKeyFigures(Parse(overview + two), 2023);
  ASSERT_NE(amb.Find("net_revenue", 2023), nullptr);
  EXPECT_EQ(amb.Find("net_revenue", 2023)->value, 5321000);
  EXPECT_EQ(amb.Find("net_revenue", 2023)->source, "multi_year_overview");
}

// A typewritten bokslut (invented figures, the layout of a 1990 student
// nation's accounts): the prior year printed in parentheses under
// "(1989)", the revenue block closed by an unlabelled sum, and a balance
// sheet of two T-accounts (opening, then closing) whose equity line is
// abbreviated; the equity change by the year's result names the equity
// line and confirms which account closes the year. A revenue row OCR
// cannot split ("500,00 — (i övrigt)") leaves the 1990 column short: the
// block total is its sum in 1989.
constexpr const char* kTypewrittenBokslut =
    "Resultaträkning 1990 (1989)\n"
    "INTÄKTER\t1990\t(1989)\n"
    "Medlemsavgifter\t50 000,00\t(45 000,50)\n"
    "Pub\t30 000,25\t(20 000,00 )\n"
    "Reklam (ny post)\t500,00 — (i övrigt)\n"
    "Övriga intäkter\t1 000,00\t(4 000,00)\n"
    "81 500,25\t(69 000,50)\n"
    "KOSTNADER\n"
    "Hyra\t60 000,00\t(50 000,00)\n"
    "Övriga kostnader\t31 000,50\t(24 000,00)\n"
    "91 000,50\t(74 000,00)\n"
    "Resultat före fondbidrag\t-9 500,25\t(-4 999,50)\n"
    "Fondbidrag\t8 000,00\t(2 000,00)\n"
    "ÅRETS RESULTAT\t-1 500,25\t(-2 999,50)\n"
    "Balansräkning 1990\n"
    "Kassa\t100,00\tSkulder\t5 000,00\n"
    "Bank\t20 000,00\tEg kap\t40 000,00\n"
    "Fordringar\t24 900,00\n"
    "45 000,00\t45 000,00\n"
    "Kassa\t200,00\tSkulder\t10 000,00\n"
    "Bank\t30 000,00\tEg kap\t38 499,75\n"
    "Fordringar\t18 299,75\n"
    "48 499,75\t48 499,75\n"
    "Förändring eget kapital\t-1 500,25\n";

TEST(ParseStatements, TypewrittenBokslutWithTAccounts) {
  const Statements s = Parse(kTypewrittenBokslut);
  ASSERT_TRUE(s.income_statement);
  const Statement& is = *s.income_statement;
  EXPECT_EQ(is.column_years, (std::vector<int>{1990, 1989}));
  const StatementLine* result = is.FindKey("result_for_year");
  ASSERT_NE(result, nullptr);
  // Parentheses mark the 1989 column, they are no minus.
  EXPECT_EQ(Values(*result), (std::vector<double>{-1500.25, -2999.5}));
  const StatementLine* revenue = is.FindKey("net_revenue");
  ASSERT_NE(revenue, nullptr);
  EXPECT_EQ(Values(*revenue), (std::vector<double>{81500.25, 69000.5}));
  ASSERT_TRUE(s.balance_sheet);
  const Statement& bs = *s.balance_sheet;
  EXPECT_TRUE(bs.t_account);
  EXPECT_EQ(bs.column_years, (std::vector<int>{1990, 1989}));
  ASSERT_NE(bs.FindKey("total_assets"), nullptr);
  EXPECT_EQ(Values(*bs.FindKey("total_assets")),
            (std::vector<double>{48499.75, 45000}));
  ASSERT_NE(bs.FindKey("equity"), nullptr);
  EXPECT_EQ(Values(*bs.FindKey("equity")),
            (std::vector<double>{38499.75, 40000}));
  const KeyFigures k = GatherKeyFigures(s, 0);
  ASSERT_NE(k.Find("equity", 1989), nullptr);
  EXPECT_EQ(k.Find("equity", 1989)->value, 40000);
  ASSERT_NE(k.Find("net_revenue", 1990), nullptr);
  EXPECT_EQ(k.Find("net_revenue", 1990)->value, 81500);
}

// The accounts printed closing first: the equity change says so.
TEST(ParseStatements, TAccountsPrintedClosingFirstAreReordered) {
  std::string text = kTypewrittenBokslut;
  const size_t bs = text.find("Balansräkning 1990\n");
  const size_t second = text.find("Kassa\t200,00");
  const size_t tail = text.find("Förändring");
  const std::string head = text.substr(0, bs);
  const std::string first_account =
      text.substr(bs + std::string("Balansräkning 1990\n").size(),
                  second - bs - std::string("Balansräkning 1990\n").size());
  const std::string second_account = text.substr(second, tail - second);
  text = head + "Balansräkning 1990\n" + second_account + first_account;
  const Statements s = Parse(text);
  ASSERT_TRUE(s.balance_sheet);
  EXPECT_EQ(s.balance_sheet->column_years, (std::vector<int>{1989, 1990}));
  const KeyFigures k = GatherKeyFigures(s, 0);
  ASSERT_NE(k.Find("total_assets", 1990), nullptr);
  EXPECT_EQ(k.Find("total_assets", 1990)->value, 48500);
  EXPECT_EQ(k.Find("equity", 1990)->value, 38500);
}

// Lindh's layout (invented figures): a revenue caption in the report's own
// words, its lines, and a sum without a label; a first block that is not
// revenue, or a sum that does not add up, gives no net revenue.
TEST(ParseStatements, UnlabelledRevenueBlockTotal) {
  const std::string text =
      "RESULTATRÄKNING\t2011-12-31\t2010-12-31\n"
      "Intäkter, fastighetsförvaltning\n"
      "Årsavgifter\t4 000 000\t3 900 000\n"
      "Hyresintäkter\t500 000\t480 000\n"
      "Övriga intäkter\t20 000\t10 000\n"
      "4 520 000\t4 390 000\n"
      "Kostnader, fastighetsförvaltning\n"
      "Driftkostnader\t-3 000 000\t-2 900 000\n"
      "-3 000 000\t-2 900 000\n"
      "REDOVISAT RESULTAT\t1 520 000\t1 490 000\n";
  const Statements s = Parse(text);
  ASSERT_TRUE(s.income_statement);
  const StatementLine* revenue = s.income_statement->FindKey("net_revenue");
  ASSERT_NE(revenue, nullptr);
  EXPECT_EQ(Values(*revenue), (std::vector<double>{4520000, 4390000}));
  std::string wrong = text;
  // (Far from the sum: a figure two OCR edits away would be repaired.)
  wrong.replace(wrong.find("4 520 000"), 9, "5 999 999");
  wrong.replace(wrong.find("4 390 000"), 9, "6 888 888");
  EXPECT_EQ(Parse(wrong).income_statement->FindKey("net_revenue"), nullptr);
  std::string costs_first = text;
  const std::string caption = "Intäkter, fastighetsförvaltning";
  costs_first.replace(costs_first.find(caption), caption.size(), "Kostnader");
  EXPECT_EQ(Parse(costs_first).income_statement->FindKey("net_revenue"),
            nullptr);
}

// OCR of a born-digital report's header reads a mark as "=": the header
// still names the columns, and the note column takes the small numbers
// (invented figures, the layout of a K2 housing-cooperative report).
TEST(ParseStatements, HeaderWithAnOcrMark) {
  const Statements s = Parse(
      "Resultaträkning\n"
      "Belopp i kr Not = 2021-01-01-2021-12-31 2020-01-01-2020-12-31\n"
      "Rörelseintäkter\n"
      "Nettoomsättning 2 2 434 071 2 425 747\n"
      "Övriga rörelseintäkter 3 75 081 30 870\n"
      "Summa rörelseintäkter 2 509 152 2 456 617\n");
  ASSERT_TRUE(s.income_statement);
  EXPECT_EQ(s.income_statement->column_years, (std::vector<int>{2021, 2020}));
  const StatementLine* revenue = s.income_statement->FindKey("net_revenue");
  ASSERT_NE(revenue, nullptr);
  EXPECT_EQ(revenue->note, "2");
  EXPECT_EQ(Values(*revenue), (std::vector<double>{2434071, 2425747}));
}

}  // namespace
}  // namespace finsam::records
