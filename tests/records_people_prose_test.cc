// The board and auditors written in prose (records/people_prose.h). The
// texts are invented Finsam report paragraphs; names and places too.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "records/people_prose.h"

namespace finsam::records {
namespace {

std::vector<Person> Prose(const std::string& text) {
  const RecordText t = SplitRecordText(text);
  return PeopleInProse(t, std::vector<bool>(t.lines.size(), false));
}

// Each person as "name|role|body|organisation".
std::vector<std::string> Rows(const std::vector<Person>& people) {
  std::vector<std::string> out;
  for (const Person& p : people) {
    out.push_back(p.name + "|" + p.role + "|" + p.body + "|" + p.organisation);
  }
  return out;
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

TEST(PeopleInProse, DeputiesInAParagraphOfTheirOwn) {
  std::vector<Person> p = Prose(
      "Styrelsen har bestått av Karin Lund (S), ordförande, Region Norrby\n"
      "och Olof Strand, Försäkringskassan.\n"
      "Ersättare har varit Anna Berg (S), Region Norrby, och Lisa Holm,\n"
      "Försäkringskassan.\n");
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[2].name, "Anna Berg");
  EXPECT_EQ(p[2].role, "Ersättare");
  EXPECT_EQ(p[2].body, "styrelse");
  EXPECT_EQ(p[2].organisation, "Region Norrby");
  EXPECT_EQ(p[3].name, "Lisa Holm");
  EXPECT_EQ(p[3].organisation, "Försäkringskassan");
  // The verb after the list.
  p = Prose(
      "Som ersättare har Karl Grön (S), Ösby kommun, och Hanna Berg,\n"
      "Arbetsförmedlingen tjänstgjort.\n");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].role, "Ersättare");
  EXPECT_EQ(p[0].organisation, "Ösby kommun");
  EXPECT_EQ(p[1].name, "Hanna Berg");
  EXPECT_EQ(p[1].organisation, "Arbetsförmedlingen");
}

TEST(PeopleInProse, LeadLineThenOneEntryALine) {
  const std::vector<Person> p = Prose(
      "Styrelsen har under 2024 haft följande sammansättning:\n"
      "Karin Lund, ordförande (S), Region Norrby\n"
      "Per-Olof Ek, v. ordf. (M), Sala kommun\n"
      "Fredrik Sandberg, led., Försäkringskassan\n"
      "Ersättare har varit Bo Nyström (S), Region Norrby.\n"
      "Förbundets revisorer har varit:\n"
      "Maria Nyström, auktoriserad revisor, KPMG AB, utsedd av staten\n"
      "Bengt Olsson, förtroendevald revisor (Region Norrby)\n");
  ASSERT_EQ(p.size(), 6u);
  EXPECT_EQ(p[0].name, "Karin Lund");
  EXPECT_EQ(p[0].role, "Ordförande");
  EXPECT_EQ(p[0].organisation, "Region Norrby");
  EXPECT_EQ(p[1].name, "Per-Olof Ek");
  EXPECT_EQ(p[1].role, "Vice ordförande");
  EXPECT_EQ(p[2].role, "Ledamot");
  EXPECT_EQ(p[2].organisation, "Försäkringskassan");
  EXPECT_EQ(p[3].name, "Bo Nyström");
  EXPECT_EQ(p[3].role, "Ersättare");
  EXPECT_EQ(p[4].name, "Maria Nyström");
  EXPECT_EQ(p[4].role, "Auktoriserad revisor");
  EXPECT_EQ(p[4].body, "revision");
  EXPECT_EQ(p[4].organisation, "KPMG AB");
  EXPECT_EQ(p[4].appointed_by, "staten");
  EXPECT_EQ(p[5].name, "Bengt Olsson");
  EXPECT_EQ(p[5].appointed_by, "Region Norrby");
}

TEST(PeopleInProse, ALeadsListWrappedAfterItsColonIsProse) {
  const std::vector<Person> p = Prose(
      "Styrelsen har bestått av följande ledamöter:\n"
      "Anna Ek (S), ordförande, Region Norrby; Bo Lind (M), vice\n"
      "ordförande, Nora kommun.\n");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[1].name, "Bo Lind");
  EXPECT_EQ(p[1].role, "Vice ordförande");
  EXPECT_EQ(p[1].organisation, "Nora kommun");
}

TEST(PeopleInProse, WhomTheySitForAndLabelsAGapBeforeTheirValue) {
  std::vector<Person> p = Prose(
      "Ersättare har varit Tomas Ek (S) för Nora kommun och Sara Holm för\n"
      "Försäkringskassan.\n");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].organisation, "Nora kommun");
  EXPECT_EQ(p[1].name, "Sara Holm");
  EXPECT_EQ(p[1].organisation, "Försäkringskassan");
  p = Prose(
      "Revisor:     Lina Forsberg, auktoriserad revisor, BoRevision Öst AB\n"
      "Revisorssuppleant:     Peter Lund, BoRevision Öst AB\n");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].body, "revision");
  EXPECT_EQ(p[0].organisation, "BoRevision Öst AB");
  EXPECT_EQ(p[1].name, "Peter Lund");
  EXPECT_EQ(p[1].role, "Revisorssuppleant");
  EXPECT_EQ(p[1].organisation, "BoRevision Öst AB");
}

TEST(PeopleInProse, NumberedHeadingThenOneEntryALine) {
  const std::vector<Person> p = Prose(
      "1.2 Revision\n"
      "Ebba Lind, auktoriserad revisor, Revisia AB\n"
      "Leo Stam, förtroendevald revisor utsedd av Region Ljungdal\n"
      "\n"
      "1.3 Kansli\n");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].body, "revision");
  EXPECT_EQ(p[0].role, "Auktoriserad revisor");
  EXPECT_EQ(p[0].organisation, "Revisia AB");
  EXPECT_EQ(p[1].role, "Förtroendevald revisor");
  EXPECT_EQ(p[1].appointed_by, "Region Ljungdal");
}

TEST(PeopleInProse, RoleWithTheFirmAfterVid) {
  const std::vector<Person> p = Prose(
      "Föreningens revisor har varit Ebba Lind, auktoriserad revisor vid "
      "Revisia\nNorra Ljungdal AB. Föreningen har inga anställda.\n");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].role, "Auktoriserad revisor");
  EXPECT_EQ(p[0].organisation, "Revisia Norra Ljungdal AB");
}

TEST(PeopleInProse, ARoleAsTheSubjectOrWhatTheMeetingElected) {
  const std::vector<Person> p = Prose(
      "Till lekmannarevisor valde stämman Olof Brant. Verkställande direktör "
      "har\nvarit Ebba Lind. Styrelsen i övrigt har varit Nils Ek.\n");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].name, "Olof Brant");
  EXPECT_EQ(p[0].role, "Lekmannarevisor");
  EXPECT_EQ(p[0].body, "revision");
  EXPECT_EQ(p[1].name, "Ebba Lind");
  EXPECT_EQ(p[1].role, "Verkställande direktör");
  EXPECT_EQ(p[1].body, "kansli");
}

TEST(PeopleInProse, TheOfficesStaffEachAfterTheirTitle) {
  const std::vector<Person> p = Prose(
      "3.1 Kansli\n"
      "Kansliet har under året bestått av förbundschef Ebba Lind och "
      "processledare Olof\nBrant, båda anställda av förbundet.\n");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].role, "Förbundschef");
  EXPECT_EQ(p[0].body, "kansli");
  EXPECT_EQ(p[1].name, "Olof Brant");
  EXPECT_EQ(p[1].role, "processledare");
  EXPECT_EQ(p[1].body, "kansli");
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

TEST(PeopleInProse, RoleWithItsArticleAfterBy) {
  EXPECT_EQ(Rows(Prose("Sakkunnigt biträde har lämnats av auktoriserade "
                       "revisorn Mikael Stålå, EY.\n")),
            (std::vector<std::string>{
                "Mikael Stålå|Auktoriserad revisor|revision|EY"}));
}

TEST(PeopleInProse, RoleLabelsInAColumnBesideTheirPeople) {
  // Labels with no colon, a table of two columns: several people a line,
  // party letters bare.
  EXPECT_EQ(Rows(Prose("Styrelse och revisorer\n"
                       "Ordförande\tGustav Lindå, S, Jokkby kommun\n"
                       "Ledamöter\tNils Sarrå, C, Kiruby kommun; Stina "
                       "Kuoljok, Försäkringskassan\n"
                       "Ersättare\tPer Blindå, S, Jokkby kommun\n")),
            (std::vector<std::string>{
                "Gustav Lindå|Ordförande|styrelse|Jokkby kommun",
                "Nils Sarrå|Ledamot|styrelse|Kiruby kommun",
                "Stina Kuoljok|Ledamot|styrelse|Försäkringskassan",
                "Per Blindå|Ersättare|styrelse|Jokkby kommun"}));
}

}  // namespace
}  // namespace finsam::records
