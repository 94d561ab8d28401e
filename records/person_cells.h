// A person read from one cell of a list, a table or a signature row: the
// name with the role words before it or what its comma adds, the marks OCR
// reads around it taken off, and one person per folded name in a list.
// Shared by the readers of records/people.h and records/board_lists.h.
#ifndef FINSAM_RECORDS_PERSON_CELLS_H_
#define FINSAM_RECORDS_PERSON_CELLS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "records/people.h"

namespace finsam::records {

// Adds `p` to `people`, or fills the empty fields of the person of the same
// folded name already there (a body "other" gives way to a real one).
void AddPerson(std::vector<Person>* people, const Person& p);

// A name cell of a scanned signature block without the marks OCR read
// around it ("\"Daniel Serneholt", "Kenneth Mårtensson,").
std::string StripEdgeMarks(const std::string& cell);

// Word-initial marks OCR reads before a letter ("Jörgen 'Götehed").
std::string WithoutWordMarks(const std::string& s);

// The body a role belongs to when the role says it ("Auktoriserad
// revisor" signs under the board's signatures too): "revision",
// "styrelse", "kansli" for the förbundschef or a company's verkställande
// direktör, or "other" for an adjunct
// ("Adjungerad": sits with the board, no member of it).
const char* BodyOfRole(const std::string& role);

// The person's name in a cell: the cell itself, or what follows the role
// words it opens with ("Auktoriserade revisorn Ole Deurell,"); "" if none.
// `role` gets the role words' role.
std::string NameInCell(const std::string& raw, std::string* role);

// An organisation after a name is a few words ("Region Örebro län",
// "Ekbacka kommun"); longer, the text is a sentence.
inline constexpr size_t kMaxOrganisationBytes = 60;

// True when `s` has the form of an organisation's name in the genre's
// closed vocabulary: a municipality, region or county ("Mora kommun",
// "Region Norrby", "Västra Götalandsregionen", "Norrby län", "Tallby
// stad"), a state agency ("Försäkringskassan", "Arbetsförmedlingen",
// "Skatteverket", "Länsstyrelsen i Norrby"), the state, or a company
// ("Revisionsbyrån Ek AB").
bool HasOrganisationForm(const std::string& s);

// A role with what the words after it add: who appointed the person
// ("förtroendevald revisor utsedd av Region Norrby") or where they work
// ("auktoriserad revisor vid Revisionsbyrån Ek AB", "revisor hos PwC").
// True only for role words (CanonicalRole) followed by one of these; false
// for a role alone and for any other clause ("ledamot sedan 2019"), and
// for a workplace cut short by a line's end ("revisor vid Revisia Mitt
// i").
struct RoleClause {
  std::string role;  // canonical
  std::string organisation;
  std::string appointed_by;
};
bool ReadRoleClause(const std::string& clause, RoleClause* out);

// A name cell and what it adds to the name.
struct NameWithTail {
  std::string name;  // "" when the cell names no one
  std::string role;  // canonical, from the comma or the role words before
  std::string organisation;
  std::string appointed_by;
};

// A name cell with what its comma adds: a role ("Maria Lindqvist,
// ordförande", "Karin Lund, ordf., Region Norrby"), the member
// organisation ("Lisa Ek, Mälarviks kommun"), who appointed an auditor
// ("Olle Nord, utsedd av staten"), several of them after several commas
// ("Maria Ek, auktoriserad revisor, KPMG AB, utsedd av staten"), and what
// parentheses add: party letters are read past ("Eva Holm (S)"), a role
// is the role, anything else is the organisation, or for an auditor who
// appointed them unless it is a firm ("förtroendevald revisor (Region
// Norrby)"); parentheses may hold several pieces a comma apart ("Eva Ek
// (certifierad kommunal revisor, KPMG AB)"). A role piece may say more
// (ReadRoleClause). `name` is
// empty when the cell has neither a comma nor parentheses, no name before
// them, or a piece after a comma that is none of these (a sentence).
NameWithTail SplitNameTail(const std::string& cell);

// What a line printed under a name says of the person (a signature
// block's grid, an entry over two or three lines): a role, the member
// organisation, who appointed an auditor, or several of them, a comma
// apart or not: "Ordförande, Region Norrbotten", "Ledamot (C), Ale
// kommun", "Vice ordförande Luleå kommun", "Region Norrbotten",
// "Av Region Norrby utsedd revisor", "Utsedd av Mora kommun",
// "Auktoriserad revisor KPMG AB", "Ledamot – Försäkringskassan". An
// organisation must have an organisation's form (HasOrganisationForm) or
// be an audit firm (IsAuditFirm), or stand beside a role; party letters
// are read past. A short line of another shape with a role word gives the
// role alone. False for any other line (a name, a sentence, a date, a
// heading, a logo) and for one that says nothing.
struct UnderName {
  std::string role;  // canonical
  std::string organisation;
  std::string appointed_by;
};
bool ReadUnderName(const std::string& line, UnderName* out);

// A cell that holds a name and what a line under it would say, the text
// layer having joined them ("Eva Norberg (S) ordförande, Skarviks kommun"):
// the name (party letters off) and an UnderName with a role. False when
// the cell is no name followed by a role.
bool ReadSignedCell(const std::string& cell, std::string* name,
                    UnderName* under);

// Adds what `under` says to `p`: the role when it names one (and the body
// the role belongs to, unless `p` is no member of any: "other"), the
// organisation and who appointed them where `p` has none yet.
void AddUnderName(const UnderName& under, Person* p);

// A name cell with its party letters taken off ("Ingrid Sandberg (S)",
// "Mats Öhman (Så)" as OCR reads "(S)"); the cell itself otherwise.
std::string WithoutPartyLetters(const std::string& cell);

// Party letters as parentheses print them after a name ("S", "KD",
// "SoL"): one to three letters, a capital first; OCR may add a letter in
// lower case ("Så" for "S").
bool IsPartyLetters(const std::string& s);

// Party letters printed bare after a comma ("Gustav Lindberg, S, Jokkby
// kommun"): the parties of Swedish councils, a closed vocabulary. Without
// brackets only these: two capitals may be a firm ("EY").
bool IsBarePartyLetters(const std::string& s);

// True when `s` names an audit firm: a company form ("AB", "HB"), an
// acronym opening it ("KPMG", "BDO"), or one of the few firms auditing
// Swedish public bodies ("PwC", "EY", "Deloitte", "Grant Thornton").
bool IsAuditFirm(const std::string& s);

// The person a cell names, with or without a comma's tail: SplitNameTail,
// else NameInCell (a name cannot hold a comma, so at most one of them
// reads a name).
NameWithTail ReadNameCell(const std::string& cell);

// Two names a text layer joined into one cell, two rows of a list printed
// on one line ("Marianne Stakeberg Christer Norén", Lindh 2013): four
// words, the third a known first name and the second none. A person's
// given names come first ("Karin Annika Kristina Berger" stays one name).
// Otherwise {name}.
std::vector<std::string> SplitJoinedNames(const std::string& name);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_PERSON_CELLS_H_
