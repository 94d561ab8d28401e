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
        "2017-12-31\n"}) {
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

}  // namespace
}  // namespace finsam::records
