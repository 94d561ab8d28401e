#include "records/visma_signature_page.h"

#include <re2/re2.h>

#include <cctype>

#include "records/text_fold.h"

namespace finsam::records {
namespace {

// "2024-03-27 14:02:11 UTC (SE)" -> time and country.
bool ParseSigned(const std::string& value, std::string* time,
                 std::string* country) {
  static const RE2 kSigned(
      R"((\d{4}-\d\d-\d\d)[ T](\d\d:\d\d(?::\d\d)?)\s*(UTC|GMT|Z|[+-]\d\d:?\d\d)?\s*(?:\(([A-Z]{2})\))?)");
  std::string date, clock, zone, cc;
  if (!RE2::PartialMatch(value, kSigned, &date, &clock, &zone, &cc)) {
    return false;
  }
  if (clock.size() == 5) clock += ":00";
  std::string z = "Z";
  if (!zone.empty() && zone != "UTC" && zone != "GMT" && zone != "Z") {
    z = zone.size() == 5 ? zone.substr(0, 3) + ":" + zone.substr(3) : zone;
  }
  *time = date + "T" + clock + z;
  *country = cc;
  return true;
}

// The value after the last ':' of a multilingual "A - B - C: value" line.
std::string ValueAfterColon(const std::string& line) {
  const size_t colon = line.find(": ");
  if (colon == std::string::npos) return "";
  return std::string(Trim(line.substr(colon + 2)));
}

}  // namespace

bool IsVismaPageMarker(const std::string& line) {
  static const RE2 kMarker(
      R"((?i)(signature page|signatursida|allekirjoitussivu|(?:innehåller|innehaller|contains)\s+\d{1,4}\s+(?:sidor|sida|pages?)\s+(?:före|fore|before)))");
  return RE2::PartialMatch(line, kMarker);
}

std::optional<VismaSignaturePage> ParseVismaSignaturePage(
    const RecordText& text) {
  static const RE2 kTitle(
      R"((?i)(signature page|signatursida|allekirjoitussivu))");
  static const RE2 kPagesBefore(
      R"((?i)(?:innehåller|innehaller|contains)\s+(\d{1,4})\s+(?:sidor|sida|pages?)\s+(?:före|fore|before))");
  // The signature page opens with its title and page count; a report may
  // carry several (re-signed), the last one counts.
  int start = -1;
  int last_marker = -1;
  for (size_t i = 0; i < text.lines.size(); ++i) {
    if (RE2::PartialMatch(text.lines[i].text, kTitle) ||
        RE2::PartialMatch(text.lines[i].text, kPagesBefore)) {
      if (start < 0 || static_cast<int>(i) > last_marker + 3) {
        start = static_cast<int>(i);
      }
      last_marker = static_cast<int>(i);
    }
  }
  if (start < 0) return std::nullopt;
  VismaSignaturePage page;
  page.page = text.lines[start].page;
  VismaSigner cur;
  auto flush = [&]() {
    if (!cur.name.empty() && !cur.time.empty()) page.signers.push_back(cur);
    cur = VismaSigner();
  };
  for (size_t i = start; i < text.lines.size(); ++i) {
    const std::string line(Trim(text.lines[i].text));
    if (line.empty()) continue;
    int before = 0;
    if (RE2::PartialMatch(line, kPagesBefore, &before)) {
      if (page.pages_before == 0) page.pages_before = before;
      continue;
    }
    if (RE2::PartialMatch(line, kTitle)) continue;
    static const RE2 kDocId(R"((?i)^dokument-?id:\s*(\S+))");
    std::string id;
    if (RE2::PartialMatch(line, kDocId, &id)) {
      page.document_id = id;
      continue;
    }
    const std::string folded = Fold(line);
    if (folded.rfind("company ", 0) == 0 ||
        folded.find(" foretag ") != std::string::npos) {
      cur.company = ValueAfterColon(line);
      continue;
    }
    if (folded.rfind("authentication", 0) == 0) {
      std::string a = ValueAfterColon(line);
      static const RE2 kCountry(R"(\s*\([A-Z]{2}\)$)");
      RE2::Replace(&a, kCountry, "");
      cur.authentication = a;
      continue;
    }
    if (folded.rfind("signed ", 0) == 0) {
      ParseSigned(ValueAfterColon(line), &cur.time, &cur.country);
      flush();
      continue;
    }
    if (folded.rfind("this document", 0) == 0) continue;
    // A signer's hash, before or after the "Signed" line that closes it.
    static const RE2 kHash(
        R"((?i)^(?:[a-z -]*(?:hash|fingerprint|tiiviste|sha-?256)[a-z -]*:?\s*)?([0-9a-f]{32,128})$)");
    std::string hash;
    if (RE2::FullMatch(line, kHash, &hash)) {
      for (char& c : hash) c = static_cast<char>(std::tolower(c));
      if (!cur.name.empty()) {
        cur.hash = hash;
      } else if (!page.signers.empty() && page.signers.back().hash.empty()) {
        page.signers.back().hash = hash;
      }
      continue;
    }
    // A name line, then optionally "Role, Organisation".
    if (cur.name.empty()) {
      cur.name = line;
    } else if (cur.role.empty() && cur.organisation.empty()) {
      const size_t comma = line.find(", ");
      if (comma != std::string::npos) {
        cur.role = line.substr(0, comma);
        cur.organisation = line.substr(comma + 2);
      } else {
        cur.role = line;
      }
    } else {
      // An unexpected line: start over with it as a new name.
      cur = VismaSigner();
      cur.name = line;
    }
  }
  if (page.signers.empty() && page.pages_before == 0) return std::nullopt;
  return page;
}

}  // namespace finsam::records
