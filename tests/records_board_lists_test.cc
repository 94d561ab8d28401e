// Board tables and lists (records/board_lists.h) and a person read from one
// cell (records/person_cells.h). Names and places are invented.
#include <gtest/gtest.h>

#include "records/board_lists.h"
#include "records/person_cells.h"

namespace finsam::records {
namespace {

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
}

TEST(ReadBoardLists, HeaderRowUnderAHeading) {
  RecordText t = SplitRecordText(
      "Styrelse\nNamn\tRoll\tFr.o.m.\nKarin Sjö\tOrdförande\t2021\n"
      "Olof Berg\tLedamot\t2022\nÖvrigt\n");
  std::vector<Person> people;
  ReadBoardLists(t, std::vector<bool>(t.lines.size(), false), &people);
  ASSERT_EQ(people.size(), 2u);
  EXPECT_EQ(people[0].name, "Karin Sjö");
  EXPECT_EQ(people[0].role, "Ordförande");
  EXPECT_EQ(people[0].body, "styrelse");
  EXPECT_EQ(people[1].role, "Ledamot");
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
