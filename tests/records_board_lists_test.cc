// Board tables and lists (records/board_lists.h) and a person read from one
// cell (records/person_cells.h). Names and places are invented.
#include <gtest/gtest.h>

#include "records/board_lists.h"
#include "records/person_cells.h"

namespace finsam::records {
namespace {

// The people ReadBoardLists reads in `text`, no line an election
// committee's proposal.
std::vector<Person> BoardLists(const std::string& text) {
  const RecordText t = SplitRecordText(text);
  std::vector<Person> people;
  ReadBoardLists(t, std::vector<bool>(t.lines.size(), false), &people);
  return people;
}

TEST(BoardTableHeader, OneReaderForEveryHeaderRow) {
  // A Finsam board: members beside their deputies and organisations.
  std::vector<BoardTableColumn> c =
      BoardTableHeader("Ledamot\tErsättare\tOrganisation");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].kind, BoardTableColumn::kName);
  EXPECT_EQ(c[0].role, "Ledamot");
  EXPECT_EQ(c[1].kind, BoardTableColumn::kName);
  EXPECT_EQ(c[1].role, "Ersättare");
  EXPECT_EQ(c[2].kind, BoardTableColumn::kOrganisation);
  EXPECT_TRUE(ReadsByColumn(c));
  // A housing cooperative's: the dates are read past, the rows as a list.
  c = BoardTableHeader("Namn\tRoll\tFr.o.m.");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].role, "");
  EXPECT_EQ(c[1].kind, BoardTableColumn::kRole);
  EXPECT_EQ(c[2].kind, BoardTableColumn::kOther);
  EXPECT_FALSE(ReadsByColumn(c));
  // One cell names no column: no header. One column: no table.
  EXPECT_TRUE(BoardTableHeader("Namn\tRoll\tKommentar").empty());
  EXPECT_TRUE(BoardTableHeader("Styrelsen har bestått av").empty());
  EXPECT_FALSE(ReadsByColumn(BoardTableHeader("Namn")));
  EXPECT_FALSE(ReadsByColumn(BoardTableHeader("Roll\tOrganisation")));
}

TEST(BoardTableRow, CellsByTheirColumns) {
  const std::vector<BoardTableColumn> c =
      BoardTableHeader("Ledamot\tErsättare\tOrganisation");
  std::vector<Person> row = BoardTableRow(
      c, "Anna Ek, ordförande\tBo Lind\tRegion Norrby", "styrelse", 4);
  ASSERT_EQ(row.size(), 2u);
  EXPECT_EQ(row[0].name, "Anna Ek");
  EXPECT_EQ(row[0].role, "Ordförande");
  EXPECT_EQ(row[0].organisation, "Region Norrby");
  EXPECT_EQ(row[0].page, 4);
  EXPECT_EQ(row[1].name, "Bo Lind");
  EXPECT_EQ(row[1].role, "Ersättare");
  EXPECT_EQ(row[1].organisation, "Region Norrby");
  // A vacant deputy seat: the organisation goes to its column.
  row = BoardTableRow(c, "Eva Holm\tFörsäkringskassan", "styrelse", 4);
  ASSERT_EQ(row.size(), 1u);
  EXPECT_EQ(row[0].role, "Ledamot");
  EXPECT_EQ(row[0].organisation, "Försäkringskassan");
  EXPECT_TRUE(BoardTableRow(c, "Summa\t12\t14", "styrelse", 4).empty());
  // A party column is read past.
  const std::vector<BoardTableColumn> p =
      BoardTableHeader("Namn\tParti\tRoll\tRepresenterar");
  ASSERT_TRUE(ReadsByColumn(p));
  row = BoardTableRow(p, "Karin Lund\tS\tOrdförande\tRegion Norrby", "styrelse",
                      2);
  ASSERT_EQ(row.size(), 1u);
  EXPECT_EQ(row[0].role, "Ordförande");
  EXPECT_EQ(row[0].organisation, "Region Norrby");
  row = BoardTableRow(p, "Per Ek\tM\tNora kommun", "styrelse", 2);
  ASSERT_EQ(row.size(), 1u);
  EXPECT_EQ(row[0].organisation, "Nora kommun");
}

TEST(ReadBoardLists, HeaderRowUnderAHeading) {
  const std::vector<Person> people = BoardLists(
      "Styrelse\nNamn\tRoll\tFr.o.m.\nKarin Sjö\tOrdförande\t2021\n"
      "Olof Berg\tLedamot\t2022\nÖvrigt\n");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].name, "Karin Sjö");
  EXPECT_EQ(people[0].role, "Ordförande");
  EXPECT_EQ(people[0].body, "styrelse");
  EXPECT_EQ(people[1].role, "Ledamot");
}

TEST(ReadBoardLists, TablesPerMemberOrganisation) {
  // Each member's name above its header and rows; personal deputies in the
  // same row; party letters read past.
  const std::vector<Person> people = BoardLists(
      "Styrelsen utses av medlemmarna.\n\n"
      "Region Norrby\n"
      "Ordinarie\tPersonlig ersättare\n"
      "Eva Hedlund (S), ordf.\tNils Bergqvist (S)\n"
      "Mora kommun\n"
      "Johan Dahl (M), v. ordf.\tKristina Svärd (KD)\n"
      "Försäkringskassan\n"
      "Ordinarie\tPersonlig ersättare\n"
      "Lena Forsberg\tUlf Mattsson\n"
      "Verksamheten under året\n"
      "Förbundet har under året arbetat vidare med insatserna.\n");
  ASSERT_EQ(people.size(), 6u);
  EXPECT_EQ(people[0].name, "Eva Hedlund");
  EXPECT_EQ(people[0].role, "Ordförande");
  EXPECT_EQ(people[0].organisation, "Region Norrby");
  EXPECT_EQ(people[1].name, "Nils Bergqvist");
  EXPECT_EQ(people[1].role, "Ersättare");
  EXPECT_EQ(people[1].organisation, "Region Norrby");
  EXPECT_EQ(people[2].role, "Vice ordförande");
  EXPECT_EQ(people[3].organisation, "Mora kommun");
  EXPECT_EQ(people[5].name, "Ulf Mattsson");
  EXPECT_EQ(people[5].organisation, "Försäkringskassan");
  EXPECT_EQ(people[5].body, "styrelse");
}

TEST(ReadBoardLists, MembersAndDeputiesInTwoColumns) {
  const std::vector<Person> people = BoardLists(
      "Styrelse                                  Ersättare\n"
      "Karin Lund (S), ordförande, Region Norrby  Anna Berg (S), Region "
      "Norrby\n"
      "Per Ek (M), Nora kommun                   Jonas Åberg (C), Nora "
      "kommun\n");
  ASSERT_EQ(people.size(), 4u);
  EXPECT_EQ(people[0].role, "Ordförande");
  EXPECT_EQ(people[1].name, "Anna Berg");
  EXPECT_EQ(people[1].role, "Ersättare");
  EXPECT_EQ(people[1].organisation, "Region Norrby");
  EXPECT_EQ(people[2].role, "Ledamot");
  EXPECT_EQ(people[3].organisation, "Nora kommun");
}

TEST(ReadBoardLists, EntriesOfTwoLinesInTwoColumns) {
  // Each entry its name, then its organisation on the line under it; a
  // blank line between entries.
  const std::vector<Person> people = BoardLists(
      "Ordinarie ledamöter\tErsättare\n"
      "Greta Vallin (S), ordf.\tOskar Tenfors (S)\n"
      "Ljungby kommun\tLjungby kommun\n"
      "\n"
      "Lisen Paavola\tRune Edholm\n"
      "Försäkringskassan\tFörsäkringskassan\n"
      "\n"
      "Revisorer\n");
  ASSERT_EQ(people.size(), 4u);
  EXPECT_EQ(people[0].name, "Greta Vallin");
  EXPECT_EQ(people[0].role, "Ordförande");
  EXPECT_EQ(people[0].organisation, "Ljungby kommun");
  EXPECT_EQ(people[1].role, "Ersättare");
  EXPECT_EQ(people[1].organisation, "Ljungby kommun");
  EXPECT_EQ(people[2].name, "Lisen Paavola");
  EXPECT_EQ(people[2].role, "Ledamot");
  EXPECT_EQ(people[2].organisation, "Försäkringskassan");
  EXPECT_EQ(people[3].organisation, "Försäkringskassan");
}

TEST(ReadBoardLists, EntriesOfThreeLinesNameRoleOrganisation) {
  const std::vector<Person> people = BoardLists(
      "Styrelse\tErsättare\n"
      "Greta Vallin (S)\tOskar Tenfors (S)\n"
      "ordförande\tersättare\n"
      "Ljungby kommun\tLjungby kommun\n"
      "Lisen Paavola\tRune Edholm\n"
      "ledamot\tersättare\n"
      "Region Ljungdal\tRegion Ljungdal\n");
  ASSERT_EQ(people.size(), 4u);
  EXPECT_EQ(people[0].role, "Ordförande");
  EXPECT_EQ(people[0].organisation, "Ljungby kommun");
  EXPECT_EQ(people[3].name, "Rune Edholm");
  EXPECT_EQ(people[3].role, "Ersättare");
  EXPECT_EQ(people[3].organisation, "Region Ljungdal");
}

TEST(ReadBoardLists, ALoneOrganisationUnderAnEntryHasItsForm) {
  // One entry a column: the organisation under a name is the person's
  // when it has an organisation's form; the next list's heading is not.
  std::vector<Person> people = BoardLists(
      "Styrelsen har bestått av:\n"
      "Greta Vallin, ordförande\n"
      "Region Ljungdal\n"
      "Rune Edholm, ledamot\n"
      "Revisor\n"
      "Revisia AB\n");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].organisation, "Region Ljungdal");
  EXPECT_EQ(people[1].name, "Rune Edholm");
  EXPECT_TRUE(people[1].organisation.empty());
  EXPECT_TRUE(HasOrganisationForm("Västra Ljungdalsregionen"));
  EXPECT_TRUE(HasOrganisationForm("Ljungby län"));
  EXPECT_TRUE(HasOrganisationForm("Arbetsförmedlingen"));
  EXPECT_FALSE(HasOrganisationForm("Revisorer"));
  EXPECT_FALSE(HasOrganisationForm("Valberedning"));
}

TEST(ReadUnderName, RoleOrganisationAndWhoAppointed) {
  UnderName u;
  ASSERT_TRUE(ReadUnderName("Ordförande, Region Älvmark", &u));
  EXPECT_EQ(u.role, "Ordförande");
  EXPECT_EQ(u.organisation, "Region Älvmark");
  ASSERT_TRUE(ReadUnderName("Ledamot (C), Ale kommun", &u));
  EXPECT_EQ(u.role, "Ledamot");
  EXPECT_EQ(u.organisation, "Ale kommun");
  ASSERT_TRUE(ReadUnderName("Vice ordförande Tallby kommun", &u));
  EXPECT_EQ(u.role, "Vice ordförande");
  EXPECT_EQ(u.organisation, "Tallby kommun");
  ASSERT_TRUE(ReadUnderName("Försäkringskassan", &u));
  EXPECT_EQ(u.role, "");
  EXPECT_EQ(u.organisation, "Försäkringskassan");
  ASSERT_TRUE(ReadUnderName("Av Region Älvmark utsedd revisor", &u));
  EXPECT_EQ(u.role, "Revisor");
  EXPECT_EQ(u.appointed_by, "Region Älvmark");
  ASSERT_TRUE(ReadUnderName("Utsedd av Tallby kommun", &u));
  EXPECT_EQ(u.appointed_by, "Tallby kommun");
  ASSERT_TRUE(ReadUnderName("Auktoriserad revisor Revisionsbyrån Ek AB", &u));
  EXPECT_EQ(u.role, "Auktoriserad revisor");
  EXPECT_EQ(u.organisation, "Revisionsbyrån Ek AB");
  ASSERT_TRUE(ReadUnderName("Ledamot – Arbetsförmedlingen", &u));
  EXPECT_EQ(u.role, "Ledamot");
  EXPECT_EQ(u.organisation, "Arbetsförmedlingen");
  ASSERT_TRUE(ReadUnderName("Ledamot, Samordningsförbundet Älvmark", &u));
  EXPECT_EQ(u.organisation, "Samordningsförbundet Älvmark");
  // A name, a sentence, a date, a heading say nothing of the name above.
  EXPECT_FALSE(ReadUnderName("Karin Holmström", &u));
  EXPECT_FALSE(ReadUnderName("Styrelsen har sammanträtt sex gånger.", &u));
  EXPECT_FALSE(ReadUnderName("Tallby den 3 mars 2026", &u));
  EXPECT_FALSE(ReadUnderName("Valberedning", &u));
  EXPECT_FALSE(ReadUnderName("Samordningsförbundet Älvmark", &u));
  EXPECT_FALSE(ReadUnderName("REVISIONSBYRÅN”", &u));
  // The text layer joined a name and the line under it.
  std::string name;
  ASSERT_TRUE(
      ReadSignedCell("Eva Norlöf (S) ordförande, Skarviks kommun", &name, &u));
  EXPECT_EQ(name, "Eva Norlöf");
  EXPECT_EQ(u.role, "Ordförande");
  EXPECT_EQ(u.organisation, "Skarviks kommun");
  EXPECT_FALSE(ReadSignedCell("Eva Norlöf har varit ordförande", &name, &u));
}

TEST(SplitNameTail, PartyLettersBareOrAsOcrReadsThem) {
  NameWithTail t = SplitNameTail("Gustav Lindå, S, Jokkby kommun");
  EXPECT_EQ(t.name, "Gustav Lindå");
  EXPECT_EQ(t.organisation, "Jokkby kommun");
  // OCR reads "(S)" as "(Så)": still the party, no organisation.
  t = SplitNameTail("Birger Nordin (Så), Tallby kommun");
  EXPECT_EQ(t.name, "Birger Nordin");
  EXPECT_EQ(t.organisation, "Tallby kommun");
  EXPECT_TRUE(IsPartyLetters("KD"));
  EXPECT_TRUE(IsPartyLetters("Så"));
  EXPECT_FALSE(IsPartyLetters("Ale"));
  EXPECT_EQ(WithoutPartyLetters("Ingrid Sandö (S)"), "Ingrid Sandö");
  EXPECT_EQ(WithoutPartyLetters("Ingrid Sandö (Region X)"),
            "Ingrid Sandö (Region X)");
}

TEST(ReadBoardLists, AuditorsTable) {
  const std::vector<Person> people = BoardLists(
      "Revisor\tUppdrag\tUtsedd av\n"
      "Kerstin Falk\tAuktoriserad revisor\tStaten\n"
      "Gösta Lind\tFörtroendevald revisor\tRegion Norrby\n");
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].role, "Auktoriserad revisor");
  EXPECT_EQ(people[0].body, "revision");
  EXPECT_EQ(people[0].appointed_by, "Staten");
  EXPECT_EQ(people[1].role, "Förtroendevald revisor");
  EXPECT_EQ(people[1].appointed_by, "Region Norrby");
}

TEST(ReadBoardLists, LeadLineOverATableWithATermColumn) {
  const std::vector<Person> people = BoardLists(
      "Styrelsen har efter stämman 2023-11-22 haft följande sammansättning:\n"
      "\n"
      "Uppdrag\tNamn\tMandat t.o.m. stämma\n"
      "ordf.\tOlle Bergkvist\t2024\n"
      "led.\tYusuf Demir\t2025\n"
      "suppl.\tBo Erik Hellström\t2024\n");
  ASSERT_EQ(people.size(), 3u);
  EXPECT_EQ(people[0].role, "Ordförande");
  EXPECT_EQ(people[1].role, "Ledamot");
  EXPECT_EQ(people[2].name, "Bo Erik Hellström");
  EXPECT_EQ(people[2].role, "Suppleant");
}

TEST(PersonCells, NameAndWhatItsCommaAdds) {
  NameWithTail n = ReadNameCell("Olle Nord, utsedd av staten");
  EXPECT_EQ(n.name, "Olle Nord");
  EXPECT_EQ(n.appointed_by, "staten");
  n = ReadNameCell("Ordförande Karin Sjö");
  EXPECT_EQ(n.name, "Karin Sjö");
  EXPECT_EQ(n.role, "Ordförande");
  n = ReadNameCell("Lisa Ek, Mälarby kommun");
  EXPECT_EQ(n.organisation, "Mälarby kommun");
  EXPECT_TRUE(ReadNameCell("Resultat efter finansiella poster").name.empty());
  // Several pieces after commas, and parentheses.
  n = ReadNameCell("Karin Lund, ordf., Region Norrby");
  EXPECT_EQ(n.name, "Karin Lund");
  EXPECT_EQ(n.role, "Ordförande");
  EXPECT_EQ(n.organisation, "Region Norrby");
  n = ReadNameCell("Maria Ek, auktoriserad revisor, PwC, utsedd av staten");
  EXPECT_EQ(n.role, "Auktoriserad revisor");
  EXPECT_EQ(n.organisation, "PwC");
  EXPECT_EQ(n.appointed_by, "staten");
  n = ReadNameCell("Eva Hedlund (S)");
  EXPECT_EQ(n.name, "Eva Hedlund");
  EXPECT_TRUE(n.organisation.empty());
  n = ReadNameCell("Tomas Björk, förtroendevald revisor (Mora kommun)");
  EXPECT_EQ(n.role, "Förtroendevald revisor");
  EXPECT_EQ(n.appointed_by, "Mora kommun");
  EXPECT_TRUE(
      ReadNameCell("Anna Ek, ordförande, har lett arbetet").name.empty());
  // Parentheses holding a role and an organisation a comma apart.
  n = ReadNameCell("Ebba Lind Ås (certifierad kommunal revisor, Revisia AB)");
  EXPECT_EQ(n.name, "Ebba Lind Ås");
  EXPECT_EQ(n.role, "Revisor");
  EXPECT_EQ(n.organisation, "Revisia AB");
  n = ReadNameCell("Leo Stam (förtroendevald revisor, Region Ljungdal)");
  EXPECT_EQ(n.role, "Förtroendevald revisor");
  EXPECT_EQ(n.appointed_by, "Region Ljungdal");
  // A role piece that says who appointed them or where they work.
  n = ReadNameCell(
      "Leo Stam, förtroendevald revisor utsedd av Ljungby kommun och Åsby "
      "kommun");
  EXPECT_EQ(n.role, "Förtroendevald revisor");
  EXPECT_EQ(n.appointed_by, "Ljungby kommun och Åsby kommun");
  RoleClause clause;
  ASSERT_TRUE(
      ReadRoleClause("auktoriserad revisor vid Revisia Syd AB", &clause));
  EXPECT_EQ(clause.role, "Auktoriserad revisor");
  EXPECT_EQ(clause.organisation, "Revisia Syd AB");
  EXPECT_FALSE(ReadRoleClause("ledamot sedan 2019", &clause));
  EXPECT_FALSE(ReadRoleClause("bor vid Ljungsjön", &clause));
  // A line of a wrapped sentence ends before the firm's name does.
  EXPECT_FALSE(ReadRoleClause("revisor vid Revisia Mitt i", &clause));
  EXPECT_EQ(SplitJoinedNames("Marianne Stakeberg Christer Norén").size(), 2u);
  EXPECT_EQ(SplitJoinedNames("Karin Annika Kristina Berger").size(), 1u);
  EXPECT_EQ(StripEdgeMarks("\"Daniel Serneholt,"), "Daniel Serneholt");
  EXPECT_EQ(WithoutWordMarks("Jörgen 'Götehed"), "Jörgen Götehed");
  std::vector<Person> people;
  AddPerson(&people, {"Anna Ek", "", "other", "", "", 0});
  AddPerson(&people, {"ANNA EK", "Ledamot", "styrelse", "", "", 3});
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].role, "Ledamot");
  EXPECT_EQ(people[0].body, "styrelse");
  EXPECT_EQ(people[0].page, 3);
}

}  // namespace
}  // namespace finsam::records
