#include "records/people_prose.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>

#include "base/text.h"
#include "records/first_names.h"
#include "records/person_cells.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

// A sentence of running text with the line it starts on.
struct Sentence {
  std::string text;
  int line = 0;
  int last = 0;  // the line it ends on
};

// Words a period follows inside a sentence ("v. ordf.", "bitr. förbundschef",
// "t.o.m."): no sentence ends there.
bool IsAbbreviation(const std::string& word) {
  static const std::set<std::string> kAbbreviations = {
      "ordf", "v",  "bitr", "resp", "ca", "t", "o",   "m",     "f",
      "d",    "bl", "a",    "dvs",  "fl", "s", "adj", "suppl", "ers"};
  return kAbbreviations.count(Fold(word)) > 0;
}

// Letters the definite forms add to a role's words: "auktoriserade
// revisorn" for "auktoriserad revisor".
constexpr int kMaxRoleArticleLetters = 2;

// Who a sentence's list names, from its lead or label.
struct ListKind {
  const char* body = "";  // "styrelse", "revision", "other"
  std::string role;       // the entries' role until one prints its own
};

// A label ("Ersättare:", "Revisorer:") and the list kind it gives; false
// when `piece` opens with none. `rest` gets what follows the colon.
bool Label(const std::string& piece, ListKind* kind, std::string* rest) {
  static const RE2 kLabel(R"(^\s*(\p{L}+(?: \p{L}+){0,2})\s*:\s*(.*)$)");
  std::string label;
  if (!RE2::FullMatch(piece, kLabel, &label, rest)) return false;
  const std::string f = Fold(label);
  static const RE2 kBoard(
      R"(^(?:ordinarie )?(?:styrelse)?(?:ledamot|ledamoter)$|^(?:styrelse)?(?:suppleant|suppleanter)$|^ersattare$|^(?:vice )?ordforande$|^kassor$|^sekreterare$)");
  static const RE2 kAdjunct(R"(^adjungerade?(?: ledamoter)?$)");
  static const RE2 kAuditors(
      R"(^(?:lekmanna|(?:auktoriserade?|fortroendevalda?) )?revisor(?:er|erna)?$|^revisorssuppleant(?:er)?$)");
  if (RE2::FullMatch(f, kBoard)) {
    kind->body = "styrelse";
    // "Ledamöter", "Suppleanter": plurals CanonicalRole need not read.
    kind->role = CanonicalRole(label);
    if (kind->role.empty()) {
      kind->role =
          f.find("suppleant") != std::string::npos ? "Suppleant" : "Ledamot";
    }
  } else if (RE2::FullMatch(f, kAdjunct)) {
    kind->body = "other";
    kind->role = "Adjungerad";
  } else if (RE2::FullMatch(f, kAuditors)) {
    kind->body = "revision";
    kind->role = CanonicalRole(label);
  } else {
    return false;
  }
  return true;
}

// A line's text as prose: its one cell, or a label and its value a
// layout gap apart ("Revisor:   Lina Forsberg, BoRevision AB"), the colon
// left out when the label is a body's or a role's ("Ledamöter   Nils
// Sarri, C, Kiruby kommun; ...", a table of two columns); "" for any
// other line (a table's row).
std::string ProseLine(const std::string& line) {
  const std::vector<std::string> cells = LineCells(line);
  if (cells.size() == 1) return cells[0];
  if (cells.size() != 2) return "";
  if (cells[0].back() == ':') return cells[0] + " " + cells[1];
  ListKind kind;
  std::string rest;
  if (Label(cells[0] + ": " + cells[1], &kind, &rest)) {
    return cells[0] + ": " + cells[1];
  }
  return "";
}

// The sentences of the text's paragraphs: runs of non-empty prose lines
// on one page, joined (a word hyphenated at a line's end joined up), split
// at a full stop before a capital letter, a colon that ends a line (a lead
// whose list may follow one entry a line) or the paragraph's end. Lines
// `apart` marks end a paragraph and open none.
std::vector<Sentence> Sentences(const RecordText& text,
                                const std::vector<bool>& apart) {
  static const RE2 kLabelOpens(R"(^\p{Lu}\p{L}+(?: \p{L}+){0,2}:\s)");
  std::vector<Sentence> out;
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n;) {
    if (ProseLine(text.lines[i].text).empty() || apart[i]) {
      ++i;
      continue;
    }
    // The paragraph, with the line each byte came from.
    std::string para;
    std::vector<int> from;
    int k = i;
    for (; k < n && text.lines[k].page == text.lines[i].page; ++k) {
      const std::string line = ProseLine(text.lines[k].text);
      if (line.empty() || apart[k]) break;
      // A line opened by a label ("Kassör: Nils Ek") is a list's own, one
      // a line (trollhattans-jk 2023 prints its board so).
      if (k > i && RE2::PartialMatch(line, kLabelOpens)) break;
      if (!para.empty()) {
        if (para.back() == '-' && StartsLower(line)) {
          para.pop_back();
          from.pop_back();
        } else {
          para += ' ';
          from.push_back(k);
        }
      }
      para += line;
      from.resize(para.size(), k);
    }
    size_t start = 0;
    for (size_t p = 0; p <= para.size(); ++p) {
      bool end = p == para.size();
      const bool line_end = p + 1 < from.size() && from[p + 1] != from[p];
      if (!end && para[p] == ':' && (p + 1 == para.size() || line_end)) {
        ++p;  // the colon stays with its lead
        end = true;
      } else if (!end && para[p] == '.' &&
                 (p + 1 == para.size() ||
                  (para[p + 1] == ' ' && p + 2 < para.size() &&
                   StartsUpper(std::string_view(para).substr(p + 2))))) {
        size_t w = p;
        while (w > start && para[w - 1] != ' ' && para[w - 1] != '(') --w;
        end = !IsAbbreviation(para.substr(w, p - w));
      }
      if (!end) continue;
      const std::string s(
          Trim(std::string_view(para).substr(start, p - start)));
      if (!s.empty()) out.push_back({s, from[start], from[p - 1]});
      start = p + 1;
    }
    i = k;
  }
  return out;
}

// A heading over a body's list, numbered or not ("1.2 Revision",
// "Revisorer", "3. Styrelsen", "Ersättare"), and the list kind it gives;
// false for any other line.
bool BodyHeading(const std::string& line, ListKind* kind) {
  static const RE2 kNumbered(
      R"(^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(\p{L}+(?: \p{L}+)?)$)");
  std::string heading, rest;
  if (!RE2::FullMatch(std::string(Trim(line)), kNumbered, &heading)) {
    return false;
  }
  if (Fold(heading) == "revision") heading = "Revisorer";
  if (Fold(heading) == "styrelsen" || Fold(heading) == "styrelse") {
    heading = "Ledamöter";
  }
  return Label(heading + ":", kind, &rest);
}

// A sentence that opens a list, its kind and the list; false otherwise.
bool ListOfSentence(const std::string& sentence, ListKind* kind,
                    std::string* list) {
  // "Styrelsen har under året bestått av", "Förbundets styrelse har under
  // 2024 haft följande sammansättning:", "I styrelsen har ingått".
  static const RE2 kBoardLead(
      R"((?i)^(?:\S+\s+){0,6}?styrelse(?:n|ns\s+ledamöter|ns\s+ledamoter)?\s+(?:\S+\s+){0,8}?(?:best[åa]tt|best[åa]r|bestod|utgjorts|utg[öo]rs|utgjordes|ing[åa]tt|ing[åa]r|haft\s+f[öo]ljande\s+sammans[äa]ttning)(?:\s+av)?(?:\s+f[öo]ljande(?:\s+(?:ledam[öo]ter|personer))?)?(?:\s*:\s*|\s+|$)(.*)$)");
  // "Till revisorer har utsetts", "Förbundets revisorer har under året
  // varit", "Som revisorer har tjänstgjort".
  static const RE2 kAuditorLead(
      R"((?i)^(?:\S+\s+){0,5}?revisor(?:er|erna|n)?\s+(?:\S+\s+){0,8}?(?:utsetts|utsedda|valts|valda|varit|tj[äa]nstgjort|utgjorts\s+av|best[åa]tt\s+av)(?:\s+av\s+\p{Ll}+)?(?:\s*:\s*|\s+|$)(.*)$)");
  // "Ersättare har varit Anna Berg (S), Region Norrby, ...", "Som
  // ersättare har Karl Grön och Linnea Sjö tjänstgjort": the deputies in a
  // paragraph of their own after the members.
  static const RE2 kDeputyLead(
      R"((?i)^(?:(?:som|till|och|personliga|styrelsens|f[öo]rbundets)\s+){0,2}(ers[äa]ttare|suppleanter|suppleant)(?:na)?(?:\s+(?:i|till|f[öo]r)\s+(?:styrelsen|dessa|ledam[öo]terna))?\s+(?:har\s+(?:(?:under|i)\s+\S+\s+)?)?(?:varit|utsetts|valts|uts[åa]gs|tj[äa]nstgjort|utgjorts\s+av|best[åa]tt\s+av|var|[äa]r)(?:\s*:\s*|\s+|$)(.*)$)");
  static const RE2 kDeputyVerbLast(
      R"((?i)^(?:som|till)\s+(ers[äa]ttare|suppleanter|suppleant)\s+har\s+(.+?)\s+(?:tj[äa]nstgjort|varit|ing[åa]tt|utsetts|valts)$)");
  std::string deputy;
  if (RE2::FullMatch(sentence, kDeputyLead, &deputy, list) ||
      RE2::FullMatch(sentence, kDeputyVerbLast, &deputy, list)) {
    kind->body = "styrelse";
    kind->role =
        Fold(deputy).find("suppleant") == 0 ? "Suppleant" : "Ersättare";
    return true;
  }
  if (Label(sentence, kind, list)) return true;
  if (RE2::FullMatch(sentence, kBoardLead, list)) {
    kind->body = "styrelse";
    kind->role = "Ledamot";
    return true;
  }
  if (RE2::FullMatch(sentence, kAuditorLead, list)) {
    kind->body = "revision";
    kind->role = "Revisor";
    return true;
  }
  // "Kansliet har under året bestått av förbundschef Eva Ek och
  // processledare Bo Lind": the office's staff, each after their title
  // (a heading the paragraph runs on from may open it: "1.3 Kansli
  // Kansliet har ...").
  static const RE2 kStaffLead(
      R"((?i)^(?:\S+\s+){0,3}?kansli(?:et)?\s+(?:\S+\s+){0,4}?(?:best[åa]tt|best[åa]r|bestod|utgjorts|utg[öo]rs)\s+av\s+(.*)$)");
  if (RE2::FullMatch(sentence, kStaffLead, list)) {
    kind->body = "kansli";
    kind->role.clear();
    return true;
  }
  // A role word as the sentence's subject or what the meeting elected
  // someone to: "Verkställande direktör har varit Eva Ek", "Föreningens
  // kassör är Bo Lind", "Till lekmannarevisor valde stämman Eva Ek".
  static const RE2 kRoleSubject(
      R"((?i)^(?:\p{L}+s\s+)?(\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:har\s+(?:under\s+(?:\S+\s+){1,2})?(?:varit|utsetts|valts)|[äa]r|var|valdes|uts[åa]gs)\s+(\p{Lu}.*)$)");
  static const RE2 kElectedTo(
      R"((?i)^(?:till|som)\s+(\p{L}+(?:\s+\p{L}+){0,2}?)\s+(?:har\s+)?(?:valde|valdes|valts|valt|uts[åa]g|uts[åa]gs|utsetts|utsett|omvaldes|omvalts|nyvaldes)\s+(?:(?:\p{L}*st[äa]mman|styrelsen|fullm[äa]ktige)\s+)?(\p{Lu}.*)$)");
  std::string words;
  if (RE2::FullMatch(sentence, kRoleSubject, &words, list) ||
      RE2::FullMatch(sentence, kElectedTo, &words, list)) {
    const std::string role = CanonicalRole(words);
    // Every word is the role's: "Styrelsen i övrigt har varit ..." names
    // no role.
    if (role.empty() || Fold(words) != Fold(role)) return false;
    kind->body = BodyOfRole(role);
    kind->role = role;
    return true;
  }
  // The role words with their article before the name, after "av":
  // "Sakkunnigt biträde har lämnats av auktoriserade revisorn Eva Ek,
  // KPMG AB".
  static const RE2 kByRole(
      R"(^(?:.*?\s)?(?:[Aa]v|[Ff]rån|[Ff]ran)\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2}?)\s+(\p{Lu}.*)$)");
  if (RE2::FullMatch(sentence, kByRole, &words, list)) {
    const std::string role = CanonicalRole(words);
    if (role.empty() ||
        EditDistance(Fold(words), Fold(role), kMaxRoleArticleLetters) >
            kMaxRoleArticleLetters) {
      return false;
    }
    kind->body = BodyOfRole(role);
    kind->role = role;
    return true;
  }
  return false;
}

// A piece that is a role alone is short ("vice ordförande"); longer, it
// is a clause that mentions one ("ledamot sedan bildandet 2009").
constexpr size_t kMaxRoleBytes = 24;

// Reads one list: pieces split at ";", ",", " och ", " samt ".
void ReadList(const std::string& list, ListKind kind, int page,
              std::vector<Person>* out) {
  std::string pieces = list;
  static const RE2 kSplit(
      R"(\s*[;,]\s*(?:och\s+|samt\s+)?|\s+och\s+|\s+samt\s+)");
  RE2::GlobalReplace(&pieces, kSplit, "\n");
  // The person the pieces after a name speak of, while they do.
  Person* current = nullptr;
  bool role_printed = false;
  std::vector<std::string> all;
  for (size_t b = 0; b <= pieces.size();) {
    size_t e = pieces.find('\n', b);
    if (e == std::string::npos) e = pieces.size();
    std::string piece(Trim(std::string_view(pieces).substr(b, e - b)));
    b = e + 1;
    while (!piece.empty() && (piece.back() == '.' || piece.back() == ':')) {
      piece.pop_back();
    }
    if (!piece.empty()) all.push_back(piece);
  }
  // A list of nothing but names ("Ledamot: Alva Larsson, Fredrik Mattsson,
  // Ida Larsson", trollhattans-jk 2023) vouches for each of them: no piece
  // there could be an organisation. Elsewhere a name needs evidence of its
  // own, as "Norra Dalby" beside "Försäkringskassan" is a place.
  static const RE2 kParen(R"(\s*\(([^)]*)\))");
  bool names_only = true;
  for (const std::string& raw : all) {
    std::string piece = raw, rest, role;
    ListKind ignored;
    if (Label(piece, &ignored, &rest)) piece = rest;
    RE2::GlobalReplace(&piece, kParen, "");
    names_only = names_only && (!NameInCell(piece, &role).empty() ||
                                !CanonicalRole(piece).empty());
  }
  for (size_t at = 0; at < all.size(); ++at) {
    std::string piece = all[at];
    std::string rest;
    if (Label(piece, &kind, &rest)) {
      current = nullptr;
      piece = rest;
    }
    // Parentheses: party letters vouch for a name; a role is a role;
    // anything else is who the person represents or who appointed them.
    bool party = false;
    std::string role, said;
    re2::StringPiece scan(piece);
    std::string inside;
    while (RE2::FindAndConsume(&scan, kParen, &inside)) {
      inside = std::string(Trim(inside));
      if (IsPartyLetters(inside)) {
        party = true;
      } else if (!CanonicalRole(inside).empty()) {
        role = CanonicalRole(inside);
      } else if (said.empty() && !inside.empty()) {
        said = inside;
      }
    }
    RE2::GlobalReplace(&piece, kParen, "");
    piece = std::string(Trim(piece));
    // "Anna Ek", "ordförande Anna Ek", "Anna Ek ordförande".
    std::string name = NameInCell(piece, &role);
    if (name.empty()) {
      const size_t sp = piece.rfind(' ');
      if (sp != std::string::npos && !CanonicalRole(piece.substr(sp)).empty() &&
          IsPersonName(piece.substr(0, sp))) {
        name = piece.substr(0, sp);
        role = CanonicalRole(piece.substr(sp));
      }
    }
    // The office's staff each after their title as printed
    // ("verksamhetsutvecklare Bo Lind"), which no role word need read.
    static const RE2 kTitled(R"(^(\p{Ll}[\p{L}-]+)\s+(\p{Lu}.+)$)");
    std::string title, titled;
    if (name.empty() && kind.body == std::string("kansli") &&
        RE2::FullMatch(piece, kTitled, &title, &titled) &&
        IsPersonName(titled)) {
      name = titled;
      role = title;
    }
    // "Tomas Häggblom (S) för Hammarsund kommun": whom they sit for.
    static const RE2 kSitsFor(
        R"(^(.+?)\s+(?:f[öo]r|fr[åa]n|representerande)\s+(\p{Lu}.*)$)");
    std::string before, sits_for;
    if (name.empty() && RE2::FullMatch(piece, kSitsFor, &before, &sits_for) &&
        sits_for.size() < kMaxOrganisationBytes) {
      name = NameInCell(before, &role);
      if (!name.empty() && said.empty()) said = sits_for;
    }
    const std::string first = name.substr(0, name.find(' '));
    // A role or bare party letters right after the name vouch for it too
    // ("Aino Tuomela, ledamot": a first name the table does not know).
    const bool role_next =
        at + 1 < all.size() && ((!CanonicalRole(all[at + 1]).empty() &&
                                 all[at + 1].size() <= kMaxRoleBytes) ||
                                IsBarePartyLetters(all[at + 1]));
    if (!name.empty() &&
        (party || IsKnownFirstName(first) || role_next || names_only)) {
      Person p;
      p.name = name;
      p.role = role.empty() ? kind.role : role;
      p.body = kind.body;
      // A title no role word reads ("verksamhetsutvecklare") leaves the
      // office's staff where the lead put them.
      if (p.body != std::string("other") &&
          (p.body != std::string("kansli") || !CanonicalRole(p.role).empty())) {
        p.body = BodyOfRole(p.role);
      }
      if (!said.empty()) {
        if (p.body == std::string("revision") && !IsAuditFirm(said)) {
          p.appointed_by = said;
        } else {
          p.organisation = said;
        }
      }
      p.page = page;
      out->push_back(p);
      current = &out->back();
      role_printed = !role.empty();
      continue;
    }
    if (!current) continue;
    // "Gustav Lindberg, S, Jokkby kommun": the party says nothing kept.
    if (IsBarePartyLetters(piece)) continue;
    // What follows a name: its role, its organisation, who appointed them.
    const std::string r = CanonicalRole(piece);
    static const RE2 kAppointed(R"((?i)^(?:vald|utsedd|utsedda)\s+av\s+(.+)$)");
    std::string by;
    RoleClause clause;
    if (RE2::FullMatch(piece, kAppointed, &by)) {
      current->appointed_by = by;
    } else if (!role_printed && ReadRoleClause(piece, &clause)) {
      // "auktoriserad revisor vid Revisionsbyrån Ek AB".
      current->role = clause.role;
      if (current->body != "other") current->body = BodyOfRole(clause.role);
      if (current->organisation.empty()) {
        current->organisation = clause.organisation;
      }
      if (current->appointed_by.empty()) {
        current->appointed_by = clause.appointed_by;
      }
      role_printed = true;
    } else if (!r.empty() && !role_printed) {
      current->role = r;
      if (current->body != "other") current->body = BodyOfRole(r);
      role_printed = true;
    } else if (r.empty() && StartsUpper(piece) &&
               piece.size() < kMaxOrganisationBytes &&
               current->organisation.empty() && current->appointed_by.empty()) {
      if (current->body == "revision" && !IsAuditFirm(piece)) {
        current->appointed_by = piece;
      } else {
        current->organisation = piece;
      }
    } else {
      current = nullptr;  // a clause of the sentence: the entry is over
    }
  }
}

// The people of the lines under a lead that ends in a colon ("Styrelsen
// har under 2024 haft följande sammansättning:", "Ersättare:"), each line
// one entry or more, a cell each ("Karin Lund, ordförande (S), Region
// Norrby"): from line `from` while every cell of a line names a person
// (records/person_cells.h ReadNameCell) or the line is a label that
// changes the kind. A line of a wrapped sentence ends in a comma or holds
// a semicolon: no entry line. Marks the lines read in `read`.
std::vector<Person> EntryLines(const RecordText& text, int from, ListKind kind,
                               std::vector<bool>* read) {
  std::vector<Person> out;
  const int n = static_cast<int>(text.lines.size());
  for (int k = from; k < n; ++k) {
    std::string line(Trim(text.lines[k].text));
    ListKind label = kind;
    std::string rest;
    if (Label(line, &label, &rest) && Trim(rest).empty()) {
      kind = label;
      (*read)[k] = true;
      continue;
    }
    if (line.empty() || line.back() == ',' || line.back() == ';' ||
        line.find(';') != std::string::npos) {
      break;
    }
    std::vector<Person> row;
    for (std::string cell : LineCells(line)) {
      while (!cell.empty() && (cell.back() == '.' || cell.back() == ',')) {
        cell.pop_back();
      }
      const NameWithTail e = ReadNameCell(cell);
      const std::string first = e.name.substr(0, e.name.find(' '));
      // A name alone needs a known first name: "Region Norrby" is two
      // capitalised words too.
      if (e.name.empty() ||
          (e.role.empty() && e.organisation.empty() && e.appointed_by.empty() &&
           !IsKnownFirstName(first))) {
        row.clear();
        break;
      }
      Person p{e.name,         e.role.empty() ? kind.role : e.role,
               kind.body,      e.organisation,
               e.appointed_by, text.lines[k].page};
      if (p.body != std::string("other")) p.body = BodyOfRole(p.role);
      if (p.body == "revision" && p.appointed_by.empty() &&
          !p.organisation.empty() && !IsAuditFirm(p.organisation)) {
        p.appointed_by = p.organisation;
        p.organisation.clear();
      }
      row.push_back(std::move(p));
    }
    if (row.empty()) break;
    (*read)[k] = true;
    for (Person& p : row) out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

std::vector<Person> PeopleInProse(const RecordText& text,
                                  const std::vector<bool>& skip) {
  // People with the line they stand on, for the order printed.
  std::vector<std::pair<int, Person>> found;
  const auto skipped = [&skip](int line) {
    return line < static_cast<int>(skip.size()) && skip[line];
  };
  // Leads whose list follows one entry a line; their entry lines are then
  // no prose (what follows them is a paragraph of its own: "Ersättare har
  // varit ...").
  std::vector<bool> entries(text.lines.size(), false);
  std::vector<bool> leads(text.lines.size(), false);
  for (const Sentence& s : Sentences(text, entries)) {
    ListKind kind;
    std::string list;
    if (skipped(s.line) || !ListOfSentence(s.text, &kind, &list) ||
        !Trim(list).empty()) {
      continue;
    }
    for (const Person& p : EntryLines(text, s.last + 1, kind, &entries)) {
      found.emplace_back(s.last + 1, p);
      leads[s.last] = true;
    }
  }
  // A heading over one entry a line ("1.2 Revision" / "Eva Ek,
  // auktoriserad revisor, KPMG AB"): a numbered heading opens no section
  // that records/people.h reads as a list.
  for (int i = 0; i + 1 < static_cast<int>(text.lines.size()); ++i) {
    ListKind kind;
    if (skipped(i) || entries[i] || !BodyHeading(text.lines[i].text, &kind)) {
      continue;
    }
    for (const Person& p : EntryLines(text, i + 1, kind, &entries)) {
      found.emplace_back(i + 1, p);
    }
  }
  const std::vector<Sentence> sentences = Sentences(text, entries);
  for (size_t at = 0; at < sentences.size(); ++at) {
    const Sentence& s = sentences[at];
    if (skipped(s.line)) continue;
    ListKind kind;
    std::string list;
    if (!ListOfSentence(s.text, &kind, &list)) continue;
    if (Trim(list).empty()) {
      // A lead ending its line with a colon, its list the next sentence
      // of the paragraph ("... sammansättning:" / "Anna Ek (S), ordf.;
      // Bo Lind ..."), unless its entry lines were read above.
      if (leads[s.last] || at + 1 == sentences.size() ||
          sentences[at + 1].line != s.last + 1) {
        continue;
      }
      list = sentences[++at].text;
    }
    std::vector<Person> people;
    ReadList(list, kind, text.lines[s.line].page, &people);
    for (const Person& p : people) found.emplace_back(s.line, p);
  }
  std::stable_sort(
      found.begin(), found.end(),
      [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Person> out;
  for (const auto& [line, p] : found) AddPerson(&out, p);
  return out;
}

}  // namespace finsam::records
