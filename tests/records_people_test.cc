// People, member contributions and the Visma signature page.
#include <gtest/gtest.h>

#include "records/evidence_page.h"
#include "records/first_names.h"
#include "records/member_contributions.h"
#include "records/people.h"
#include "records/visma_signature_page.h"

namespace finsam::records {
namespace {

PeopleResult People(const std::string& text) {
  RecordText t = SplitRecordText(text);
  return ExtractPeople(t, ExtractSections(t), ParseVismaSignaturePage(t));
}

TEST(ExtractPeople, BoardAndAuditorsFromSignatureBlocks) {
  PeopleResult r = People(
      "7. Styrelsens underskrift\n"
      "Årsredovisningen signeras digitalt av styrelsens ledamöter.\n"
      "Carola Johansson\nOrdförande\n\n"
      "Erika Karlsson\nVice ordförande\n\n"
      "Harriet Östgren\n\nLedamot\n"
      "8. Revisionens underskrift\n"
      "Årsredovisningen signeras digitalt av förbundets revisorer.\n"
      "Jenny Barksjö Forslund\nKPMG, utsedd av staten\n\n"
      "Per Folkeson\nUtsedd av kommunerna\n");
  ASSERT_EQ(r.people.size(), 5u);
  EXPECT_EQ(r.people[0].name, "Carola Johansson");
  EXPECT_EQ(r.people[0].role, "Ordförande");
  EXPECT_EQ(r.people[0].body, "styrelse");
  EXPECT_EQ(r.people[1].role, "Vice ordförande");
  EXPECT_EQ(r.people[2].name, "Harriet Östgren");
  EXPECT_EQ(r.people[2].role, "Ledamot");
  EXPECT_EQ(r.people[3].body, "revision");
  EXPECT_EQ(r.people[3].role, "Revisor");
  EXPECT_EQ(r.people[3].organisation, "KPMG");
  EXPECT_EQ(r.people[3].appointed_by, "staten");
  EXPECT_EQ(r.people[4].appointed_by, "kommunerna");
  EXPECT_TRUE(r.people[4].organisation.empty());
  EXPECT_EQ(r.printed.method,
            "Årsredovisningen signeras digitalt av styrelsens ledamöter / av "
            "förbundets revisorer.");
  ASSERT_EQ(r.printed.auditors.size(), 2u);
  EXPECT_EQ(r.printed.auditors[0].as_printed, "KPMG, utsedd av staten");
}

TEST(ExtractPeople, OcrDamagedRoles) {
  PeopleResult r = People(
      "Styrelsens underskrift\nCarola Johansson\nOrdférande\n"
      "Erika Karlsson\nVice ordfrande\n");
  ASSERT_EQ(r.people.size(), 2u);
  EXPECT_EQ(r.people[0].role, "Ordförande");
  EXPECT_EQ(r.people[1].role, "Vice ordförande");
}

TEST(ExtractPeople, NamesRowRolesRow) {
  PeopleResult r = People(
      "Styrelsens underskrift\nÅby den 27 mars 2024\n"
      "Anna Lindqvist\tGöran Åkesson\tMärta Öberg\n"
      "Ordförande\tVice ordförande\tLedamot\n");
  ASSERT_EQ(r.people.size(), 3u);
  EXPECT_EQ(r.people[1].name, "Göran Åkesson");
  EXPECT_EQ(r.people[1].role, "Vice ordförande");
  EXPECT_EQ(r.people[2].role, "Ledamot");
}

TEST(ExtractPeople, TwoEntriesALineUnderTheBoardHeading) {
  PeopleResult r = People(
      "Styrelsen\n"
      "Ingrid Ahl (S), ordf., Region Norrby     Stefan Rydén (M), v. ordf., "
      "Ösby kommun\n"
      "Fredrik Nordin, led., Försäkringskassan     Malin Åkerlund, ers., "
      "Arbetsförmedlingen\n");
  ASSERT_EQ(r.people.size(), 4u);
  EXPECT_EQ(r.people[0].name, "Ingrid Ahl");
  EXPECT_EQ(r.people[0].role, "Ordförande");
  EXPECT_EQ(r.people[0].organisation, "Region Norrby");
  EXPECT_EQ(r.people[1].name, "Stefan Rydén");
  EXPECT_EQ(r.people[1].role, "Vice ordförande");
  EXPECT_EQ(r.people[1].organisation, "Ösby kommun");
  EXPECT_EQ(r.people[2].role, "Ledamot");
  EXPECT_EQ(r.people[3].role, "Ersättare");
  EXPECT_EQ(r.people[3].organisation, "Arbetsförmedlingen");
}

TEST(ExtractPeople, TheOfficeUnderItsHeading) {
  PeopleResult r = People(
      "Revisorer\n"
      "Solveig Hedman, revisor, Kopparvik kommun\n"
      "Kansli\n"
      "Nils-Erik Pålsson, förbundschef\n"
      "Amira Johansson, processledare\n");
  ASSERT_EQ(r.people.size(), 3u);
  EXPECT_EQ(r.people[0].body, "revision");
  EXPECT_EQ(r.people[1].name, "Nils-Erik Pålsson");
  EXPECT_EQ(r.people[1].role, "Förbundschef");
  EXPECT_EQ(r.people[1].body, "kansli");
  EXPECT_EQ(r.people[2].name, "Amira Johansson");
  EXPECT_EQ(r.people[2].role, "processledare");
  EXPECT_EQ(r.people[2].body, "kansli");
  r = People("Kansli\nFörbundschef har varit Helena Rask.\n");
  ASSERT_EQ(r.people.size(), 1u);
  EXPECT_EQ(r.people[0].name, "Helena Rask");
  EXPECT_EQ(r.people[0].body, "kansli");
}

TEST(ExtractPeople, HousingCooperativeLists) {
  PeopleResult r = People(
      "Styrelsen\n"
      "Gunnar Jonsson                        styrelseledamot, ordförande\n"
      "Kent Asp                              styrelseledamot, kassör\n"
      "Karin Brännström                      styrelsesuppleant\n"
      "\fRevisorer\n"
      "Kjell Eriksson, Revisorsringen Sverige AB          ordinarie extern "
      "revisor\n");
  ASSERT_EQ(r.people.size(), 4u);
  EXPECT_EQ(r.people[0].role, "Ordförande");
  EXPECT_EQ(r.people[1].role, "Kassör");
  EXPECT_EQ(r.people[2].role, "Suppleant");
  EXPECT_EQ(r.people[3].body, "revision");
  EXPECT_EQ(r.people[3].organisation, "Revisorsringen Sverige AB");
  EXPECT_EQ(r.people[3].page, 2);
}

TEST(ExtractPeople, BoardTableInAnyColumnOrder) {
  // Name / member organisation / role, a member and substitute sharing a
  // row; then role first, organisation last; roles in two cells.
  PeopleResult r = People(
      "Styrelse\n"
      "Styrelsen har under året bestått av:\n"
      "Karin Lund\tRegion Örebro län\tOrdförande\n"
      "Per Ek/ Eva Sand Berg\tNora kommun\tErsättare\n"
      "Vice ordförande\tLars Holm\tFörsäkringskassan\n"
      "Peter Andersson\tLedamot\tOrdförande\n"
      "\fRevisorer\n"
      "Auktoriserade revisorn Ole Deurell,\tOrdinarie revisor\n"
      "Parameter Revision AB\n");
  ASSERT_EQ(r.people.size(), 6u);
  EXPECT_EQ(r.people[0].name, "Karin Lund");
  EXPECT_EQ(r.people[0].organisation, "Region Örebro län");
  EXPECT_EQ(r.people[0].role, "Ordförande");
  EXPECT_EQ(r.people[1].name, "Per Ek");
  EXPECT_EQ(r.people[2].name, "Eva Sand Berg");
  EXPECT_EQ(r.people[2].role, "Ersättare");
  EXPECT_EQ(r.people[3].name, "Lars Holm");
  EXPECT_EQ(r.people[3].role, "Vice ordförande");
  EXPECT_EQ(r.people[3].organisation, "Försäkringskassan");
  EXPECT_EQ(r.people[4].role, "Ordförande");
  EXPECT_EQ(r.people[5].name, "Ole Deurell");
  EXPECT_EQ(r.people[5].body, "revision");
  EXPECT_EQ(r.people[5].role, "Revisor");
}

TEST(ExtractPeople, TwoNamesALineRolesBelow) {
  PeopleResult r = People(
      "Styrelse\n"
      "Lars Berg      Linda Holm\n"
      "Ordförande      Vice ordförande\n"
      "Ola Ek      Eva Ås\n"
      "Ledamot      Ersättare\n");
  ASSERT_EQ(r.people.size(), 4u);
  EXPECT_EQ(r.people[1].name, "Linda Holm");
  EXPECT_EQ(r.people[1].role, "Vice ordförande");
  EXPECT_EQ(r.people[3].role, "Ersättare");
  EXPECT_EQ(r.people[3].body, "styrelse");
}

// A Finsam board table (invented names): each member beside their deputy
// and the member organisation both represent, the header naming the
// columns; a row with a vacant deputy seat has one cell fewer.
TEST(ExtractPeople, BoardTableColumnsByTheirHeader) {
  PeopleResult r = People(
      "Styrelse\n"
      "Styrelsen har haft följande sammansättning:\n"
      "Ledamot\tErsättare\tOrganisation\n"
      "Maria Lind, ordförande\tJonas Berg\tEkby kommun\n"
      "Eva Holm\tFörsäkringskassan\n"
      "Karin Ahl\tMikael Dahl\tLövby kommun\n");
  ASSERT_EQ(r.people.size(), 5u);
  EXPECT_EQ(r.people[0].name, "Maria Lind");
  EXPECT_EQ(r.people[0].role, "Ordförande");
  EXPECT_EQ(r.people[0].organisation, "Ekby kommun");
  EXPECT_EQ(r.people[1].name, "Jonas Berg");
  EXPECT_EQ(r.people[1].role, "Ersättare");
  EXPECT_EQ(r.people[1].organisation, "Ekby kommun");
  EXPECT_EQ(r.people[2].name, "Eva Holm");
  EXPECT_EQ(r.people[2].role, "Ledamot");
  EXPECT_EQ(r.people[2].organisation, "Försäkringskassan");
  EXPECT_EQ(r.people[3].name, "Karin Ahl");
  EXPECT_EQ(r.people[4].name, "Mikael Dahl");
  EXPECT_EQ(r.people[4].role, "Ersättare");
  EXPECT_EQ(r.people[4].organisation, "Lövby kommun");
}

// The role before the name and the member organisation after its comma,
// under a heading that names the year; auditors one a line with who
// appointed them (invented names).
TEST(ExtractPeople, RoleNameCommaOrganisationAndAppointedAuditors) {
  PeopleResult r = People(
      "Styrelsen under 2023\n"
      "Ordförande\tLisa Ek, Mälarby kommun\n"
      "Ersättare\tGöran Lilja, Region Mälardal\n"
      "Revisorer\n"
      "Olle Nord, utsedd av staten\n"
      "Maria Ås, utsedd av Region Mälardal\n");
  ASSERT_EQ(r.people.size(), 4u);
  auto find = [&r](const std::string& name) -> const Person& {
    for (const Person& p : r.people) {
      if (p.name == name) return p;
    }
    ADD_FAILURE() << name << " not read";
    return r.people[0];
  };
  EXPECT_EQ(find("Lisa Ek").role, "Ordförande");
  EXPECT_EQ(find("Lisa Ek").organisation, "Mälarby kommun");
  EXPECT_EQ(find("Göran Lilja").role, "Ersättare");
  EXPECT_EQ(find("Olle Nord").body, "revision");
  EXPECT_EQ(find("Olle Nord").appointed_by, "staten");
  EXPECT_EQ(find("Maria Ås").appointed_by, "Region Mälardal");
}

TEST(ExtractPeople, SignatureNamesWithFewerRolesThanNames) {
  // Only the chair's role is printed under the pair of names; the auditor
  // signing in the same block belongs to the audit.
  PeopleResult r = People(
      "Underskrifter\n"
      "Peter Andersson\tFredrik Andersson\n"
      "Styrelseordförande\n"
      "Albin Ullmark\tQuang Vu\n"
      "Ole Deurell\n"
      "Auktoriserad revisor\n");
  ASSERT_EQ(r.people.size(), 5u);
  EXPECT_EQ(r.people[1].name, "Fredrik Andersson");
  EXPECT_EQ(r.people[1].body, "styrelse");
  EXPECT_EQ(r.people[4].name, "Ole Deurell");
  EXPECT_EQ(r.people[4].body, "revision");
}

TEST(ExtractPeople, AuditorsInProseAndUnknownRolesInAList) {
  PeopleResult r = People(
      "Styrelse\n"
      "Christer Modin\tordförande\n"
      "Roland Lytterstedt\tek. ansvarig\n"
      "Revisorer\n"
      "Föreningens revisor har varit Gunnar Andersson med Inger Baarman som\n"
      "suppleant, valda av föreningen samt Borevision AB.\n");
  ASSERT_EQ(r.people.size(), 4u);
  EXPECT_EQ(r.people[1].name, "Roland Lytterstedt");
  EXPECT_EQ(r.people[1].role, "ek. ansvarig");
  EXPECT_EQ(r.people[1].body, "styrelse");
  EXPECT_EQ(r.people[2].name, "Gunnar Andersson");
  EXPECT_EQ(r.people[2].body, "revision");
  EXPECT_EQ(r.people[3].name, "Inger Baarman");
}

TEST(ExtractPeople, AuditorSentenceOutsideAList) {
  PeopleResult r = People(
      "Revisor\n"
      "Revisor har varit Alfonso Morales med Karna Henseby som suppleant "
      "valda vid\n");
  ASSERT_EQ(r.people.size(), 2u);
  EXPECT_EQ(r.people[0].name, "Alfonso Morales");
  EXPECT_EQ(r.people[0].body, "revision");
}

TEST(ExtractPeople, AuditorsInOneSentence) {
  PeopleResult r = People(
      "Förvaltningsberättelse\n"
      "Revisorer Olle Nord - staten, Maria Ås - Region Örebro län, Sven "
      "Lind - kommunerna.\n");
  ASSERT_EQ(r.people.size(), 3u);
  EXPECT_EQ(r.people[0].name, "Olle Nord");
  EXPECT_EQ(r.people[1].name, "Maria Ås");
  EXPECT_EQ(r.people[2].name, "Sven Lind");
  EXPECT_EQ(r.people[2].body, "revision");
}

TEST(ExtractPeople, ForbundschefInProse) {
  PeopleResult r = People("Förbundschef Anna Berg leder kansliet.\n");
  ASSERT_EQ(r.people.size(), 1u);
  EXPECT_EQ(r.people[0].name, "Anna Berg");
  EXPECT_EQ(r.people[0].body, "kansli");
}

TEST(IsPersonName, Forms) {
  EXPECT_TRUE(IsPersonName("Christopher Hedbom Rydaeus"));
  EXPECT_TRUE(IsPersonName("Stig-Olof Eriksson"));
  EXPECT_FALSE(IsPersonName("Ledamot"));
  EXPECT_FALSE(IsPersonName("Region Örebro län"));
  EXPECT_FALSE(IsPersonName("Vice ordförande"));
  EXPECT_FALSE(IsPersonName("Summa 12"));
  // A table header, capitalised word by word (seed 001).
  EXPECT_FALSE(IsPersonName("Åtagande Måluppfyllelse Kommentar"));
  EXPECT_FALSE(IsPersonName("Verksamhet Samverkan"));
  EXPECT_TRUE(IsPersonName("Henning Mankell"));
  EXPECT_TRUE(IsPersonName("Pernilla Knutsson"));
  // Opened by a function word or an English word, or an acronym's
  // genitive: no name; a first name that is a function word too is one.
  EXPECT_FALSE(IsPersonName("The Seniors Board"));
  EXPECT_FALSE(IsPersonName("Enligt Ingrids"));
  EXPECT_FALSE(IsPersonName("Eftersom John Mattson"));
  EXPECT_FALSE(IsPersonName("HSBs Riksförbund"));
  EXPECT_TRUE(IsPersonName("Per Ek"));
  EXPECT_TRUE(IsPersonName("Hans Berg"));
  EXPECT_TRUE(IsPersonName("KARLA ORTEGA VASQUEZ"));
}

// The table of first names (records/first_names.h), built from Debian's
// data: common Swedish and foreign given names, with or without å/ä/ö;
// surnames, places and words are none.
TEST(FirstNames, KnownAndNot) {
  for (const char* name : {"Karin", "Anders", "Göran", "Goran", "ÅKE", "Linnea",
                           "Mikael", "Piotr", "Olivia"}) {
    EXPECT_TRUE(IsKnownFirstName(name)) << name;
  }
  for (const char* word :
       {"Andersson", "Stockholm", "Riksförbund", "Resultat", "Karin Lund"}) {
    EXPECT_FALSE(IsKnownFirstName(word)) << word;
  }
  // Common names Debian's data lacks (data/given_names.txt), and a
  // hyphenated given name by its parts.
  for (const char* name : {"Fredrik", "Bo", "Margareta", "Per-Olof"}) {
    EXPECT_TRUE(IsKnownFirstName(name)) << name;
  }
  EXPECT_FALSE(IsKnownFirstName("Per-Region"));
  EXPECT_TRUE(NeverOpensName("Enligt"));
  EXPECT_TRUE(NeverOpensName("The"));
  EXPECT_FALSE(NeverOpensName("Per"));
  EXPECT_FALSE(NeverOpensName("Karin"));
}

// In a sentence the word before a known first name is no part of the
// name, and a genitive that is no first name opens none.
TEST(ExtractPeople, ProseNamesByTheirFirstNames) {
  const PeopleResult r = People(
      "Revisorer\n"
      "Revisor har varit Olle Nord med Stockholms Städsystem som stöd och "
      "Föreningens Anna Berg som suppleant.\n");
  std::vector<std::string> names;
  for (const Person& p : r.people) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Olle Nord", "Anna Berg"}));
}

constexpr const char* kVisma =
    "Body\n\fSignature page / Allekirjoitussivu / Signatursida / "
    "Signatursiden / Underskriftsside\n"
    "Detta dokument innehåller 5 sidor före denna sida\n"
    "This document contains 5 pages before this page\n"
    "Dokument-ID: 3f1c7e2a-0b5d-4e7a-9c61-1a2b3c4d5e6f\n"
    "Anna Lindqvist\n"
    "Ordförande, Samordningsförbundet Exempelbygd\n"
    "Company - Yritys - Företag - Selskap - Virksomhed: Samordningsförbundet "
    "Exempelbygd\n"
    "Authentication - Tunnistautuminen - Autentisering - Autentificering: "
    "BankID (SE)\n"
    "Signed - Allekirjoitettu - Signerat - Signert - Underskrevet: 2024-03-27 "
    "14:02:11 UTC (SE)\n"
    "Göran Åkesson\n"
    "Vice ordförande, Samordningsförbundet Exempelbygd\n"
    "Signed - Allekirjoitettu - Signerat - Signert - Underskrevet: 2024-03-27 "
    "15:47:36 +0100 (FI)\n";

TEST(ParseVismaSignaturePage, Fixture) {
  RecordText t = SplitRecordText(kVisma);
  auto page = ParseVismaSignaturePage(t);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->page, 2);
  EXPECT_EQ(page->pages_before, 5);
  EXPECT_EQ(page->document_id, "3f1c7e2a-0b5d-4e7a-9c61-1a2b3c4d5e6f");
  ASSERT_EQ(page->signers.size(), 2u);
  EXPECT_EQ(page->signers[0].name, "Anna Lindqvist");
  EXPECT_EQ(page->signers[0].role, "Ordförande");
  EXPECT_EQ(page->signers[0].company, "Samordningsförbundet Exempelbygd");
  EXPECT_EQ(page->signers[0].time, "2024-03-27T14:02:11Z");
  EXPECT_EQ(page->signers[0].country, "SE");
  EXPECT_EQ(page->signers[0].authentication, "BankID");
  EXPECT_EQ(page->signers[1].time, "2024-03-27T15:47:36+01:00");
  EXPECT_EQ(page->signers[1].country, "FI");
  // Signers become people on the board.
  PeopleResult r = People(kVisma);
  ASSERT_EQ(r.people.size(), 2u);
  EXPECT_EQ(r.people[1].role, "Vice ordförande");
  EXPECT_EQ(r.people[1].body, "styrelse");
}

// The layout Visma really prints (../shared/spec/visma.md; names, times
// and hashes invented): one row per signer, a company line under it, blocks
// in two columns on the second row, role explanations at the end.
constexpr const char* kVismaReal =
    "Body\n\fDetta dokument innehåller 24 sidor före denna sida\n"
    "This document contains 24 pages before this page\n"
    "KARIN ELISABET LUNDQVIST   2025-02-21 13:05:42 UTC   SE   "
    "5261ee11e34b96db6332404cc1dac261963fb5ff\n"
    "Company - Yritys - Företag - Selskap - Virksomhed: Nora kommun\n"
    "PER OLOF EK   2025-02-21 14:10:00 UTC   SE   ab12cd34ef56ab12cd34\t"
    "EMMA NATALIE STRÖM   2025-02-22 08:01:02 UTC   FI   "
    "0011223344556677aabb\n"
    "Company - Yritys - Foéretag - Selskap - Virksomhed: Region Örebro län   "
    "Company - Yritys - Företag - Selskap - Virksomhed: Försäkringskassan\n"
    "Signer: the person who signed the document as themselves.\n";

TEST(ParseVismaSignaturePage, RealLayoutRows) {
  auto page = ParseVismaSignaturePage(SplitRecordText(kVismaReal));
  ASSERT_TRUE(page);
  EXPECT_EQ(page->pages_before, 24);
  ASSERT_EQ(page->signers.size(), 3u);
  EXPECT_EQ(page->signers[0].name, "KARIN ELISABET LUNDQVIST");
  EXPECT_EQ(page->signers[0].time, "2025-02-21T13:05:42Z");
  EXPECT_EQ(page->signers[0].country, "SE");
  EXPECT_EQ(page->signers[0].hash, "5261ee11e34b96db6332404cc1dac261963fb5ff");
  EXPECT_EQ(page->signers[0].company, "Nora kommun");
  EXPECT_EQ(page->signers[1].name, "PER OLOF EK");
  EXPECT_EQ(page->signers[1].company, "Region Örebro län");
  EXPECT_EQ(page->signers[2].name, "EMMA NATALIE STRÖM");
  EXPECT_EQ(page->signers[2].country, "FI");
  EXPECT_EQ(page->signers[2].company, "Försäkringskassan");
  // The e-ID's legal names are not printed people of their own.
  EXPECT_TRUE(People(kVismaReal).people.empty());
}

// A narrow column wraps each row: the time, country and hash on the line
// below the name, or the hash alone below the rest; one cell per column.
// The company line after them still finds its own signer.
TEST(ParseVismaSignaturePage, RowsWrappedInNarrowColumns) {
  const std::string head =
      "Detta dokument innehåller 1 sidor före denna sida\n";
  const std::string hash1 = "5261ee11e34b96db6332404cc1dac261963fb5ff";
  const std::string hash2 = "ab12cd34ef56ab12cd34ab12cd34ef56ab12cd34";
  const std::string tail1 = "2025-02-21 13:05:42 UTC SE " + hash1;
  const std::string tail2 = "2025-02-21 14:11:03 UTC SE " + hash2;
  const std::string company =
      "Company - Yritys - Företag - Selskap - Virksomhed: ";
  const std::string companies =
      company + "Nora kommun\t" + company + "Region Exempel\n";
  const std::vector<std::string> pages = {
      // One column, the tail below the name.
      head + "KARIN ELISABET LUNDQVIST\n" + tail1 + "\n" + company +
          "Nora kommun\nPER OLOF EK\n" + tail2 + "\n" + company +
          "Region Exempel\n",
      // Two columns, the tails below the names.
      head + "KARIN ELISABET LUNDQVIST\tPER OLOF EK\n" + tail1 + "\t" + tail2 +
          "\n" + companies,
      // Two columns, the hashes below the rest of the rows.
      head +
          "KARIN ELISABET LUNDQVIST\t2025-02-21 13:05:42 UTC\tSE\tPER OLOF "
          "EK\t2025-02-21 14:11:03 UTC\tSE\n" +
          hash1 + "\t" + hash2 + "\n" + companies,
  };
  for (const std::string& text : pages) {
    auto page = ParseVismaSignaturePage(SplitRecordText(text));
    ASSERT_TRUE(page) << text;
    ASSERT_EQ(page->signers.size(), 2u) << text;
    EXPECT_EQ(page->signers[0].time, "2025-02-21T13:05:42Z") << text;
    EXPECT_EQ(page->signers[0].hash, hash1) << text;
    EXPECT_EQ(page->signers[0].company, "Nora kommun") << text;
    EXPECT_EQ(page->signers[1].name, "PER OLOF EK") << text;
    EXPECT_EQ(page->signers[1].country, "SE") << text;
    EXPECT_EQ(page->signers[1].hash, hash2) << text;
    EXPECT_EQ(page->signers[1].company, "Region Exempel") << text;
  }
}

TEST(ParseVismaSignaturePage, RealLayoutOcrKeepsOnlyNames) {
  // OCR of a scanned page: the grey time and hash gone, the label garbled.
  auto page = ParseVismaSignaturePage(SplitRecordText(
      "Detta dokument innehåller 3 sidor före denna sida\n"
      "KARIN ELISABET LUNDQVIST\n"
      "Company - Yritys - Féretag - Selskap - Virksomhed: Region Orebro Ian\n"
      "PER EK      ANNA BARKSJÖ-FORSLUND\n"
      "Signer: the person who signed.\n"));
  ASSERT_TRUE(page);
  ASSERT_EQ(page->signers.size(), 3u);
  EXPECT_EQ(page->signers[0].name, "KARIN ELISABET LUNDQVIST");
  EXPECT_TRUE(page->signers[0].time.empty());
  EXPECT_EQ(page->signers[0].company, "Region Orebro Ian");
  EXPECT_EQ(page->signers[2].name, "ANNA BARKSJÖ-FORSLUND");
}

TEST(ParseVismaSignaturePage, AbsentOrStampOnly) {
  EXPECT_FALSE(ParseVismaSignaturePage(SplitRecordText("Text\nvisma sign\n")));
}

TEST(ExtractMemberContributions, NoteRows) {
  RecordText t = SplitRecordText(
      "Not 2 Verksamhetens intäkter\n"
      "2023 2022\n"
      "Driftbidrag från staten 4 000 000 4 000 000\n"
      "Driftbidrag från Region Örebro län 2 000 000 2 000 000\n"
      "Driftbidrag fran Lekebergs kommun 100000 100 000\n"
      "Ersättning för höga sjuklönekostnader 4 544 38 718\n");
  std::vector<MemberContribution> m = ExtractMemberContributions(t).rows;
  ASSERT_EQ(m.size(), 6u);
  EXPECT_EQ(m[0].member, "staten");
  EXPECT_EQ(m[0].year, 2023);
  EXPECT_EQ(m[0].amount, 4000000);
  EXPECT_EQ(m[2].member, "Region Örebro län");
  EXPECT_EQ(m[3].year, 2022);
  EXPECT_EQ(m[4].member, "Lekebergs kommun");
  EXPECT_EQ(m[4].amount, 100000);
}

TEST(ExtractMemberContributions, TkrHeaderAndNoHeader) {
  RecordText t = SplitRecordText(
      "Belopp tkr 2023 2022\nMedlemsbidrag från staten 4 000 4 000\n");
  std::vector<MemberContribution> m = ExtractMemberContributions(t).rows;
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].amount, 4000000);
  // Without a year header nothing is guessed.
  EXPECT_TRUE(ExtractMemberContributions(
                  SplitRecordText("Driftbidrag från staten 4 000 000\n"))
                  .rows.empty());
}

// A samordningsförbund's note names the payer after the kind of
// contribution without "från", under a header that carries the note's
// title; its total is printed (invented names and figures).
TEST(ExtractMemberContributions, MembersByTheirForm) {
  RecordText t = SplitRecordText(
      "Samordningsförbundet Ekbacka\n"
      "Förbundet bildades 2009\n"
      "Medlemsbidrag Lövsta kommun 1 000\n"
      "Not 1 Verksamhetens intäkter\t2024\t2023\n"
      "Medlemsbidrag Försäkringskassan\t3 200 000\t3 150 000\n"
      "Medlemsbidrag, Region Västerland\t1 600 000\t1 575 000\n"
      "Medlemsbidrag Ekbacka kommun\t1 200 000\t1 175 000\n"
      "Summa medlemsbidrag\t6 000 000\t5 900 000\n"
      "Övriga intäkter\t112 000\t110 000\n"
      "Summa\t6 112 000\t6 010 000\n");
  MemberContributions m = ExtractMemberContributions(t);
  // "Förbundet bildades 2009" is prose: the row after it has no header.
  ASSERT_EQ(m.rows.size(), 6u);
  EXPECT_EQ(m.rows[0].member, "Försäkringskassan");
  EXPECT_EQ(m.rows[0].year, 2024);
  EXPECT_EQ(m.rows[2].member, "Region Västerland");
  EXPECT_EQ(m.rows[5].member, "Ekbacka kommun");
  EXPECT_EQ(m.rows[5].amount, 1175000);
  // The labelled total, not the note's own "Summa" of all income.
  ASSERT_EQ(m.totals.size(), 2u);
  EXPECT_EQ(m.totals[0].key, "member_contributions_total");
  EXPECT_EQ(m.totals[0].year, 2024);
  EXPECT_EQ(m.totals[0].value, 6000000);
  EXPECT_EQ(m.totals[0].page, 1);
  EXPECT_EQ(m.totals[1].value, 5900000);
}

// A column of each member's share printed after the years is read past.
TEST(ExtractMemberContributions, ShareColumnAfterTheYears) {
  RecordText t = SplitRecordText(
      "Samordningsförbundet Norrvik\n"
      "Medlemsbidrag, tkr\t2024\t2023\tAndel\n"
      "Försäkringskassan\t4 800\t4 650\t50 %\n"
      // OCR reads a share's per cent sign as a digit or letters.
      "Region Norrland\t2 400\t2 325\t25 Yo\n"
      "Norrviks kommun\t2 400\t2 325\t25 4\n"
      "Summa medlemsbidrag\t9 600\t9 300\t100 %\n");
  MemberContributions m = ExtractMemberContributions(t);
  ASSERT_EQ(m.rows.size(), 6u);
  EXPECT_EQ(m.rows[0].amount, 4800000);
  EXPECT_EQ(m.rows[1].year, 2023);
  EXPECT_EQ(m.rows[1].amount, 4650000);
  ASSERT_EQ(m.totals.size(), 2u);
  EXPECT_EQ(m.totals[1].value, 9300000);
}

TEST(ExtractMemberContributions, TableOfMembersAndItsSum) {
  RecordText t = SplitRecordText(
      "Finsam Norrvik\n"
      "Medlemsbidrag per medlem (kr)\n"
      "2024\t2023\n"
      "Staten\t2 000 000\t2 000 000\n"
      "Region Norrland\t1 000 000\t1 000 000\n"
      "Norrviks kommun\t1 000 000\t900 000\n"
      "Summa\t4 000 000\t3 900 000\n");
  MemberContributions m = ExtractMemberContributions(t);
  ASSERT_EQ(m.rows.size(), 6u);
  EXPECT_EQ(m.rows[4].member, "Norrviks kommun");
  ASSERT_EQ(m.totals.size(), 2u);
  EXPECT_EQ(m.totals[1].value, 3900000);
  // A bare sum that is not the members' sum is not their total.
  EXPECT_TRUE(ExtractMemberContributions(
                  SplitRecordText("Finsam Norrvik\nMedlemsbidrag\n2024\n"
                                  "Staten\t2 000 000\nSumma\t2 500 000\n"))
                  .totals.empty());
}

// A sports club's grant from its town is not a member's contribution: the
// member-by-form rows are a förbund's.
TEST(ExtractMemberContributions, ClubGrantIsNotAContribution) {
  EXPECT_TRUE(
      ExtractMemberContributions(
          SplitRecordText("Trollhättans Judoklubb\nIntäkter\t2023\t2022\n"
                          "Bidrag Trollhättans stad\t12 000\t11 000\n"))
          .rows.empty());
}

// A scanned stämma package (invented names): the board signs the
// verksamhetsberättelse under the association's name, with scribbles OCR
// read beside the names and a role row that does not line up; the chair
// signs a comment "För styrelsen"; the auditors sign under the audit report,
// their names garbled by the signatures; the election list prints the
// names clean.
constexpr const char* kScannedPackage =
    "Verksamhetsberättelse 2016\n"
    "Styrelsen har sammanträtt 7 gånger.\n"
    "\t\tEkbackens Vägförenings Styrelse\t\tA\n"
    "\n"
    "ca Nyberg\t\tLina Sjöberg\tOskar Lundqvist\n"
    "Ordförande\t\tSekreterare\tLedamot\n"
    "S\t\t\n"
    "Greta Holm\tJ-fe\tJP Viktor Bergqvxst\t\n"
    "Ledamot\t\tLedamot\t\n"
    "Resultaträkning 2016\n"
    "Avgifter\t300 000 kr\t280 000 kr\n"
    "REVISIONSBERÄTTELSE\n"
    "Vi tillstyrker ansvarsfrihet för styrelsen.\n"
    "Lund 4 april 2017\n"
    "Ferber As\t\tAR\n"
    "Nils Algrcn\t\tAnna Frisk\n"
    "Revisor\t\tRevisorssuppleant\n"
    "Styrelsens kommentar\n"
    "Styrelsen återkommer under nästa verksamhetsår.\n"
    "För styrelsen\t9\n"
    "FÅ\n"
    "\"Hugo Ekman\n"
    "Ordförande\n"
    "Valberedningens förslag\n"
    "Funktion\tTidsperiod\tNamn\n"
    "Ordförande\t2017\tViktor Bergqvist\n"
    "Revisor\t2017-2018\tNils Algren (Omval)\n";

TEST(ExtractPeople, ScannedSignaturesAndTheDocumentsOwnSpelling) {
  const PeopleResult r = People(kScannedPackage);
  auto find = [&](const std::string& name) -> const Person* {
    for (const Person& p : r.people) {
      if (p.name == name) return &p;
    }
    return nullptr;
  };
  for (const char* board :
       {"Lina Sjöberg", "Oskar Lundqvist", "Greta Holm", "Hugo Ekman"}) {
    ASSERT_NE(find(board), nullptr) << board;
    EXPECT_EQ(find(board)->body, "styrelse") << board;
  }
  EXPECT_EQ(find("Greta Holm")->role, "Ledamot");
  EXPECT_EQ(find("Hugo Ekman")->role, "Ordförande");
  // "JP Viktor Bergqvxst" under a signature is the election list's name.
  ASSERT_NE(find("Viktor Bergqvist"), nullptr);
  EXPECT_EQ(find("Viktor Bergqvist")->body, "styrelse");
  ASSERT_NE(find("Nils Algren"), nullptr);
  EXPECT_EQ(find("Nils Algren")->body, "revision");
  EXPECT_EQ(find("Nils Algren")->role, "Revisor");
  ASSERT_NE(find("Anna Frisk"), nullptr);
  EXPECT_EQ(find("Anna Frisk")->role, "Revisorssuppleant");
  for (const Person& p : r.people) {
    EXPECT_EQ(p.name.find("Bergqvxst"), std::string::npos);
    EXPECT_EQ(p.name.find("Algrcn"), std::string::npos);
  }
}

TEST(ExtractPeople, OneNameOverOneRoleOutsideASignatureBlockIsNotAPerson) {
  const PeopleResult r = People(
      "Kontakt\n"
      "Maria Berg\n"
      "Ledamot, Samordningsförbundet Norrby\n");
  EXPECT_TRUE(r.people.empty());
}

// Scrive's verifikat as the service lays it out (invented parties): two
// parties a row in two columns, a quoted legal name wrapping onto the next
// line, the block continued on the next page, then one party alone.
TEST(ParseEvidencePages, ScriveVerifikatInTwoColumns) {
  const RecordText t = SplitRecordText(
      "Styrelsens underskrifter\n"
      "\fVerifikat\n"
      "\n"
      "Transaktion 09222115550000000001\n"
      "Dokument\n"
      "Startades 2023-03-01 09:00:00 CET (+0100) av Eva Ek (EE)\n"
      "Initierare\n"
      "Eva Ek (EE)\n"
      "Förvaltaren AB\n"
      "Signerande parter\n"
      "Olof Strand (OS)\tMaja Lind (ML)\n"
      "Brf Exempel 3 olof@example.se\tBrf Exempel 3 maja@example.se\n"
      "Namnet som returnerades från svenskt BankID var \"OLOF\tNamnet som "
      "returnerades från svenskt BankID var\n"
      "STRAND\"\t\"MAJA ELISABET LIND\"\n"
      "Signerade 2023-03-01 10:56:09 CET (+0100)\tSignerade 2023-03-02 "
      "11:12:26 CET (+0100)\n"
      "\fVerifikat\n"
      "Transaktion 09222115550000000001\n"
      "Karin Berg (KB)\n"
      "Revisorerna AB\n"
      "karin@example.se\n"
      "Namnet som returnerades från svenskt BankID var\n"
      "\"KARIN BERG\"\n"
      "Signerade 2023-06-01 07:51:47 CEST (+0200)\n"
      "Detta verifikat är utfärdat av Scrive.\n");
  const std::vector<EvidencePages> ev = ParseEvidencePages(t, {});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].service, "scrive");
  EXPECT_EQ(ev[0].transaction, "09222115550000000001");
  EXPECT_EQ(ev[0].pages, (std::vector<int>{2, 3}));
  ASSERT_EQ(ev[0].signers.size(), 3u);  // the initiator did not sign
  EXPECT_EQ(ev[0].signers[0], (EvidenceSigner{"Olof Strand", "OLOF STRAND",
                                              "2023-03-01T10:56:09+01:00",
                                              "BankID (SE)", "Brf Exempel 3"}));
  EXPECT_EQ(ev[0].signers[1].legal_name, "MAJA ELISABET LIND");
  EXPECT_EQ(ev[0].signers[1].time, "2023-03-02T11:12:26+01:00");
  EXPECT_EQ(ev[0].signers[2].name, "Karin Berg");
  EXPECT_EQ(ev[0].signers[2].organisation, "Revisorerna AB");
  EXPECT_EQ(ev[0].signers[2].time, "2023-06-01T07:51:47+02:00");
  // No verifikat, no evidence; a "Verifikat" heading without a transaction
  // is a word in the text.
  EXPECT_TRUE(
      ParseEvidencePages(SplitRecordText("Verifikat\nNoter\n"), {}).empty());
}

// Under a "Revisorer" heading that runs on over other paragraphs, only the
// paragraph that speaks of the auditors names them: the nominating
// committee, a motion's author and "Årets Resultat" in the next paragraphs
// are no auditors.
TEST(ExtractPeople, AuditorsOnlyFromTheParagraphThatNamesThem) {
  const PeopleResult r = People(
      "Förvaltningsberättelse\n"
      "Revisorer\n"
      "Föreningens revisor har varit Olle Nord med Maria Ås som suppleant,\n"
      "valda av föreningen samt Exempelrevision AB.\n"
      "Valberedning\n"
      "Valberedningen har utgjorts av Siv Strand och Eva Ek.\n"
      "\n"
      "Motion 1, Lokal för stämmor från Per Holm\n"
      "Hej Karin!\n"
      "Eftersom Lars Berg Bygg AB erbjöd det valde vi det.\n"
      "OVK, Obligatorisk Ventilationskontroll\n"
      "Årets Resultat efter finansiella poster uppgår till 188 tkr.\n");
  std::vector<std::string> names;
  for (const Person& p : r.people) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Olle Nord", "Maria Ås"}));
}

// A board signature block that runs into a service's evidence page ends
// there: the e-ID's names quoted on it are no board members; a firm with an
// acronym ("KPMG Malmö") is no auditor.
TEST(ExtractPeople, SignatureBlockEndsAtTheEvidencePage) {
  const PeopleResult r = People(
      "Förvaltningsberättelse\n"
      "Revisorer\n"
      "KPMG Malmö\tAuktoriserad revisor\n"
      "Olle Nord\tRevisor\n"
      "Styrelsens underskrifter\n"
      "Malmö 2023-03-01\n"
      "Eva Ek\n"
      "Ordförande\n"
      "\fVerifikat\n"
      "Transaktion 09222115550000000001\n"
      "Signerande parter\n"
      "Eva Ek (EE)\n"
      "Namnet som returnerades från svenskt BankID var\n"
      "\"EVA MARIA EK\"\n"
      "\"OLOF STRAND\"\n");
  std::vector<std::string> names;
  for (const Person& p : r.people) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Eva Ek", "Olle Nord"}));
}

// Verified's verification as the service lays it out (invented parties):
// one party a row, the e-ID's legal names and times in the activity log in
// another order, with a middle name and in capitals; a second file's
// verification follows (a merged report and audit report).
TEST(ParseEvidencePages, VerifiedPartiesAndActivityLog) {
  const RecordText t = SplitRecordText(
      "Ordförande\n"
      "\fVerification\n"
      "\n"
      "Transaction ID\tAbCd12-Ef34\n"
      "Document\tÅrsredovisning 2023 Brf Exempel.pdf\n"
      "Sent by\tRut Sand\n"
      "Signing parties\n"
      "Olof Strand\tolof@example.se\tAction: Sign\tMethod: Swedish BankID\n"
      "Maja Lind\tmaja@example.se\tAction: Sign\tMethod: Swedish BankID\n"
      "Activity log\n"
      "E-mail invitation sent to olof@example.se\n"
      "2024-03-16 16:41:55 CET,\n"
      "Document signed by MAJA LIND\n"
      "Birth date: 01/02/1990,2024-03-16 17:00:38 CET,\n"
      "\fDocument signed by Olof Gustav Strand\n"
      "Birth date: 10/11/1980,2024-04-02 09:32:14 CEST,\n"
      "Verified ensures that the document has been signed according to the "
      "method stated above.\n"
      "\fVerification\n"
      "Transaction ID\tXyZ-987\n"
      "Signing parties\n"
      "Karin Berg\tkarin@example.se\tAction: Sign\tMethod: Swedish BankID\n"
      "Activity log\n"
      "Document signed by Karin Berg\n"
      "Birth date: 21/11/1960,2024-04-03 14:50:22 CEST,\n"
      "Verified ensures that the document has been signed.\n");
  const std::vector<EvidencePages> ev = ParseEvidencePages(t, {});
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].service, "verified");
  EXPECT_EQ(ev[0].transaction, "AbCd12-Ef34");
  EXPECT_EQ(ev[0].pages, (std::vector<int>{2, 3}));
  ASSERT_EQ(ev[0].signers.size(), 2u);
  EXPECT_EQ(ev[0].signers[0],
            (EvidenceSigner{"Olof Strand", "Olof Gustav Strand",
                            "2024-04-02T09:32:14+02:00", "BankID (SE)", ""}));
  EXPECT_EQ(ev[0].signers[1].legal_name, "MAJA LIND");
  EXPECT_EQ(ev[0].signers[1].time, "2024-03-16T17:00:38+01:00");
  EXPECT_EQ(ev[1].transaction, "XyZ-987");
  ASSERT_EQ(ev[1].signers.size(), 1u);
  EXPECT_EQ(ev[1].signers[0].time, "2024-04-03T14:50:22+02:00");
  // "Verification" as a word without a transaction is no block.
  EXPECT_TRUE(
      ParseEvidencePages(SplitRecordText("Verification\nNoter\n"), {}).empty());
}

// Verified's later layout as OCR reads it (invented signers): the summary
// with the envelope id, the activity log one signer a row, a name the cell
// cut continuing on the next line; a board signature block above it ends
// at the summary.
TEST(ParseEvidencePages, VerifiedActivityLogTable) {
  const std::string page =
      "Underskrifter\n"
      "Olof Strand\tMaja Lind\n"
      "Ordförande\tStyrelseledamot\n"
      "\fDocument summary\n"
      "COMPLETED BY ALL:\n"
      "12.03.2026 11:26\n"
      "ENVELOPE ID:\n"
      "rJT3teg5bg-By0ntggcZx\n"
      "'I Activity log\n"
      "RECIPIENT\tACTION? TIMESTAMP (CET)\tMETHOD\tDETAILS\n"
      "1. OLOF GUSTAV STRAND\t& Signed\t12.03.2026 09:37\telD\tSwedish BankID\n"
      "olof.strand(Qexample.se\tAuthenticated\t12.03.2026 09:36\tLow\tIP: 1\n"
      "2.MAJA ELISABETH LINDQVI\t& Signed\t14.04.2026 11:21\telD\tSwedish "
      "BankID\n"
      "ST\t\t\t\t\n"
      "Verified ensures that the document has been signed according to the "
      "method stated above.\n";
  const std::vector<EvidencePages> ev =
      ParseEvidencePages(SplitRecordText(page), {});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].service, "verified");
  EXPECT_EQ(ev[0].transaction, "rJT3teg5bg-By0ntggcZx");
  EXPECT_EQ(ev[0].pages, (std::vector<int>{2}));
  ASSERT_EQ(ev[0].signers.size(), 2u);
  EXPECT_EQ(ev[0].signers[0],
            (EvidenceSigner{"OLOF GUSTAV STRAND", "OLOF GUSTAV STRAND",
                            "2026-03-12T09:37:00+01:00", "BankID (SE)", ""}));
  EXPECT_EQ(ev[0].signers[1].name, "MAJA ELISABETH LINDQVIST");
  EXPECT_EQ(ev[0].signers[1].time, "2026-04-14T11:21:00+02:00");
  // The summary's capitals are no board members.
  std::vector<std::string> names;
  for (const Person& p : People(page).people) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"Olof Strand", "Maja Lind"}));
}

// TellusTalk's page, first in the file (invented signers): names as the
// e-ID gives them, Swedish local time without an offset, in winter and in
// summer.
TEST(ParseEvidencePages, TellusTalkSignedDocumentPage) {
  const RecordText t = SplitRecordText(
      "Signerat dokument\n"
      "via https://min.ebox.nu\n"
      "\n"
      "Brf Exempel stämmoprotokoll 2024-05-15\n"
      "Signerad text:\tJag har läst och förstår innehållet i PDF-filen (1)\n"
      "\tHashvärde SHA256: d6b71bfca2610afa\n"
      "Signerat av 2:\t\n"
      "OLOF GUSTAV STRAND\n"
      "Signerat med BankID 2024-05-24 08:49 Ref: b96ac601-8611\n"
      "Maja Lind\n"
      "Signerat med BankID 2024-01-23 22:50 Ref: 608cb9b5-c578\n"
      "\fPROTOKOLL\n"
      "Olof Strand\tMaja Lind\n");
  const std::vector<EvidencePages> ev = ParseEvidencePages(t, {});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].service, "tellustalk");
  EXPECT_EQ(ev[0].pages, (std::vector<int>{1}));
  ASSERT_EQ(ev[0].signers.size(), 2u);
  EXPECT_EQ(ev[0].signers[0],
            (EvidenceSigner{"OLOF GUSTAV STRAND", "OLOF GUSTAV STRAND",
                            "2024-05-24T08:49:00+02:00", "BankID (SE)", ""}));
  EXPECT_EQ(ev[0].signers[1].time, "2024-01-23T22:50:00+01:00");
}

// DocuSign and GetAccept as the archives hold them: only the stamp on every
// page, which the pipeline moved into the furniture.
TEST(ParseEvidencePages, ServicesKnownByTheirStamps) {
  const RecordText furniture = SplitRecordText(
      "DocuSign Envelope ID: C1F31E0C-2248-4AF7-B1EA-7E51D0A371F4\nSida 1\n"
      "\fDocuSign Envelope ID: C1F31E0C-2248-4AF7-B1EA-7E51D0A371F4\n");
  const std::vector<EvidencePages> ev =
      ParseEvidencePages(SplitRecordText("Protokoll\n\fText\n"), furniture);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].service, "docusign");
  EXPECT_EQ(ev[0].transaction, "C1F31E0C-2248-4AF7-B1EA-7E51D0A371F4");
  EXPECT_EQ(ev[0].pages, (std::vector<int>{1, 2}));
  EXPECT_TRUE(ev[0].signers.empty());
  const std::vector<EvidencePages> ga = ParseEvidencePages(
      SplitRecordText("Text\n"),
      SplitRecordText("Detta dokument har signerats genom GetAccept\n"));
  ASSERT_EQ(ga.size(), 1u);
  EXPECT_EQ(ga[0].service, "getaccept");
  // A report that only mentions the service is not signed by it.
  EXPECT_TRUE(ParseEvidencePages(
                  SplitRecordText("Vi använder DocuSign för protokoll.\n"), {})
                  .empty());
}

// GetAccept's evidence page in English: the fields in any order, the e-ID
// named as the other services name it, a time with no zone taken as
// Swedish local time; a page naming GetAccept without a document id is no
// evidence page.
TEST(ParseEvidencePages, GetAcceptEvidencePage) {
  const RecordText t = SplitRecordText(
      "Text\n\fSigning certificate\nGetAccept\n"
      "Document ID: GA-4471-XK\n"
      "Anna Lindqvist\n"
      "Verified with: Swedish BankID\n"
      "Signed: 2025-07-01 10:15\n"
      "IP address: 203.0.113.9\n"
      "This certificate was issued by GetAccept.\n");
  const std::vector<EvidencePages> ev = ParseEvidencePages(t, {});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].service, "getaccept");
  EXPECT_EQ(ev[0].transaction, "GA-4471-XK");
  EXPECT_EQ(ev[0].pages, (std::vector<int>{2}));
  ASSERT_EQ(ev[0].signers.size(), 1u);
  EXPECT_EQ(ev[0].signers[0],
            (EvidenceSigner{"Anna Lindqvist", "Anna Lindqvist",
                            "2025-07-01T10:15:00+02:00", "BankID (SE)", ""}));
  EXPECT_TRUE(
      ParseEvidencePages(
          SplitRecordText("Vi skickar avtal med GetAccept.\n"
                          "Anna Lindqvist\nSignerat: 2025-07-01 10:15\n"),
          {})
          .empty());
}

TEST(ExtractPeople, AuditorsInASentenceWithTheirAppointingBodies) {
  const PeopleResult r = People(
      "Förvaltningsberättelse\n"
      "Revisorer Olle Nord - staten, Maria Ås - Region Örebro län och "
      "Per Ek (kommunerna).\n");
  ASSERT_EQ(r.people.size(), 3u);
  EXPECT_EQ(r.people[0].name, "Olle Nord");
  EXPECT_EQ(r.people[0].appointed_by, "staten");
  EXPECT_EQ(r.people[1].name, "Maria Ås");
  EXPECT_EQ(r.people[1].appointed_by, "Region Örebro län");
  EXPECT_EQ(r.people[2].name, "Per Ek");
  EXPECT_EQ(r.people[2].appointed_by, "kommunerna");
  for (const Person& p : r.people) EXPECT_EQ(p.body, "revision");
}

// A person a (name, role) pair of the people a record gives, for
// comparing whole lists: "Name|Role|body".
std::vector<std::string> Rows(const PeopleResult& r) {
  std::vector<std::string> rows;
  for (const Person& p : r.people) {
    rows.push_back(p.name + "|" + p.role + "|" + p.body);
  }
  return rows;
}

// Two boards side by side, before and after the annual meeting: the one
// from the later date is the board; the other's people stay, with their
// roles, as "other". A person on both is on the board with the new role.
TEST(ExtractPeople, BoardListsSideBySideTakeTheLaterBoard) {
  const PeopleResult r = People(
      "Förvaltningsberättelse\n"
      "Styrelse t o m 2021-05-12\tStyrelse fr o m 2021-05-12\n"
      "Olle Berg\tOrdförande\tLisa Ek\tOrdförande\n"
      "Kim Sand\tLedamot\tKim Sand\tLedamot\n"
      "Eva Strand\tSuppleant\tOlle Berg\tSuppleant\n"
      "Revisor\n"
      "Norrby Revision AB\n");
  EXPECT_EQ(Rows(r), (std::vector<std::string>{
                         "Lisa Ek|Ordförande|styrelse",
                         "Kim Sand|Ledamot|styrelse",
                         "Olle Berg|Suppleant|styrelse",
                         "Eva Strand|Suppleant|other",
                     }));
  // Printed the other way round, and with words instead of dates.
  const PeopleResult words = People(
      "Nyvald styrelse\tAvgående styrelse\n"
      "Lisa Ek\tOrdförande\tOlle Berg\tOrdförande\n");
  EXPECT_EQ(Rows(words), (std::vector<std::string>{
                             "Lisa Ek|Ordförande|styrelse",
                             "Olle Berg|Ordförande|other",
                         }));
}

// A list under a lead sentence, one name a line, roles where printed and
// from the sub-heading otherwise, continued over blank lines and
// sub-headings to a line that is no name ("Valberedning").
TEST(ExtractPeople, BoardListOneNameALineUnderSubHeadings) {
  const PeopleResult r = People(
      "Styrelsen har sedan ordinarie stämma 2020-04-20 bestått av:\n"
      "\n"
      "Ordinarie\n"
      "Anna Rapp\tOrdf.\n"
      "Pether Lind\n"
      "Gunnel Åsberg\n"
      "\n"
      "Suppleanter\n"
      "Ola Strid\n"
      "\n"
      "Valberedning\n"
      "Klas Berg\n"
      "Föreningens Ekonomi\n");
  EXPECT_EQ(Rows(r), (std::vector<std::string>{
                         "Anna Rapp|Ordförande|styrelse",
                         "Pether Lind|Ledamot|styrelse",
                         "Gunnel Åsberg|Ledamot|styrelse",
                         "Ola Strid|Suppleant|styrelse",
                     }));
  // A table with a column header row; a genitive alone on its line is a
  // heading after the list, not a name.
  const PeopleResult table = People(
      "Styrelsens sammansättning\n"
      "Namn\tRoll\tFr.o.m.\n"
      "Lisa Ek\tOrdförande\t2022-07-13\n"
      "Gabriel Reyes Quintero\tLedamot\t2023-06-25\n"
      "Föreningens Ekonomi\n");
  EXPECT_EQ(Rows(table), (std::vector<std::string>{
                             "Lisa Ek|Ordförande|styrelse",
                             "Gabriel Reyes Quintero|Ledamot|styrelse",
                         }));
}

// An election committee's proposal names nominees, not the board, though
// it prints them under "Styrelse" with roles.
TEST(ExtractPeople, NomineesOfAProposalAreNotTheBoard) {
  const PeopleResult r = People(
      "Styrelsen\n"
      "Lisa Ek\tOrdförande\n"
      "Kim Sand\tLedamot\n"
      "\fValberedningens förslag till val av styrelse\n"
      "\n"
      "Styrelse\n"
      "Ordförande 1 år\tLisa Ek\tOmval\n"
      "Ledamot\tBo Nygren\tNyval 2 år\n");
  EXPECT_EQ(Rows(r), (std::vector<std::string>{
                         "Lisa Ek|Ordförande|styrelse",
                         "Kim Sand|Ledamot|styrelse",
                         "Bo Nygren|Ledamot|other",
                     }));
  EXPECT_TRUE(r.people[0].organisation.empty());
}

// Auditors named only where the audit report is endorsed or signed: the
// names under "Revisorspåteckning" (a mark OCR read before a surname
// taken off) and the audit report's signature block
// (records/audit_report.h); a scribble OCR read as a name there, with no
// known first name and printed nowhere else, is no auditor.
TEST(ExtractPeople, AuditorsFromTheAuditReportAndItsEndorsement) {
  const PeopleResult endorsed = People(
      "Revisorspåteckning\n"
      "Vår revisionsberättelse har lämnats den 2021-04-01\n"
      "\n"
      "Göran 'Gedde\n"
      "== BOREVISION ==\n");
  EXPECT_EQ(Rows(endorsed),
            (std::vector<std::string>{"Göran Gedde|Revisor|revision"}));
  const PeopleResult report = People(
      "Revisionsberättelse\n"
      "Till föreningsstämman i Brf Exempel, org.nr 769610-0614\n"
      "Jag tillstyrker att föreningsstämman beviljar styrelsens ledamöter "
      "ansvarsfrihet för räkenskapsåret.\n"
      "Stockholm den 1 april 2021\n"
      "\n"
      "Mia Holm\n"
      "Auktoriserad revisor\n"
      "\n"
      "Yeua Iucubo\n"
      "Av HSB Riksförbund utsedd revisor\n");
  EXPECT_EQ(
      Rows(report),
      (std::vector<std::string>{"Mia Holm|Auktoriserad revisor|revision"}));
}

// False people: OCR of a signature reads strokes as capitalised words. A
// name there needs a known first name, a role under it or a printing
// elsewhere; a short word in capitals in a mixed-case name is no surname;
// two names a text layer joined in one list cell are two people.
TEST(ExtractPeople, NameEvidenceAgainstOcrGarbles) {
  EXPECT_FALSE(IsPersonName("Åkers ON"));
  EXPECT_TRUE(IsPersonName("KARLA ORTEGA VASQUEZ"));
  const PeopleResult r = People(
      "Styrelsen\n"
      "Lisa Ek\tOrdförande\n"
      "Pether Lind\tLedamot\n"
      "Marianne Stakeberg Olle Strand\tledamot\n"
      "\n"
      "Styrelsens underskrift\n"
      "Lisa Ek\n"
      "Ordförande\n"
      "Uosstra Modlimv\n"
      "\n"
      "Pether Lind\n");
  EXPECT_EQ(Rows(r), (std::vector<std::string>{
                         "Lisa Ek|Ordförande|styrelse",
                         "Pether Lind|Ledamot|styrelse",
                         "Marianne Stakeberg|Ledamot|styrelse",
                         "Olle Strand|Ledamot|styrelse",
                     }));
}

TEST(ExtractPeople, SignatureGridRoleAndOrganisationUnderEachName) {
  // The board known only from the signature block: three names a row, the
  // role and the member organisation in one line under each.
  const PeopleResult r = People(
      "Underskrifter\n"
      "Tallby den 12 mars 2026\n"
      "Maria Eklöf\tPer-Erik Lundin\tSara Nyberg\n"
      "Ordförande, Region Tallmark\tVice ordförande, Tallby kommun\t"
      "Ledamot, Försäkringskassan\n");
  ASSERT_EQ(r.people.size(), 3u);
  EXPECT_EQ(r.people[0].role, "Ordförande");
  EXPECT_EQ(r.people[0].organisation, "Region Tallmark");
  EXPECT_EQ(r.people[1].role, "Vice ordförande");
  EXPECT_EQ(r.people[1].organisation, "Tallby kommun");
  EXPECT_EQ(r.people[2].organisation, "Försäkringskassan");
}

TEST(ExtractPeople, SignatureGridWithoutHeadingUnderPlaceAndDate) {
  // No heading: the place and date over the names, party letters after
  // them, role and organisation on two lines; one name alone on the last
  // row.
  const PeopleResult r = People(
      "Årsredovisningen har fastställts av förbundsstyrelsen.\n"
      "Forsby den 20 februari 2026\n"
      "Ingrid Sandö (S)\tMats Öhrn (M)\n"
      "Ordförande\tVice ordförande\n"
      "Region Forsmark\tForsby kommun\n"
      "Karin Bergå\n"
      "Ledamot\n"
      "Arbetsförmedlingen\n");
  ASSERT_EQ(r.people.size(), 3u);
  EXPECT_EQ(r.people[0].name, "Ingrid Sandö");
  EXPECT_EQ(r.people[0].role, "Ordförande");
  EXPECT_EQ(r.people[0].organisation, "Region Forsmark");
  EXPECT_EQ(r.people[1].name, "Mats Öhrn");
  EXPECT_EQ(r.people[1].organisation, "Forsby kommun");
  EXPECT_EQ(r.people[2].name, "Karin Bergå");
  EXPECT_EQ(r.people[2].role, "Ledamot");
  EXPECT_EQ(r.people[2].organisation, "Arbetsförmedlingen");
  EXPECT_EQ(r.people[2].body, "styrelse");
}

TEST(ExtractPeople, SignersJoinedWithTheLineUnderThem) {
  // No heading, no place and date: a row of signers, each cell a name and
  // its role and organisation, a dash between them on the second row.
  const PeopleResult r = People(
      "Datum för underskrift framgår av den elektroniska signaturen.\n"
      "Eva Norlöf (S) ordförande, Skarviks kommun\tLars af Ugglå (M) vice "
      "ordförande, Region Skarvik\n"
      "Kjell Ödmå ledamot – Försäkringskassan\tMarie Hjortå ledamot – "
      "Arbetsförmedlingen\n");
  ASSERT_EQ(r.people.size(), 4u);
  EXPECT_EQ(r.people[0].name, "Eva Norlöf");
  EXPECT_EQ(r.people[0].organisation, "Skarviks kommun");
  EXPECT_EQ(r.people[1].name, "Lars af Ugglå");
  EXPECT_EQ(r.people[1].role, "Vice ordförande");
  EXPECT_EQ(r.people[3].organisation, "Arbetsförmedlingen");
}

TEST(ExtractPeople, AHeadingOverProseIsNoSignatureBlock) {
  // "Förbundets styrelse" over a paragraph is the body's heading: a name
  // under it is no signature of a board member.
  const PeopleResult r = People(
      "Förbundets styrelse\n"
      "Förbundets styrelse består av en ledamot och en ersättare från "
      "varje medlem. Frågor om insatserna besvaras av förbundets kansli.\n"
      "Eva Lundå\n");
  for (const Person& p : r.people) EXPECT_NE(p.body, "styrelse") << p.name;
}

}  // namespace
}  // namespace finsam::records
