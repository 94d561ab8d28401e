// The board and auditors written in prose (records/people_prose.h). The
// texts are invented Finsam report paragraphs; names and places too.
#include <gtest/gtest.h>

#include "records/people_prose.h"

namespace finsam::records {
namespace {

std::vector<Person> Prose(const std::string& text) {
  const RecordText t = SplitRecordText(text);
  return PeopleInProse(t, std::vector<bool>(t.lines.size(), false));
}

TEST(PeopleInProse, BoardSentenceWithPartiesRolesAndMembers) {
  const std::vector<Person> p = Prose(
      "Förbundets styrelse\n"
      "Styrelsen har under året bestått av Anna Ekström (S), ordförande,\n"
      "Region Norrby; Bo Lindgren (M), vice ordförande, Nora kommun; Sven\n"
      "Tallqvist (C), Åby kommun; Åsa Holm, Försäkringskassan samt Mats\n"
      "Ekholm, Arbetsförmedlingen. Styrelsen har haft sex sammanträden.\n");
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(p[0].name, "Anna Ekström");
  EXPECT_EQ(p[0].role, "Ordförande");
  EXPECT_EQ(p[0].body, "styrelse");
  EXPECT_EQ(p[0].organisation, "Region Norrby");
  EXPECT_EQ(p[1].name, "Bo Lindgren");
  EXPECT_EQ(p[1].role, "Vice ordförande");
  EXPECT_EQ(p[1].organisation, "Nora kommun");
  EXPECT_EQ(p[2].name, "Sven Tallqvist");
  EXPECT_EQ(p[2].role, "Ledamot");
  EXPECT_EQ(p[2].organisation, "Åby kommun");
  EXPECT_EQ(p[3].organisation, "Försäkringskassan");
  EXPECT_EQ(p[4].name, "Mats Ekholm");
  EXPECT_EQ(p[4].organisation, "Arbetsförmedlingen");
}

TEST(PeopleInProse, LabelsGiveTheRoleAndAdjunctsAreNoMembers) {
  const std::vector<Person> p = Prose(
      "Ledamöter: Karin Berg (S), Region Västmark, Torbjörn Alm (KD), Lunda\n"
      "kommun. Ersättare: Ylva Stensson (V), Region Västmark och Håkan\n"
      "Nyberg (L), Lunda kommun. Adjungerade: Pia Granat "
      "(Arbetsförmedlingen).\n"
      "Förbundschefen Lena Vik har varit adjungerad till styrelsen.\n");
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(p[0].role, "Ledamot");
  EXPECT_EQ(p[1].name, "Torbjörn Alm");
  EXPECT_EQ(p[1].organisation, "Lunda kommun");
  EXPECT_EQ(p[2].name, "Ylva Stensson");
  EXPECT_EQ(p[2].role, "Ersättare");
  EXPECT_EQ(p[2].body, "styrelse");
  EXPECT_EQ(p[3].role, "Ersättare");
  EXPECT_EQ(p[4].name, "Pia Granat");
  EXPECT_EQ(p[4].role, "Adjungerad");
  EXPECT_EQ(p[4].body, "other");
  EXPECT_EQ(p[4].organisation, "Arbetsförmedlingen");
}

TEST(PeopleInProse, AuditorsWithWhoAppointedThem) {
  const std::vector<Person> p = Prose(
      "Till revisorer har utsetts Olle Nordin (Försäkringskassan), Maria\n"
      "Åsberg (Region Norrby) och Per Ekman (KPMG AB).\n");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].name, "Olle Nordin");
  EXPECT_EQ(p[0].body, "revision");
  EXPECT_EQ(p[0].role, "Revisor");
  EXPECT_EQ(p[0].appointed_by, "Försäkringskassan");
  EXPECT_EQ(p[1].name, "Maria Åsberg");
  EXPECT_EQ(p[1].appointed_by, "Region Norrby");
  // A firm audits; it appoints no one.
  EXPECT_EQ(p[2].organisation, "KPMG AB");
  EXPECT_TRUE(p[2].appointed_by.empty());
}

TEST(PeopleInProse, OrganisationsAndSentencesAreNoPeople) {
  // Two capitalised words without a first name or party letters name an
  // organisation; a sentence without a lead names no list.
  std::vector<Person> p = Prose(
      "Styrelsen har bestått av ledamöter från Västra Götalandsregionen,\n"
      "Norra Dalby och Försäkringskassan.\n"
      "Anna Ek och Bo Lind deltog i mötet.\n"
      "Styrelsen består av sju ledamöter och sju ersättare.\n");
  EXPECT_TRUE(p.empty());
  // An abbreviation's period ends no sentence: "v. ordf." is a role.
  p = Prose(
      "I styrelsen har ingått Jonas Ek (S), ordf., Lisa Dahl (M), v. ordf.\n"
      "och Eva Strand (C).\n");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].role, "Ordförande");
  EXPECT_EQ(p[1].role, "Vice ordförande");
  EXPECT_EQ(p[2].name, "Eva Strand");
  EXPECT_EQ(p[2].role, "Ledamot");
  // An adjunct's role in parentheses; the förbundschef is the office's.
  p = Prose(
      "I styrelsen har ingått Jonas Ek (S), ordförande, och Lisa Dahl "
      "(adjungerad).\nStyrelsen har bestått av Jonas Ek och förbundschef "
      "Karin Vall.\n");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[1].role, "Adjungerad");
  EXPECT_EQ(p[1].body, "other");
  EXPECT_EQ(p[2].name, "Karin Vall");
  EXPECT_EQ(p[2].body, "kansli");
  // A role right after an unknown first name vouches for the name.
  p = Prose("Styrelsen har bestått av Xiomaro Quelle, ledamot, Nora kommun.\n");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].name, "Xiomaro Quelle");
  EXPECT_EQ(p[0].organisation, "Nora kommun");
  EXPECT_TRUE(
      Prose("Styrelsen har bestått av Xiomaro Quelle, Nora kommun.\n").empty());
  // A list of nothing but names vouches for each; lines opened by labels
  // are lists of their own.
  p = Prose("Kassör: Nils Berg\nLedamot: Xiomaro Quelle, Ida Holm\n");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].role, "Kassör");
  EXPECT_EQ(p[1].name, "Xiomaro Quelle");
  EXPECT_EQ(p[1].role, "Ledamot");
  EXPECT_TRUE(p[1].organisation.empty());
}

TEST(PeopleInProse, NomineesOfAProposalAreLeftOut) {
  const RecordText t = SplitRecordText(
      "Valberedningens förslag\n"
      "Styrelsen har bestått av Anna Ek (S), ordförande.\n");
  EXPECT_EQ(PeopleInProse(t, std::vector<bool>(t.lines.size(), false)).size(),
            1u);
  EXPECT_TRUE(
      PeopleInProse(t, std::vector<bool>(t.lines.size(), true)).empty());
}

}  // namespace
}  // namespace finsam::records
