#include "records/person_cells.h"

#include <re2/re2.h>

#include <cctype>

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
  if (role == "Förbundschef") return "kansli";
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

NameWithTail SplitNameTail(const std::string& cell) {
  NameWithTail out;
  const size_t comma = cell.find(", ");
  if (comma == std::string::npos) return out;
  std::string role;
  const std::string name = NameInCell(cell.substr(0, comma), &role);
  if (name.empty()) return out;
  std::string tail(Trim(cell.substr(comma + 2)));
  while (!tail.empty() && (tail.back() == '.' || tail.back() == ',')) {
    tail.pop_back();
  }
  static const RE2 kAppointed(R"((?i)^(?:vald|utsedd|utsedda)\s+av\s+(.+)$)");
  std::string by;
  if (RE2::FullMatch(tail, kAppointed, &by)) {
    out.appointed_by = by;
  } else if (!CanonicalRole(tail).empty()) {
    role = CanonicalRole(tail);
  } else if (!tail.empty() && tail.size() < kMaxOrganisationBytes &&
             StartsUpper(tail)) {
    out.organisation = tail;
  } else {
    return out;
  }
  out.name = name;
  out.role = role;
  return out;
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
