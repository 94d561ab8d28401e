// The board and the auditors written in prose, as Finsam reports often
// write them: "Styrelsen har under året bestått av Anna Ek (S),
// ordförande, Region Norrby; Bo Lind (M), vice ordförande, Nora kommun;
// ...", "Ledamöter: ... Ersättare: ...", "Till revisorer har utsetts Olle
// Nord (Försäkringskassan) och Maria Ås (Region Norrby)", "Adjungerade:
// ...".
//
// A sentence is read when it opens a list: a lead that says the board, its
// deputies or the auditors are made up of people ("styrelsen ... bestått
// av", "Ersättare har varit", "Som ersättare har ... tjänstgjort",
// "revisorer har utsetts"), or a label with a colon ("Ersättare:", also a
// layout gap before its value). A lead that ends its line with a colon may
// be followed by one entry a line ("Karin Lund, ordförande (S), Region
// Norrby"; records/person_cells.h reads each cell), read as long as every
// cell of a line names a person. Its
// entries are split at semicolons, or, when it has none, at commas and
// "och"; an entry that names a person opens a person, a role or an
// organisation after it is theirs. A person needs evidence besides being
// two capitalised words: a known first name (records/first_names.h) or
// party letters in parentheses ("(S)", "(KD)"); without, the words are an
// organisation ("Västra Götalandsregionen"). Parentheses with anything
// else give the member organisation, or for an auditor who appointed them,
// as does "för Nora kommun" after a name.
// An adjunct ("adjungerad") sits with the board without being a member:
// role "Adjungerad", body "other".
//
// Also read: a heading over one entry a line, numbered or not ("1.2
// Revision" / "Eva Ek, auktoriserad revisor vid KPMG AB"); a role word as a
// sentence's subject or what a meeting elected someone to ("Verkställande
// direktör har varit Bo Lind", "Till lekmannarevisor valde stämman Ola
// Berg"); the office's staff each after their title as printed
// ("Kansliet har bestått av förbundschef Eva Ek och processledare Bo
// Lind", body "kansli").
//
// Pure: the text in, people out, in the order printed.
#ifndef FINSAM_RECORDS_PEOPLE_PROSE_H_
#define FINSAM_RECORDS_PEOPLE_PROSE_H_

#include <vector>

#include "records/people.h"
#include "records/record_text.h"

namespace finsam::records {

// People of every prose list in `text`, leaving out sentences that start on
// a line `skip` marks (an election committee's proposal names nominees).
std::vector<Person> PeopleInProse(const RecordText& text,
                                  const std::vector<bool>& skip);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_PEOPLE_PROSE_H_
