#include "records/people.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <set>

#include "base/text.h"
#include "records/audit_report.h"
#include "records/board_lists.h"
#include "records/evidence_page.h"
#include "records/first_names.h"
#include "records/people_prose.h"
#include "records/person_cells.h"
#include "records/place_date.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

bool IsBoardRole(const std::string& role) {
  return role == "Ordförande" || role == "Vice ordförande" ||
         role == "Ledamot" || role == "Ersättare" || role == "Suppleant" ||
         role == "Kassör" || role == "Sekreterare";
}

// The next non-empty line after `i` within [.., end), or -1.
int NextLine(const RecordText& text, int i, int end) {
  for (int k = i + 1; k < end; ++k) {
    if (!Trim(text.lines[k].text).empty()) return k;
  }
  return -1;
}

// A cell OCR made of a handwritten signature ("J-fe", "S", "FÅ"): short,
// not a name, not a role.
constexpr size_t kMaxScribbleCell = 5;
bool IsScribble(const std::string& cell) {
  return cell.size() <= kMaxScribbleCell && CanonicalRole(cell).empty();
}

// The names of a signature row: person-name cells among scribbles. Empty
// when any other cell is text (a table row, a sentence).
std::vector<std::string> SignatureRowNames(const std::string& line) {
  std::vector<std::string> names;
  for (const std::string& raw : LineCells(line)) {
    // "Ingrid Sandberg (S)": the party's letters are no part of the name.
    const std::string cell = WithoutPartyLetters(StripEdgeMarks(raw));
    // "jel Serneholt": a name whose first letters the signature covers.
    const bool covered = StartsLower(cell) && cell.size() <= 30 &&
                         std::count(cell.begin(), cell.end(), ' ') <= 2;
    if (IsPersonName(cell)) {
      names.push_back(cell);
    } else if (!IsScribble(cell) && !covered) {
      return {};
    }
  }
  return names;
}

// How many lines an entry under a name may take: "Förtroendevald revisor"
// / "Utsedd av Region Norrby", "Ordförande" / "Region Norrby".
constexpr int kMaxLinesUnderName = 3;
// How far below a names row its first line under them may be: on a scan,
// OCR reads a signature's strokes between them.
constexpr int kMaxGapUnderNames = 3;

// What the lines under a row of `count` names say of each (ReadUnderName):
// the lines right under it, a cell per name (the whole line under a single
// name), each cell saying something, up to kMaxLinesUnderName of them.
// `under` gets one UnderName per name and `first` the first line's cells
// as printed; returns the last line read, or -1 when the line under the
// names says nothing of them.
int ReadLinesUnder(const RecordText& text, int names_row, int end, size_t count,
                   std::vector<UnderName>* under,
                   std::vector<std::string>* first) {
  under->assign(count, UnderName{});
  first->clear();
  int last = -1;
  for (int k = NextLine(text, names_row, end), read = 0;
       k >= 0 && read < kMaxLinesUnderName &&
       k <= (last < 0 ? names_row + kMaxGapUnderNames : last + 2);
       k = NextLine(text, k, end), ++read) {
    std::vector<std::string> cells = LineCells(text.lines[k].text);
    if (count == 1) cells = {std::string(Trim(text.lines[k].text))};
    if (cells.size() != count) break;
    std::vector<UnderName> row(count);
    bool all = true;
    for (size_t c = 0; c < count && all; ++c) {
      all = ReadUnderName(cells[c], &row[c]);
    }
    if (!all) break;
    for (size_t c = 0; c < count; ++c) {
      UnderName& u = (*under)[c];
      if (u.role.empty()) u.role = row[c].role;
      if (u.organisation.empty()) u.organisation = row[c].organisation;
      if (u.appointed_by.empty()) u.appointed_by = row[c].appointed_by;
    }
    if (first->empty()) *first = cells;
    last = k;
  }
  return last;
}

// The body of a canonical role, "" when the role is not one of a board,
// the auditors or the office.
const char* BodyOfCanonicalRole(const std::string& role) {
  if (role.find("evisor") != std::string::npos) return "revision";
  if (role == "Förbundschef" || role == "Verkställande direktör") {
    return "kansli";
  }
  if (role == "Ordförande" || role == "Vice ordförande" || role == "Ledamot" ||
      role == "Ersättare" || role == "Suppleant" || role == "Kassör" ||
      role == "Sekreterare") {
    return "styrelse";
  }
  return "";
}

// The word-by-word distance of a name read under a signature to a name
// printed elsewhere, or -1 when they are not the same name: every word of
// `printed` matches a distinct word of `read` in order, exactly or within
// OCR letter errors, one word at least exactly; words of `read` left over
// are scribbles of two letters at most ("JP Torgny RoXxå").
int NameDistance(const std::string& read, const std::string& printed) {
  const std::vector<std::string> r = SplitWords(Fold(read));
  const std::vector<std::string> p = SplitWords(Fold(printed));
  if (p.size() < 2 || r.size() < p.size()) return -1;
  size_t k = 0;
  int cost = 0, exact = 0;
  for (const std::string& w : p) {
    bool found = false;
    while (k < r.size() && !found) {
      const std::string& v = r[k++];
      // One letter wrong in a short word, two in a long one.
      const int limit = w.size() >= 7 ? 2 : w.size() >= 4 ? 1 : 0;
      const int d = EditDistance(v, w, limit);
      if (d <= limit) {
        cost += d;
        exact += d == 0;
        found = true;
      } else if (v.size() > 2) {
        return -1;
      }
    }
    if (!found) return -1;
  }
  for (; k < r.size(); ++k) {
    if (r[k].size() > 2) return -1;
  }
  return exact > 0 ? cost : -1;
}

// Person names inside a sentence: runs of two or three capitalised words
// that IsPersonName accepts. A sentence has no role cell or column to say
// that a capitalised pair is a person, so the words must: a word before a
// known first name (records/first_names.h) is no part of the name
// ("Revisor Olle Nord", "Eftersom John Mattson"), and a genitive that is
// no first name opens no name ("Stockholms Städsystem").
std::vector<std::string> NamesInProse(const std::string& line) {
  static const RE2 kRun(
      R"((\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}))");
  std::vector<std::string> out;
  re2::StringPiece input(line);
  std::string run;
  while (RE2::FindAndConsume(&input, kRun, &run)) {
    // "Parameter Revision AB", "Borevision HB": a firm, not a person.
    static const RE2 kFirm(R"(^\s+(?:AB|HB|KB|Ab|ek\.?\s*för)\b)");
    if (RE2::PartialMatch(input, kFirm)) continue;
    std::string name = run;
    const auto first_word = [](const std::string& words) {
      return words.substr(0, words.find(' '));
    };
    const std::string rest = name.substr(name.find(' ') + 1);
    if (!IsKnownFirstName(first_word(name)) &&
        (IsKnownFirstName(first_word(rest)) || !IsPersonName(name) ||
         !CanonicalRole(name).empty())) {
      name = rest;
    }
    // A genitive opening the run names an owner, not a person ("Stockholms
    // Städsystem", "Årets Resultat"), unless it is a first name ("Hans",
    // "Lars").
    const std::string first = first_word(name);
    if (first.back() == 's' && !IsKnownFirstName(first)) continue;
    if (name.find(' ') != std::string::npos && IsPersonName(name) &&
        CanonicalRole(name).empty()) {
      out.push_back(name);
    }
  }
  return out;
}

// The people a list line names; advances `*i` past a roles line it used.
std::vector<Person> ListRow(const RecordText& text, int i, int end,
                            const char* body, int* consumed_to) {
  std::vector<Person> out;
  const std::vector<std::string> cells = LineCells(text.lines[i].text);
  if (cells.empty()) return out;
  const int page = text.lines[i].page;
  // Several names, roles on the next line.
  if (cells.size() >= 2) {
    bool names = true;
    for (const std::string& c : cells) names = names && IsPersonName(c);
    const int next = NextLine(text, i, end);
    if (names && next >= 0) {
      const std::vector<std::string> roles = LineCells(text.lines[next].text);
      bool role_row = roles.size() == cells.size();
      for (const std::string& r : roles) {
        role_row = role_row && !CanonicalRole(r).empty();
      }
      if (role_row) {
        for (size_t k = 0; k < cells.size(); ++k) {
          out.push_back(
              {cells[k], CanonicalRole(roles[k]), body, "", "", page});
        }
        *consumed_to = next;
        return out;
      }
    }
  }
  // Two entries or more a line, each cell a name with what its comma or
  // parentheses add ("Ingrid Ahl (S), ordf., Region Kustlandet   Stefan
  // Rydén (M), v. ordf., Ösby kommun"): a person a cell.
  if (cells.size() >= 2) {
    std::vector<NameWithTail> entries;
    for (const std::string& c : cells) {
      NameWithTail e = SplitNameTail(c);
      if (e.name.empty() || (e.role.empty() && e.organisation.empty() &&
                             e.appointed_by.empty())) {
        entries.clear();
        break;
      }
      entries.push_back(std::move(e));
    }
    for (const NameWithTail& e : entries) {
      const bool audit = std::string(body) == "revision";
      const std::string role = !e.role.empty() ? e.role
                               : audit         ? "Revisor"
                                               : "Ledamot";
      out.push_back({e.name, role, BodyOfRole(role), e.organisation,
                     e.appointed_by, page});
    }
    if (!out.empty()) return out;
  }
  // One person a line: a name cell, role cells, an organisation cell.
  std::vector<std::string> names;
  std::string role, organisation, appointed_by, prefix_role;
  std::string role_cells;
  bool tail_role = false;  // a comma after the name gave the role
  for (const std::string& c : cells) {
    std::string cell_role;
    // "Per Ek/ Eva Sand Berg": a member and their substitute share a row.
    std::vector<std::string> parts;
    for (size_t b = 0; b <= c.size();) {
      size_t e = c.find('/', b);
      if (e == std::string::npos) e = c.size();
      parts.emplace_back(Trim(c.substr(b, e - b)));
      b = e + 1;
    }
    std::vector<std::string> cell_names;
    for (const std::string& part : parts) {
      const std::string n = NameInCell(part, &cell_role);
      if (!n.empty()) cell_names.push_back(n);
    }
    if (names.empty() && cell_names.size() == parts.size()) {
      if (cell_names.size() == 1) cell_names = SplitJoinedNames(cell_names[0]);
      names = cell_names;
      prefix_role = cell_role;
      continue;
    }
    // "Lars Berg, Nora kommun", "Maria Lindqvist, ordförande", "Olle
    // Nord, utsedd av staten": what the comma adds is the person's.
    const NameWithTail tail = SplitNameTail(c);
    if (names.empty() && !tail.name.empty()) {
      names = {tail.name};
      if (!tail.role.empty()) {
        role_cells += (role_cells.empty() ? "" : " ") + tail.role;
        tail_role = true;
      }
      if (!tail.organisation.empty()) organisation = tail.organisation;
      appointed_by = tail.appointed_by;
      continue;
    }
    if (!CanonicalRole(c).empty()) {
      role_cells += (role_cells.empty() ? "" : " ") + c;
    } else if (organisation.empty() && c.size() < 60) {
      organisation = c;
    }
  }
  if (names.empty()) return out;
  // "Ledamot  Ordförande": the most specific role wins (CanonicalRole
  // tries them in that order).
  role = CanonicalRole(role_cells);
  if (role.empty()) role = prefix_role;
  // "Olle Nord, utsedd av staten" under "Revisorer": who appointed them
  // says what they are.
  if (role.empty() && !appointed_by.empty()) {
    role = std::string(body) == "revision" ? "Revisor" : "Ledamot";
  }
  if (role.empty()) return out;
  // A line that is a sentence is not a list row; a name with who appointed
  // them or its role after a comma is one ("Karin Lund, ordförande (S),
  // Region Norrby").
  if (cells.size() == 1 && prefix_role.empty() && appointed_by.empty() &&
      !tail_role) {
    return out;
  }
  for (const std::string& n : names) {
    Person p{n, role, body, organisation, appointed_by, page};
    // An auditor's or the office's role says whose the person is:
    // "Förbundschef har varit Sofia Wallin" under "Revisorer", an auditor
    // under "Styrelsen". A board's role word does not: "suppleant" under
    // "Revisorer" is the auditors' deputy (Lindh 2011).
    const std::string role_body = BodyOfCanonicalRole(role);
    if (role_body == "revision" || role_body == "kansli") p.body = role_body;
    out.push_back(p);
  }
  return out;
}

// Auditors named in a sentence, each with the body that appointed them
// when printed beside the name: "Olle Nord - staten, Maria Ås - Region
// Örebro län och Per Ek (kommunerna)".
void AddAuditorsInSentence(const std::string& sentence, int page,
                           std::vector<Person>* people) {
  static const RE2 kSplit(R"(,\s+|;\s+|\s+och\s+)");
  std::string parts = sentence;
  RE2::GlobalReplace(&parts, kSplit, "\n");
  static const RE2 kDash(R"(^\s*(.*?\S)\s+[-–]\s+(.+?)\.?\s*$)");
  static const RE2 kParen(R"(^\s*(.*?\S)\s*\(([^)]+)\)\.?\s*$)");
  for (size_t b = 0; b < parts.size();) {
    size_t e = parts.find('\n', b);
    if (e == std::string::npos) e = parts.size();
    const std::string part = parts.substr(b, e - b);
    b = e + 1;
    std::string who, by;
    if (!RE2::FullMatch(part, kDash, &who, &by) &&
        !RE2::FullMatch(part, kParen, &who, &by)) {
      who = part;
      by.clear();
    }
    for (const std::string& name : NamesInProse(" " + who)) {
      Person p{name, "Revisor", "revision", "", "", page};
      // Only the name printed last before the dash gets the body after it
      // ("Revisorer Olle Nord - staten"); a role there is no body.
      const std::string fw = Fold(who), fn = Fold(name);
      const bool last = fw.size() >= fn.size() &&
                        fw.compare(fw.size() - fn.size(), fn.size(), fn) == 0;
      if (last && !by.empty() && by.size() < 50 && CanonicalRole(by).empty()) {
        p.appointed_by = by;
      }
      AddPerson(people, p);
    }
  }
}

// How far below a "För styrelsen" line or a names row their name or
// roles may be: scribbles of the signature take a few lines on a scan.
constexpr int kSignatureLookahead = 6;

// Names read under a signature take the spelling the document prints
// elsewhere (a table, a list, a sentence) when that is the same name with
// a few OCR letter errors: "Tore Gyfenius" under the audit report is "Tore
// Gurenius" of the election list. The nearest printed name wins; a tie
// changes nothing.
void CorrectSignedNames(const RecordText& text,
                        const std::set<int>& signature_rows,
                        const std::set<std::string>& signed_names,
                        std::vector<Person>* people) {
  if (signed_names.empty()) return;
  std::set<std::string> printed;
  static const RE2 kParen(R"(\s*\([^)]*\)?)");
  for (int i = 0; i < static_cast<int>(text.lines.size()); ++i) {
    if (signature_rows.count(i)) continue;
    for (std::string cell : LineCells(text.lines[i].text)) {
      RE2::GlobalReplace(&cell, kParen, "");
      cell = StripEdgeMarks(cell);
      if (IsPersonName(cell)) {
        printed.insert(cell);
      } else {
        for (const std::string& n : NamesInProse(" " + cell)) printed.insert(n);
      }
    }
  }
  std::vector<Person> corrected;
  for (Person p : *people) {
    const std::string folded = Fold(p.name);
    // The printed spelling of the same folded name: OCR changes letters
    // that folding drops, and a signature over the name makes it likelier
    // ("Johän Åkesson" under the Ekbacka scan's signature, "Johan
    // Åkesson" in its board table). One spelling only; two leave it.
    bool exact = false;
    std::set<std::string> spellings;
    for (const std::string& n : printed) {
      if (n == p.name) {
        exact = true;
      } else if (Fold(n) == folded) {
        spellings.insert(n);
      }
    }
    if (signed_names.count(folded) && !exact && spellings.size() == 1) {
      p.name = *spellings.begin();
    } else if (signed_names.count(folded) && !exact && spellings.empty()) {
      int best = -1;
      std::string best_name;
      bool tie = false;
      for (const std::string& n : printed) {
        const int d = NameDistance(p.name, n);
        if (d < 0) continue;
        if (best < 0 || d < best) {
          best = d;
          best_name = n;
          tie = false;
        } else if (d == best && Fold(n) != Fold(best_name)) {
          tie = true;
        }
      }
      if (best >= 0 && !tie) p.name = best_name;
    }
    AddPerson(&corrected, p);
  }
  *people = std::move(corrected);
}

// Lines an election committee's proposal covers ("Valberedningens förslag
// till val av styrelse", brf-sjotungan 2024's meeting package): from the
// line that says so to the end of its page, at most kMaxProposalLines
// (that proposal runs 35 lines). The people listed there are nominees,
// not the board: their body is "other".
constexpr size_t kMaxProposalLines = 60;

std::vector<bool> ProposalLines(const RecordText& text) {
  static const RE2 kProposal(
      R"(\bvalberedning\w*\s+forslag\b|\bforslag\s+till\s+(?:val|nyval|omval|ny\s+styrelse)\b)");
  std::vector<bool> out(text.lines.size(), false);
  for (size_t i = 0; i < text.lines.size(); ++i) {
    if (!RE2::PartialMatch(Fold(text.lines[i].text), kProposal)) continue;
    const int page = text.lines[i].page;
    for (size_t k = i; k < text.lines.size() && k < i + kMaxProposalLines &&
                       text.lines[k].page == page;
         ++k) {
      out[k] = true;
    }
  }
  return out;
}

// Pages an audit report may run from its heading's page on: brf-sjotungan
// 2024's signatures stand on its second page. A meeting package goes on
// with other documents whose tables name people over roles.
constexpr int kMaxAuditReportPages = 3;
// Lines, for a text whose pages are not known: brf-sjotungan 2024's report
// runs 160 from its heading to its signatures.
constexpr int kMaxAuditReportLines = 250;

// Auditors an audit report names under its text: records/audit_report.h
// reads the signature block of the text from each "Revisionsberättelse"
// heading on, to kMaxAuditReportPages or an election committee's proposal;
// and the names under an endorsement ("Revisorspåteckning", "Vår
// revisionsberättelse har lämnats den ..."), within kSignatureLookahead
// lines.
//
// A signature there is a scan's scribble over the printed name as often as
// not, and OCR reads it as capitalised words ("Yeua Iucubooh" above "Av
// HSB Riksförbund utsedd revisor", brf-sjotungan 2012): a name read there
// needs a known first name or a second printing in the document.
void AddAuditReportSigners(const RecordText& text,
                           const std::vector<bool>& proposal,
                           std::vector<Person>* people,
                           std::vector<PrintedSignature>* printed) {
  // The names as printed under the report, for the signers to be matched
  // to (records/signer_match.h): the auditors' own, not the board's.
  const auto add_printed = [printed](const std::string& name,
                                     const std::string& under) {
    for (const PrintedSignature& p : *printed) {
      if (Fold(p.name) == Fold(name)) return;
    }
    printed->push_back({name, "", under});
  };
  std::string folded = " ";
  for (const Line& l : text.lines) folded += Fold(l.text) + " ";
  const auto evidence = [&](const std::string& name) {
    const std::string key = " " + Fold(name) + " ";
    const size_t first = folded.find(key);
    return IsKnownFirstName(name.substr(0, name.find(' '))) ||
           (first != std::string::npos &&
            folded.find(key, first + 1) != std::string::npos);
  };
  static const RE2 kEndorsement(
      R"(^revisorspateckning$|revisionsberattelse\s+har\s+(?:lamnats|avgivits|avlamnats|overlamnats))");
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    const std::vector<std::string> cells = LineCells(text.lines[i].text);
    if (cells.empty()) continue;
    if (IsAuditReportHeading(text.lines[i].text)) {
      std::string report;
      int pages = 1;
      for (int k = i; k < n && k - i < kMaxAuditReportLines && !proposal[k];
           ++k) {
        if (k > i && text.lines[k].page != text.lines[k - 1].page) {
          if (++pages > kMaxAuditReportPages) break;
          report += '\f';
        }
        report += text.lines[k].text + "\n";
      }
      for (const AuditSigner& s : ReadAuditReport(report).auditors) {
        if (!evidence(s.name)) continue;
        const std::string role = CanonicalRole(s.role);
        // Its appointing body is left out: the reader pairs a names row
        // with a roles row by order, not by column, and a firm's cell in
        // that row shifts it (brf-sjotungan 2024 gave the HSB auditor
        // "föreningen").
        AddPerson(people, {s.name, role.empty() ? "Revisor" : role, "revision",
                           s.firm, "", text.lines[i].page});
        add_printed(s.name, s.role);
      }
      continue;
    }
    if (cells.size() != 1 ||
        !RE2::PartialMatch(Fold(cells.front()), kEndorsement)) {
      continue;
    }
    const int end = std::min(n, i + kSignatureLookahead + 1);
    for (int k = NextLine(text, i, end); k >= 0; k = NextLine(text, k, end)) {
      const std::vector<std::string> names =
          SignatureRowNames(WithoutWordMarks(text.lines[k].text));
      if (names.empty()) continue;
      for (const std::string& name : names) {
        if (!evidence(name)) continue;
        AddPerson(people,
                  {name, "Revisor", "revision", "", "", text.lines[k].page});
        add_printed(name, "");
      }
      break;
    }
  }
}

// The office's staff under a "Kansli" heading, one a line: "Nils-Erik
// Pålsson, förbundschef", "Amira Johansson | processledare"; the title as
// printed when no role word reads it. The list ends at the first line that
// is no name with a short title.
constexpr size_t kMaxStaffTitleBytes = 40;

void AddStaffLists(const RecordText& text, std::vector<Person>* people) {
  static const RE2 kStaffHeading(R"(^(?:kansli|kansliet|forbundets kansli)$)");
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    if (!RE2::FullMatch(Fold(text.lines[i].text), kStaffHeading)) continue;
    for (int k = i + 1; k < n; ++k) {
      const std::string line(Trim(text.lines[k].text));
      std::vector<std::string> cells = LineCells(line);
      const size_t comma = line.find(", ");
      if (cells.size() == 1 && comma != std::string::npos) {
        cells = {line.substr(0, comma), line.substr(comma + 2)};
      }
      std::string unused;
      if (cells.size() != 2 || cells[1].size() > kMaxStaffTitleBytes ||
          NameInCell(cells[0], &unused) != cells[0]) {
        break;
      }
      const std::string role = CanonicalRole(cells[1]);
      AddPerson(people, {cells[0], role.empty() ? cells[1] : role, "kansli", "",
                         "", text.lines[k].page});
    }
  }
}

}  // namespace

std::string CanonicalRole(const std::string& printed) {
  const std::string folded = Fold(printed);
  std::vector<std::string> words;
  size_t start = 0;
  while (start < folded.size()) {
    size_t sp = folded.find(' ', start);
    if (sp == std::string::npos) sp = folded.size();
    words.push_back(folded.substr(start, sp - start));
    start = sp + 1;
  }
  // A role word, exactly or with an OCR letter error ("Ordférande").
  auto has = [&](const std::string& w) {
    const size_t n =
        static_cast<size_t>(std::count(w.begin(), w.end(), ' ')) + 1;
    for (size_t i = 0; i + n <= words.size(); ++i) {
      std::string window = words[i];
      for (size_t k = 1; k < n; ++k) window += " " + words[i + k];
      if (window == w || FoldedNear(window, w)) return true;
    }
    return false;
  };
  struct RoleWord {
    const char* folded;
    const char* role;
  };
  static const RoleWord kRoles[] = {
      {"vice ordforande", "Vice ordförande"},
      {"v ordforande", "Vice ordförande"},
      {"vice ordf", "Vice ordförande"},
      {"v ordf", "Vice ordförande"},
      {"ordforande", "Ordförande"},
      {"ordf", "Ordförande"},
      {"kassor", "Kassör"},
      {"sekreterare", "Sekreterare"},
      {"sekr", "Sekreterare"},
      {"forbundschef", "Förbundschef"},
      {"verkstallande direktor", "Verkställande direktör"},
      {"adjungerad", "Adjungerad"},
      {"ersattare", "Ersättare"},
      {"ers", "Ersättare"},
      {"styrelsesuppleant", "Suppleant"},
      {"suppleant", "Suppleant"},
      {"suppl", "Suppleant"},
      {"styrelseledamot", "Ledamot"},
      {"ledamot", "Ledamot"},
      {"led", "Ledamot"},
      {"auktoriserad revisor", "Auktoriserad revisor"},
      {"fortroendevald revisor", "Förtroendevald revisor"},
      {"lekmannarevisor", "Lekmannarevisor"},
      {"internrevisor", "Revisor"},
      {"revisorssuppleant", "Revisorssuppleant"},
      {"revisor", "Revisor"},
  };
  for (const RoleWord& r : kRoles) {
    if (has(r.folded)) return r.role;
  }
  return "";
}

bool IsPersonName(const std::string& raw) {
  const std::string text(Trim(raw));
  static const RE2 kName(
      R"(^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:von|af|de|van|der)\s+)?\p{Lu}[\p{L}'’-]+){1,3}$)");
  if (text.size() > 60 || !RE2::FullMatch(text, kName)) return false;
  if (!CanonicalRole(text).empty()) return false;
  static const std::set<std::string> kNotNames = {"region",
                                                  "kommun",
                                                  "kommunerna",
                                                  "samordningsforbundet",
                                                  "finsam",
                                                  "styrelsens",
                                                  "revisionens",
                                                  "vi",
                                                  "den",
                                                  "det",
                                                  "summa",
                                                  "not",
                                                  "arsredovisningen",
                                                  "arbetsformedlingen",
                                                  "forsakringskassan",
                                                  "signature",
                                                  "company",
                                                  "authentication",
                                                  "signed",
                                                  "dokument",
                                                  "brf",
                                                  "org",
                                                  "sida"};
  const std::string f = Fold(text);
  size_t sp = f.find(' ');
  const std::string first = f.substr(0, sp);
  if (kNotNames.count(first)) return false;
  // "KPMG Malmö", "HSB Stockholm": an acronym opening a name in lower case
  // letters is a firm's (three capitals at least: two may be a scribble
  // before a signed name, "JP Viktor Bergqvxst"). A name all in capitals
  // ("KARLA ORTEGA VASQUEZ", an e-ID's) is a name.
  // Its genitive too: "HSBs Riksförbund".
  static const RE2 kAcronymFirst(R"(^\p{Lu}{3,}s?\s.*\p{Ll})");
  if (RE2::PartialMatch(text, kAcronymFirst)) return false;
  // "Åkers ON" (OCR of a signature, Lindh 2011): a word of two or three
  // capitals after the first, in a name otherwise in lower case letters,
  // is a fragment or an abbreviation, never a surname.
  static const RE2 kShortCapitalsLater(R"(\s\p{Lu}{2,3}(?:\s|$))");
  static const RE2 kLower(R"(\p{Ll})");
  if (RE2::PartialMatch(text, kShortCapitalsLater) &&
      RE2::PartialMatch(text, kLower)) {
    return false;
  }
  // A function word or an English word opens a sentence or a title, not a
  // name ("The Seniors Board", "Enligt Ingrids", "Eftersom John Mattson"),
  // unless it is a first name too ("Per Ek", "Hans Berg").
  const std::string opener = text.substr(0, text.find_first_of(" \t"));
  if (NeverOpensName(opener) && !IsKnownFirstName(opener)) return false;
  const std::string last = f.substr(f.rfind(' ') + 1);
  static const std::set<std::string> kNotLast = {"kommun", "lan", "ab",
                                                 "region", "underskrift"};
  if (kNotLast.count(last)) return false;
  // A table header is capitalised word by word too ("Åtagande
  // Måluppfyllelse Kommentar"): no part of a name is a noun formed with
  // -else, -het, -tion, -skap, or a long -ning/-ande/-ende.
  for (size_t b = 0; b < f.size();) {
    size_t e = f.find(' ', b);
    if (e == std::string::npos) e = f.size();
    const std::string word = f.substr(b, e - b);
    const auto ends = [&](const char* suffix, size_t min_size) {
      const size_t n = std::strlen(suffix);
      return word.size() >= min_size && word.size() >= n &&
             word.compare(word.size() - n, n, suffix) == 0;
    };
    if (ends("else", 6) || ends("het", 6) || ends("heter", 7) ||
        ends("tion", 6) || ends("skap", 6) || ends("ning", 9) ||
        ends("ningar", 9) || ends("ande", 7) || ends("ende", 7) ||
        ends("kommentar", 9)) {
      return false;
    }
    b = e + 1;
  }
  return true;
}

PeopleResult ExtractPeople(const RecordText& text, const SectionTree& sections,
                           const std::optional<VismaSignaturePage>& visma) {
  PeopleResult out;
  // Lines read as signature rows, and the names read there: a signature
  // drawn over a printed name garbles it on a scan.
  std::set<int> signature_rows;
  std::set<std::string> signed_names;
  // Signed names a names row vouches for (see below).
  std::set<std::string> vouched;
  // Board signature blocks.
  for (const Section* s : sections.FindAll(SectionKind::kBoardSignatures)) {
    for (int i = s->line + 1; i < s->end_line; ++i) {
      const std::string line(Trim(text.lines[i].text));
      if (line.empty()) continue;
      // The Visma page that may follow is not part of the printed block,
      // nor an audit report the section runs on into.
      if (IsVismaPageMarker(line) || IsEvidencePageMarker(line) ||
          IsAuditReportHeading(line)) {
        break;
      }
      static const RE2 kMethod(R"((?i)^.*signeras\s+digitalt.*$)");
      if (out.printed.method.empty() && RE2::FullMatch(line, kMethod)) {
        out.printed.method = line;
      }
      const std::vector<std::string> cells = LineCells(text.lines[i].text);
      const int next = NextLine(text, i, s->end_line);
      if (cells.size() >= 2) {
        // Names in one row, roles in the next; on a scan, scribbles of the
        // signatures between them.
        const std::vector<std::string> names =
            SignatureRowNames(text.lines[i].text);
        if (names.empty() || next < 0) continue;
        // Roles printed under only some names ("Peter Andersson  Fredrik
        // Andersson" / "Styrelseordförande") cannot be told apart: the
        // names count, their roles come from the board list if any.
        std::vector<UnderName> under;
        std::vector<std::string> roles;
        const int last =
            ReadLinesUnder(text, i, s->end_line, names.size(), &under, &roles);
        if (last < 0) roles.assign(names.size(), "");
        for (size_t k = 0; k < names.size(); ++k) {
          // Two names or more in one row: the row is a names row, its
          // structure the evidence ("Albin Ullmark  Quang Vu").
          if (names.size() >= 2) vouched.insert(Fold(names[k]));
          // The role line as printed, when it prints a role.
          out.printed.board.push_back(
              {names[k], CanonicalRole(roles[k]).empty() ? "" : roles[k], ""});
          Person p{names[k], "", "styrelse", "", "", text.lines[i].page};
          AddUnderName(under[k], &p);
          AddPerson(&out.people, p);
          signed_names.insert(Fold(names[k]));
        }
        signature_rows.insert(i);
        if (last >= 0) i = last;
        continue;
      }
      const std::string name = StripEdgeMarks(line);
      if (!IsPersonName(name)) continue;
      signature_rows.insert(i);
      signed_names.insert(Fold(name));
      std::vector<UnderName> under;
      std::vector<std::string> lines_under;
      const int last =
          ReadLinesUnder(text, i, s->end_line, 1, &under, &lines_under);
      out.printed.board.push_back(
          {name,
           last >= 0 && !CanonicalRole(lines_under.front()).empty()
               ? lines_under.front()
               : "",
           ""});
      Person p{name, "", "styrelse", "", "", text.lines[i].page};
      AddUnderName(under.front(), &p);
      AddPerson(&out.people, p);
      if (last >= 0) i = last;
    }
  }
  // Outside any heading: a row of names over a row of their roles, one a
  // cell ("Tore Gurenius  Piotr Rogowski" / "Revisor  Revisorssuppleant"
  // under an audit report), and the name under "För styrelsen" (the
  // chair signing a notice or a comment for the board).
  for (int i = 0; i < static_cast<int>(text.lines.size()); ++i) {
    const std::string line(Trim(text.lines[i].text));
    if (line.empty() || signature_rows.count(i)) continue;
    const int end = std::min(static_cast<int>(text.lines.size()),
                             i + kSignatureLookahead + 1);
    static const RE2 kForBoard(R"((?i)^för\s+styrelsen\b.{0,20}$)");
    if (RE2::FullMatch(LineCells(line).front(), kForBoard)) {
      for (int k = NextLine(text, i, end); k >= 0; k = NextLine(text, k, end)) {
        const std::string name = StripEdgeMarks(text.lines[k].text);
        if (!IsPersonName(name)) continue;
        const int r = NextLine(text, k, end);
        const std::string role =
            r >= 0 ? CanonicalRole(std::string(Trim(text.lines[r].text))) : "";
        const char* body = BodyOfCanonicalRole(role);
        if (role.empty() || std::string(body) == "styrelse") {
          AddPerson(&out.people,
                    {name, role, "styrelse", "", "", text.lines[k].page});
          signature_rows.insert(k);
          signed_names.insert(Fold(name));
        }
        break;
      }
      continue;
    }
    // Under a place and date ("Forsby den 20 februari 2025"), the rows of
    // names that sign, one to three a row, each name over the lines that
    // say what they are (ReadLinesUnder): a signature block with no
    // heading, the board known only from it.
    const std::optional<PlaceDate> place_date = ReadPlaceDate(line);
    if (place_date && !place_date->place.empty()) {
      const int n = static_cast<int>(text.lines.size());
      int from = i;
      for (int k = NextLine(text, from, n);
           k >= 0 && k <= from + kSignatureLookahead;
           k = NextLine(text, k, n)) {
        const std::vector<std::string> names =
            SignatureRowNames(text.lines[k].text);
        if (names.empty() || signature_rows.count(k)) continue;
        std::vector<UnderName> under;
        std::vector<std::string> printed;
        const int last =
            ReadLinesUnder(text, k, n, names.size(), &under, &printed);
        if (last < 0) break;
        for (size_t c = 0; c < names.size(); ++c) {
          // A name alone in its row needs a known first name: OCR reads a
          // signature's strokes as capitalised words ("Yeua Iucubooh" over
          // "Av HSB Riksförbund utsedd revisor").
          if (names.size() == 1 &&
              !IsKnownFirstName(names[c].substr(0, names[c].find(' ')))) {
            continue;
          }
          Person p{names[c], "", "styrelse", "", "", text.lines[k].page};
          AddUnderName(under[c], &p);
          // A firm under a name with no role: an auditor's firm or a
          // company's signatory, no board member.
          if (p.role.empty() && IsAuditFirm(p.organisation)) continue;
          if (!p.role.empty() && *BodyOfCanonicalRole(p.role) == '\0') {
            continue;
          }
          AddPerson(&out.people, p);
          signed_names.insert(Fold(names[c]));
        }
        signature_rows.insert(k);
        from = k = last;
      }
      continue;
    }
    // A row of two signers or more whose names the text layer joined with
    // the line under each ("Eva Norberg (S) ordförande, Skarviks kommun |
    // Lars Ek (M) vice ordförande, Region Skarvik"): a cell each.
    const std::vector<std::string> cells = LineCells(line);
    std::vector<Person> signed_cells;
    for (const std::string& cell : cells) {
      std::string name;
      UnderName under;
      if (cells.size() < 2 || !ReadSignedCell(cell, &name, &under)) {
        signed_cells.clear();
        break;
      }
      Person p{name, "", "styrelse", "", "", text.lines[i].page};
      AddUnderName(under, &p);
      signed_cells.push_back(p);
    }
    if (!signed_cells.empty()) {
      for (const Person& p : signed_cells) {
        AddPerson(&out.people, p);
        signed_names.insert(Fold(p.name));
      }
      signature_rows.insert(i);
      continue;
    }
    // Two names at least: one name over one role is any list's line.
    const std::vector<std::string> names = SignatureRowNames(line);
    if (names.size() < 2) continue;
    std::vector<UnderName> under;
    std::vector<std::string> roles;
    const int last = ReadLinesUnder(text, i, end, names.size(), &under, &roles);
    if (last < 0 || !std::all_of(roles.begin(), roles.end(), [](const auto& r) {
          return !CanonicalRole(r).empty();
        })) {
      continue;
    }
    for (size_t k = 0; k < names.size(); ++k) {
      const char* body = BodyOfCanonicalRole(under[k].role);
      if (*body == '\0') continue;
      Person p{names[k], "", body, "", "", text.lines[i].page};
      AddUnderName(under[k], &p);
      AddPerson(&out.people, p);
      signed_names.insert(Fold(names[k]));
    }
    signature_rows.insert(i);
    i = last;
  }
  // Auditors' signature blocks: a name over "KPMG, utsedd av staten".
  for (const Section* s : sections.FindAll(SectionKind::kAuditorSignatures)) {
    for (int i = s->line + 1; i < s->end_line; ++i) {
      const std::string line(Trim(text.lines[i].text));
      if (IsVismaPageMarker(line) || IsEvidencePageMarker(line)) break;
      static const RE2 kMethod(R"((?i)^.*signeras\s+digitalt.*$)");
      if (RE2::FullMatch(line, kMethod)) {
        if (out.printed.method.find(" / ") == std::string::npos &&
            !out.printed.method.empty()) {
          // "... av styrelsens ledamöter." + " / av förbundets revisorer."
          static const RE2 kTail(R"((?i)^.*?signeras\s+digitalt\s+(.*)$)");
          std::string tail;
          if (RE2::FullMatch(line, kTail, &tail)) {
            std::string m = out.printed.method;
            if (!m.empty() && m.back() == '.') m.pop_back();
            out.printed.method = m + " / " + tail;
          }
        } else if (out.printed.method.empty()) {
          out.printed.method = line;
        }
        continue;
      }
      if (!IsPersonName(line)) continue;
      const int next = NextLine(text, i, s->end_line);
      Person p;
      p.name = line;
      p.body = "revision";
      p.role = "Revisor";
      p.page = text.lines[i].page;
      std::string as_printed;
      if (next >= 0 && next <= i + 3 &&
          !IsPersonName(std::string(Trim(text.lines[next].text)))) {
        as_printed = std::string(Trim(text.lines[next].text));
        static const RE2 kAppointed(
            R"((?i)^(?:(.*?),\s*)?utsedd\s+av\s+(.+?)\.?$)");
        std::string org, by;
        if (RE2::FullMatch(as_printed, kAppointed, &org, &by)) {
          p.appointed_by = by;
          if (!org.empty() && CanonicalRole(org).empty()) p.organisation = org;
          const std::string r = CanonicalRole(org);
          if (!r.empty()) p.role = r;
        } else {
          const std::string r = CanonicalRole(as_printed);
          if (!r.empty()) {
            p.role = r;
          } else if (as_printed.size() < 50) {
            p.organisation = as_printed;
          }
        }
        i = next;
      }
      out.printed.auditors.push_back({line, "", as_printed});
      AddPerson(&out.people, p);
    }
  }
  const std::vector<bool> proposal = ProposalLines(text);
  // Lists under "Styrelse" / "Revisorer": one person a line, the cells in
  // any order (name, member organisation, role), or several names a line
  // with their roles on the line below.
  for (SectionKind kind : {SectionKind::kBoard, SectionKind::kAuditors}) {
    const char* body = kind == SectionKind::kBoard ? "styrelse" : "revision";
    for (const Section* s : sections.FindAll(kind)) {
      bool previous_row = false;  // the line before gave a person
      // A paragraph that speaks of the auditors ("Föreningens revisor har
      // varit ..."), from its line that says so to its full stop: only
      // there does prose under the heading name auditors. A section runs
      // to the next heading it knows, over other paragraphs (the nominating
      // committee, motions, "Årets Resultat efter finansiella poster ...",
      // brf-imatra-2013). The heading says "Revisorer": the lines right
      // under it do too.
      bool auditor_paragraph = true;
      // The columns of a board table's header row above, while its rows
      // line up with it.
      std::vector<BoardTableColumn> table;
      for (int i = s->line + 1; i < s->end_line; ++i) {
        const std::string line(Trim(text.lines[i].text));
        if (line.empty()) {
          auditor_paragraph = false;
          continue;
        }
        // "Valberedning", "Firmatecknare": another body's list begins, and
        // the section runs on only because the extractor knows no such
        // heading (Lindh 2011: "Revisorer", then "Valberedning" and names).
        static const RE2 kOtherBody(
            R"(^(?:valbered|firmateck|fullmaktig|kansli)\w*(?:\s\w+){0,3}$)");
        if (RE2::FullMatch(Fold(line), kOtherBody)) break;
        // An election committee's proposal under the heading names
        // nominees, not the board: ReadBoardLists reads them as such.
        if (proposal[i]) continue;
        if (kind == SectionKind::kBoard) {
          std::vector<BoardTableColumn> header = BoardTableHeader(line);
          if (ReadsByColumn(header)) {
            table = std::move(header);
            continue;
          }
          // A row none of whose cells is a name is read as a list row
          // below; the table ends where no row of people does.
          const std::vector<Person> row =
              BoardTableRow(table, line, body, text.lines[i].page);
          for (const Person& p : row) AddPerson(&out.people, p);
          if (!row.empty()) {
            previous_row = true;
            continue;
          }
        }
        const std::vector<Person> row = ListRow(text, i, s->end_line, body, &i);
        for (const Person& p : row) AddPerson(&out.people, p);
        if (!row.empty()) {
          previous_row = true;
          continue;
        }
        const std::vector<std::string> cells = LineCells(line);
        // A row of the list whose role the vocabulary lacks ("Roland
        // Lytterstedt   ek. ansvarig"): the row before it vouches that
        // this is the list; the role stays as printed.
        if (previous_row && cells.size() == 2 && IsPersonName(cells[0]) &&
            cells[1].size() < 40 && StartsLower(cells[1])) {
          AddPerson(&out.people,
                    {cells[0], cells[1], body, "", "", text.lines[i].page});
          continue;
        }
        previous_row = false;
        table.clear();
        // Auditors in prose: "Revisor har varit Alfonso Morales med Karna
        // Henseby som suppleant", "Revisorer Olle Nord - staten, ...".
        if (kind == SectionKind::kAuditors && cells.size() == 1) {
          static const RE2 kAuditorWord(R"((?i)revis|suppleant)");
          auditor_paragraph =
              auditor_paragraph || RE2::PartialMatch(line, kAuditorWord);
          if (auditor_paragraph) {
            AddAuditorsInSentence(line, text.lines[i].page, &out.people);
          }
          if (line.back() == '.') auditor_paragraph = false;
        }
      }
    }
  }
  // Auditors named in a sentence outside any list: "Revisor har varit
  // Alfonso Morales med …", "Föreningens revisorer är Olle Nord och …".
  static const RE2 kAuditorClause(
      R"((?i)(?:^|[^\p{L}])revisor(?:er|n|erna)?\s+(?:har\s+(?:\p{L}+\s+){0,2}varit|har\s+utgjorts\s+av|är|var|utsedd[a]?\s+av\s+\S+\s+är)\s+(.*)$)");
  // "Revisorer Olle Nord - staten, Maria Ås - Region Örebro län": a line
  // that opens with the word and goes on with names.
  static const RE2 kAuditorLead(
      R"(^\s*(?:[Rr]evisorer(?:na)?|REVISORER)\s*:?\s+(\p{Lu}.*)$)");
  for (const Line& l : text.lines) {
    std::string rest;
    if (!RE2::PartialMatch(l.text, kAuditorClause, &rest) &&
        !RE2::FullMatch(l.text, kAuditorLead, &rest)) {
      continue;
    }
    AddAuditorsInSentence(rest, l.page, &out.people);
  }
  // "Förbundschef Anna Berg", "förbundschef: Anna Berg", "Förbundschef
  // har varit Helena Rask".
  static const RE2 kChief(
      R"((?:^|[^\p{L}])[Ff]örbundschef(?:en)?\s*[:,]?\s+(?:är\s+|var\s+|har\s+(?:\S+\s+){0,3}?varit\s+)?(\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}-]+){1,2}))");
  for (const Line& l : text.lines) {
    std::string name;
    if (RE2::PartialMatch(l.text, kChief, &name) && IsPersonName(name)) {
      AddPerson(&out.people, {name, "Förbundschef", "kansli", "", "", l.page});
    }
  }
  AddStaffLists(text, &out.people);
  ReadBoardLists(text, proposal, &out.people);
  for (const Person& p : PeopleInProse(text, proposal)) {
    AddPerson(&out.people, p);
  }
  AddAuditReportSigners(text, proposal, &out.people, &out.printed.auditors);
  CorrectSignedNames(text, signature_rows, signed_names, &out.people);
  // A name read alone under a signature, with no role printed under it and
  // no known first name, has nothing to say it is
  // a person: OCR reads a signature's strokes as capitalised words too
  // ("Uosstru Modlimumv", Lindh 2013). Printed elsewhere, it is one.
  std::string elsewhere = " ";
  for (int i = 0; i < static_cast<int>(text.lines.size()); ++i) {
    if (!signature_rows.count(i)) elsewhere += Fold(text.lines[i].text) + " ";
  }
  std::erase_if(out.people, [&](const Person& p) {
    const std::string folded = Fold(p.name);
    return signed_names.count(folded) && !vouched.count(folded) &&
           p.role.empty() &&
           !IsKnownFirstName(p.name.substr(0, p.name.find(' '))) &&
           elsewhere.find(" " + folded + " ") == std::string::npos;
  });
  if (visma) {
    for (const VismaSigner& s : visma->signers) {
      // The real page gives only the e-ID's legal name, no role: the
      // signer is in `signatures`, matched to the printed names there.
      if (s.role.empty()) continue;
      const std::string role = CanonicalRole(s.role);
      Person p;
      p.name = s.name;
      p.role = role.empty() ? s.role : role;
      p.body = IsBoardRole(role)                          ? "styrelse"
               : role.find("evisor") != std::string::npos ? "revision"
               : role == "Förbundschef"                   ? "kansli"
                                                          : "other";
      p.page = visma->page;
      AddPerson(&out.people, p);
    }
  }
  return out;
}

}  // namespace finsam::records
