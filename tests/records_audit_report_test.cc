// records/audit_report.h: what an audit report recommends, read from its
// sentences.
#include <gtest/gtest.h>

#include <string>

#include "records/audit_report.h"
#include "records/place_date.h"

namespace finsam::records {
namespace {

TEST(AuditReport, RecommendsDischargeAndApproval) {
  const AuditReading a = ReadAuditReport(
      "Revisionsberättelse\n"
      "Till förbundsmedlemmarna i Samordningsförbundet Exempelbygd, org.nr "
      "222000-2493\n"
      "Vi, av förbundsmedlemmarna utsedda revisorer, har granskat förbundets\n"
      "verksamhet för räkenskapsåret 2023, 2023-01-01 – 2023-12-31.\n"
      "Uttalanden\n"
      "Vi bedömer att styrelsen har bedrivit verksamheten på ett "
      "ändamålsenligt sätt.\n"
      "Vi tillstyrker att förbundsmedlemmarna beviljar styrelsen och de "
      "enskilda\nledamöterna i densamma ansvarsfrihet för verksamhetsåret "
      "2023.\n"
      "Vi tillstyrker att förbundets årsredovisning för 2023 godkänns.\n"
      "Åby den 5 april 2024\n");
  EXPECT_EQ(a.organisation, "Samordningsförbundet Exempelbygd");
  EXPECT_EQ(a.org_number, "222000-2493");
  EXPECT_EQ(a.fiscal_year, 2023);
  EXPECT_EQ(a.period_start, "2023-01-01");
  EXPECT_EQ(a.period_end, "2023-12-31");
  ASSERT_TRUE(a.discharge.has_value());
  EXPECT_TRUE(*a.discharge);
  ASSERT_TRUE(a.approval.has_value());
  EXPECT_TRUE(*a.approval);
  EXPECT_TRUE(a.remarks.empty());
  EXPECT_EQ(a.date, "2024-04-05");
}

TEST(AuditReport, AdvisesAgainstDischargeWithARemark) {
  const AuditReading a = ReadAuditReport(
      "REVISIONSBERÄTTELSE\nTill föreningsstämman i Brf Exempel\n"
      "Anmärkning\nStyrelsen har beslutat om insatser utan stämmans "
      "godkännande.\n"
      "Vi riktar anmärkning mot styrelsen och avstyrker att stämman "
      "beviljar\nstyrelsens ledamöter ansvarsfrihet för räkenskapsåret.\n"
      "Vi tillstyrker att föreningsstämman fastställer resultaträkningen "
      "och balansräkningen.\n");
  EXPECT_EQ(a.organisation, "Brf Exempel");
  ASSERT_TRUE(a.discharge.has_value());
  EXPECT_FALSE(*a.discharge);
  ASSERT_TRUE(a.approval.has_value());
  EXPECT_TRUE(*a.approval);
  // One remark: the paragraph under its heading; the sentence that directs
  // it restates it.
  ASSERT_EQ(a.remarks.size(), 1u);
  EXPECT_EQ(a.remarks[0],
            "Styrelsen har beslutat om insatser utan stämmans godkännande.");
}

// Without a heading the sentence that directs the remark is the remark; a
// heading over a denial makes none.
TEST(AuditReport, ARemarkWithoutItsHeading) {
  const AuditReading directed = ReadAuditReport(
      "Vi riktar anmärkning mot styrelsen för att den inte har fört "
      "protokoll.\n");
  ASSERT_EQ(directed.remarks.size(), 1u);
  EXPECT_EQ(directed.remarks[0],
            "Vi riktar anmärkning mot styrelsen för att den inte har fört "
            "protokoll.");
  const AuditReading denied =
      ReadAuditReport("Anmärkningar\n\nVi har inga anmärkningar.\n");
  EXPECT_TRUE(denied.remarks.empty());
}

TEST(AuditReport, FoldedOcrLettersAndNoRemark) {
  const AuditReading a = ReadAuditReport(
      "Vi har inte funnit nagot som foranleder nagon anmarkning.\n"
      "Vi tillstyrker att styrelsen beviljas ansvarsfrihet for "
      "rakenskapsaret 2019.\n");
  EXPECT_TRUE(a.remarks.empty());
  ASSERT_TRUE(a.discharge.has_value());
  EXPECT_TRUE(*a.discharge);
  EXPECT_EQ(a.fiscal_year, 2019);
  EXPECT_FALSE(a.approval.has_value());
}

// OCR left a blank line inside the sentence that gives discharge together
// with the allocation of the profit (brf-sjotungan 2012's layout).
TEST(AuditReport, ASentenceGoesOnOverABlankLine) {
  const AuditReading a = ReadAuditReport(
      "Uttalanden\n\n"
      "Vi tillstyrker att föreningsstämman disponerar vinsten enligt "
      "förslaget i förvaltningsberättelsen och beviljar\n\n"
      "styrelsens ledamöter ansvarsfrihet för räkenskapsåret.\n\n"
      "Tyresö den 2 april 2012\n");
  ASSERT_TRUE(a.discharge.has_value());
  EXPECT_TRUE(*a.discharge);
  EXPECT_EQ(a.discharge_sentence,
            "Vi tillstyrker att föreningsstämman disponerar vinsten enligt "
            "förslaget i förvaltningsberättelsen och beviljar styrelsens "
            "ledamöter ansvarsfrihet för räkenskapsåret.");
  EXPECT_EQ(a.date, "2012-04-02");
}

// A typewritten period with the dash doubled (kalmar nation's
// revisionsberättelse for 1990).
TEST(AuditReport, APeriodWithADoubledDash) {
  const AuditReading a = ReadAuditReport(
      "Revisionsberättelse\n\n"
      "Undertecknade, av Exempel Nation i Lunds nationsmöte för tiden\n"
      "1990-01-01 - - 1990-12-31 utsedda revisorer, får härmed avge "
      "följande\nberättelse avseende verksamheten under 1990.\n");
  // The period, and the year it ends in.
  EXPECT_EQ(a.period_start + " / " + a.period_end + " / " +
                std::to_string(a.fiscal_year),
            "1990-01-01 / 1990-12-31 / 1990");
}

TEST(AuditReport, OrgNumberAsANormaliserGroupedIt) {
  const AuditReading a = ReadAuditReport(
      "Revisionsberättelse\nTill föreningsstämman i Bostadsrättsföreningen "
      "Kastanjen 4\nOrg.nr. 769612 - 2 675\n");
  EXPECT_EQ(a.org_number, "769612-2675");
  EXPECT_EQ(a.organisation, "Bostadsrättsföreningen Kastanjen 4");
}

TEST(AuditReport, OneSentenceGivesBoth) {
  const AuditReading a = ReadAuditReport(
      "Jag rekommenderar att nationens bokslut för verksamhetsåret 2025 "
      "godkänns av nationsmötet och att styrelsen beviljas ansvarsfrihet.\n");
  ASSERT_TRUE(a.discharge.has_value());
  EXPECT_TRUE(*a.discharge);
  ASSERT_TRUE(a.approval.has_value());
  EXPECT_TRUE(*a.approval);
}

// The date above the signatures, not the audited year's end; the
// auditors under it: a firm's line between name and role, and a names row
// over a roles row (brf-malmohus17's layout, names invented).
TEST(AuditReport, DateAndAuditorsFromTheSignatureBlock) {
  const AuditReading a = ReadAuditReport(
      "Revisionsberättelse\nTill föreningsstämman i Brf Exempel\n"
      "ger en rättvisande bild av föreningens ställning per den 31 december "
      "2024.\n"
      "Vi tillstyrker att föreningsstämman beviljar styrelsens ledamöter "
      "ansvarsfrihet för räkenskapsåret.\n\f"
      "Göteborg den 12 mars 2025\n"
      "Revisionsbyrån Exempel AB\n"
      "Anna Berg\tOlle Nord\n"
      "Auktoriserad revisor\tAv föreningen vald revisor\n"
      "Karin Ek\n"
      "Av HSB Riksförbund utsedd revisor\n");
  EXPECT_EQ(a.date, "2025-03-12");
  ASSERT_EQ(a.auditors.size(), 3u);
  EXPECT_EQ(a.auditors[0].name, "Anna Berg");
  EXPECT_EQ(a.auditors[0].role, "Auktoriserad revisor");
  EXPECT_EQ(a.auditors[0].firm, "Revisionsbyrån Exempel AB");
  EXPECT_EQ(a.auditors[1].name, "Olle Nord");
  EXPECT_EQ(a.auditors[1].appointed_by, "föreningen");
  EXPECT_EQ(a.auditors[2].name, "Karin Ek");
  EXPECT_EQ(a.auditors[2].appointed_by, "HSB Riksförbund");
}

// Dated by the e-signature: no date. A name over its firm closing the page
// signs though its role line is illegible on the scan.
TEST(AuditReport, NoPrintedDateAndANameOverItsFirm) {
  const AuditReading a = ReadAuditReport(
      "Vi tillstyrker att föreningsstämman beviljar styrelsens ledamöter "
      "ansvarsfrihet för räkenskapsåret.\n"
      "Stockholm den dag som framgår av vår elektroniska underskrift\n"
      "Malmö den\n"
      "Elias Nesru\nBoRevision AB\n(TATA NA ol AM 0 Ra\n");
  EXPECT_TRUE(a.date.empty());
  ASSERT_EQ(a.auditors.size(), 1u);
  EXPECT_EQ(a.auditors[0].name, "Elias Nesru");
  EXPECT_EQ(a.auditors[0].firm, "BoRevision AB");
}

// records/place_date.h: the one pattern the board's and the auditors'
// dates are read with.
TEST(ReadPlaceDate, PlacesAndDatesAsSignatureBlocksPrintThem) {
  EXPECT_EQ(ReadPlaceDate("Stockholm den 12 mars 2025"),
            (PlaceDate{"Stockholm", "2025-03-12"}));
  EXPECT_EQ(ReadPlaceDate("Lund, 2026-04-23"),
            (PlaceDate{"Lund", "2026-04-23"}));
  EXPECT_EQ(ReadPlaceDate("Upplands Väsby 4 april 2017."),
            (PlaceDate{"Upplands Väsby", "2017-04-04"}));
  EXPECT_EQ(ReadPlaceDate("Stockholm och Göteborg 2024-03-12"),
            (PlaceDate{"Stockholm och Göteborg", "2024-03-12"}));
  EXPECT_EQ(ReadPlaceDate("den 5 april 2024"), (PlaceDate{"", "2024-04-05"}));
  // No date (a misread year); a sentence; a place with no date.
  EXPECT_FALSE(ReadPlaceDate("Lund den 12 maj 2O24").has_value());
  EXPECT_FALSE(
      ReadPlaceDate("Ställningen per den 31 december 2024").has_value());
  EXPECT_FALSE(ReadPlaceDate("Malmö den").has_value());
}

TEST(AuditReport, ADateAlonePrintsNoPlaceAndIsNotTheAuditorsDate) {
  EXPECT_TRUE(ReadAuditReport("2024-04-01\nKarin Ek\nRevisor\n").date.empty());
}

TEST(AuditReport, SaysNothingWhenTheTextDoesNot) {
  const AuditReading a = ReadAuditReport("Förvaltningsberättelse\nText.\n");
  EXPECT_FALSE(a.discharge.has_value());
  EXPECT_FALSE(a.approval.has_value());
  EXPECT_TRUE(a.organisation.empty());
  EXPECT_TRUE(a.date.empty());
  EXPECT_TRUE(a.auditors.empty());
}

TEST(AuditReport, HeadingWhereTheReportBegins) {
  EXPECT_TRUE(IsAuditReportHeading("Revisionsberättelse"));
  EXPECT_TRUE(IsAuditReportHeading("REVISIONSBERÄTTELSE 2025"));
  EXPECT_TRUE(IsAuditReportHeading("Revisionsberttelse"));
  EXPECT_TRUE(IsAuditReportHeading(
      "Revisionsberättelse för Kalmar nation vid Lunds universitet 2025"));
  EXPECT_TRUE(IsAuditReportHeading("Revisorernas granskningsrapport för 2023"));
  EXPECT_FALSE(IsAuditReportHeading(
      "Vår revisionsberättelse har lämnats den 3 mars 2024"));
  EXPECT_FALSE(
      IsAuditReportHeading("Revisionsberättelse har avgivits den 3 mars 2024"));
  EXPECT_FALSE(IsAuditReportHeading("Sid 8\tREVISIONSBERÄTTELSE"));
  EXPECT_FALSE(IsAuditReportHeading("Revisorerna har granskat"));
}

TEST(AuditReport, SignatureGridSaysWhoAppointedEachAuditor) {
  // Each auditor's role line, and the line under it, a cell per auditor.
  const AuditReading a = ReadAuditReport(
      "Revisionsberättelse för år 2025\n"
      "Vi tillstyrker att styrelsen beviljas ansvarsfrihet för "
      "räkenskapsåret.\n"
      "Tallby den 2 april 2026\n"
      "Gunnar Ekö\tEva-Lena Holmå\tAnders Wikå\n"
      "Förtroendevald revisor\tFörtroendevald revisor\tAuktoriserad "
      "revisor\n"
      "Utsedd av Region Tallmark\tUtsedd av Tallby kommun\tRevisionsbyrån Ek "
      "AB\n");
  ASSERT_EQ(a.auditors.size(), 3u);
  EXPECT_EQ(a.auditors[0].appointed_by, "Region Tallmark");
  EXPECT_EQ(a.auditors[1].appointed_by, "Tallby kommun");
  EXPECT_EQ(a.auditors[2].firm, "Revisionsbyrån Ek AB");
}

}  // namespace
}  // namespace finsam::records
