// records/audit_report.h: what an audit report recommends, read from its
// sentences.
#include <gtest/gtest.h>

#include <string>

#include "records/audit_report.h"

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
  // The heading and the sentence that makes it.
  EXPECT_EQ(a.remarks.size(), 2u);
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

TEST(AuditReport, SaysNothingWhenTheTextDoesNot) {
  const AuditReading a = ReadAuditReport("Förvaltningsberättelse\nText.\n");
  EXPECT_FALSE(a.discharge.has_value());
  EXPECT_FALSE(a.approval.has_value());
  EXPECT_TRUE(a.organisation.empty());
  EXPECT_TRUE(a.date.empty());
}

}  // namespace
}  // namespace finsam::records
