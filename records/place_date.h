// A place-and-date line, as a signature block prints it above the names:
// "Stockholm den 12 mars 2025", "Lund, 2026-04-23", "Lund 4 april 2017",
// "Stockholm och Göteborg 2024-03-12", "Den 5 april 2024".
//
// Pure. The line must be nothing else: a date inside a sentence ("per den
// 31 december 2024") is the audited period's, not the signing's. One home
// for the pattern: the board's adoption date (records/document_info.h) and
// the auditors' date (records/audit_report.h) both read it.
#ifndef FINSAM_RECORDS_PLACE_DATE_H_
#define FINSAM_RECORDS_PLACE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace finsam::records {

struct PlaceDate {
  // The places as printed, "" when the line is a date alone: capitalised
  // words, joined by spaces, commas or "och" ("Stockholm och Göteborg").
  std::string place;
  std::string date;  // ISO 8601
  bool operator==(const PlaceDate&) const = default;
};

// The place and date `line` (trimmed) gives, or nullopt for any other line
// and for a date FindSwedishDate (records/document_info.h) does not read.
std::optional<PlaceDate> ReadPlaceDate(std::string_view line);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_PLACE_DATE_H_
