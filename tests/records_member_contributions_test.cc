// Member contributions stated in a sentence or printed as a table of
// "Tilldelade medel" (invented names and figures).
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "records/member_contributions.h"
#include "records/record_text.h"

namespace finsam::records {
namespace {

TEST(ExtractMemberContributions, StatedInASentence) {
  RecordText t = SplitRecordText(
      "Samordningsförbundet Västerland\n"
      "Förvaltningsberättelse\n"
      "Förbundets medlemmar bidrog under 2024 med totalt 4 800 000 kr.\n"
      "Försäkringskassan bidrog med 2 400 000 kr, Region Västerland med\n"
      "1 200 000 kr och kommunerna med 1 200 000 kr.\n"
      "Förbundet har beviljat bidrag till Lövsta kommun med 300 000 kr.\n");
  const MemberContributions m = ExtractMemberContributions(t, 2024);
  ASSERT_EQ(m.rows.size(), 3u);
  EXPECT_EQ(m.rows[0].member, "Försäkringskassan");
  EXPECT_EQ(m.rows[0].year, 2024);
  EXPECT_EQ(m.rows[0].amount, 2400000);
  EXPECT_EQ(m.rows[0].label, "Försäkringskassan bidrog med 2 400 000 kr");
  EXPECT_EQ(m.rows[1].member, "Region Västerland");
  EXPECT_EQ(m.rows[2].label, "kommunerna med 1 200 000 kr");
  EXPECT_EQ(m.rows[1].amount, 1200000);
  EXPECT_EQ(m.rows[2].member, "kommunerna");
  // The total the members paid together; Lövsta kommun, paid by the
  // förbund, is no member row.
  ASSERT_EQ(m.totals.size(), 1u);
  EXPECT_EQ(m.totals[0].key, "member_contributions_total");
  EXPECT_EQ(m.totals[0].year, 2024);
  EXPECT_EQ(m.totals[0].value, 4800000);
}

TEST(ExtractMemberContributions, SentenceYearUnitAndTotalVerb) {
  RecordText t = SplitRecordText(
      "Samordningsförbundet Västerland\n"
      "Medlemsbidragen uppgick 2023 till 9,0 miljoner kronor. Staten bidrog\n"
      "för 2023 med 4,5 mnkr.\n");
  const MemberContributions m = ExtractMemberContributions(t, 0);
  ASSERT_EQ(m.rows.size(), 1u);
  EXPECT_EQ(m.rows[0].member, "Staten");
  EXPECT_EQ(m.rows[0].year, 2023);
  EXPECT_EQ(m.rows[0].amount, 4500000);
  // "uppgick 2023 till": the year between the word and the verb.
  ASSERT_EQ(m.totals.size(), 1u);
  EXPECT_EQ(m.totals[0].value, 9000000);
  // Without the year in the sentence or the document's, nothing is read.
  EXPECT_TRUE(ExtractMemberContributions(
                  SplitRecordText("Samordningsförbundet Västerland\n"
                                  "Staten bidrog med 4 500 000 kr.\n"),
                  0)
                  .rows.empty());
  // Not a samordningsförbund: a club's grant is no member's contribution.
  EXPECT_TRUE(ExtractMemberContributions(
                  SplitRecordText("Idrottsklubben\n"
                                  "Region Västerland bidrog med 50 000 kr.\n"),
                  2023)
                  .rows.empty());
}

// A table wins over a sentence for the same year.
TEST(ExtractMemberContributions, TilldeladeMedelTableAndItsTotal) {
  RecordText t = SplitRecordText(
      "Samordningsförbundet Västerland\n"
      "Tilldelade medel\t2024\t2023\n"
      "Försäkringskassan\t2 400 000\t2 300 000\n"
      "Region Västerland\t1 200 000\t1 150 000\n"
      "Lövsta kommun\t1 200 000\t1 150 000\n"
      "Summa tilldelade medel\t4 800 000\t4 600 000\n"
      "Försäkringskassan bidrog under 2024 med 2 000 000 kr.\n");
  const MemberContributions m = ExtractMemberContributions(t, 2024);
  ASSERT_EQ(m.rows.size(), 6u);
  EXPECT_EQ(m.rows[0].amount, 2400000);
  EXPECT_EQ(m.rows[4].member, "Lövsta kommun");
  ASSERT_EQ(m.totals.size(), 2u);
  EXPECT_EQ(m.totals[0].value, 4800000);
  EXPECT_EQ(m.totals[1].year, 2023);
}

// Each member's share printed before the years, the state's half with an
// aside on who the state is, the unit in the caption above (invented
// figures): the years' cells, in kronor, under the member's name.
TEST(ExtractMemberContributions, ShareColumnBeforeTheYearsUnitAbove) {
  const MemberContributions m = ExtractMemberContributions(SplitRecordText(
      "Samordningsförbundet Västerland\n"
      "Medlemsbidrag per medlem (tkr)\n"
      "Medlem\tAndel\t2024\t2023\n"
      "Staten (Försäkringskassan och Arbetsförmedlingen)\t50 %\t2 400\t"
      "2 300\n"
      "Region Västerland\t25 %\t1 200\t1 150\n"
      "Lövsta kommun\t25 %\t1 200\t1 150\n"
      "Summa\t100 %\t4 800\t4 600\n"));
  ASSERT_EQ(m.rows.size(), 6u);
  EXPECT_EQ(m.rows[0].member, "Staten");
  EXPECT_EQ(m.rows[0].year, 2024);
  EXPECT_EQ(m.rows[0].amount, 2400000);
  EXPECT_EQ(m.rows[3].year, 2023);
  EXPECT_EQ(m.rows[3].amount, 1150000);
  ASSERT_EQ(m.totals.size(), 2u);
  EXPECT_EQ(m.totals[1].value, 4600000);
}

// The caption stands over a paragraph introducing the table (invented
// text): the table is still one of contributions, its rows the members'.
TEST(ExtractMemberContributions, CaptionAboveAnIntroducingParagraph) {
  const MemberContributions m = ExtractMemberContributions(SplitRecordText(
      "Samordningsförbundet Västerland\n"
      "Medlemsbidrag\n"
      "Medlemmarna har under 2024 tillskjutit medel enligt nedanstående "
      "fördelning, där staten\n"
      "svarar för hälften.\n"
      "Medlem\t2024\t2023\n"
      "Staten\t2 400 000\t2 300 000\n"
      "Lövsta kommun\t1 200 000\t1 150 000\n"));
  ASSERT_EQ(m.rows.size(), 4u);
  EXPECT_EQ(m.rows[2].member, "Lövsta kommun");
  EXPECT_EQ(m.rows[2].amount, 1200000);
}

// "Bidrag från medlemmarna" is the members together (their total, a key
// figure of the statement), not a member called "medlemmarna".
TEST(ExtractMemberContributions, TheMembersTogetherAreNoMember) {
  const MemberContributions m = ExtractMemberContributions(
      SplitRecordText("Samordningsförbundet Västerland\n"
                      "Not 2 Verksamhetens intäkter\t2024\t2023\n"
                      "Bidrag från medlemmarna\t4 800 000\t4 600 000\n"
                      "Bidrag från staten\t2 400 000\t2 300 000\n"));
  ASSERT_EQ(m.rows.size(), 2u);
  EXPECT_EQ(m.rows[0].member, "staten");
}

// One year's contributions with each member's share beside the amounts,
// before the year or after it: the share's heading makes the one year a
// table's header ("Förbundet bildades 2009" stays prose).
TEST(ExtractMemberContributions, OneYearWithTheShareBesideIt) {
  for (const std::string header :
       {"Medlem (tkr)\tAndel\t2023", "Medlem (tkr)\t2023\tAndel"}) {
    const bool share_first = header.find("Andel\t2023") != std::string::npos;
    auto row = [&](const std::string& label, const std::string& share,
                   const std::string& amount) {
      return label + "\t" +
             (share_first ? share + "\t" + amount : amount + "\t" + share) +
             "\n";
    };
    RecordText t = SplitRecordText(
        "Samordningsförbundet Nordby\nFörbundet bildades 2009.\n"
        "Medlemsbidrag\n" +
        header + "\n" + row("Staten", "50 %", "2 000") +
        row("Region Norrby", "25 %", "1 000") +
        row("Lerby kommun", "25 %", "1 000") + row("Totalt", "100 %", "4 000"));
    const MemberContributions m = ExtractMemberContributions(t, 2023);
    ASSERT_EQ(m.rows.size(), 3u) << header;
    EXPECT_EQ(m.rows[0].member, "Staten");
    EXPECT_EQ(m.rows[0].year, 2023);
    EXPECT_EQ(m.rows[0].amount, 2000000);
    EXPECT_EQ(m.rows[2].member, "Lerby kommun");
    ASSERT_EQ(m.totals.size(), 1u) << header;
    EXPECT_EQ(m.totals[0].value, 4000000);
  }
}

// A share column's cells are dropped by their place whatever OCR made of
// the percent signs ("50 Yo", "10 20").
TEST(ExtractMemberContributions, ShareCellsMisreadByOcr) {
  RecordText t = SplitRecordText(
      "Samordningsförbundet Nordby\nMedlemsbidrag\n"
      "Medlem (tkr)\tAndel\t2023\n"
      "Staten\t50 Yo\t2 000\n"
      "Region Norrby\t25 4\t1 000\n"
      "Lerby kommun\t15 Yo\t600\n"
      "Åby kommun\t10 20\t400\n"
      "Totalt\t100 2\t4 000\n");
  const MemberContributions m = ExtractMemberContributions(t, 2023);
  ASSERT_EQ(m.rows.size(), 4u);
  EXPECT_EQ(m.rows[1].member, "Region Norrby");
  EXPECT_EQ(m.rows[1].amount, 1000000);
  EXPECT_EQ(m.rows[3].amount, 400000);
  ASSERT_EQ(m.totals.size(), 1u);
  EXPECT_EQ(m.totals[0].value, 4000000);
}

// A table of one year's contributions whose header prints no year: the
// year its introducing sentence names; the municipalities' subtotal is no
// member of its own.
TEST(ExtractMemberContributions, HeaderWithoutAYearAndASubtotal) {
  RecordText t = SplitRecordText(
      "Samordningsförbundet Exempeldalen\nMedlemsbidrag\n"
      "Förbundets medlemmar bidrog under 2024 enligt följande.\n"
      "Medlem\tBelopp, kr\tAndel\n"
      "Försäkringskassan\t1 500 000\t25 %\n"
      "Arbetsförmedlingen\t1 500 000\t25 %\n"
      "Region Exempel\t1 500 000\t25 %\n"
      "Lerby kommun\t900 000\t15 %\n"
      "Åby kommun\t600 000\t10 %\n"
      "Kommunerna\t1 500 000\t25 %\n"
      "Summa\t6 000 000\t100 %\n");
  const MemberContributions m = ExtractMemberContributions(t, 2024);
  ASSERT_EQ(m.rows.size(), 5u);
  EXPECT_EQ(m.rows[0].year, 2024);
  EXPECT_EQ(m.rows[4].member, "Åby kommun");
  EXPECT_EQ(m.rows[4].amount, 600000);
  ASSERT_EQ(m.totals.size(), 1u);
  EXPECT_EQ(m.totals[0].value, 6000000);
  // Without a year printed or known, no rows.
  EXPECT_TRUE(ExtractMemberContributions(
                  SplitRecordText("Samordningsförbundet Exempeldalen\n"
                                  "Medlemsbidrag\nMedlem\tBelopp, kr\n"
                                  "Region Exempel\t1 500 000\n"),
                  0)
                  .rows.empty());
}

// The year's cell prints the unit after the year ("2024, kr", "2024
// (tkr)"): still the table's year, the amounts in that unit.
TEST(ExtractMemberContributions, UnitAfterTheYearInTheHeader) {
  // "Andel, 2/0": OCR's reading of "Andel, %" (the r9 Kustlandet scan).
  for (const auto& [heading, factor] :
       std::vector<std::pair<std::string, int64_t>>{
           {"2024, kr\tAndel, %", 1},
           {"2024 (tkr)\tAndel, %", 1000},
           {"2024, kr\tAndel, 2/0", 1}}) {
    RecordText t = SplitRecordText(
        "Samordningsförbundet Exempeldalen\nMedlemsbidrag\n"
        "Medlem\t" +
        heading +
        "\n"
        "Försäkringskassan\t1 500\t25,0\n"
        "Arbetsförmedlingen\t1 500\t25,0\n"
        "Region Exempel\t1 500\t25,0\n"
        "Lerby kommun\t900\t15,0\n"
        "Åby kommun\t600\t10,0\n"
        "Kommunerna\t1 500\t25,0\n"
        "Totalt\t6 000\t100,0\n");
    const MemberContributions m = ExtractMemberContributions(t, 2024);
    ASSERT_EQ(m.rows.size(), 5u) << heading;
    EXPECT_EQ(m.rows[0].year, 2024);
    EXPECT_EQ(m.rows[3].member, "Lerby kommun");
    EXPECT_EQ(m.rows[3].amount, 900 * factor) << heading;
    ASSERT_EQ(m.totals.size(), 1u);
    EXPECT_EQ(m.totals[0].value, 6000 * factor);
  }
}

// A note of the year's income lists the members by name, no caption
// naming contributions: the rows are contributions when a total labelled
// so sums them, and nothing otherwise.
TEST(ExtractMemberContributions, MembersInANoteConfirmedByTheirTotal) {
  const std::string rows =
      "Samordningsförbundet Exempeldalen\n"
      "Not 1 Verksamhetens intäkter\n"
      "2024\t2023\n"
      "Försäkringskassan\t1 050 000\t1 000 000\n"
      "Arbetsförmedlingen\t1 050 000\t1 000 000\n"
      "Region Exempel\t1 050 000\t1 000 000\n"
      "Lerby kommun\t1 050 000\t1 000 000\n";
  MemberContributions m = ExtractMemberContributions(
      SplitRecordText(rows + "Summa medlemsbidrag\t4 200 000\t4 000 000\n"
                             "Övriga intäkter\t38 500\t0\n"),
      2024);
  ASSERT_EQ(m.rows.size(), 8u);
  EXPECT_EQ(m.rows[6].member, "Lerby kommun");
  EXPECT_EQ(m.rows[6].year, 2024);
  EXPECT_EQ(m.rows[6].amount, 1050000);
  // The same rows under a total of something else, or one that does not
  // add up, are no contributions.
  EXPECT_TRUE(
      ExtractMemberContributions(
          SplitRecordText(rows + "Summa fordringar\t4 200 000\t4 000 000\n"),
          2024)
          .rows.empty());
  EXPECT_TRUE(
      ExtractMemberContributions(
          SplitRecordText(rows + "Summa medlemsbidrag\t4 300 000\t4 100 000\n"),
          2024)
          .rows.empty());
}

// The state pays half: "Staten" printed last equals the sum of the rows
// above it and is still a member, not their subtotal.
TEST(ExtractMemberContributions, TheStateLastIsNoSubtotal) {
  RecordText t = SplitRecordText(
      "Samordningsförbundet Exempeldalen\nMedlemsbidrag\n"
      "Medlem\t2024\tAndel\n"
      "Region Exempel\t1 500 000\t25 %\n"
      "Lerby kommun\t1 500 000\t25 %\n"
      "Staten\t3 000 000\t50 %\n"
      "Summa\t6 000 000\t100 %\n");
  const MemberContributions m = ExtractMemberContributions(t, 2024);
  ASSERT_EQ(m.rows.size(), 3u);
  EXPECT_EQ(m.rows[2].member, "Staten");
  ASSERT_EQ(m.totals.size(), 1u);
  EXPECT_EQ(m.totals[0].value, 6000000);
}

// Municipalities printed by their bare names ("Lerby", "Övre Åby") are
// members once the total confirms the rows add up; the municipalities'
// subtotal over them is no member. Without a confirming total a bare name
// is not read ("Övrigt" could stand there as well).
TEST(ExtractMemberContributions, BareMunicipalityNamesConfirmedByTheTotal) {
  RecordText t = SplitRecordText(
      "Samordningsförbundet Exempeldalen\nMedlemsbidrag\n"
      "Medlem\t2024\t2023\tAndel 2\n"  // OCR: "Andel %"
      "Staten\t2 400 000\t2 300 000\t50,0 Yo\n"
      "Region Exempel\t1 200 000\t1 150 000\t25,0 %\n"
      "Lerby\t720 000\t690 000\t15,0 %\n"
      "Övre Åby\t480 000\t460 000\t10,0 %\n"
      "Kommunerna\t1 200 000\t1 150 000\t25,0 %\n"
      "Totalt\t4 800 000\t4 600 000\t100 %\n");
  const MemberContributions m = ExtractMemberContributions(t, 2024);
  ASSERT_EQ(m.rows.size(), 8u);
  EXPECT_EQ(m.rows[4].member, "Lerby");
  EXPECT_EQ(m.rows[4].year, 2024);
  EXPECT_EQ(m.rows[4].amount, 720000);
  EXPECT_EQ(m.rows[7].member, "Övre Åby");
  EXPECT_EQ(m.rows[7].amount, 460000);
  ASSERT_EQ(m.totals.size(), 2u);
  EXPECT_EQ(m.totals[0].value, 4800000);
  // The same rows without the total, or with one they do not add up to.
  for (const char* total : {"", "Totalt\t5 000 000\t4 600 001\t100 %\n"}) {
    const MemberContributions u = ExtractMemberContributions(
        SplitRecordText("Samordningsförbundet Exempeldalen\nMedlemsbidrag\n"
                        "Medlem\t2024\t2023\n"
                        "Region Exempel\t1 200 000\t1 150 000\n"
                        "Lerby\t720 000\t690 000\n"
                        "Övrigt\t480 000\t460 000\n" +
                        std::string(total)),
        2024);
    ASSERT_EQ(u.rows.size(), 2u) << total;
    EXPECT_EQ(u.rows[0].member, "Region Exempel") << total;
  }
}

// Subtotals named "Staten totalt" and "Kommunerna totalt" are passed over
// and the rows below them stay in the run the total confirms.
TEST(ExtractMemberContributions, SubtotalsNamedWithTotalt) {
  RecordText t = SplitRecordText(
      "Samordningsförbundet Exempeldalen\nMedlemsbidrag\n"
      "Medlem\t2024\tAndel\n"
      "Försäkringskassan\t1 200 000\t25 %\n"
      "Arbetsförmedlingen\t1 200 000\t25 %\n"
      "Staten totalt\t2 400 000\t50 %\n"
      "Region Exempel\t1 200 000\t25 %\n"
      "Lerby\t720 000\t15 %\n"
      "Åby\t480 000\t10 %\n"
      "Kommunerna totalt\t1 200 000\t25 %\n"
      "Summa medlemsbidrag\t4 800 000\t100 %\n");
  const MemberContributions m = ExtractMemberContributions(t, 2024);
  ASSERT_EQ(m.rows.size(), 5u);
  EXPECT_EQ(m.rows[1].member, "Arbetsförmedlingen");
  EXPECT_EQ(m.rows[2].member, "Region Exempel");
  EXPECT_EQ(m.rows[4].member, "Åby");
  EXPECT_EQ(m.rows[4].amount, 480000);
  ASSERT_EQ(m.totals.size(), 1u);
  EXPECT_EQ(m.totals[0].value, 4800000);
}

}  // namespace
}  // namespace finsam::records
