#include "records/audit_report.h"

#include <re2/re2.h>

#include <string>
#include <vector>

#include "records/document_info.h"
#include "records/org_number.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

// The text as sentences: lines joined into paragraphs (a blank line or a
// form feed ends one; a hyphen at a line's end joins without a space),
// each cut after ".", "!" or "?" followed by a space and a capital.
std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> paragraphs;
  std::string current;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find_first_of("\n\f", start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(start, end - start));
    if (line.empty() || (end < text.size() && text[end] == '\f')) {
      if (!line.empty()) {
        if (!current.empty()) current += ' ';
        current.append(line);
      }
      if (!current.empty()) paragraphs.push_back(std::move(current));
      current.clear();
    } else {
      if (!current.empty() && current.back() == '-' && current.size() > 1 &&
          current[current.size() - 2] != ' ') {
        current.pop_back();
      } else if (!current.empty()) {
        current += ' ';
      }
      current.append(line);
    }
    if (end >= text.size()) break;
    start = end + 1;
  }
  if (!current.empty()) paragraphs.push_back(std::move(current));

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

}  // namespace

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
  static const RE2 kPeriod(
      R"(((?:19|20)\d\d-\d\d-\d\d)\s*(?:-|–|—|till|t\.?o\.?m\.?)+\s*((?:19|20)\d\d-\d\d-\d\d))");
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
    if (RE2::PartialMatch(folded, kRemark) &&
        !RE2::PartialMatch(folded, kNoRemark) && folded != "anmarkning") {
      out.remarks.push_back(sentence);
    }
  }
  // The date: the last one printed (the place and date above the
  // signatures), not a period's bounds.
  for (auto it = sentences.rbegin(); it != sentences.rend(); ++it) {
    if (RE2::PartialMatch(*it, kPeriod)) continue;
    const std::string date = FindSwedishDate(*it);
    // The audited year's first and last day bound a period, they do not
    // date the report.
    const bool bound = out.fiscal_year > 0 &&
                       (date == std::to_string(out.fiscal_year) + "-12-31" ||
                        date == std::to_string(out.fiscal_year) + "-01-01");
    if (!date.empty() && !bound && date != out.period_end &&
        date != out.period_start) {
      out.date = date;
      break;
    }
  }
  return out;
}

}  // namespace finsam::records
