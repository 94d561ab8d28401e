// Amounts and table rows: Swedish number forms, OCR-split numbers, notes.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "records/amount_parser.h"
#include "records/org_number.h"
#include "records/table_row.h"

namespace finsam::records {
namespace {

double V(const std::optional<Amount>& a) { return a ? a->value : -1e18; }

TEST(ParseAmount, SwedishForms) {
  EXPECT_EQ(V(ParseAmount("8 036 515")), 8036515);
  EXPECT_EQ(V(ParseAmount("-7 367 068")), -7367068);
  EXPECT_EQ(V(ParseAmount("\xE2\x88\x92"
                          "438 192")),
            -438192);  // U+2212
  EXPECT_EQ(V(ParseAmount("\xE2\x80\x93"
                          "438 192")),
            -438192);  // en dash
  EXPECT_EQ(V(ParseAmount("- 438 192")), -438192);
  EXPECT_EQ(V(ParseAmount("(438 192)")), -438192);
  EXPECT_EQ(V(ParseAmount("2.113.812")), 2113812);
  EXPECT_EQ(V(ParseAmount("2.113.812 kr")), 2113812);
  EXPECT_EQ(V(ParseAmount("8\xC2\xA0"
                          "036\xC2\xA0"
                          "515")),
            8036515);  // NBSP
  EXPECT_EQ(V(ParseAmount("0")), 0);
}

TEST(ParseAmount, PercentAndDecimals) {
  auto a = ParseAmount("41,8 %");
  ASSERT_TRUE(a);
  EXPECT_DOUBLE_EQ(a->value, 41.8);
  EXPECT_TRUE(a->percent);
  EXPECT_EQ(a->decimals, 1);
  auto share = ParseAmount("(31 %)");
  ASSERT_TRUE(share);
  EXPECT_EQ(share->value, 31);  // a share in parentheses is not negative
  EXPECT_TRUE(share->percent);
  EXPECT_DOUBLE_EQ(V(ParseAmount("58,13")), 58.13);
}

TEST(ParseAmount, CommaGroupingWithDecimalPoint) {
  EXPECT_DOUBLE_EQ(V(ParseAmount("4,456,213.12")), 4456213.12);
  EXPECT_DOUBLE_EQ(V(ParseAmount("-3,001,485.05")), -3001485.05);
  EXPECT_DOUBLE_EQ(V(ParseAmount("9,297,219")), 9297219);
  auto a = ParseAmount("645,262.92");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->as_integer(), 645263);
  EXPECT_DOUBLE_EQ(V(ParseAmount("4,456")), 4.456);  // a decimal comma
}

// Accounting programs print öre after a point ("92 400.00"), and OCR reads
// a decimal comma as a point; a point before three digits still groups.
TEST(ParseAmount, OreAfterAPoint) {
  EXPECT_DOUBLE_EQ(V(ParseAmount("92 400.00")), 92400);
  EXPECT_DOUBLE_EQ(V(ParseAmount("-116 106.80")), -116106.8);
  EXPECT_DOUBLE_EQ(V(ParseAmount("390.06")), 390.06);
  EXPECT_DOUBLE_EQ(V(ParseAmount("2.113")), 2113);
  EXPECT_FALSE(ParseAmount("92 400.0001"));
  EXPECT_TRUE(IsAmountToken("400.00"));
  EXPECT_TRUE(IsAmountToken("-74.50"));
  EXPECT_FALSE(IsAmountToken("400.000"));
  std::optional<int> note;
  auto cells =
      GroupAmountTokens({"-5", "746.33", "-5", "746,33"}, 2, false, &note);
  ASSERT_TRUE(cells);
  EXPECT_DOUBLE_EQ((*cells)[0]->value, -5746.33);
  EXPECT_DOUBLE_EQ((*cells)[1]->value, -5746.33);
}

TEST(ParseAmount, NotAmounts) {
  EXPECT_FALSE(ParseAmount("Not 2"));
  EXPECT_FALSE(ParseAmount("2023 2022"));  // two numbers, not one
  EXPECT_FALSE(ParseAmount("8 36 515"));   // broken grouping
  EXPECT_FALSE(ParseAmount("abc"));
  EXPECT_TRUE(IsEmptyCell("-"));
  EXPECT_TRUE(IsEmptyCell("\xE2\x80\x93"));
  EXPECT_TRUE(IsEmptyCell(""));
  EXPECT_FALSE(IsEmptyCell("0"));
}

TEST(FindUnit, HeadersAndCaptions) {
  EXPECT_EQ(FindUnit("Belopp tkr"), Unit::kTkr);
  EXPECT_EQ(FindUnit("Översikt medlemsbidragets utveckling (kr)"), Unit::kKr);
  EXPECT_EQ(FindUnit("Belopp i kronor"), Unit::kKr);
  EXPECT_EQ(FindUnit("Belopp mnkr"), Unit::kMnkr);
  EXPECT_EQ(FindUnit("Resultaträkning"), std::nullopt);
  EXPECT_EQ(UnitFactor(Unit::kTkr), 1000);
}

std::vector<double> Values(const std::vector<Cell>& cells) {
  std::vector<double> out;
  for (const Cell& c : cells) out.push_back(c ? c->value : -0.5);
  return out;
}

TEST(GroupAmountTokens, OcrLostGroupingSpaces) {
  // "Kassa och bank 4439 417 4301311" from the raw OCR of seed 000.
  auto cells = GroupAmountTokens({"4439", "417", "4301311"}, 2, false, nullptr);
  ASSERT_TRUE(cells);
  EXPECT_EQ(Values(*cells), (std::vector<double>{4439417, 4301311}));
  // "8036 515 -7 367 068".
  cells = GroupAmountTokens({"-8036", "515", "-7", "367", "068"}, 2, false,
                            nullptr);
  ASSERT_TRUE(cells);
  EXPECT_EQ(Values(*cells), (std::vector<double>{-8036515, -7367068}));
  // "2 359937": the inner space lost.
  cells = GroupAmountTokens({"2483", "599", "2", "359937"}, 2, false, nullptr);
  ASSERT_TRUE(cells);
  EXPECT_EQ(Values(*cells), (std::vector<double>{2483599, 2359937}));
}

TEST(GroupAmountTokens, NoAmountHasMoreThanFifteenDigits) {
  // As ParseAmount: a longer run of digits is OCR junk, not an amount
  // (the records fuzzer's "3 187 5222222222…240").
  const std::string junk(60, '2');
  EXPECT_EQ(GroupAmountTokens({junk, "2", "541", "177"}, 2, false, nullptr),
            std::nullopt);
  EXPECT_EQ(ParseAmount(junk), std::nullopt);
  const std::string fifteen(15, '9');
  auto cells = GroupAmountTokens({fifteen}, 1, false, nullptr);
  ASSERT_TRUE(cells);
  EXPECT_EQ(Values(*cells), (std::vector<double>{999999999999999.0}));
}

TEST(KronorOf, ScalesRoundsAndRefusesTheImpossible) {
  EXPECT_EQ(KronorOf(4439.4, Unit::kKr), 4439);
  EXPECT_EQ(KronorOf(-8036.515, Unit::kTkr), -8036515);
  EXPECT_EQ(KronorOf(2.5, Unit::kMnkr), 2500000);
  // From 1e15 kr up (a fifteen-digit amount in mnkr): no amount.
  EXPECT_EQ(KronorOf(999999999999999.0, Unit::kMnkr), std::nullopt);
  EXPECT_EQ(KronorOf(-1e15, Unit::kKr), std::nullopt);
  EXPECT_EQ(KronorOf(std::nan(""), Unit::kKr), std::nullopt);
}

TEST(GroupAmountTokens, BalancedColumnsWin) {
  auto cells =
      GroupAmountTokens({"123", "661", "689", "772"}, 2, false, nullptr);
  ASSERT_TRUE(cells);
  EXPECT_EQ(Values(*cells), (std::vector<double>{123661, 689772}));
}

TEST(GroupAmountTokens, NoteReference) {
  std::optional<int> note;
  // "Avsättningar för pensioner 5 168 993 140 413": 5 is the note.
  auto cells =
      GroupAmountTokens({"5", "168", "993", "140", "413"}, 2, true, &note);
  ASSERT_TRUE(cells);
  EXPECT_EQ(note, 5);
  EXPECT_EQ(Values(*cells), (std::vector<double>{168993, 140413}));
  // "Kassa och bank 4 439 417 4 301 311": no note, although one would fit.
  cells =
      GroupAmountTokens({"4", "439", "417", "4", "301", "311"}, 2, true, &note);
  ASSERT_TRUE(cells);
  EXPECT_EQ(note, std::nullopt);
  EXPECT_EQ(Values(*cells), (std::vector<double>{4439417, 4301311}));
}

TEST(GroupAmountTokens, PercentAndEmptyCells) {
  auto cells = GroupAmountTokens({"55", "%", "54", "%"}, 2, false, nullptr);
  ASSERT_TRUE(cells);
  EXPECT_EQ(Values(*cells), (std::vector<double>{55, 54}));
  EXPECT_TRUE((*cells)[0]->percent);
  cells = GroupAmountTokens({"-", "1", "200"}, 2, false, nullptr);
  ASSERT_TRUE(cells);
  EXPECT_FALSE((*cells)[0].has_value());
  EXPECT_EQ((*cells)[1]->value, 1200);
  EXPECT_FALSE(GroupAmountTokens({"1", "2"}, 3, false, nullptr));
}

TEST(LuhnValid, OrganisationNumbers) {
  EXPECT_TRUE(LuhnValid("222000-2493"));
  EXPECT_TRUE(LuhnValid("716444-9758"));
  EXPECT_FALSE(LuhnValid("222000-2494"));
  EXPECT_FALSE(LuhnValid("2220002493"));
}

TEST(FindOrgNumbers, PrintedAndOcrForms) {
  using V = std::vector<std::string>;
  EXPECT_EQ(FindOrgNumbers("Org.nr 222000-2493", true), V{"222000-2493"});
  // Spaces around the dash and a normaliser's grouping of the last four.
  EXPECT_EQ(FindOrgNumbers("Brf Exempel, 769612 - 2 675", false),
            V{"769612-2675"});
  EXPECT_EQ(FindOrgNumbers("222000 – 2493 och 716444-9758", false),
            (V{"222000-2493", "716444-9758"}));
  // Ten digits in a run only after a label: unlabelled, an amount.
  EXPECT_EQ(FindOrgNumbers("Organisationsnummer 7164449758", true),
            V{"716444-9758"});
  EXPECT_TRUE(FindOrgNumbers("Summa 7164449758", false).empty());
  // A check digit that fails is still found (the caller warns of it).
  EXPECT_EQ(FindOrgNumbers("Org.nr 222000-2494", true), V{"222000-2494"});
  // A personal identity number, a year range and a longer run are none.
  EXPECT_TRUE(FindOrgNumbers("Född 451012-1234", true).empty());
  EXPECT_TRUE(FindOrgNumbers("Period 202301-20231", true).empty());
  EXPECT_TRUE(FindOrgNumbers("Konto 12345678901", true).empty());
}

TEST(HasOrgNumberLabel, Forms) {
  EXPECT_TRUE(HasOrgNumberLabel("Org.nr 222000-2493"));
  EXPECT_TRUE(HasOrgNumberLabel("org nr"));
  EXPECT_TRUE(HasOrgNumberLabel("Organisationsnummer:"));
  EXPECT_FALSE(HasOrgNumberLabel("Organisationen"));
}

TEST(SplitRow, TabSeparatedBornDigital) {
  TableRow row =
      SplitRow("Verksamhetens intäkter\tNot 2\t8 011 783\t8 038 718", 2, true);
  EXPECT_EQ(row.label, "Verksamhetens intäkter");
  EXPECT_EQ(row.note, "2");
  EXPECT_EQ(Values(row.cells), (std::vector<double>{8011783, 8038718}));
  EXPECT_TRUE(row.complete);
  row = SplitRow("Eget kapital\tNot 6", 2, true);
  EXPECT_EQ(row.label, "Eget kapital");
  EXPECT_EQ(row.note, "6");
  EXPECT_TRUE(row.cells.empty());
}

// A wrapped cell with a remark under its amount, as layout joins it.
TEST(SplitRow, NoteOneReadAsALetter) {
  TableRow row =
      SplitRow("Nettoomsättning\tNot I\t37 526 958\t36 710 185", 2, true);
  EXPECT_EQ(row.label, "Nettoomsättning");
  EXPECT_EQ(row.note, "1");
  EXPECT_EQ(Values(row.cells), (std::vector<double>{37526958, 36710185}));
}

TEST(SplitRow, AmountWithRemarkInBrackets) {
  TableRow row = SplitRow(
      "Verksamhetens intäkter\t8 012 (inkl ESF)\t8 039 (inkl ESF)\t7 650", 3,
      false);
  EXPECT_EQ(row.label, "Verksamhetens intäkter");
  EXPECT_EQ(Values(row.cells), (std::vector<double>{8012, 8039, 7650}));
  // A label keeps its brackets.
  row = SplitRow("Antal anställda 2023 (varav kvinnor)\t12\t11", 2, false);
  EXPECT_EQ(row.label, "Antal anställda 2023 (varav kvinnor)");
  EXPECT_EQ(Values(row.cells), (std::vector<double>{12, 11}));
}

TEST(SplitRow, LayoutSpacesWithBareNote) {
  TableRow row = SplitRow(
      "Fastighetslån                                  10, 11    47 264 980    "
      "42 472 300",
      2, true);
  EXPECT_EQ(row.label, "Fastighetslån");
  EXPECT_EQ(row.note, "10, 11");
  EXPECT_EQ(Values(row.cells), (std::vector<double>{47264980, 42472300}));
  row = SplitRow("Årets kassaförändring          - 438 192        -   23 808",
                 2, false);
  EXPECT_EQ(Values(row.cells), (std::vector<double>{-438192, -23808}));
}

// A margin note or a pen mark after the values (real: Lindh 2013's
// "Ny", Sjötungan 2007's "H") is set aside when the values fill the columns;
// a word after them is not a mark, and the row stays unread as before.
TEST(SplitRow, ShortMarkAfterTheValues) {
  TableRow row =
      SplitRow("SUMMA TILLGÅNGAR\t117 431 626\t116 932 876\tNy", 2, false);
  EXPECT_EQ(row.label, "SUMMA TILLGÅNGAR");
  EXPECT_EQ(Values(row.cells), (std::vector<double>{117431626, 116932876}));
  EXPECT_EQ(row.trailing, "Ny");
  row = SplitRow("Summa tillgångar\t170 662 854\t140 207 069 H", 2, true);
  EXPECT_EQ(row.label, "Summa tillgångar");
  EXPECT_EQ(Values(row.cells), (std::vector<double>{170662854, 140207069}));
  EXPECT_EQ(row.trailing, "H");
  // After a lone digit group the "mark" is OCR of the missing digits
  // (Ångturbinen 2013, 144 914): the row is not read short.
  row = SplitRow("ÅRETS RESULTAT\t\t253 149\t144 Mg", 2, false);
  EXPECT_TRUE(row.trailing.empty());
  EXPECT_NE(Values(row.cells), (std::vector<double>{253149, 144}));
  EXPECT_NE(Values(row.cells), (std::vector<double>{253, 149144}));
  row = SplitRow("Summa eget kapital och\t87 407 673\t86 681 766 skulder", 2,
                 false);
  EXPECT_TRUE(row.trailing.empty());
  // Without a known column count nothing is set aside.
  row = SplitRow("Summa tillgångar\t170 662 854\tH", 0, false);
  EXPECT_TRUE(row.trailing.empty());
}

TEST(SplitRow, OcrSingleSpacedWithJunk) {
  TableRow row =
      SplitRow("Verksamhetens kostnader 3 -8036 515 -7 367 068", 2, true);
  EXPECT_EQ(row.label, "Verksamhetens kostnader");
  EXPECT_EQ(row.note, "3");
  EXPECT_EQ(Values(row.cells), (std::vector<double>{-8036515, -7367068}));
  row = SplitRow("Fordringar | 4 39873 43 748", 2, true);
  EXPECT_EQ(row.label, "Fordringar");
  EXPECT_EQ(row.note, "4");
  EXPECT_EQ(Values(row.cells), (std::vector<double>{39873, 43748}));
  row = SplitRow("Skulder 6", 2, true);
  EXPECT_EQ(row.label, "Skulder");
  EXPECT_EQ(row.note, "6");
  EXPECT_TRUE(row.cells.empty());
}

TEST(SplitRow, RowThatLostCells) {
  TableRow row = SplitRow("Resor 0 26 21 0 10 10", 8, false);
  EXPECT_EQ(row.label, "Resor");
  EXPECT_FALSE(row.complete);
  EXPECT_EQ(row.cells.size(), 6u);
}

// A rule or a speck between two columns that OCR read as a cell of its own
// (the lead's Ekbacka scan: "Finansiella kostnader -310 - -95" under two
// years): the mark is no column when the other cells fill the columns.
TEST(SplitRow, AStrayMarkBetweenTheColumns) {
  TableRow row = SplitRow("Finansiella kostnader\t-310\t-\t-95", 2, false);
  EXPECT_TRUE(row.complete);
  ASSERT_EQ(row.cells.size(), 2u);
  EXPECT_EQ(row.cells[0]->value, -310);
  EXPECT_EQ(row.cells[1]->value, -95);
  row = SplitRow("Räntekostnader\t1 250\t.\t410", 2, false);
  ASSERT_EQ(row.cells.size(), 2u);
  EXPECT_EQ(row.cells[1]->value, 410);
  // A dash before a positive amount is still its sign.
  row = SplitRow("Avskrivningar\t-\t23 808\t20 000", 2, false);
  ASSERT_EQ(row.cells.size(), 2u);
  EXPECT_EQ(row.cells[0]->value, -23808);
  // Two marks: which one is the column's empty cell cannot be told.
  row = SplitRow("Övrigt\t-\t-\t-95", 2, false);
  EXPECT_FALSE(row.complete);
  // OCR'd single-spaced: the same, by the only reading that fills the
  // columns; a dash that can be an empty cell still is one.
  row = SplitRow("Finansiella kostnader -310 - -95", 2, false);
  EXPECT_EQ(row.label, "Finansiella kostnader");
  ASSERT_EQ(row.cells.size(), 2u);
  EXPECT_EQ(row.cells[0]->value, -310);
  EXPECT_EQ(row.cells[1]->value, -95);
  row = SplitRow("Avskrivningar - -95", 2, false);
  ASSERT_EQ(row.cells.size(), 2u);
  EXPECT_FALSE(row.cells[0]);
}

// A ratio's percent signs misread along the row by OCR of a bilevel scan;
// a lone mark after one amount is not taken for one.
TEST(SplitRow, PercentSignsMisreadAlongTheRow) {
  TableRow row =
      SplitRow("Soliditet\t82,9\t84,9 \"No\t85,3 No\t81,0 HN", 4, false);
  ASSERT_EQ(row.cells.size(), 4u);
  EXPECT_EQ(row.label, "Soliditet");
  EXPECT_DOUBLE_EQ(row.cells[1]->value, 84.9);
  EXPECT_DOUBLE_EQ(row.cells[3]->value, 81.0);
  // A lone mark may be a cut-off cell: the row stays unread.
  row = SplitRow("Soliditet\t82,9\t84,9 Ny", 2, false);
  EXPECT_TRUE(row.cells.empty());
}

// An em dash before a figure may be a rule OCR read (the statement's sums
// decide, records/cell_repair.h); a hyphen or a true minus is a sign.
TEST(ParseAmount, EmDashSignIsInDoubt) {
  EXPECT_TRUE(ParseAmount("\u20149,507,693.10")->sign_in_doubt);
  EXPECT_EQ(ParseAmount("\u20149,507,693.10")->value, -9507693.10);
  EXPECT_FALSE(ParseAmount("-9 507 693")->sign_in_doubt);
  EXPECT_FALSE(ParseAmount("\u22129 507 693")->sign_in_doubt);
  const auto cells =
      GroupAmountTokens({"1", "200", "\u2014", "8", "883"}, 2, false, nullptr);
  ASSERT_TRUE(cells);
  EXPECT_EQ((*cells)[1]->value, -8883);
  EXPECT_TRUE((*cells)[1]->sign_in_doubt);
}

}  // namespace
}  // namespace finsam::records
