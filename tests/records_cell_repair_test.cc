// Cells OCR misread, derived from the statement's own sums.
#include <gtest/gtest.h>

#include <string>

#include "records/cell_repair.h"
#include "records/checks.h"
#include "records/key_figures.h"
#include "records/statement_parser.h"
#include "records/statement_sums.h"

namespace finsam::records {
namespace {

Statements Parse(const std::string& text) {
  RecordText t = SplitRecordText(text);
  return ParseStatements(t, ExtractSections(t), 0);
}

const StatementLine* Line(const Statement& st, const std::string& label) {
  for (const StatementLine& l : st.lines) {
    if (l.label == label) return &l;
  }
  return nullptr;
}

// A balance sheet of current assets: two lines and their sum, 2023 column
// as given, 2022 consistent.
Statements CurrentAssets(const std::string& receivables,
                         const std::string& cash, const std::string& total) {
  return Parse(
      "BALANSRÄKNING\t2023-12-31\t2022-12-31\n"
      "Omsättningstillgångar\n"
      "Fordringar\t" +
      receivables +
      "\t1 000\n"
      "Kassa och bank\t" +
      cash +
      "\t1 000\n"
      "Summa omsättningstillgångar\t" +
      total + "\t2 000\n");
}

int RepairedCells(const Statement& st) {
  int n = 0;
  for (const StatementLine& l : st.lines)
    n += static_cast<int>(l.repaired.size());
  return n;
}

Check Sums(const Statements& st) {
  for (const Check& c :
       RunChecks(DocumentInfo(), st, GatherKeyFigures(st, 0))) {
    if (c.id == "statement_sums") return c;
  }
  return Check();
}

// A scanned housing-cooperative report (Brf Doktor Lindh 2011, OCR'd): the
// 2010 result line was read "543 097" for "543 697" (0 for 6). Two sums
// say so: the result line itself and the result after financial items.
constexpr const char* kIncome =
    "RESULTATRÄKNING\t2011-12-31\t2010-12-31\n"
    "Intäkter, fastighetsförvaltning\n"
    "Årsavgifter\t8 158 620\t8 164 816\n"
    "Övriga intäkter\t408 721\t172 537\n"
    "Summa intäkter\t8 567 341\t8 337 353\n"
    "Kostnader, fastighetsförvaltning\n"
    "Driftkostnader\t-3 647 816\t-3 833 710\n"
    "Avskrivningar\t-2 061 487\t-3 959 946\n"
    "Summa kostnader\t-5 709 303\t-7 793 656\n"
    "Resultat fastighetsförvaltning\t2 858 038\t543 097\n"
    "Ränteintäkter\t29 346\t2 740\n"
    "Räntekostnader\t-831 141\t-443 860\n"
    "Summa finansiella poster\t-801 795\t-441 120\n"
    "Redovisat resultat\t2 056 243\t102 577\n";

TEST(RepairMisreadCells, ADigitReadWrongWhereTwoSumsAgree) {
  const Statements st = Parse(kIncome);
  ASSERT_TRUE(st.income_statement);
  const StatementLine* line =
      Line(*st.income_statement, "Resultat fastighetsförvaltning");
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(line->values[1]->value, 543697);
  ASSERT_EQ(line->repaired.size(), 1u);
  EXPECT_EQ(line->repaired[0].first, 1u);
  EXPECT_EQ(line->repaired[0].second.value, 543097);
  // Nothing else was touched, and the sums now hold.
  int repaired = 0;
  for (const StatementLine& l : st.income_statement->lines) {
    repaired += static_cast<int>(l.repaired.size());
  }
  EXPECT_EQ(repaired, 1);
  const Check sums = Sums(st);
  EXPECT_EQ(sums.status, CheckStatus::kPass);
  EXPECT_NE(sums.detail.find("1 cell OCR misread"), std::string::npos)
      << sums.detail;
}

// The same report's balance sheet: "Summa fritt eget kapital" read
// "3 506 705" for "356 765" (two digits added); "Summa eget kapital" agrees
// with the repaired figure.
constexpr const char* kEquity =
    "BALANSRÄKNING\t2011-12-31\t2010-12-31\n"
    "EGET KAPITAL OCH SKULDER\n"
    "Bundet eget kapital\n"
    "Medlemsinsatser\t59 560 863\t59 560 863\n"
    "Upplåtelseavgifter\t10 387 890\t10 387 890\n"
    "Underhållsfond\t16 376 248\t15 746 248\n"
    "Summa bundet eget kapital\t86 325 001\t85 695 001\n"
    "Fritt eget kapital\n"
    "Balanserat resultat\t-1 551 546\t-1 025 258\n"
    "Årets resultat\t1 908 311\t103 712\n"
    "Summa fritt eget kapital\t3 506 705\t-921 546\n"
    "Summa eget kapital\t86 681 766\t84 773 455\n";

TEST(RepairMisreadCells, DigitsAddedToASubtotal) {
  const Statements st = Parse(kEquity);
  ASSERT_TRUE(st.balance_sheet);
  const StatementLine* line =
      Line(*st.balance_sheet, "Summa fritt eget kapital");
  ASSERT_NE(line, nullptr);
  EXPECT_EQ(line->values[0]->value, 356765);
  ASSERT_EQ(line->repaired.size(), 1u);
  EXPECT_EQ(line->repaired[0].second.value, 3506705);
  EXPECT_EQ(Sums(st).status, CheckStatus::kPass);
}

// Brf Doktor Lindh 2012: "192 990" was read "192 9 290", so the row's
// amounts were grouped as [204 487 192, 9 290]. Both columns' sums give the
// row back as [204 487, 192 990]: one digit off what was read.
constexpr const char* kRegrouped =
    "BALANSRÄKNING\t2012-12-31\t2011-12-31\n"
    "TILLGÅNGAR\n"
    "Materiella anläggningstillgångar\n"
    "Byggnader\t110 747 276\t112 480 387\n"
    "Pågående balkongrenovering\t211 105\t0\n"
    "Maskiner och inventarier\t204 487\t192 9 290\n"
    "Summa materiella anläggningstillgångar\t111 162 868\t112 673 377\n";

TEST(RepairMisreadCells, ARowSplitWrongIsRederivedInEveryColumn) {
  const Statements st = Parse(kRegrouped);
  ASSERT_TRUE(st.balance_sheet);
  const StatementLine* line =
      Line(*st.balance_sheet, "Maskiner och inventarier");
  ASSERT_NE(line, nullptr);
  ASSERT_EQ(line->values.size(), 2u);
  EXPECT_EQ(line->values[0]->value, 204487);
  EXPECT_EQ(line->values[1]->value, 192990);
  EXPECT_EQ(line->repaired.size(), 2u);
  EXPECT_EQ(Sums(st).status, CheckStatus::kPass);
}

// A line the scan lost is no misread cell: no derivation is near what was
// read, so nothing changes and the check fails.
TEST(RepairMisreadCells, AMissingLineIsLeftToFail) {
  const Statements st = CurrentAssets("39 873", "4 439 417", "4 612 714");
  ASSERT_TRUE(st.balance_sheet);
  EXPECT_EQ(RepairedCells(*st.balance_sheet), 0);
  EXPECT_EQ(Sums(st).status, CheckStatus::kFail);
}

// One sum, one digit: "2 600" or either "1 000" could be the misread cell.
// The sums cannot tell, so nothing changes.
TEST(RepairMisreadCells, AnAmbiguousCellIsLeftAlone) {
  const Statements st = CurrentAssets("1 000", "1 000", "2 600");
  ASSERT_TRUE(st.balance_sheet);
  EXPECT_EQ(RepairedCells(*st.balance_sheet), 0);
  EXPECT_EQ(Sums(st).status, CheckStatus::kFail);
}

// One sum only: the digit that would change must be one OCR confuses. "4"
// read for "2" is no such confusion (a misprint or a lost line is as
// likely); "7" for "2" is.
TEST(RepairMisreadCells, OneSumNeedsAConfusableDigit) {
  const Statements unsure = CurrentAssets("39 873", "4 439 417", "4 479 490");
  ASSERT_TRUE(unsure.balance_sheet);
  EXPECT_EQ(RepairedCells(*unsure.balance_sheet), 0);
  EXPECT_EQ(Sums(unsure).status, CheckStatus::kFail);

  const Statements confused = CurrentAssets("39 873", "4 439 417", "4 479 790");
  ASSERT_TRUE(confused.balance_sheet);
  const StatementLine* total =
      Line(*confused.balance_sheet, "Summa omsättningstillgångar");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->values[0]->value, 4479290);
  EXPECT_EQ(total->repaired.size(), 1u);
  EXPECT_EQ(Sums(confused).status, CheckStatus::kPass);
}

// A scanned HSB report (Brf Sjötungan 2011, page 9): a mark at the page's
// edge took the last group of "Summa tillgångar 190 543 533", read
// "190 543". The sum restores the cut cell; a cell that is no cut of the
// sum ("190 544", "19 054") stays as read.
TEST(RepairMisreadCells, ACellCutAfterWholeGroups) {
  const Statements cut = CurrentAssets("168 602 852", "21 940 681", "190 543");
  ASSERT_TRUE(cut.balance_sheet);
  const StatementLine* total =
      Line(*cut.balance_sheet, "Summa omsättningstillgångar");
  ASSERT_NE(total, nullptr);
  EXPECT_EQ(total->values[0]->value, 190543533);
  EXPECT_EQ(Sums(cut).status, CheckStatus::kPass);
  for (const char* read : {"190 544", "19 054"}) {
    const Statements other = CurrentAssets("168 602 852", "21 940 681", read);
    ASSERT_TRUE(other.balance_sheet);
    EXPECT_EQ(RepairedCells(*other.balance_sheet), 0) << read;
  }
}

// A scanned balance sheet whose rule before the prior-year column OCR read
// as an em dash glued to the figures of the equity side (invented figures,
// the shape of kalmar-nation-bokslut-2025 scanned): the balance identity and
// the side's own sums say those figures are positive; a real negative
// result in the same column stays negative, and a dash the arithmetic does
// not contradict stays a minus.
TEST(SettleDoubtfulSigns, ARuleReadAsAMinusIsSettledByTheArithmetic) {
  Statements s = Parse(
      "Balansräkning\n"
      "Belopp i kr\t2025-12-31\t2024-12-31\n"
      "Kassa och bank\t10 300\t9 600\n"
      "Summa tillgångar\t10 300\t9 600\n"
      "Eget kapital\n"
      "Balanserat resultat\t9 500\t\u201412 500\n"
      "Årets resultat\t650\t-3 000\n"
      "Summa eget kapital\t10 150\t\u20149 500\n"
      "Kortfristiga skulder\n"
      "Leverantörsskulder\t150\t100\n"
      "Summa kortfristiga skulder\t150\t100\n"
      "Summa eget kapital och skulder\t10 300\t\u20149 600\n");
  ASSERT_TRUE(s.balance_sheet);
  const Statement& bs = *s.balance_sheet;
  EXPECT_EQ(Line(bs, "Balanserat resultat")->values[1]->value, 12500);
  EXPECT_EQ(Line(bs, "Årets resultat")->values[1]->value, -3000);
  EXPECT_EQ(Line(bs, "Summa eget kapital")->values[1]->value, 9500);
  EXPECT_EQ(Line(bs, "Summa eget kapital och skulder")->values[1]->value, 9600);
  // The record says what was read.
  ASSERT_EQ(Line(bs, "Summa eget kapital")->repaired.size(), 1u);
  EXPECT_EQ(Line(bs, "Summa eget kapital")->repaired[0].second.value, -9500);
  EXPECT_EQ(CountSumFailures(bs), 0);

  // An em dash the sums agree with is a minus.
  Statements held = Parse(
      "Resultaträkning\n"
      "Belopp i kr\t2025\t2024\n"
      "Intäkter\t1 000\t900\n"
      "Kostnader\t\u20141 200\t\u2014800\n"
      "Årets resultat\t\u2014200\t100\n");
  ASSERT_TRUE(held.income_statement);
  EXPECT_EQ(Line(*held.income_statement, "Kostnader")->values[0]->value, -1200);
  EXPECT_EQ(Line(*held.income_statement, "Årets resultat")->values[0]->value,
            -200);
  EXPECT_TRUE(Line(*held.income_statement, "Kostnader")->repaired.empty());
}

TEST(DigitEditDistance, CountsInsertionsDeletionsAndChanges) {
  EXPECT_EQ(DigitEditDistance("543097", "543697"), 1);
  EXPECT_EQ(DigitEditDistance("3506705", "356765"), 2);
  EXPECT_EQ(DigitEditDistance("2044871929290", "204487192990"), 1);
  EXPECT_EQ(DigitEditDistance("", "12"), 2);
  EXPECT_EQ(DigitEditDistance("123", "123"), 0);
}

}  // namespace
}  // namespace finsam::records
