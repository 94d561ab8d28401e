#include "records/evidence_page.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <set>

#include "records/people.h"
#include "records/signer_match.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

void AddPage(EvidencePages* ev, int page) {
  if (page > 0 &&
      std::find(ev->pages.begin(), ev->pages.end(), page) == ev->pages.end()) {
    ev->pages.push_back(page);
  }
}

// GetAccept's stamp on every page: "Detta dokument har signerats genom
// GetAccept".
bool IsGetAcceptStamp(const std::string& line) {
  static const RE2 kStamp(R"((?i)signerats\s+(?:genom|via|med)\s+GetAccept)");
  return RE2::PartialMatch(line, kStamp);
}

// Day of the week, 0 = Sunday (Sakamoto's method).
int Weekday(int y, int m, int d) {
  static constexpr int kT[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3) y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + kT[m - 1] + d) % 7;
}

// The day of the last Sunday of month `m` (March and October have 31).
int LastSunday(int y, int m) { return 31 - Weekday(y, m, 31); }

// Sweden's offset from UTC on a date: summer time from the last Sunday of
// March to the last Sunday of October (the hour of the change ignored).
std::string SwedishOffset(const std::string& iso_date) {
  const int y = std::stoi(iso_date.substr(0, 4));
  const int m = std::stoi(iso_date.substr(5, 2));
  const int d = std::stoi(iso_date.substr(8, 2));
  const bool summer = (m > 3 && m < 10) || (m == 3 && d >= LastSunday(y, 3)) ||
                      (m == 10 && d < LastSunday(y, 10));
  return summer ? "+02:00" : "+01:00";
}

// "Swedish BankID", "BankID", "svenskt BankID": one name for the e-ID.
std::string EIdName(const std::string& method) {
  static const RE2 kBankId(R"((?i)^(?:swedish\s+|svenskt?\s+)?bankid$)");
  const std::string m(Trim(method));
  return RE2::FullMatch(m, kBankId) ? "BankID (SE)" : m;
}

// A party's heading cell: "Leif Nilsson (LN)", "Karla Ortega Vasquez (KOV)".
bool PartyHeading(const std::string& cell, std::string* name) {
  static const RE2 kParty(
      R"(^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s+\(\p{Lu}{1,4}\)$)");
  return RE2::FullMatch(cell, kParty, name);
}

struct Party {
  std::string name;
  std::string text;  // the column's lines under the heading, joined
};

EvidenceSigner SignerOf(const Party& p) {
  EvidenceSigner s;
  s.name = p.name;
  static const RE2 kLegal(R"(BankID\s+var\s*"\s*([^"]+?)\s*")");
  RE2::PartialMatch(p.text, kLegal, &s.legal_name);
  if (p.text.find("svenskt BankID") != std::string::npos)
    s.e_id = "BankID (SE)";
  static const RE2 kSigned(
      R"(Signerade\s+(\d{4}-\d\d-\d\d)\s+(\d\d:\d\d:\d\d)\s+(?:\p{L}+\s+)?\(([+-]\d\d)(\d\d)\))");
  std::string date, time, hours, minutes;
  if (RE2::PartialMatch(p.text, kSigned, &date, &time, &hours, &minutes)) {
    s.time = date + "T" + time + hours + ":" + minutes;
  }
  // The company line: what precedes the e-ID sentence, without e-mail
  // addresses.
  std::string head = p.text.substr(0, p.text.find("Namnet som"));
  static const RE2 kMail(R"(\S+@\S+)");
  RE2::GlobalReplace(&head, kMail, "");
  static const RE2 kSpace(R"(\s+)");
  RE2::GlobalReplace(&head, kSpace, " ");
  s.organisation = std::string(Trim(head));
  return s;
}

// A block opened by its heading line `heading` with its transaction line
// (`transaction`, one capture) within the three lines under it: the block
// with its service, transaction and first page, and in `*next` the line
// after the transaction's; nullopt when line `i` opens none.
std::optional<EvidencePages> OpenBlock(const RecordText& text, int i,
                                       const char* heading,
                                       const RE2& transaction,
                                       const char* service, int* next) {
  if (Trim(text.lines[i].text) != heading) return std::nullopt;
  const int n = static_cast<int>(text.lines.size());
  std::string id;
  int k = i + 1;
  for (; k < n && k <= i + 3 && id.empty(); ++k) {
    RE2::FullMatch(std::string(Trim(text.lines[k].text)), transaction, &id);
  }
  if (id.empty()) return std::nullopt;
  EvidencePages ev;
  ev.service = service;
  ev.transaction = id;
  AddPage(&ev, text.lines[i].page);
  *next = k;
  return ev;
}

// Scrive's "Verifikat" blocks (see the header).
void ParseScrive(const RecordText& text, std::vector<EvidencePages>* out) {
  static const RE2 kTransaction(R"(^Transaktion\s+(\d{6,}).*)");
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    // "Transaktion <number>" within the next lines opens the block.
    int k = 0;
    std::optional<EvidencePages> block =
        OpenBlock(text, i, "Verifikat", kTransaction, "scrive", &k);
    if (!block) continue;
    EvidencePages& ev = *block;
    bool parties = false;
    std::vector<Party> row;  // the parties of the current row of headings
    auto flush = [&] {
      for (const Party& p : row) ev.signers.push_back(SignerOf(p));
      row.clear();
    };
    int end = k;
    for (; end < n; ++end) {
      const std::string line(Trim(text.lines[end].text));
      if (line.empty()) continue;
      AddPage(&ev, text.lines[end].page);
      if (line.rfind("Detta verifikat", 0) == 0) break;
      if (line == "Signerande parter") {
        parties = true;
        continue;
      }
      // The page break inside the block repeats the heading.
      std::string again;
      if (line == "Verifikat" ||
          RE2::PartialMatch(line, kTransaction, &again)) {
        continue;
      }
      if (!parties) continue;
      const std::vector<std::string> cells = LineCells(text.lines[end].text);
      std::vector<std::string> names;
      for (const std::string& c : cells) {
        std::string name;
        if (PartyHeading(c, &name)) names.push_back(name);
      }
      if (!names.empty() && names.size() == cells.size()) {
        flush();
        for (const std::string& name : names) row.push_back({name, ""});
        continue;
      }
      if (row.empty()) continue;
      // Columns: one cell per party; a lone cell in a two-party row
      // belongs to the party whose column it continues (the first when it
      // cannot tell).
      for (size_t c = 0; c < cells.size(); ++c) {
        Party& p = row[std::min(c, row.size() - 1)];
        p.text += (p.text.empty() ? "" : " ") + cells[c];
      }
    }
    flush();
    if (!ev.signers.empty()) out->push_back(std::move(ev));
    i = end;
  }
}

// Verified's "Verification" blocks (see the header).
void ParseVerified(const RecordText& text, std::vector<EvidencePages>* out) {
  static const RE2 kTransaction(R"(^Transaction\s+ID\s+(\S+)$)");
  static const RE2 kSignedBy(R"(^Document\s+signed\s+by\s+(.+?)\s*$)");
  static const RE2 kTime(
      R"((\d{4}-\d\d-\d\d)\s+(\d\d:\d\d:\d\d)\s+(CET|CEST|UTC|GMT)\b)");
  static const RE2 kMethod(R"(^Method:\s*(.+)$)");
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    int k = 0;
    std::optional<EvidencePages> block =
        OpenBlock(text, i, "Verification", kTransaction, "verified", &k);
    if (!block) continue;
    EvidencePages& ev = *block;
    enum { kHead, kParties, kLog } part = kHead;
    std::vector<std::string> legal, times;  // "Document signed by" events
    int end = k;
    for (; end < n; ++end) {
      const std::string line(Trim(text.lines[end].text));
      if (line.empty()) continue;
      if (line == "Verification") break;  // the next file's block
      AddPage(&ev, text.lines[end].page);
      if (line.rfind("Verified ensures", 0) == 0) break;
      if (line == "Signing parties") {
        part = kParties;
        continue;
      }
      if (line == "Activity log") {
        part = kLog;
        continue;
      }
      if (part == kParties) {
        // "Name <TAB> e-mail <TAB> Action: Sign <TAB> Method: ..."
        const std::vector<std::string> cells = LineCells(text.lines[end].text);
        if (cells.size() < 2 || cells[0].find('@') != std::string::npos) {
          continue;
        }
        EvidenceSigner s;
        s.name = cells[0];
        for (const std::string& c : cells) {
          std::string method;
          if (RE2::FullMatch(c, kMethod, &method)) s.e_id = EIdName(method);
        }
        ev.signers.push_back(s);
      } else if (part == kLog) {
        std::string who;
        if (!RE2::FullMatch(line, kSignedBy, &who)) continue;
        // The time follows on the event's next line ("Birth date:
        // 21/11/1954,2022-03-22 14:50:22 CET,").
        std::string date, clock, zone;
        for (int t = end; t < n && t <= end + 2 && date.empty(); ++t) {
          RE2::PartialMatch(text.lines[t].text, kTime, &date, &clock, &zone);
        }
        legal.push_back(who);
        times.push_back(date.empty()     ? ""
                        : zone == "CEST" ? date + "T" + clock + "+02:00"
                        : zone == "CET"  ? date + "T" + clock + "+01:00"
                                         : date + "T" + clock + "Z");
      }
    }
    // The log names the e-ID's legal name ("Peter Göran Andersson"), the
    // parties the name they were invited under ("Peter Andersson").
    std::vector<PrintedName> parties;
    for (const EvidenceSigner& s : ev.signers) parties.push_back({s.name, ""});
    const SignerMatch match = MatchSigners(legal, parties);
    std::set<std::string> done;
    for (const NameMatch& m : match.matched) {
      for (EvidenceSigner& s : ev.signers) {
        if (s.name != m.printed.name || done.count(s.name)) continue;
        s.legal_name = m.signer;
        const size_t e = static_cast<size_t>(
            std::find(legal.begin(), legal.end(), m.signer) - legal.begin());
        if (e < times.size()) s.time = times[e];
        done.insert(s.name);
        break;
      }
    }
    if (!ev.signers.empty()) out->push_back(std::move(ev));
    i = end - 1;
  }
}

// Verified's later layout ("Document summary", OCR'd in these archives):
// an "Activity log" table whose rows are "1. LEGAL NAME <TAB> Signed <TAB>
// 12.03.2026 09:37 <TAB> eID <TAB> Swedish BankID", a name the cell cut
// continuing alone on the next line ("CHARALAMPOS ANTONO" / "POULOS"), the
// envelope after "ENVELOPE ID:" when printed.
void ParseVerifiedLog(const RecordText& text, std::vector<EvidencePages>* out) {
  static const RE2 kRow(
      R"(^\W{0,3}\d{1,2}\.\s*(\p{L}[^\t]*?)\s*\t.*\bSigned\s*\t?\s*(\d\d)\.(\d\d)\.(\d{4})\s*(\d\d):(\d\d)(.*)$)");
  static const RE2 kEnvelope(R"(^ENVELOPE\s+ID:\s*(\S*)$)");
  static const RE2 kFragment(R"(^\p{Lu}{2,}$)");
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    if (text.lines[i].text.find("Activity log") == std::string::npos) continue;
    EvidencePages ev;
    ev.service = "verified";
    // The envelope id stands above the log, on the summary.
    for (int k = std::max(0, i - 40); k < i; ++k) {
      std::string id;
      if (!RE2::FullMatch(std::string(Trim(text.lines[k].text)), kEnvelope,
                          &id)) {
        continue;
      }
      if (id.empty() && k + 1 < i)
        id = std::string(Trim(text.lines[k + 1].text));
      ev.transaction = id;
      AddPage(&ev, text.lines[k].page);
    }
    int end = i + 1;
    for (; end < n; ++end) {
      const std::string& line = text.lines[end].text;
      if (line.rfind("Verified ensures", 0) == 0) break;
      std::string name, dd, mm, yyyy, hh, mi, rest;
      if (!RE2::FullMatch(line, kRow, &name, &dd, &mm, &yyyy, &hh, &mi,
                          &rest)) {
        continue;
      }
      if (end + 1 < n) {
        const std::vector<std::string> next =
            LineCells(text.lines[end + 1].text);
        if (next.size() == 1 && RE2::FullMatch(next[0], kFragment)) {
          name += next[0];
        }
      }
      EvidenceSigner s;
      s.name = name;
      s.legal_name = name;  // the e-ID's name is the one shown
      const std::string date = yyyy + "-" + mm + "-" + dd;
      s.time = date + "T" + hh + ":" + mi + ":00" + SwedishOffset(date);
      if (rest.find("BankID") != std::string::npos) s.e_id = "BankID (SE)";
      ev.signers.push_back(s);
      AddPage(&ev, text.lines[end].page);
    }
    if (!ev.signers.empty()) {
      std::sort(ev.pages.begin(), ev.pages.end());
      out->push_back(std::move(ev));
    }
    i = end;
  }
}

// TellusTalk's (ebox) page (see the header).
void ParseTellusTalk(const RecordText& text, std::vector<EvidencePages>* out) {
  static const RE2 kVia(R"(^via\s+https?://\S*ebox\S*$)");
  static const RE2 kCount(R"(^Signerat\s+av\s+\d+:?$)");
  static const RE2 kSigned(
      R"(^Signerat\s+med\s+(.+?)\s+(\d{4}-\d\d-\d\d)\s+(\d\d:\d\d)(?::(\d\d))?\b)");
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i + 1 < n; ++i) {
    if (Trim(text.lines[i].text) != "Signerat dokument") continue;
    int k = i + 1;
    while (k < n && Trim(text.lines[k].text).empty()) ++k;
    if (k >= n || !RE2::FullMatch(std::string(Trim(text.lines[k].text)), kVia))
      continue;
    EvidencePages ev;
    ev.service = "tellustalk";
    AddPage(&ev, text.lines[i].page);
    bool signers = false;
    std::string name;
    int end = k + 1;
    for (; end < n; ++end) {
      const std::string line(Trim(text.lines[end].text));
      if (line.empty()) continue;
      if (!signers) {
        signers = RE2::FullMatch(line, kCount);
        continue;
      }
      std::string method, date, clock, seconds;
      if (RE2::PartialMatch(line, kSigned, &method, &date, &clock, &seconds)) {
        if (name.empty()) break;
        EvidenceSigner s;
        s.name = name;
        s.legal_name = name;  // the e-ID's name is the one shown
        s.e_id = EIdName(method);
        s.time = date + "T" + clock + ":" + (seconds.empty() ? "00" : seconds) +
                 SwedishOffset(date);
        ev.signers.push_back(s);
        AddPage(&ev, text.lines[end].page);
        name.clear();
        continue;
      }
      if (!name.empty()) break;  // two names in a row: the list is over
      name = line;
    }
    if (!ev.signers.empty()) out->push_back(std::move(ev));
    i = end - 1;
  }
}

// A time as an evidence page prints it, in ISO 8601 with its offset:
// "2025-03-12 09:41:07 UTC", "2025-03-12 09:41 CET", "2025-03-12 09:41:07
// (UTC+01:00)", "2025-03-12 09:41:07 +0100"; Swedish local time when no zone
// is printed. "" when `text` holds no date and time.
std::string EvidenceTime(const std::string& text) {
  static const RE2 kTime(
      R"((\d{4}-\d\d-\d\d)[ T]+(\d\d:\d\d)(:\d\d)?\s*\(?\s*(UTC|GMT|CEST|CET|Z)?\s*([+-]\d\d):?(\d\d)?)");
  static const RE2 kPlain(
      R"((\d{4}-\d\d-\d\d)[ T]+(\d\d:\d\d)(:\d\d)?\s*\(?\s*(UTC|GMT|CEST|CET|Z)?)");
  std::string date, clock, seconds, zone, hours, minutes;
  if (!RE2::PartialMatch(text, kTime, &date, &clock, &seconds, &zone, &hours,
                         &minutes)) {
    hours.clear();
    minutes.clear();
    if (!RE2::PartialMatch(text, kPlain, &date, &clock, &seconds, &zone)) {
      return "";
    }
  }
  const std::string at =
      date + "T" + clock + (seconds.empty() ? ":00" : seconds);
  if (!hours.empty())
    return at + hours + ":" + (minutes.empty() ? "00" : minutes);
  if (zone == "UTC" || zone == "GMT" || zone == "Z") return at + "Z";
  if (zone == "CEST") return at + "+02:00";
  if (zone == "CET") return at + "+01:00";
  return at + SwedishOffset(date);
}

// GetAccept's evidence page (see the header): labelled lines in Swedish or
// English, one block a signer under the name line.
void ParseGetAccept(const RecordText& text, std::vector<EvidencePages>* out) {
  static const RE2 kService(R"((?i)\bGetAccept\b)");
  static const RE2 kDocumentId(
      R"((?i)^(?:dokument-?\s?id|document\s+id)\s*:?\s*(\S+)$)");
  static const RE2 kSigned(
      R"((?i)^(?:signerat|signerad|undertecknat|signed)(?:\s+(?:den|at|on))?\s*:\s*(.+)$)");
  static const RE2 kEId(
      R"((?i)^(?:verifierad\s+med|e-legitimation|legitimering|e-?id|identifierad\s+med|verified\s+with|identified\s+with|authentication)\s*:\s*(.+)$)");
  static const RE2 kEnd(
      R"((?i)^(?:detta\s+(?:dokument|bevis|intyg)|this\s+(?:document|certificate))\b)");
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    // The page names the service (not in its stamp's sentence) and gives
    // the document's id within its first lines.
    const std::string head(Trim(text.lines[i].text));
    if (!RE2::PartialMatch(head, kService) || IsGetAcceptStamp(head)) {
      continue;
    }
    std::string id;
    int k = std::max(0, i - 3);
    for (; k < n && k <= i + 6 && id.empty(); ++k) {
      if (text.lines[k].page != text.lines[i].page) continue;
      RE2::FullMatch(std::string(Trim(text.lines[k].text)), kDocumentId, &id);
    }
    if (id.empty()) continue;
    EvidencePages ev;
    ev.service = "getaccept";
    ev.transaction = id;
    AddPage(&ev, text.lines[i].page);
    // Each name line opens a signer whose fields follow it in any order;
    // a name with no time after it is no signer ("Undertecknare", a
    // heading).
    std::vector<EvidenceSigner> named;
    int end = std::max(i + 1, k);
    for (; end < n; ++end) {
      const std::string line(Trim(text.lines[end].text));
      if (line.empty()) continue;
      if (RE2::PartialMatch(line, kEnd) || IsGetAcceptStamp(line)) {
        AddPage(&ev, text.lines[end].page);
        break;
      }
      std::string value;
      if (RE2::FullMatch(line, kSigned, &value)) {
        if (!named.empty()) named.back().time = EvidenceTime(value);
        AddPage(&ev, text.lines[end].page);
      } else if (RE2::FullMatch(line, kEId, &value)) {
        if (!named.empty()) named.back().e_id = EIdName(value);
      } else if (line.find('@') == std::string::npos &&
                 line.find(':') == std::string::npos && IsPersonName(line)) {
        // Not an e-mail address, the IP or another labelled field.
        named.push_back({line, line, "", "", ""});
      }
    }
    for (EvidenceSigner& s : named) {
      if (!s.time.empty()) ev.signers.push_back(std::move(s));
    }
    if (!ev.signers.empty()) {
      std::sort(ev.pages.begin(), ev.pages.end());
      out->push_back(std::move(ev));
    }
    i = end;
  }
}

// Services known only from a line on every page.
void ParseStamps(const RecordText& furniture, const RecordText& text,
                 std::vector<EvidencePages>* out) {
  static const RE2 kDocuSign(
      R"(DocuSign\s+Envelope\s+ID:\s*([0-9A-Fa-f]{8}-[0-9A-Fa-f-]{27}))");
  for (const char* service : {"docusign", "getaccept"}) {
    bool known = false;
    for (const EvidencePages& e : *out) known = known || e.service == service;
    if (known) continue;
    EvidencePages ev;
    ev.service = service;
    for (const RecordText* t : {&furniture, &text}) {
      for (const Line& l : t->lines) {
        std::string id;
        const bool stamp = std::string(service) == "docusign"
                               ? RE2::PartialMatch(l.text, kDocuSign, &id)
                               : IsGetAcceptStamp(l.text);
        if (!stamp) continue;
        if (ev.transaction.empty()) ev.transaction = id;
        AddPage(&ev, l.page);
      }
    }
    if (!ev.pages.empty()) {
      std::sort(ev.pages.begin(), ev.pages.end());
      out->push_back(std::move(ev));
    }
  }
}

}  // namespace

bool IsEvidencePageMarker(const std::string& line) {
  static const RE2 kMarker(
      R"(^\W{0,3}(?:Verifikat|Verification|Signerat dokument|Document summary|Document|Activity log|Transaktion\s+\d{6,}.*|Transaction\s+ID\b.*|(?:Dokument-?\s?ID|Document\s+ID)\s*:.*)\s*$)");
  // GetAccept's page names the service in its heading; its stamp's
  // sentence ("Detta dokument har signerats genom GetAccept") is no
  // heading.
  constexpr size_t kMaxHeading = 80;  // "Signeringsbevis från GetAccept"
  static const RE2 kGetAccept(R"(\bGetAccept\b)");
  return RE2::FullMatch(line, kMarker) ||
         (line.size() <= kMaxHeading && RE2::PartialMatch(line, kGetAccept) &&
          !IsGetAcceptStamp(line));
}

std::vector<EvidencePages> ParseEvidencePages(const RecordText& text,
                                              const RecordText& furniture) {
  std::vector<EvidencePages> out;
  ParseScrive(text, &out);
  ParseVerified(text, &out);
  ParseVerifiedLog(text, &out);
  ParseTellusTalk(text, &out);
  ParseGetAccept(text, &out);
  ParseStamps(furniture, text, &out);
  std::stable_sort(out.begin(), out.end(),
                   [](const EvidencePages& a, const EvidencePages& b) {
                     const int pa = a.pages.empty() ? 0 : a.pages.front();
                     const int pb = b.pages.empty() ? 0 : b.pages.front();
                     return pa < pb;
                   });
  return out;
}

}  // namespace finsam::records
