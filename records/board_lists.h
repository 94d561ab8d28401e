// The board as a report lists it: a table under a column header row
// ("Ledamot | Ersättare | Organisation", "Namn  Roll  Fr.o.m."), and lists
// under a board heading ("Styrelse", "Styrelsen har under året bestått
// av:"), one name a line or one board a column. Text in, people out; no
// state between calls.
#ifndef FINSAM_RECORDS_BOARD_LISTS_H_
#define FINSAM_RECORDS_BOARD_LISTS_H_

#include <string>
#include <vector>

#include "records/people.h"
#include "records/record_text.h"

namespace finsam::records {

// What a board table's column holds, from its header cell.
struct BoardTableColumn {
  // kOther: when or how long a member sits ("Vald", "Fr.o.m.", "Ort"):
  // read past.
  // kAppointedBy: who appointed an auditor ("Utsedd av"). kParty: the
  // members' party letters ("Parti"), which the record does not keep.
  enum Kind {
    kName,
    kRole,
    kOrganisation,
    kAppointedBy,
    kParty,
    kOther
  } kind = kName;
  std::string role;  // a name column headed by a role: "Ersättare"
};

// A board table's column header row, every cell naming its column:
// "Ledamot | Ersättare | Organisation" (a Finsam board: each member beside
// their deputy and the member organisation they represent), "Namn |
// Uppdrag | Representerar", "Ordinarie | Suppleant", "Namn  Roll
// Fr.o.m.", the auditors' "Revisor | Uppdrag | Utsedd av". Empty when a
// cell names no column.
std::vector<BoardTableColumn> BoardTableHeader(const std::string& line);

// True when the rows under `columns` are read by column (BoardTableRow):
// two columns at least, one of them of names, none read past.
bool ReadsByColumn(const std::vector<BoardTableColumn>& columns);

// The people of a row under a header that ReadsByColumn, each cell read by
// its column: by position when the row has a cell for every column;
// otherwise (a vacant deputy seat: "Eva Holm | Försäkringskassan") name
// cells go to the name columns in order, a role to the role column,
// anything else to the organisation column. A "Roll" column speaks of the
// row's first person. Empty when no cell is a name.
std::vector<Person> BoardTableRow(const std::vector<BoardTableColumn>& columns,
                                  const std::string& line, const char* body,
                                  int page);

// Board lists read by their structure, wherever they stand: a table under
// a column header row that ReadsByColumn, its member organisation named on
// a line of its own above its header or rows ("Region Norrby" /
// "Ordinarie | Personlig ersättare" / "Eva Ek (S) | Nils Berg (S)"); a heading
// ("Styrelse", "Styrelsens sammansättning", "Styrelse fr o m 2013-05-16",
// or a sentence ending "styrelsen ... bestått av:" or "haft följande
// sammansättning:"), then lines whose cells
// are names (with or without roles), over sub-headings ("Ordinarie",
// "Suppleanter") and a column header row, to the first line that is none
// of these. Two boards side by side: the one with the later date is the
// board; the other's people are kept with their roles, body "other", as
// are the people of lines `proposal` marks (an election committee's
// nominees). Only people not in `people` yet are added.
void ReadBoardLists(const RecordText& text, const std::vector<bool>& proposal,
                    std::vector<Person>* people);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_BOARD_LISTS_H_
