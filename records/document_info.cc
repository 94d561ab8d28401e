#include "records/document_info.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "records/amount_parser.h"
#include "records/audit_report.h"
#include "records/org_number.h"
#include "records/place_date.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

int MonthNumber(const std::string& folded) {
  static const char* kMonths[] = {
      "januari", "februari", "mars",      "april",   "maj",      "juni",
      "juli",    "augusti",  "september", "oktober", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (folded == kMonths[m]) return m + 1;
  }
  return 0;
}

bool ValidDate(int y, int m, int d) {
  return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

std::string Iso(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", y, m, d);
  return buf;
}

// The text of the first `max_lines` lines, joined by newlines.
// Lines searched for the fiscal period: the cover, the contents and the
// opening of the administration report (brf-malmohus17-2021-2022 prints it
// on line 6 and again on line 25).
constexpr size_t kFiscalPeriodHeadLines = 200;

std::string Head(const RecordText& text, size_t max_lines) {
  std::string out;
  for (size_t i = 0; i < text.lines.size() && i < max_lines; ++i) {
    out += text.lines[i].text;
    out += '\n';
  }
  return out;
}

std::string DetectType(const RecordText& text, const SectionTree& sections,
                       std::string* title) {
  struct TypeWord {
    const char* folded;
    const char* type;
  };
  static const TypeWord kTypes[] = {
      {"arsredovisning", "arsredovisning"},
      {"arsbokslut", "arsredovisning"},
      {"delarsrapport", "delarsrapport"},
      {"delarsredovisning", "delarsrapport"},
      {"delarsbokslut", "delarsrapport"},
      {"verksamhetsplan", "verksamhetsplan"},
      {"protokoll", "protokoll"},
  };
  // The cover: the first lines of the first page.
  int seen = 0;
  for (size_t i = 0; i < text.lines.size() && seen < 30; ++i) {
    std::string line(Trim(text.lines[i].text));
    // Markdown-like text marks headings with '#'.
    while (!line.empty() && line[0] == '#') line.erase(0, 1);
    line = std::string(Trim(line));
    if (line.empty()) continue;
    ++seen;
    const std::string folded = Fold(line);
    for (const TypeWord& t : kTypes) {
      const std::string w = t.folded;
      // The word must open a short line ("Årsredovisning 2023",
      // "Verksamhetsplan och budget 2024") as a whole word, not be
      // mentioned in a sentence ("Protokollet ska vara justerat ...").
      if (folded.compare(0, w.size(), w) != 0 || line.size() > 80 ||
          line.back() == '.' ||
          (folded.size() > w.size() && folded[w.size()] != ' ')) {
        continue;
      }
      *title = line;
      // Join what completes a cover title: a year, or "för" + a name.
      size_t k = i + 1;
      int joined = 0;
      while (k < text.lines.size() && joined < 3) {
        const std::string next(Trim(text.lines[k].text));
        ++k;
        if (next.empty()) continue;
        static const RE2 kYear(
            R"(^(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?$)");
        const std::string nf = Fold(next);
        if (RE2::FullMatch(next, kYear)) {
          *title += " " + next;
          break;
        }
        if (nf == "for" || nf == "avseende") {
          *title += " " + next;
          ++joined;
          continue;
        }
        if (joined > 0 && next.size() <= 60) *title += " " + next;
        break;
      }
      return t.type;
    }
  }
  // No cover title: the management report's own words ("avger härmed
  // årsredovisning för räkenskapsåret 2023"), or the report saying what it
  // holds ("Årsredovisningen innehåller förvaltningsberättelse, …").
  static const RE2 kAnnual(
      R"((?i)(?:(?:avger|lämnar|lamnar|upprättat|upprattat)\s+(?:härmed\s+|harmed\s+)?(?:följande\s+|foljande\s+)?(?:å|a)rsredovisning|(?:å|a)rsredovisningen\s+(?:innehåller|innehaller|omfattar|består|bestar)))");
  for (const Line& l : text.lines) {
    if (RE2::PartialMatch(l.text, kAnnual)) return "arsredovisning";
  }
  // Nor those words: the parts of an annual report by law, a management
  // report (an association's "Verksamhetsberättelse") with an income
  // statement and a balance sheet (a stämma package that opens with the
  // notice, stenalderns-samfallighet-2017).
  if (sections.Find(SectionKind::kIncomeStatement) != nullptr &&
      sections.Find(SectionKind::kBalanceSheet) != nullptr) {
    if (sections.Find(SectionKind::kManagementReport) != nullptr) {
      return "arsredovisning";
    }
    // A heading line, not a mention: the word opens a short line that is
    // not a sentence ("Verksamhetsberättelse mars 2016 - mars 2017").
    static const RE2 kReportHeading(
        R"(^(?:\d{1,2} )?(?:forvaltningsberattelse|verksamhetsberattelse)(?: [a-z0-9 ]*)?$)");
    constexpr size_t kMaxReportHeading = 80;
    for (const Line& l : text.lines) {
      const std::string line(Trim(l.text));
      if (line.empty() || line.back() == '.' ||
          line.size() > kMaxReportHeading) {
        continue;
      }
      if (RE2::FullMatch(Fold(line), kReportHeading)) return "arsredovisning";
    }
  }
  return "other";
}

// Capitalised words after a marker: "Finsam Lekeberg och Örebro". Words
// are joined by spaces only: a tab ends the cell, and the name with it.
std::map<std::string, int> NameCounts(const RecordText& text) {
  static const RE2 kName(
      R"((?:^|[^\p{L}])((?:Samordningsförbundet|Samordningsforbundet|Finsam|Brf|Bostadsrättsföreningen|Bostadsrattsforeningen|HSB Brf|Riksbyggens Brf)(?: +(?:\p{Lu}[\p{L}-]*|och|i))+))");
  std::map<std::string, int> counts;
  for (const Line& l : text.lines) {
    // A row labelled with an intervention's owner or partners ("Insatsägare
    // och samverkansparter\tSamordningsförbundet Centrala Östergötland")
    // names other organisations, not the report's.
    const size_t tab = l.text.find('\t');
    if (tab != std::string::npos) {
      const std::string label = Fold(l.text.substr(0, tab));
      if (label.find("agare") != std::string::npos ||
          label.find("samverkanspart") != std::string::npos ||
          label.find("utforare") != std::string::npos) {
        continue;
      }
    }
    re2::StringPiece input(l.text);
    std::string name;
    while (RE2::FindAndConsume(&input, kName, &name)) {
      // Drop a trailing connector ("Finsam Lekeberg och").
      static const RE2 kTail(R"(\s+(?:och|i)$)");
      while (RE2::Replace(&name, kTail, "")) {
      }
      // Housing cooperatives are often numbered ("Brf Spettet 10"); a page
      // number ("3 (13)", "3 av 14") or a year is no part of the name.
      static const RE2 kNumbered(R"(^(?:HSB |Riksbyggens )?(?:Brf|Bostadsr))");
      static const RE2 kNumber(R"(^\s+(\d{1,3})(?:\s+(.*))?$)");
      std::string number, tail;
      if (RE2::PartialMatch(name, kNumbered) &&
          RE2::FullMatch(input, kNumber, &number, &tail) &&
          !(tail.rfind("(", 0) == 0 || tail.rfind("av ", 0) == 0 ||
            (!tail.empty() && tail[0] >= '0' && tail[0] <= '9'))) {
        name += " " + number;
      }
      if (name.find(' ') == std::string::npos) continue;
      ++counts[name];
    }
  }
  return counts;
}

// The fullest printed form of a name that opens with an abbreviation: a
// report that writes "Samordningsförbundet Västra Nyland (SVN)" once and
// "SVN har under året …" after gives the full name, not "SVN har under".
std::string FullestForm(const RecordText& text, const std::string& name) {
  static const RE2 kFirstWord(R"(^(\p{Lu}{2,10})\b)");
  std::string abbreviation;
  if (!RE2::PartialMatch(name, kFirstWord, &abbreviation)) return name;
  // The capitalised words just before "(SVN)". A plain "+" rather than a
  // counted repeat keeps RE2's DFA small (a {1,6} over \p{L} ran it out of
  // memory).
  static const RE2 kDefined(
      R"((\p{Lu}[\p{L}-]+(?:\s+(?:i\s+|och\s+)?\p{Lu}[\p{L}-]+)+)\s*$)");
  const std::string marker = "(" + abbreviation + ")";
  for (const Line& l : text.lines) {
    const size_t at = l.text.find(marker);
    if (at == std::string::npos) continue;
    std::string full;
    if (RE2::PartialMatch(l.text.substr(0, at), kDefined, &full)) return full;
  }
  return name;
}

std::string OrganisationNameAsPrinted(const RecordText& text, int org_line);

std::string OrganisationName(const RecordText& text, int org_line) {
  return FullestForm(text, OrganisationNameAsPrinted(text, org_line));
}

std::string OrganisationNameAsPrinted(const RecordText& text, int org_line) {
  static const RE2 kBoardOf(
      R"(Styrelsen\s+(?:för|i)\s+(.+?)(?:,|\s+får\s|\s+avger\s|\s+org|\s+lämnar\s|\s+har\s|$))");
  for (const Line& l : text.lines) {
    std::string name;
    if (RE2::PartialMatch(l.text, kBoardOf, &name) && StartsUpper(name) &&
        name.size() <= 80) {
      return std::string(Trim(name));
    }
  }
  std::string best;
  int best_count = 0;
  for (const auto& [name, count] : NameCounts(text)) {
    if (count > best_count ||
        (count == best_count && name.size() > best.size())) {
      best = name;
      best_count = count;
    }
  }
  if (best_count >= 2) return best;
  // A cover: the name printed just above the number.
  for (int k = org_line - 1; k >= 0 && k >= org_line - 3; --k) {
    const std::string prev(Trim(text.lines[k].text));
    if (prev.empty()) continue;
    // The length is counted outside the pattern: a counted repetition over
    // a Unicode class ({2,60}) makes RE2's DFA run out of memory and log
    // it to stderr.
    static const RE2 kNameLine(R"(^\p{Lu}[\p{L}\- ]+$)");
    const auto letters = std::count_if(prev.begin(), prev.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;  // code points
    });
    if (letters >= 3 && letters <= 61 && RE2::FullMatch(prev, kNameLine)) {
      return prev;
    }
    break;
  }
  return best;
}

// Sets `start` and `end` (ISO dates) when the dates are valid and span ten
// to eighteen months; returns whether it did.
bool AcceptPeriod(int y1, int m1, int d1, int y2, int m2, int d2,
                  std::string* start, std::string* end) {
  const int months = (y2 * 12 + m2) - (y1 * 12 + m1);
  if (months < 10 || months > 18 || m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 ||
      d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) {
    return false;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y1, m1, d1);
  *start = buf;
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y2, m2, d2);
  *end = buf;
  return true;
}

// The first fiscal period printed near the start ("Räkenskapsåret
// 2021-09-01 – 2022-08-31", "2024-09-01 till 2025-08-31"): a range of ten
// to eighteen months (a first or changed fiscal year may be longer than
// twelve). Leaves `start` and `end` empty when none is printed.
void FiscalPeriod(const RecordText& text, std::string* start,
                  std::string* end) {
  static const RE2 kRange(
      R"(((?:19|20)\d\d)-(\d\d)-(\d\d)\s*(?:[-–—]|till|to|t\.?o\.?m\.?)\s*((?:19|20)\d\d)-(\d\d)-(\d\d))");
  const std::string head = Head(text, kFiscalPeriodHeadLines);
  re2::StringPiece input(head);
  int y1 = 0, m1 = 0, d1 = 0, y2 = 0, m2 = 0, d2 = 0;
  while (RE2::FindAndConsume(&input, kRange, &y1, &m1, &d1, &y2, &m2, &d2)) {
    if (AcceptPeriod(y1, m1, d1, y2, m2, d2, start, end)) return;
  }
  // Two-digit years after the label, as accounting programs print the
  // year on their reports ("Räkenskapsår: 23-01-01 - 23-12-31",
  // trollhattans-jk-2023).
  static const RE2 kShortRange(
      R"((?i)r(?:ä|a)kenskaps(?:å|a)r\s*:?\s*(\d\d)-(\d\d)-(\d\d)\s*[-–]\s*(\d\d)-(\d\d)-(\d\d)\b)");
  if (RE2::PartialMatch(head, kShortRange, &y1, &m1, &d1, &y2, &m2, &d2) &&
      AcceptPeriod(ExpandTwoDigitYear(y1), m1, d1, ExpandTwoDigitYear(y2), m2,
                   d2, start, end)) {
    return;
  }
  // A statement's column header set over two lines: the start dates in
  // one ("Not 2016-01-01 2015-01-01"), the end dates under them
  // ("2016-12-31 2015-12-31"); the first column is the fiscal year.
  static const RE2 kDate(R"(((?:19|20)\d\d)-(\d\d)-(\d\d))");
  auto dates = [](const std::string& line) {
    std::vector<std::array<int, 3>> out;
    re2::StringPiece in(line);
    int y = 0, m = 0, d = 0;
    while (RE2::FindAndConsume(&in, kDate, &y, &m, &d))
      out.push_back({y, m, d});
    return out;
  };
  std::vector<std::array<int, 3>> above;
  for (size_t i = 0; i < text.lines.size() && i < kFiscalPeriodHeadLines; ++i) {
    if (Trim(text.lines[i].text).empty()) continue;
    const std::vector<std::array<int, 3>> here = dates(text.lines[i].text);
    if (!above.empty() && here.size() == above.size()) {
      const auto& a = above.front();
      const auto& b = here.front();
      const int months = (b[0] * 12 + b[1]) - (a[0] * 12 + a[1]);
      if (months >= 10 && months <= 18 && ValidDate(a[0], a[1], a[2]) &&
          ValidDate(b[0], b[1], b[2])) {
        *start = Iso(a[0], a[1], a[2]);
        *end = Iso(b[0], b[1], b[2]);
        return;
      }
    }
    above = here;
  }
}

}  // namespace

std::string FindSwedishDate(const std::string& text) {
  static const RE2 kIso(R"((?:^|\D)((?:19|20)\d\d)-(\d\d)-(\d\d)(?:\D|$))");
  static const RE2 kWritten(
      R"((?i)(?:^|\D)(\d{1,2})(?:\s*:e)?\s+([a-zåäö]+)\s+((?:19|20)\d\d)(?:\D|$))");
  int y = 0, m = 0, d = 0;
  std::string month;
  size_t iso_pos = std::string::npos, written_pos = std::string::npos;
  std::string iso, written;
  if (RE2::PartialMatch(text, kIso, &y, &m, &d) && ValidDate(y, m, d)) {
    iso = Iso(y, m, d);
    iso_pos = text.find(iso);
  }
  if (RE2::PartialMatch(text, kWritten, &d, &month, &y)) {
    const int mm = MonthNumber(Fold(month));
    if (mm > 0 && ValidDate(y, mm, d)) {
      written = Iso(y, mm, d);
      written_pos = text.find(month);
    }
  }
  if (!iso.empty() && (written.empty() || iso_pos < written_pos)) return iso;
  return written;
}

int ExpandTwoDigitYear(int two_digits) {
  return two_digits <= kLastTwoDigitYearOfThisCentury ? 2000 + two_digits
                                                      : 1900 + two_digits;
}

std::string ComposeTitle(const std::string& type,
                         const std::string& organisation, int fiscal_year,
                         const std::string& fiscal_start) {
  static const std::map<std::string, std::string> kKinds = {
      {"arsredovisning", "Årsredovisning"},
      {"delarsrapport", "Delårsrapport"},
      {"verksamhetsplan", "Verksamhetsplan"},
      {"protokoll", "Protokoll"}};
  const auto kind = kKinds.find(type);
  if (kind == kKinds.end() || (organisation.empty() && fiscal_year == 0)) {
    return "";
  }
  std::string title = kind->second;
  if (!organisation.empty()) title += " för " + organisation;
  if (fiscal_year > 0) {
    const int start_year =
        fiscal_start.size() >= 4 ? std::stoi(fiscal_start.substr(0, 4)) : 0;
    title += " ";
    if (start_year > 0 && start_year < fiscal_year) {
      title += std::to_string(start_year) + "/";
    }
    title += std::to_string(fiscal_year);
  }
  return title;
}

DocumentInfo ExtractDocumentInfo(const RecordText& text,
                                 const SectionTree& sections) {
  DocumentInfo info;
  info.type = DetectType(text, sections, &info.title);

  // Organisation number: labelled ones first, then any valid one
  // (records/org_number.h reads the forms).
  int org_line = -1;
  for (int pass = 0; pass < 2 && info.org_number.empty(); ++pass) {
    for (size_t i = 0; i < text.lines.size(); ++i) {
      const std::string& line = text.lines[i].text;
      const bool labelled =
          HasOrgNumberLabel(line) ||
          (i > 0 && HasOrgNumberLabel(text.lines[i - 1].text));
      if (pass == 0 && !labelled) continue;
      for (const std::string& number : FindOrgNumbers(line, labelled)) {
        if (info.org_number_printed.empty()) {
          info.org_number_printed = number;
          info.org_number_page = text.lines[i].page;
        }
        if (LuhnValid(number)) {
          info.org_number = number;
          info.org_number_printed = number;
          info.org_number_page = text.lines[i].page;
          org_line = static_cast<int>(i);
          break;
        }
      }
      if (!info.org_number.empty()) break;
    }
  }
  info.organisation_name = OrganisationName(text, org_line);

  // Fiscal year: the year a printed fiscal period ends in, else the
  // title's year, else "räkenskapsåret 2023" (or "för verksamhetsåret
  // 2023" under a verksamhetsberättelse, trollhattans-jk-2023).
  FiscalPeriod(text, &info.fiscal_start, &info.fiscal_end);
  static const RE2 kTitleYear(R"(((?:19|20)\d\d)\s*$)");
  int year = 0;
  if (!info.fiscal_end.empty()) {
    info.fiscal_year = std::stoi(info.fiscal_end.substr(0, 4));
  } else if (RE2::PartialMatch(info.title, kTitleYear, &year)) {
    info.fiscal_year = year;
  }
  if (info.fiscal_year == 0) {
    const std::string head = Head(text, 400);
    static const RE2 kFiscal(
        R"((?i)(?:r(?:ä|a)kenskaps|verksamhets)(?:å|a)r(?:et)?\s*:?\s*(?:(?:19|20)\d\d-\d\d-\d\d\s*[-–]\s*|\d{1,2}\s+\p{L}+\s*[-–]\s*\d{1,2}\s+\p{L}+\s+)?((?:19|20)\d\d))");
    if (RE2::PartialMatch(head, kFiscal, &year)) info.fiscal_year = year;
  }

  // Adoption: "Beslutad av styrelsen 2024-03-27", else the place and date
  // over the board's signatures ("Karlskoga 2022-02-07", "Åby den 27 mars
  // 2024"), else a lone "Den 21 februari 2025".
  static const RE2 kAdopted(
      R"((?i)(?:beslutad|fastställd|faststalld|antagen|godkänd|godkand)\s+av\s+(styrelsen|förbundsstämman|forbundsstamman|föreningsstämman|foreningsstamman|direktionen|fullmäktige|fullmaktige|medlemmarna)\b(.*))");
  for (const Line& l : text.lines) {
    std::string by, rest;
    if (RE2::PartialMatch(l.text, kAdopted, &by, &rest)) {
      const std::string date = FindSwedishDate(rest);
      if (date.empty()) continue;
      info.adopted_date = date;
      info.adopted_by = by;
      for (char& c : info.adopted_by) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
      break;
    }
  }
  if (info.adopted_date.empty()) {
    // The place may be left out: "Den 5 april 2024" (records/place_date.h).
    // The block ends where an audit report begins, though the section runs
    // on to a heading it knows: the date under the report is the auditors'
    // (Kalmar nation 2025: "UNDERSKRIFTER", the names, then the report on
    // its next page, signed "Lund, 2026-04-23").
    for (const Section* s : sections.FindAll(SectionKind::kBoardSignatures)) {
      for (int i = s->line + 1; i < s->end_line; ++i) {
        if (IsAuditReportHeading(text.lines[i].text)) break;
        if (auto line = ReadPlaceDate(Trim(text.lines[i].text))) {
          info.adopted_date = line->date;
          info.adopted_by = "styrelsen";
          break;
        }
      }
      if (!info.adopted_date.empty()) break;
    }
  }

  static const RE2 kDnr(
      R"((?i)\b(?:dnr|diarienummer|diarienr)\.?\s*:?\s*((?:[A-ZÅÄÖ]{1,5}\s?)?\d{2,4}[/.-]\d{1,5}(?:[/.-]\d{1,5})?))");
  for (const Line& l : text.lines) {
    re2::StringPiece input(l.text);
    std::string dnr;
    while (RE2::FindAndConsume(&input, kDnr, &dnr)) {
      bool seen = false;
      for (const std::string& d : info.diarienummer) seen = seen || d == dnr;
      if (!seen) info.diarienummer.push_back(dnr);
    }
  }
  return info;
}

// Lines under a place and date that a signature block's names take: the
// names stand a signature's height apart, often in two columns (Mälarvik,
// the lead's probe: five names over 15 lines would be more than needed).
constexpr int kSignatureBlockLines = 8;
// Board members among the names that make the lines under a place and date
// the board's signature block (the auditors sign theirs with the same
// layout: Kalmar nation 1990 and 2025, Malmöhus 2019-20).
constexpr int kMinBoardSignatures = 2;

std::string BoardSignatureDate(const RecordText& text,
                               const std::vector<std::string>& board_names) {
  std::set<std::string> board;
  for (const std::string& name : board_names) board.insert(Fold(name));
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    const std::string line(Trim(text.lines[i].text));
    // A place and date is a line of its own, one cell: "Lukas Sveman |
    // Ordförande | 2022-07-13" is a table row.
    if (LineCells(line).size() != 1) continue;
    const std::optional<PlaceDate> place_date = ReadPlaceDate(line);
    if (!place_date) continue;
    int signed_by_board = 0;
    for (int k = i + 1; k < n && k <= i + kSignatureBlockLines &&
                        text.lines[k].page == text.lines[i].page;
         ++k) {
      for (const std::string& cell : LineCells(text.lines[k].text)) {
        if (board.count(Fold(cell))) ++signed_by_board;
      }
    }
    if (signed_by_board >= kMinBoardSignatures) return place_date->date;
  }
  return "";
}

}  // namespace finsam::records
