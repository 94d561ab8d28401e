// People named in a report: the board (from the signature block or a
// "Styrelsen" list), auditors with who appointed them, the förbundschef
// and the staff listed under "Kansli", and Visma signers.
//
// Signature blocks print a name over its role ("Carola Johansson" /
// "Ordförande"), or names in one row and roles in the next (TAB-separated);
// auditors print a name over "KPMG, utsedd av staten". Housing-cooperative
// reports list "Gunnar Jonsson   styrelseledamot, ordförande".
#ifndef FINSAM_RECORDS_PEOPLE_H_
#define FINSAM_RECORDS_PEOPLE_H_

#include <optional>
#include <string>
#include <vector>

#include "records/record_text.h"
#include "records/section_extractor.h"
#include "records/visma_signature_page.h"

namespace finsam::records {

struct Person {
  std::string name;
  std::string role;  // "Ordförande", "Vice ordförande", "Ledamot", "Revisor"
  // "styrelse", "revision", "beredningsgrupp", "kansli", "other".
  std::string body;
  std::string organisation;  // member organisation or audit firm
  std::string appointed_by;  // auditors: "staten", "kommunerna", ...
  int page = 0;
  bool operator==(const Person&) const = default;
};

// A name printed under a signature heading, as printed.
struct PrintedSignature {
  std::string name;
  std::string role;        // board: the role line
  std::string as_printed;  // auditors: the line under the name
};

struct PrintedSignatures {
  std::string method;  // "Årsredovisningen signeras digitalt av ..."
  std::vector<PrintedSignature> board;
  std::vector<PrintedSignature> auditors;
};

struct PeopleResult {
  std::vector<Person> people;
  PrintedSignatures printed;
};

PeopleResult ExtractPeople(const RecordText& text, const SectionTree& sections,
                           const std::optional<VismaSignaturePage>& visma);

// True when `text` looks like a person's name: two to four capitalised
// words, no digits, not a role or heading word, not opened by a function
// word or an English word that is no first name ("The Seniors Board",
// "Enligt Ingrids") nor by an acronym ("KPMG Malmö", "HSBs Riksförbund").
// A name found in running prose must also open with a known first name
// (records/first_names.h).
bool IsPersonName(const std::string& text);

// The canonical role a printed role names ("styrelseledamot, ordförande"
// -> "Ordförande"), or "" when it names none.
std::string CanonicalRole(const std::string& printed);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_PEOPLE_H_
