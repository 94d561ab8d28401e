#include "records/audit_report.h"

#include <re2/re2.h>

#include <optional>
#include <string>
#include <vector>

#include "records/document_info.h"
#include "records/org_number.h"
#include "records/people.h"
#include "records/person_cells.h"
#include "records/place_date.h"
#include "records/record_text.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

// "Anmärkning" or "Anmärkningar" alone on its line: the heading of the
// remarks.
bool IsRemarkHeading(std::string_view line) {
  static const RE2 kHeading(R"(anmarkning(?:ar)?)");
  return RE2::FullMatch(Fold(line), kHeading);
}

// The text as sentences: lines joined into paragraphs (a blank line or a
// form feed ends one; a hyphen at a line's end joins without a space),
// each cut after ".", "!" or "?" followed by a space and a capital. The
// remarks' heading is a paragraph of its own. A sentence goes on over a
// blank line or a page break when what follows starts in lower case after
// no closing mark: OCR leaves blank lines inside paragraphs
// (brf-sjotungan 2012's "... och beviljar" / blank / "styrelsens ledamöter
// ansvarsfrihet för räkenskapsåret.").
std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::string current;
  bool broken = false;  // a blank line or page break since `current`
  auto flush = [&] {
    if (!current.empty()) paragraphs.push_back(std::move(current));
    current.clear();
    broken = false;
  };
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of("\n\f", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(start, end - start));
    if (IsRemarkHeading(line)) {
      flush();
      paragraphs.emplace_back(line);
    } else if (!line.empty()) {
      if (broken) {
        const char last = current.empty() ? '.' : current.back();
        const bool closed = last == '.' || last == '!' || last == '?' ||
                            last == ':' || last == ';';
        if (closed || !StartsLower(line)) flush();
        broken = false;
      }
      if (!current.empty() && current.back() == '-' && current.size() > 1 &&
          current[current.size() - 2] != ' ') {
        current.pop_back();
      } else if (!current.empty()) {
        current += ' ';
      }
      current.append(line);
    }
    if (line.empty() || (end < text.size() && text[end] == '\f')) {
      broken = true;
    }
    if (end >= text.size()) break;
    start = end + 1;
  }
  flush();

  std::vector<std::string> out;
  for (const std::string& p : paragraphs) {
    size_t from = 0;
    for (size_t i = 0; i + 2 < p.size(); ++i) {
      if ((p[i] != '.' && p[i] != '!' && p[i] != '?') || p[i + 1] != ' ') {
        continue;
      }
      const std::string_view next = std::string_view(p).substr(i + 2);
      if (!StartsUpper(next)) continue;
      out.emplace_back(Trim(std::string_view(p).substr(from, i + 1 - from)));
      from = i + 2;
    }
    const std::string_view rest = Trim(std::string_view(p).substr(from));
    if (!rest.empty()) out.emplace_back(rest);
  }
  return out;
}

// +1 recommends, -1 advises against, 0 says neither.
int Verdict(const std::string& folded) {
  static const RE2 kAgainst(
      R"(\b(?:avstyrker|avstyrka|inte beviljas|ej beviljas|inte bevilja|)"
      R"(inte kan tillstyrka|kan inte tillstyrka|inte tillstyrker|)"
      R"(ej tillstyrker|inte fastst?a?lls|ej fastst?a?lls|inte godkanns)\b)");
  static const RE2 kFor(
      R"(\b(?:tillstyrker|tillstyrka|beviljas|bevilja|beviljar|)"
      R"(faststalls|faststaller|faststalla|godkanns|godkanner|godkanna)\b)");
  if (RE2::PartialMatch(folded, kAgainst)) return -1;
  if (RE2::PartialMatch(folded, kFor)) return 1;
  return 0;
}

// How far above a role line its name may be printed: a firm's line
// ("Parameter Revision AB") or a signing note ("Digitalt signerad av") may
// stand between them (brf-sjotungan 2024, brf-flygplansfabriken 2025).
constexpr int kNameAbove = 3;
// A role line is short: "Av HSB Riksförbund utsedd revisor" has 5 words.
constexpr int kMaxRoleWords = 7;
// A name over a firm's line with no role under it (the role illegible on
// brf-angturbinen 2014's scan) signs when it is among a page's last lines.
constexpr int kClosingLines = 10;

struct SignLine {
  std::string text;
  std::vector<std::string> cells;  // records::LineCells
  bool page_end = false;           // among its page's last kClosingLines
};

std::vector<SignLine> Lines(std::string_view text) {
  std::vector<SignLine> out;
  size_t page_first = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of("\n\f", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(start, end - start));
    if (!line.empty()) {
      SignLine l;
      l.text = std::string(line);
      l.cells = LineCells(l.text);
      out.push_back(std::move(l));
    }
    if (end >= text.size() || text[end] == '\f') {
      for (size_t i = out.size() > page_first + kClosingLines
                          ? out.size() - kClosingLines
                          : page_first;
           i < out.size(); ++i) {
        out[i].page_end = true;
      }
      page_first = out.size();
    }
    if (end >= text.size()) break;
    start = end + 1;
  }
  return out;
}

// "Stockholm den 12 mars 2025", "Lund, 2026-04-23", "Lund 4 april 2017":
// the date a place-and-date line gives (records/place_date.h), "" for any
// other line. The place must be printed, one place of one or two words
// ("Upplands Väsby"): a date alone in an audit report is a signing
// service's or the next document's, and more capitalised words before a
// date are a names-and-roles row ("Bertil Neij <TAB> Ledamot <TAB>
// 2007-05-14", brf-sjotungan 2024's board).
constexpr int kMaxPlaceWords = 2;

std::string AuditDate(const std::string& line) {
  const std::optional<PlaceDate> read = ReadPlaceDate(line);
  if (!read || read->place.empty() ||
      read->place.find(',') != std::string::npos) {
    return "";
  }
  int words = 0;
  for (size_t i = 0; i < read->place.size(); ++i) {
    const bool space = read->place[i] == ' ' || read->place[i] == '\t';
    if (!space &&
        (i == 0 || read->place[i - 1] == ' ' || read->place[i - 1] == '\t')) {
      ++words;
    }
  }
  return words <= kMaxPlaceWords ? read->date : "";
}

// "Auktoriserad revisor", "Av föreningen vald revisor", "Revisor 2025",
// "Revisorssuppleant"; not a heading about the auditor ("Revisorns
// ansvar") nor a sentence.
bool IsAuditorRole(const std::string& cell) {
  static const RE2 kRole(
      R"(\b(?:revisor|revisorer|revisorssuppleant|revisorsuppleant)\b)");
  static const RE2 kNotRole(R"(\b(?:ansvar|berattelse|har|ar|att|som)\b)");
  const std::string folded = Fold(cell);
  int words = 0;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] != ' ' && (i == 0 || folded[i - 1] == ' ')) ++words;
  }
  return words <= kMaxRoleWords && cell.back() != '.' &&
         RE2::PartialMatch(folded, kRole) &&
         !RE2::PartialMatch(folded, kNotRole);
}

// "Grant Thornton Sweden AB", "BoRevision i Sverige AB", "KPMG AB".
bool IsFirm(const std::string& line) {
  static const RE2 kFirm(R"(\bAB$)");
  return RE2::PartialMatch(line, kFirm) && !IsPersonName(line);
}

// "Av HSB Riksförbund utsedd revisor" -> "HSB Riksförbund"; "Revisor,
// utsedd av staten" -> "staten".
std::string AppointedBy(const std::string& role) {
  static const RE2 kBefore(
      R"((?i)^av\s+(.+?)\s+(?:utsedd|vald|f[öo]rordnad)\b)");
  static const RE2 kAfter(
      R"((?i)\b(?:utsedd|vald|f[öo]rordnad)\s+av\s+(.+?)\.?$)");
  std::string by;
  if (RE2::PartialMatch(role, kBefore, &by) ||
      RE2::PartialMatch(role, kAfter, &by)) {
    return by;
  }
  return "";
}

void AddSigner(AuditSigner signer, std::vector<AuditSigner>* out) {
  const std::string name = Fold(signer.name);
  for (const AuditSigner& s : *out) {
    if (Fold(s.name) == name) return;
  }
  if (signer.appointed_by.empty()) {
    signer.appointed_by = AppointedBy(signer.role);
  }
  out->push_back(std::move(signer));
}

std::vector<AuditSigner> ReadSigners(const std::vector<SignLine>& lines) {
  std::vector<AuditSigner> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::vector<std::string> roles;
    for (const std::string& cell : lines[i].cells) {
      if (IsAuditorRole(cell)) roles.push_back(cell);
    }
    if (roles.empty()) continue;
    std::string firm;
    for (size_t j = i; j-- > 0 && j + kNameAbove >= i;) {
      if (IsFirm(lines[j].text)) {
        firm = lines[j].text;
        continue;
      }
      std::vector<std::string> names;
      for (const std::string& cell : lines[j].cells) {
        if (IsPersonName(cell)) names.push_back(cell);
      }
      if (names.empty()) continue;
      // The firm between name and role, or over the name.
      if (firm.empty() && j > 0 && IsFirm(lines[j - 1].text)) {
        firm = lines[j - 1].text;
      }
      // A names row over a roles row pairs cell by cell. What a role cell
      // adds ("Auktoriserad revisor KPMG AB") and the line under it, a
      // cell per role ("Utsedd av Region Norrby", "KPMG AB"), say who
      // appointed each or where they work (records/person_cells.h).
      std::vector<std::string> below;
      if (i + 1 < lines.size() && lines[i + 1].cells.size() == roles.size()) {
        below = lines[i + 1].cells;
      }
      for (size_t k = 0; k < names.size() && k < roles.size(); ++k) {
        AuditSigner signer{names[k], roles[k], "", firm};
        for (const std::string* cell :
             {&roles[k], k < below.size() ? &below[k] : nullptr}) {
          UnderName under;
          if (cell == nullptr || !ReadUnderName(*cell, &under)) continue;
          if (signer.appointed_by.empty()) {
            signer.appointed_by = under.appointed_by;
          }
          if (under.organisation.empty()) continue;
          if (IsAuditFirm(under.organisation)) {
            if (signer.firm.empty()) signer.firm = under.organisation;
          } else if (signer.appointed_by.empty()) {
            signer.appointed_by = under.organisation;
          }
        }
        AddSigner(signer, &out);
      }
      break;
    }
  }
  // A name over a firm's line, closing a page, with no role under it.
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!lines[i].page_end || !IsPersonName(lines[i].text) ||
        !IsFirm(lines[i + 1].text)) {
      continue;
    }
    AddSigner({lines[i].text, "", "", lines[i + 1].text}, &out);
  }
  return out;
}

}  // namespace

bool IsAuditReportHeading(std::string_view line) {
  // Up to eight words after "för"/"över" name whose report it is
  // ("Revisionsberättelse för Kalmar nation vid Lunds universitet 2025":
  // six); more make a sentence.
  static const RE2 kHeading(
      R"(^(?:revisionsber?a?ttelse|revisorernas\s+(?:granskningsrapport|)"
      R"(redog?o?relse|ber?a?ttelse)|granskningsrapport|revisorsrapport|)"
      R"(revisionsrapport)(?:\s+(?:for|over|avseende)(?:\s+\S+){1,8})?)"
      R"((?:\s+(?:19|20)\d\d)?$)");
  const std::vector<std::string> cells = LineCells(std::string(line));
  return !cells.empty() && RE2::FullMatch(Fold(cells.front()), kHeading);
}

AuditReading ReadAuditReport(std::string_view text) {
  AuditReading out;
  static const RE2 kDischarge(R"(\bansvarsfrihet\b)");
  static const RE2 kApproval(
      R"(\b(?:arsredovisning(?:en)?|resultatrakning(?:en)?|)"
      R"(balansrakning(?:en)?|arsbokslut(?:et)?|bokslut(?:et)?|)"
      R"(resultat och balansrakning(?:en|arna)?)\b)");
  static const RE2 kRemark(R"(\banmarkning(?:ar)?\b)");
  // A negation before the word denies the remark ("inte funnit något som
  // föranleder någon anmärkning", "utan anmärkning").
  static const RE2 kNoRemark(
      R"(\b(?:ingen|inga|utan|inte|ej|icke)\b.*\banmarkning)");
  // "Till förbundsmedlemmarna i Samordningsförbundet X, org.nr ...": the
  // name after the addressee, read from the printed text (letters folded
  // by OCR allowed).
  static const RE2 kTo(
      R"((?i)\btill\s+(?:f[öo]rbundsmedlemmarna|f[öo]reningsst[äa]mman|)"
      R"([åa]rsst[äa]mman|st[äa]mman|fullm[äa]ktige|medlemmarna|[åa]rsm[öo]tet|)"
      R"(huvudm[äa]nnen|region(?:fullm[äa]ktige)?|kommunfullm[äa]ktige|)"
      R"(medlemmar)\s+(?:i|f[öo]r)\s+([^,(]+?)(?:,|\s+org|\s*\(|\s+Vi\s|$))");
  // The dash may be doubled with a space between, as a typewriter set it
  // ("1990-01-01 - - 1990-12-31", kalmar nation 1990).
  static const RE2 kPeriod(
      R"(((?:19|20)\d\d-\d\d-\d\d)\s*(?:(?:-|–|—|till|t\.?o\.?m\.?)\s*)+)"
      R"(((?:19|20)\d\d-\d\d-\d\d))");
  static const RE2 kYear(
      R"(\b(?:rakenskapsaret|verksamhetsaret|aret|ar|rakenskapsar)\s+((?:19|20)\d\d)\b)");

  // The addressee and the organisation number are read line by line: the
  // "Till ..." line stands alone above the text.
  size_t start = 0;
  while (start < text.size() &&
         (out.organisation.empty() || out.org_number.empty())) {
    size_t end = text.find_first_of("\n\f", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string line(text.substr(start, end - start));
    start = end + 1;
    std::string found;
    if (out.organisation.empty() && RE2::PartialMatch(line, kTo, &found)) {
      out.organisation = std::string(Trim(found));
    }
    if (out.org_number.empty()) {
      // "769612 - 2 675" (brf-kastanjen4) too: records/org_number.h.
      for (const std::string& n :
           FindOrgNumbers(line, HasOrgNumberLabel(line))) {
        if (LuhnValid(n)) {
          out.org_number = n;
          break;
        }
      }
    }
  }
  static const RE2 kDirectsRemark(
      R"(\b(?:riktar|rikta|framfor|framfora|lamnar)\b.*\banmarkning)");
  std::vector<std::string> headed_remarks;
  std::vector<std::string> directing_remarks;
  bool after_heading = false;
  const std::vector<std::string> sentences = Sentences(text);
  for (const std::string& sentence : sentences) {
    const std::string folded = Fold(sentence);
    if (out.period_start.empty()) {
      std::string a, b;
      if (RE2::PartialMatch(sentence, kPeriod, &a, &b)) {
        out.period_start = a;
        out.period_end = b;
        out.fiscal_year = std::stoi(b.substr(0, 4));
      }
    }
    if (out.fiscal_year == 0) {
      std::string year;
      if (RE2::PartialMatch(folded, kYear, &year)) {
        out.fiscal_year = std::stoi(year);
      }
    }
    const int verdict = Verdict(folded);
    if (verdict != 0 && RE2::PartialMatch(folded, kDischarge) &&
        !out.discharge.has_value()) {
      out.discharge = verdict > 0;
      out.discharge_sentence = sentence;
    }
    // One sentence may give both ("... bokslut ... godkänns ... och att
    // styrelsen beviljas ansvarsfrihet", kalmar-nation 2025).
    if (verdict != 0 && RE2::PartialMatch(folded, kApproval) &&
        !out.approval.has_value()) {
      out.approval = verdict > 0;
      out.approval_sentence = sentence;
    }
    // The sentence under the remarks' heading is the remark itself; a
    // sentence that only directs it ("Vi riktar anmärkning mot styrelsen
    // och avstyrker ...") restates it, and counts only where no heading
    // gave one (the package fixture's Norrdal report made one remark,
    // read twice).
    if (IsRemarkHeading(sentence)) {
      after_heading = true;
      continue;
    }
    const bool headed = after_heading;
    after_heading = false;
    if (headed && RE2::PartialMatch(folded, kNoRemark)) {
      continue;  // "Anmärkningar / Vi har inga anmärkningar."
    }
    if (headed) {
      headed_remarks.push_back(sentence);
    } else if (RE2::PartialMatch(folded, kRemark) &&
               !RE2::PartialMatch(folded, kNoRemark)) {
      (RE2::PartialMatch(folded, kDirectsRemark) ? directing_remarks
                                                 : out.remarks)
          .push_back(sentence);
    }
  }
  if (headed_remarks.empty()) {
    out.remarks.insert(out.remarks.end(), directing_remarks.begin(),
                       directing_remarks.end());
  } else {
    out.remarks.insert(out.remarks.begin(), headed_remarks.begin(),
                       headed_remarks.end());
  }
  // The date: the first place-and-date line (the one above the
  // signatures); a date inside a sentence is the audited period's.
  const std::vector<SignLine> lines = Lines(text);
  for (const SignLine& line : lines) {
    out.date = AuditDate(line.text);
    if (!out.date.empty()) break;
  }
  out.auditors = ReadSigners(lines);
  return out;
}

}  // namespace finsam::records
