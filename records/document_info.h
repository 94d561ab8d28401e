// What the document is and whose: type, title, organisation (name and
// Luhn-checked number), fiscal year, adoption and diarienummer.
#ifndef FINSAM_RECORDS_DOCUMENT_INFO_H_
#define FINSAM_RECORDS_DOCUMENT_INFO_H_

#include <string>
#include <vector>

#include "records/record_text.h"
#include "records/section_extractor.h"

namespace finsam::records {

struct DocumentInfo {
  // "arsredovisning", "delarsrapport", "verksamhetsplan", "protokoll",
  // "other".
  std::string type = "other";
  std::string title;
  std::string organisation_name;
  std::string org_number;          // NNNNNN-NNNN, Luhn-valid; "" if none
  std::string org_number_printed;  // the number as found, valid or not
  int org_number_page = 0;
  int fiscal_year = 0;  // 0 when not found
  // Both dates of the fiscal year when printed ("2021-09-01 – 2022-08-31");
  // fiscal_year is the year it ends in.
  std::string fiscal_start;
  std::string fiscal_end;
  std::string adopted_date;  // ISO 8601
  std::string adopted_by;    // "styrelsen", "förbundsstämman", ...
  std::vector<std::string> diarienummer;
};

DocumentInfo ExtractDocumentInfo(const RecordText& text,
                                 const SectionTree& sections);

// A title for a document that prints none, composed from what it does
// print: its kind, its organisation and its fiscal year, "Årsredovisning
// för Samordningsförbundet Västra Nyland 2023" ("2024/2025" for a fiscal
// year 2024-09-01 – 2025-08-31). "" for the kind "other", and when neither
// the organisation nor the year is known. The record marks such a title
// `title_derived` (the contract's "computed rather than read").
std::string ComposeTitle(const std::string& type,
                         const std::string& organisation, int fiscal_year,
                         const std::string& fiscal_start);

// "2024-03-27", "27 mars 2024", "den 21 februari 2025" -> "2024-03-27";
// "" when `text` holds no such date. Finds the first date in `text`.
std::string FindSwedishDate(const std::string& text);

// The full year of a year printed with two digits ("23-01-01", "07-12"):
// this century's up to kLastTwoDigitYearOfThisCentury, else the last's
// (the oldest report in the archives is from 1990).
inline constexpr int kLastTwoDigitYearOfThisCentury = 50;
int ExpandTwoDigitYear(int two_digits);

// The date of the board's signatures when no heading or phrase gives the
// adoption: the first place-and-date line of its own ("Mälarvik
// 2024-02-20") with at least two of `board_names` signing under it; "" when
// there is none. The auditors' own place and date are passed over: their
// names are not the board's.
std::string BoardSignatureDate(const RecordText& text,
                               const std::vector<std::string>& board_names);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_DOCUMENT_INFO_H_
