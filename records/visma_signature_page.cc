#include "records/visma_signature_page.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>
#include <vector>

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

// A row's time, country and hash ("2025-02-21 13:05:42 UTC   SE   5261ee…"):
// after the name on Visma's real signature page, or on the line below it
// where a narrow column wraps the row.
constexpr char kRowTail[] =
    R"((\d{4}-\d\d-\d\d\s+\d\d:\d\d(?::\d\d)?\s*(?:UTC|GMT|Z)?)(?:\s+([A-Z]{2}))?(?:\s+([0-9a-fA-F]{16,128}))?)";

// The signer a row's tail gives (and its name, when the row holds one).
VismaSigner RowSigner(std::string_view name, const std::string& when,
                      const std::string& country, std::string hash) {
  VismaSigner s;
  s.name = std::string(Trim(name));
  std::string unused;
  ParseSigned(when, &s.time, &unused);
  s.country = country;
  for (char& c : hash) c = static_cast<char>(std::tolower(c));
  s.hash = std::move(hash);
  return s;
}

// Visma's real signature page prints one row per signer: the e-ID's legal
// name, the signing time in UTC, the country and a hash, as cells of one
// line ("KARIN LUNDQVIST   2025-02-21 13:05:42 UTC   SE   5261ee…"); two
// blocks may share a line when the page has two columns. Returns the
// signers such a line holds (none when it is not a row).
std::vector<VismaSigner> SignerRows(const std::string& line) {
  static const RE2 kRow(
      std::string(R"((\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,5})\s+)") +
      kRowTail);
  std::vector<VismaSigner> out;
  re2::StringPiece rest(line);
  std::string name, when, country, hash;
  // The tail of a row before ("… 13:30:02 UTC SE   2025-02-25 …") is no
  // name: a line of two wrapped tails would give a signer "UTC SE".
  static const RE2 kZoneWord(R"(\b(?:UTC|GMT)\b)");
  while (RE2::FindAndConsume(&rest, kRow, &name, &when, &country, &hash)) {
    if (RE2::PartialMatch(name, kZoneWord)) continue;
    out.push_back(RowSigner(name, when, country, hash));
  }
  return out;
}

// A row's tail without its name, a cell each column: a narrow column wraps
// the row after the name ("KARIN ELISABET LUNDQVIST" / "2025-02-21 13:05:42
// UTC   SE   5261ee…"). Returns them when the line holds nothing else,
// none otherwise.
std::vector<VismaSigner> TimeRows(const std::string& line) {
  static const RE2 kTail(kRowTail);
  std::string others = line;
  if (RE2::GlobalReplace(&others, kTail, "") == 0) return {};
  // What is left may be a scan's hash misread as a word ("LAINBGR"), not
  // a name (two words or more).
  static const RE2 kTwoWords(
      R"((?:^|\s)\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]*(?:\s|$))");
  if (RE2::PartialMatch(others, kTwoWords)) return {};
  std::vector<VismaSigner> out;
  re2::StringPiece rest(line);
  std::string when, country, hash;
  while (RE2::FindAndConsume(&rest, kTail, &when, &country, &hash)) {
    out.push_back(RowSigner("", when, country, hash));
  }
  return out;
}

// A scan's row as OCR reads it, put back in the printed form: OCR spaces
// a time's separators, lower-cases letters of the zone, reads specks as
// quotes ("2025- '03- 03 10: 20: 08 uTC SE" -> "2025-03-03 10:20:08 UTC
// SE": round 8's skogsbygden scan, 300 dpi bilevel) and a hash's 1s as l.
std::string RestoreOcrRow(std::string line) {
  static const RE2 kSpeck(R"((^|\s)['‘’`,.](\d))");
  static const RE2 kSpacedSeparator(R"((\d)([-:])\s+(\d))");
  static const RE2 kZone(R"((\d\s*)(?i:utc|gmt)\b)");
  RE2::GlobalReplace(&line, kSpeck, "\\1\\2");
  RE2::GlobalReplace(&line, kSpacedSeparator, "\\1\\2\\3");
  RE2::GlobalReplace(&line, kZone, "\\1UTC");
  // A hash whose 1s and 0s OCR read as letters ("5261eelle34b…"): a
  // token of a hash's length of hex digits and those letters alone.
  static const RE2 kMisreadHash(R"([0-9a-fA-FlIOo]{32,128})");
  for (size_t start = 0; start < line.size();) {
    const size_t end = std::min(line.find_first_of(" \t", start), line.size());
    const std::string_view token(line.data() + start, end - start);
    if (RE2::FullMatch(token, kMisreadHash)) {
      for (size_t k = start; k < end; ++k) {
        if (line[k] == 'l' || line[k] == 'I') line[k] = '1';
        if (line[k] == 'O' || line[k] == 'o') line[k] = '0';
      }
    }
    start = end + 1;
  }
  return line;
}

// A name alone on its line in capitals ("KARIN ELISABET LUNDQVIST"): the
// row of a scanned signature page after OCR lost the small grey time and
// hash. Capitals keep the page's multilingual role explanations out.
bool IsCapitalsName(const std::string& line) {
  static const RE2 kCaps(
      R"(^\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,5}$)");
  if (!RE2::FullMatch(line, kCaps)) return false;
  const std::string f = Fold(line);
  // Headings in capitals on the same page.
  return f.find("signatur") == std::string::npos &&
         f.find("document") == std::string::npos &&
         f.find("dokument") == std::string::npos &&
         f.find("visma") == std::string::npos;
}

// The company after each "Company - Yritys - Företag - …:" label on a line
// (two when blocks stand in two columns); OCR garbles the label
// ("Foéretag"), so it is found by its first and last words. A narrow
// column wraps the label before its last word ("Company - Yritys - Företag
// - Selskap -" / "Virksomhed: Region Skogsland"): `continued` reads the
// line below such a label head, where the label is its last words alone.
std::vector<std::string> CompanyValues(const std::string& line,
                                       bool continued) {
  static const RE2 kLabel(
      R"((?i)(?:company|yritys)[^:]{0,60}?(?:virksomhed|selskap|f\S{0,3}retag)\S*\s*:\s*)");
  static const RE2 kLabelTail(
      R"((?i)(?:\pL+\s*-\s*){0,3}(?:virksomhed|selskap|f\S{0,3}retag)\S*\s*:\s*)");
  const RE2& label = continued ? kLabelTail : kLabel;
  std::vector<std::pair<size_t, size_t>> labels;  // [start, end) of each
  const re2::StringPiece input(line);
  size_t pos = 0;
  re2::StringPiece m;
  while (pos < line.size() &&
         label.Match(input, pos, line.size(), RE2::UNANCHORED, &m, 1)) {
    const size_t start = static_cast<size_t>(m.data() - line.data());
    labels.emplace_back(start, start + m.size());
    pos = start + std::max<size_t>(m.size(), 1);
  }
  std::vector<std::string> out;
  for (size_t i = 0; i < labels.size(); ++i) {
    const size_t end =
        i + 1 < labels.size() ? labels[i + 1].first : line.size();
    out.emplace_back(
        Trim(line.substr(labels[i].second, end - labels[i].second)));
  }
  return out;
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
  // Index of the first signer of the last row: a company line that follows
  // belongs to that row's signers.
  size_t last_row_first = 0;
  // The line before was a company label wrapped before its values.
  bool label_wrapped = false;
  auto flush = [&]() {
    if (!cur.name.empty() && !cur.time.empty()) page.signers.push_back(cur);
    cur = VismaSigner();
  };
  for (size_t i = start; i < text.lines.size(); ++i) {
    const std::string line =
        RestoreOcrRow(std::string(Trim(text.lines[i].text)));
    // A speck's line ("." or "- -" between a scan's rows) says nothing.
    if (std::none_of(line.begin(), line.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) ||
                 static_cast<unsigned char>(c) >= 0x80;
        })) {
      continue;
    }
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
    std::vector<std::string> companies = CompanyValues(line, false);
    const bool label_head = companies.empty() &&
                            line.find(':') == std::string::npos &&
                            (folded.rfind("company ", 0) == 0 ||
                             folded.find(" foretag ") != std::string::npos);
    if (label_head) {
      // Its values are on the next line.
      label_wrapped = true;
      continue;
    }
    if (label_wrapped) companies = CompanyValues(line, true);
    label_wrapped = false;
    if (!companies.empty() || folded.rfind("company ", 0) == 0 ||
        folded.find(" foretag ") != std::string::npos) {
      if (!cur.name.empty()) {
        // The older layout: the company line inside the signer's block.
        cur.company = companies.empty() ? ValueAfterColon(line) : companies[0];
      } else {
        // The real layout: the company line follows the row(s) it belongs
        // to, one value per column.
        for (size_t k = 0; k < companies.size(); ++k) {
          const size_t at = last_row_first + k;
          if (at < page.signers.size() && page.signers[at].company.empty()) {
            page.signers[at].company = companies[k];
          }
        }
      }
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
      if (cur.name.empty() && !page.signers.empty() &&
          page.signers.back().time.empty()) {
        // A name in capitals opened this block.
        VismaSigner& last = page.signers.back();
        ParseSigned(ValueAfterColon(line), &last.time, &last.country);
        continue;
      }
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
    // Two columns' hashes wrapped under their row, a cell each: they go
    // to that row's signers in order (a narrow column wraps the hash).
    if (const std::vector<std::string> cells = LineCells(line);
        cells.size() > 1 && cur.name.empty() &&
        std::all_of(cells.begin(), cells.end(), [&](const std::string& c) {
          return RE2::FullMatch(c, kHash, &hash);
        })) {
      for (size_t k = 0; k < cells.size(); ++k) {
        const size_t at = last_row_first + k;
        if (at >= page.signers.size() || !page.signers[at].hash.empty()) {
          continue;
        }
        RE2::FullMatch(cells[k], kHash, &hash);
        for (char& c : hash) c = static_cast<char>(std::tolower(c));
        page.signers[at].hash = hash;
      }
      continue;
    }
    if (std::vector<VismaSigner> times = TimeRows(line);
        !times.empty() && cur.name.empty()) {
      for (size_t k = 0; k < times.size(); ++k) {
        const size_t at = last_row_first + k;
        if (at >= page.signers.size() || !page.signers[at].time.empty()) {
          continue;
        }
        page.signers[at].time = times[k].time;
        page.signers[at].country = times[k].country;
        if (page.signers[at].hash.empty())
          page.signers[at].hash = times[k].hash;
      }
      continue;
    }
    if (std::vector<VismaSigner> rows = SignerRows(line); !rows.empty()) {
      cur = VismaSigner();
      last_row_first = page.signers.size();
      for (VismaSigner& r : rows) page.signers.push_back(std::move(r));
      continue;
    }
    if (cur.name.empty()) {
      // OCR kept only the names of a row (one or two columns).
      const std::vector<std::string> cells = LineCells(line);
      bool capitals = !cells.empty();
      for (const std::string& c : cells)
        capitals = capitals && IsCapitalsName(c);
      if (capitals) {
        last_row_first = page.signers.size();
        for (const std::string& c : cells) {
          VismaSigner v;
          v.name = c;
          page.signers.push_back(std::move(v));
        }
        continue;
      }
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
