#include "records/person_cells.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <utility>

#include "base/text.h"
#include "records/first_names.h"
#include "records/text_fold.h"

namespace finsam::records {
void AddPerson(std::vector<Person>* people, const Person& p) {
  const std::string key = Fold(p.name);
  for (Person& q : *people) {
    if (Fold(q.name) == key) {
      if (q.role.empty()) q.role = p.role;
      if (q.body.empty() || q.body == "other") q.body = p.body;
      if (q.organisation.empty()) q.organisation = p.organisation;
      if (q.appointed_by.empty()) q.appointed_by = p.appointed_by;
      if (q.page == 0) q.page = p.page;
      return;
    }
  }
  people->push_back(p);
}

std::string StripEdgeMarks(const std::string& cell) {
  std::string s(Trim(cell));
  auto mark = [](unsigned char ch) {
    return ch < 0x80 && !std::isalnum(ch) && ch != ')';
  };
  while (!s.empty() && mark(static_cast<unsigned char>(s.front()))) {
    s.erase(0, 1);
  }
  while (!s.empty() && mark(static_cast<unsigned char>(s.back()))) {
    s.pop_back();
  }
  return std::string(Trim(s));
}

const char* BodyOfRole(const std::string& role) {
  if (role == "Adjungerad") return "other";
  if (role == "Förbundschef" || role == "Verkställande direktör") {
    return "kansli";
  }
  return role.find("evisor") != std::string::npos ? "revision" : "styrelse";
}

std::string NameInCell(const std::string& raw, std::string* role) {
  std::string cell(Trim(raw));
  while (!cell.empty() && (cell.back() == ',' || cell.back() == ';' ||
                           cell.back() == ':' || cell.back() == '.')) {
    cell.pop_back();
  }
  if (IsPersonName(cell)) return cell;
  for (size_t sp = cell.find(' '); sp != std::string::npos;
       sp = cell.find(' ', sp + 1)) {
    const std::string rest(Trim(cell.substr(sp + 1)));
    const std::string r = CanonicalRole(cell.substr(0, sp));
    if (!r.empty() && IsPersonName(rest)) {
      *role = r;
      return rest;
    }
  }
  return "";
}

bool IsPartyLetters(const std::string& s) {
  // "S", "KD", "SoL"; "Så", "KDl": a letter OCR added after them.
  static const RE2 kParty(R"(^\p{Lu}(?:\p{L}?\p{Lu})?\p{Ll}?$)");
  return RE2::FullMatch(s, kParty);
}

bool IsBarePartyLetters(const std::string& s) {
  static const RE2 kParties(R"(^(?:S|M|C|L|V|KD|MP|SD|FP|Fi)$)");
  return RE2::FullMatch(s, kParties);
}

bool IsAuditFirm(const std::string& s) {
  // The firms that audit Swedish public bodies and associations are few:
  // their names are the genre's closed vocabulary.
  static const RE2 kFirm(
      R"(\b(?:AB|HB|KB)\b|^\p{Lu}{3,}\b|\b(?:PwC|EY|Deloitte|Grant Thornton|Mazars|Ernst & Young|Pricewaterhouse\w*|Baker Tilly)\b|(?i:revisionsbyr|revisorsbyr))");
  return RE2::PartialMatch(s, kFirm);
}

namespace {

// The pieces of `s` between commas, trimmed, the empty ones left out.
std::vector<std::string> SplitAtCommas(const std::string& s) {
  std::vector<std::string> out;
  for (size_t b = 0; b <= s.size();) {
    size_t e = s.find(',', b);
    if (e == std::string::npos) e = s.size();
    std::string piece(Trim(s.substr(b, e - b)));
    if (!piece.empty()) out.push_back(std::move(piece));
    b = e + 1;
  }
  return out;
}

}  // namespace

bool HasOrganisationForm(const std::string& s) {
  static const RE2 kForm(
      R"(^(?:region|landstinget|lansstyrelsen|staten)\b|(?:^|\s)(?:kommun|kommunerna|lan|landsting|landstinget|stad|regionen)$|\S(?:regionen|kassan|formedlingen|verket|myndigheten)$|\s(?:ab|hb|kb)$)");
  return s.size() < kMaxOrganisationBytes && RE2::PartialMatch(Fold(s), kForm);
}

bool ReadRoleClause(const std::string& clause, RoleClause* out) {
  static const RE2 kClause(
      R"(^(.+?)\s+(?:(?:vald|utsedd|utsedda|förordnad|forordnad)\s+av\s+(\S.*)|(?:vid|hos|på|pa|från|fran)\s+(\p{Lu}.*))$)");
  // Role words are few: "auktoriserad revisor", "certifierad kommunal
  // revisor".
  constexpr size_t kMaxRoleWords = 4;
  std::string words, by, at;
  if (!RE2::FullMatch(std::string(Trim(clause)), kClause, &words, &by, &at) ||
      SplitWords(words).size() > kMaxRoleWords) {
    return false;
  }
  const std::string role = CanonicalRole(words);
  const std::string& what = by.empty() ? at : by;
  if (role.empty() || what.size() >= kMaxOrganisationBytes) return false;
  // A workplace's name ends in a capitalised word or its form ("Ek
  // Revision AB", "Mora kommun"); "Revisionsbyrån Mitt i" is a line a
  // sentence wrapped (ekeåsen 2024).
  if (!at.empty() && !StartsUpper(at.substr(at.rfind(' ') + 1)) &&
      !HasOrganisationForm(at)) {
    return false;
  }
  *out = RoleClause{role, at, by};
  return true;
}

NameWithTail SplitNameTail(const std::string& raw) {
  NameWithTail out;
  // Parentheses first: party letters ("(S)") say nothing the record keeps,
  // a role is the role, anything else whom the person represents or, for
  // an auditor, who appointed them ("förtroendevald revisor (Region X)"),
  // a piece each between commas ("(certifierad kommunal revisor, KPMG
  // AB)").
  static const RE2 kParen(R"(\s*\(([^()]*)\))");
  std::string cell = raw, inside, said, role;
  bool parenthesised = false;
  for (re2::StringPiece scan(raw);
       RE2::FindAndConsume(&scan, kParen, &inside);) {
    parenthesised = true;
    for (const std::string& piece : SplitAtCommas(inside)) {
      RoleClause clause;
      if (IsPartyLetters(piece)) continue;
      if (ReadRoleClause(piece, &clause)) {
        role = clause.role;
        if (out.organisation.empty()) out.organisation = clause.organisation;
        if (out.appointed_by.empty()) out.appointed_by = clause.appointed_by;
      } else if (!CanonicalRole(piece).empty()) {
        role = CanonicalRole(piece);
      } else if (said.empty()) {
        said = piece;
      }
    }
  }
  RE2::GlobalReplace(&cell, kParen, "");
  const size_t comma = cell.find(", ");
  if (comma == std::string::npos && !parenthesised) return out;
  std::string name_role;
  const std::string name = NameInCell(cell.substr(0, comma), &name_role);
  if (name.empty()) return out;
  if (!name_role.empty()) role = name_role;
  // "Karin Lund, ordf., Region Norrby", "Maria Ek, auktoriserad revisor,
  // KPMG AB, utsedd av staten": each piece after a comma is a role, who
  // appointed them, or (one) organisation; any other piece makes the cell
  // a sentence.
  static const RE2 kAppointed(R"((?i)^(?:vald|utsedd|utsedda)\s+av\s+(.+)$)");
  // "styrelseledamot, ordförande": the most specific role wins
  // (CanonicalRole tries them in that order).
  std::string role_pieces;
  for (size_t b = comma; b != std::string::npos && b < cell.size();) {
    size_t e = cell.find(',', b + 1);
    std::string piece(Trim(cell.substr(
        b + 1, e == std::string::npos ? std::string::npos : e - b - 1)));
    b = e;
    while (!piece.empty() && (piece.back() == '.' || piece.back() == ',')) {
      piece.pop_back();
    }
    if (piece.empty()) continue;
    std::string by;
    RoleClause clause;
    if (RE2::FullMatch(piece, kAppointed, &by)) {
      out.appointed_by = by;
    } else if (IsBarePartyLetters(piece)) {
      continue;
    } else if (ReadRoleClause(piece, &clause)) {
      role_pieces += " " + clause.role;
      if (!clause.appointed_by.empty()) out.appointed_by = clause.appointed_by;
      if (out.organisation.empty()) out.organisation = clause.organisation;
    } else if (!CanonicalRole(piece).empty()) {
      role_pieces += " " + piece;
    } else if (out.organisation.empty() &&
               piece.size() < kMaxOrganisationBytes && StartsUpper(piece)) {
      out.organisation = piece;
    } else {
      return NameWithTail{};
    }
  }
  if (role.empty()) role = CanonicalRole(role_pieces);
  if (!said.empty()) {
    const bool auditor = std::string(BodyOfRole(role)) == "revision";
    if (auditor && !IsAuditFirm(said) && out.appointed_by.empty()) {
      out.appointed_by = said;
    } else if (out.organisation.empty()) {
      out.organisation = said;
    }
  }
  out.name = name;
  out.role = role;
  return out;
}

namespace {

// Role words opening `piece`, the rest an organisation or a firm:
// "Vice ordförande Luleå kommun", "Auktoriserad revisor KPMG AB".
constexpr size_t kMaxRoleWordsBeforeOrganisation = 3;
// A role line under a name: "Styrelseledamot och kassör", "Ordförande i
// styrelsen".
constexpr size_t kMaxRoleLineWords = 5;
// An organisation of no known form beside a role: "Samordningsförbundet
// Norrby", "HSB Riksförbund".
constexpr size_t kMaxLooseOrganisationWords = 4;

// `words` as two lines of text, the first `n` words and the rest.
std::pair<std::string, std::string> SplitWordsAt(
    const std::vector<std::string>& words, size_t n) {
  std::pair<std::string, std::string> out;
  for (size_t k = 0; k < words.size(); ++k) {
    std::string& part = k < n ? out.first : out.second;
    part += (part.empty() ? "" : " ") + words[k];
  }
  return out;
}

bool SplitRoleOrganisation(const std::string& piece, std::string* role,
                           std::string* organisation) {
  const std::vector<std::string> words = SplitWords(piece);
  if (words.size() < 2) return false;
  // The fewest role words first: "Vice ordförande | Tallby kommun", not
  // "Vice ordförande Tallby | kommun".
  for (size_t n = 1; n < words.size() && n <= kMaxRoleWordsBeforeOrganisation;
       ++n) {
    auto [head, tail] = SplitWordsAt(words, n);
    if (CanonicalRole(head).empty() || !CanonicalRole(tail).empty()) continue;
    if (HasOrganisationForm(tail) || IsAuditFirm(tail)) {
      *role = CanonicalRole(head);
      *organisation = tail;
      return true;
    }
  }
  return false;
}

// A verb or a subjunction makes a line a clause, no role or organisation
// under a name ("har varit ordförande").
bool IsClause(const std::string& line) {
  static const RE2 kVerb(
      R"((?:^|\s)(?:har|hade|ar|var|varit|blev|att|som)(?:\s|$))");
  return RE2::PartialMatch(Fold(line), kVerb);
}

bool ReadUnderNameParts(const std::string& raw, UnderName* out) {
  std::string line(Trim(raw));
  while (!line.empty() && (line.back() == ',' || line.back() == ';')) {
    line.pop_back();
  }
  // A sentence, a label, a name: no line under a name ("Ordf." is one).
  if (line.empty() || line.size() >= 2 * kMaxOrganisationBytes ||
      line.back() == ':' || IsPersonName(line) || IsClause(line) ||
      (line.back() == '.' && SplitWords(line).size() > kMaxRoleLineWords)) {
    return false;
  }
  // "Ordförande – Region Norrby": a dash parts role and organisation as a
  // comma does.
  static const RE2 kDash(R"(\s+[-–—]\s+)");
  RE2::GlobalReplace(&line, kDash, ", ");
  // A mark no role or organisation prints: a logo OCR read
  // ("REVISORSRINGEN”" under an auditor's role, Lindh 2011), a stroke.
  static const RE2 kForeignMark(R"([^\p{L}\p{N}\s&.,()'’/-])");
  if (RE2::PartialMatch(line, kForeignMark)) return false;
  // "Ledamot (C)": party letters say nothing the record keeps.
  static const RE2 kParen(R"(\s*\(([^()]*)\))");
  std::string inside;
  for (re2::StringPiece scan(line);
       RE2::FindAndConsume(&scan, kParen, &inside);) {
    if (!IsPartyLetters(std::string(Trim(inside)))) return false;
  }
  RE2::GlobalReplace(&line, kParen, "");
  UnderName read;
  // "Av Region Norrby utsedd revisor": who appointed them before the role.
  static const RE2 kBefore(
      R"((?i)^av\s+(.+?)\s+(?:utsedd|utsedda|vald|förordnad|forordnad)\s+(.+)$)");
  static const RE2 kAfter(
      R"((?i)^(?:utsedd|utsedda|vald|förordnad|forordnad)\s+av\s+(.+)$)");
  std::string by, rest;
  if (RE2::FullMatch(line, kBefore, &by, &rest)) {
    read.role = CanonicalRole(rest);
    if (read.role.empty() || by.size() >= kMaxOrganisationBytes) return false;
    read.appointed_by = by;
    *out = read;
    return true;
  }
  if (RE2::FullMatch(line, kAfter, &by)) {
    if (by.size() >= kMaxOrganisationBytes) return false;
    read.appointed_by = by;
    *out = read;
    return true;
  }
  std::string roles, loose;
  bool remark = false;
  for (const std::string& piece : SplitAtCommas(line)) {
    RoleClause clause;
    std::string role, organisation;
    if (ReadRoleClause(piece, &clause)) {
      roles += " " + clause.role;
      if (read.organisation.empty()) read.organisation = clause.organisation;
      if (read.appointed_by.empty()) read.appointed_by = clause.appointed_by;
    } else if (IsBarePartyLetters(piece)) {
      continue;
    } else if (HasOrganisationForm(piece) && CanonicalRole(piece).empty()) {
      if (!read.organisation.empty()) return false;
      read.organisation = piece;
    } else if (IsAuditFirm(piece) && CanonicalRole(piece).empty() &&
               SplitWords(piece).size() <= 4) {
      if (!read.organisation.empty()) return false;
      read.organisation = piece;
    } else if (SplitRoleOrganisation(piece, &role, &organisation)) {
      if (!read.organisation.empty()) return false;
      roles += " " + role;
      read.organisation = organisation;
    } else if (!CanonicalRole(piece).empty() &&
               SplitWords(piece).size() <= kMaxRoleLineWords) {
      roles += " " + piece;
    } else if (loose.empty() && StartsUpper(piece) &&
               SplitWords(piece).size() <= kMaxLooseOrganisationWords) {
      loose = piece;
    } else if (StartsLower(piece) &&
               SplitWords(piece).size() <= kMaxRoleLineWords) {
      remark = true;  // "Ledamot, arbetstagarrepresentant"
    } else {
      return false;
    }
  }
  // "Styrelseledamot, ordförande": the most specific role wins.
  read.role = CanonicalRole(roles);
  // "Ledamot, Samordningsförbundet Norrby": beside a role, a name of any
  // form is whom the person represents; alone it may be anything.
  if (!loose.empty()) {
    if (read.role.empty() || !read.organisation.empty()) return false;
    read.organisation = loose;
  }
  // A remark beside a role is read past; alone, it may be a sentence.
  if (remark && read.role.empty()) return false;
  if (read.role.empty() && read.organisation.empty()) return false;
  *out = read;
  return true;
}

}  // namespace

bool ReadUnderName(const std::string& raw, UnderName* out) {
  if (ReadUnderNameParts(raw, out)) return true;
  // A short line with a role word says that role, whatever else it holds
  // ("Ordförande/Chairman").
  const std::string line(Trim(raw));
  const std::string role = CanonicalRole(line);
  if (role.empty() || line.size() >= kMaxOrganisationBytes ||
      IsPersonName(line) || IsClause(line)) {
    return false;
  }
  *out = UnderName{role, "", ""};
  return true;
}

bool ReadSignedCell(const std::string& cell, std::string* name,
                    UnderName* under) {
  const std::vector<std::string> words = SplitWords(cell);
  // A name of two to four words, its party letters after it.
  for (size_t n = 2; n < words.size() && n <= 5; ++n) {
    auto [head, tail] = SplitWordsAt(words, n);
    head = WithoutPartyLetters(head);
    UnderName read;
    if (IsPersonName(head) && ReadUnderName(tail, &read) &&
        !read.role.empty()) {
      *name = head;
      *under = read;
      return true;
    }
  }
  return false;
}

void AddUnderName(const UnderName& under, Person* p) {
  if (!under.role.empty()) {
    p->role = under.role;
    if (p->body != "other") p->body = BodyOfRole(p->role);
  }
  if (!under.organisation.empty() && p->organisation.empty()) {
    p->organisation = under.organisation;
  }
  if (!under.appointed_by.empty() && p->appointed_by.empty()) {
    p->appointed_by = under.appointed_by;
  }
}

std::string WithoutPartyLetters(const std::string& cell) {
  static const RE2 kParty(R"(^(.*\S)\s*\(([^()]*)\)$)");
  std::string name, inside;
  if (RE2::FullMatch(std::string(Trim(cell)), kParty, &name, &inside) &&
      IsPartyLetters(std::string(Trim(inside)))) {
    return name;
  }
  return cell;
}

std::vector<std::string> SplitJoinedNames(const std::string& name) {
  const std::vector<std::string> words = SplitWords(name);
  if (words.size() == 4 && IsKnownFirstName(words[0]) &&
      !IsKnownFirstName(words[1]) && IsKnownFirstName(words[2])) {
    return {words[0] + " " + words[1], words[2] + " " + words[3]};
  }
  return {name};
}

std::string WithoutWordMarks(const std::string& s) {
  static const RE2 kMark(R"((^|\s)(?:['"`´]|’|‘|«|»)+(\p{L}))");
  std::string out = s;
  RE2::GlobalReplace(&out, kMark, "\\1\\2");
  return out;
}

NameWithTail ReadNameCell(const std::string& cell) {
  NameWithTail out = SplitNameTail(cell);
  if (out.name.empty()) out.name = NameInCell(cell, &out.role);
  return out;
}

}  // namespace finsam::records
