#include "records/place_date.h"

#include <re2/re2.h>

#include "records/document_info.h"

namespace finsam::records {

std::optional<PlaceDate> ReadPlaceDate(std::string_view line) {
  // Places: capitalised words, joined by a comma or "och"; then a comma or
  // a space, "den" and the date (ISO or "12 mars 2025").
  static const RE2 kPlaceDate(
      R"(^(?:(\p{Lu}[\p{L}\-]+(?:,?\s+(?:och\s+)?\p{Lu}[\p{L}\-]+)*))"
      R"((?:\s*,\s*|\s+))?(?:[Dd]en\s+)?)"
      R"((\d{4}-\d\d-\d\d|\d{1,2}\s+\p{L}+\s+\d{4})\.?$)");
  PlaceDate out;
  std::string date_text;
  if (!RE2::FullMatch(line, kPlaceDate, &out.place, &date_text)) {
    return std::nullopt;
  }
  out.date = FindSwedishDate(date_text);
  if (out.date.empty()) return std::nullopt;
  return out;
}

}  // namespace finsam::records
