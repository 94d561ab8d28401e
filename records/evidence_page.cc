#include "records/evidence_page.h"

#include <re2/re2.h>

#include <algorithm>

#include "records/text_fold.h"

namespace finsam::records {
namespace {

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

}  // namespace

std::vector<EvidencePages> ParseEvidencePages(const RecordText& text) {
  std::vector<EvidencePages> out;
  static const RE2 kTransaction(R"(^Transaktion\s+(\d{6,}))");
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    if (Trim(text.lines[i].text) != "Verifikat") continue;
    // "Transaktion <number>" within the next lines opens the block.
    std::string transaction;
    int k = i + 1;
    for (; k < n && k <= i + 3 && transaction.empty(); ++k) {
      RE2::PartialMatch(std::string(Trim(text.lines[k].text)), kTransaction,
                        &transaction);
    }
    if (transaction.empty()) continue;
    EvidencePages ev;
    ev.service = "scrive";
    ev.transaction = transaction;
    auto add_page = [&](int page) {
      if (page > 0 &&
          std::find(ev.pages.begin(), ev.pages.end(), page) == ev.pages.end()) {
        ev.pages.push_back(page);
      }
    };
    add_page(text.lines[i].page);
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
      add_page(text.lines[end].page);
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
    if (!ev.signers.empty()) out.push_back(std::move(ev));
    i = end;
  }
  return out;
}

}  // namespace finsam::records
