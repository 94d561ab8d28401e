#include "records/board_lists.h"

#include <re2/re2.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "base/text.h"
#include "records/first_names.h"
#include "records/person_cells.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

// The kind of column a header cell names, "" role for a plain name
// column; false when the cell is no column heading.
bool HeaderCellColumn(const std::string& cell, BoardTableColumn* column) {
  static const RE2 kMembers(
      R"(^(?:namn|ledamot|ledamoter|ordinarie|ordinarie ledamot(?:er)?|styrelse|styrelsen|styrelseledamot(?:er)?)$)");
  static const RE2 kAuditors(R"(^(?:revisor|revisorer)$)");
  static const RE2 kAppointers(
      R"(^(?:utsedd av|utsedda av|vald av|valda av|forordnad av|utsedd)$)");
  static const RE2 kDeputies(
      R"(^(?:personlig(?:a)? )?(ersattare|suppleant|suppleanter)$)");
  static const RE2 kRoles(R"(^(?:roll|uppdrag|funktion|befattning|post)$)");
  static const RE2 kParties(R"(^(?:parti|partitillhorighet|part\w* bet\w*)$)");
  static const RE2 kOrganisations(
      R"(^(?:organisation|medlemsorganisation|representerar|representant for|part|huvudman|medlem|myndighet|kommun|region)$)");
  // Columns read past: when and how long a member sits.
  static const RE2 kOther(
      R"(^(?:ort|vald|invald|sedan|ledamot sedan|fr o m|t o m|from|tom|period|mandatperiod|mandattid|vald till|vald t o m|ar)$|^(?:mandat|vald|invald|omval)\w*(?: \w+){0,4}$)");
  const std::string f = Fold(cell);
  std::string deputy;
  *column = BoardTableColumn{};
  if (RE2::FullMatch(f, kMembers)) {
    // "Styrelse | Ersättare": a page's two columns headed by the lists.
    column->role = f == "namn" ? "" : "Ledamot";
  } else if (RE2::FullMatch(f, kAuditors)) {
    column->role = "Revisor";
  } else if (RE2::FullMatch(f, kAppointers)) {
    column->kind = BoardTableColumn::kAppointedBy;
  } else if (RE2::FullMatch(f, kDeputies, &deputy)) {
    column->role = deputy == "ersattare" ? "Ersättare" : "Suppleant";
  } else if (RE2::FullMatch(f, kRoles)) {
    column->kind = BoardTableColumn::kRole;
  } else if (RE2::FullMatch(f, kParties)) {
    column->kind = BoardTableColumn::kParty;
  } else if (RE2::FullMatch(f, kOrganisations)) {
    column->kind = BoardTableColumn::kOrganisation;
  } else if (RE2::FullMatch(f, kOther)) {
    column->kind = BoardTableColumn::kOther;
  } else {
    return false;
  }
  return true;
}

// The column each cell of a row under a BoardTableHeader stands in: by
// position when the row has a cell for every column; otherwise (a vacant
// deputy seat: "Eva Holm | Försäkringskassan") name cells go to the name
// columns in order, a role to the role column, anything else to the
// organisation column. -1 for a cell no column takes.
std::vector<int> CellColumns(const std::vector<BoardTableColumn>& columns,
                             const std::vector<std::string>& cells,
                             const std::vector<NameWithTail>& names) {
  std::vector<int> out(cells.size(), -1);
  if (cells.size() == columns.size()) {
    for (size_t c = 0; c < cells.size(); ++c) out[c] = static_cast<int>(c);
    return out;
  }
  auto next_of = [&columns](BoardTableColumn::Kind kind, size_t from) {
    for (size_t k = from; k < columns.size(); ++k) {
      if (columns[k].kind == kind) return static_cast<int>(k);
    }
    return -1;
  };
  size_t name_from = 0;
  for (size_t c = 0; c < cells.size(); ++c) {
    if (!names[c].name.empty()) {
      out[c] = next_of(BoardTableColumn::kName, name_from);
      if (out[c] >= 0) name_from = static_cast<size_t>(out[c]) + 1;
    } else if (!CanonicalRole(cells[c]).empty()) {
      out[c] = next_of(BoardTableColumn::kRole, 0);
    } else if (IsPartyLetters(cells[c])) {
      out[c] = next_of(BoardTableColumn::kParty, 0);
    } else {
      out[c] = next_of(BoardTableColumn::kOrganisation, 0);
    }
  }
  return out;
}

// A board list's heading cell, with the date its board holds from or to
// when it prints one: "Styrelse", "Styrelsen", "Styrelsens sammansättning",
// "Styrelse t o m 2013-05-16" beside "Styrelse fr o m 2013-05-16"
// (brf-angturbinen 2013 prints the boards before and after the annual
// meeting side by side), "Avgående styrelse" beside "Nyvald styrelse".
struct BoardColumn {
  std::string date;    // folded ("2013 05 16", "2013"); "" when none
  bool later = false;  // from the date on, or the newly elected board
};

bool BoardHeadingCell(const std::string& cell, BoardColumn* column) {
  static const RE2 kHeading(
      R"(^(?:(avgaende|tidigare|nyvald|nyvalda|tilltradande|nuvarande|ny)\s+)?(?:ordinarie\s+)?styrelse(?:n|ns\s+sammansattning|ns\s+ledamoter|ledamoter)?(?:\s+(.*))?$)");
  std::string which, tail;
  if (!RE2::FullMatch(Fold(cell), kHeading, &which, &tail)) return false;
  column->later = !which.empty() && which != "avgaende" && which != "tidigare";
  if (tail.empty()) return true;
  // Only a date qualifies the heading; other words make it a phrase
  // ("Styrelsen har ...", "Styrelsens ansvar").
  static const RE2 kDated(
      R"(^(?:(fr o m|from|fran och med|fran|efter|t o m|tom|till och med|till|fore|per|under|for|ar|aret|verksamhetsaret)\s+)?((?:19|20)\d\d(?:\s+\d\d\s+\d\d)?)$)");
  std::string word;
  if (!RE2::FullMatch(tail, kDated, &word, &column->date)) return false;
  column->later = column->later || word == "fr o m" || word == "from" ||
                  word == "fran och med" || word == "fran" || word == "efter";
  return true;
}

// A sub-heading inside a board list and the role it gives the names under
// it: "Ordinarie", "Ordinarie ledamöter" (Ledamot), "Suppleanter"
// (Suppleant), "Ersättare". False for any other line: "Revisor" or
// "Valberedning" ends the list.
bool BoardGroupHeading(const std::string& line, std::string* role) {
  static const RE2 kGroup(
      R"(^(?:ordinarie(?:\s+(?:styrelse)?ledamoter)?|(?:styrelse)?ledamoter|(?:styrelse)?suppleanter|ersattare|adjungerade?)$)");
  const std::string f = Fold(line);
  if (!RE2::FullMatch(f, kGroup)) return false;
  *role = f.find("suppleant") != std::string::npos   ? "Suppleant"
          : f.find("ersattare") != std::string::npos ? "Ersättare"
          : f.find("adjunger") != std::string::npos  ? "Adjungerad"
                                                     : "Ledamot";
  return true;
}

struct BoardEntry {
  std::string name;
  std::string role;          // canonical, "" when the row prints none
  std::string organisation;  // "Lisa Ek, Mälarviks kommun"
};

// The people of a board list's row: a name cell with its role in the next
// cell ("Pasi Lampinen | Ordförande | Mattias Hörnberg | Ordförande": two
// boards side by side), before it ("Ordförande 1 år | Lukas Sveman"), or
// in the same cell ("Bengt Rapp Ordf."); dates, organisations and remarks
// ("Omval") are read past. Empty when no cell is a name.
std::vector<BoardEntry> BoardRowEntries(const std::string& line) {
  std::vector<BoardEntry> out;
  std::string pending;  // a role printed before its name
  for (const std::string& raw : LineCells(line)) {
    const std::string cell = StripEdgeMarks(WithoutWordMarks(raw));
    std::string role;
    std::string name = NameInCell(cell, &role);
    std::string organisation;
    if (name.empty()) {
      const NameWithTail tail = SplitNameTail(cell);
      name = tail.name;
      role = tail.role;
      organisation = tail.organisation;
    }
    const size_t sp = cell.rfind(' ');
    if (name.empty() && sp != std::string::npos) {
      const std::string after = CanonicalRole(cell.substr(sp + 1));
      if (!after.empty() && IsPersonName(cell.substr(0, sp))) {
        name = cell.substr(0, sp);
        role = after;
      }
    }
    if (!name.empty()) {
      for (const std::string& one : SplitJoinedNames(name)) {
        out.push_back({one, role.empty() ? pending : role, organisation});
      }
      pending.clear();
      continue;
    }
    const std::string r = CanonicalRole(cell);
    if (r.empty()) continue;
    if (!out.empty() && out.back().role.empty()) {
      out.back().role = r;
    } else {
      pending = r;
    }
  }
  return out;
}

}  // namespace

std::vector<BoardTableColumn> BoardTableHeader(const std::string& line) {
  std::vector<BoardTableColumn> columns;
  for (const std::string& c : LineCells(line)) {
    BoardTableColumn column;
    if (!HeaderCellColumn(c, &column)) return {};
    columns.push_back(column);
  }
  return columns;
}

bool ReadsByColumn(const std::vector<BoardTableColumn>& columns) {
  bool name = false, other = false;
  for (const BoardTableColumn& c : columns) {
    name = name || c.kind == BoardTableColumn::kName;
    other = other || c.kind == BoardTableColumn::kOther;
  }
  return columns.size() >= 2 && name && !other;
}

std::vector<Person> BoardTableRow(const std::vector<BoardTableColumn>& columns,
                                  const std::string& line, const char* body,
                                  int page) {
  const std::vector<std::string> cells = LineCells(line);
  std::vector<NameWithTail> names;
  for (const std::string& c : cells) names.push_back(ReadNameCell(c));
  const std::vector<int> at = CellColumns(columns, cells, names);
  std::string role_cell, organisation, appointed_by;
  for (size_t c = 0; c < cells.size(); ++c) {
    if (at[c] < 0) continue;
    const BoardTableColumn& column = columns[static_cast<size_t>(at[c])];
    if (column.kind == BoardTableColumn::kRole) role_cell = cells[c];
    if (column.kind == BoardTableColumn::kOrganisation) {
      organisation = cells[c];
    }
    if (column.kind == BoardTableColumn::kAppointedBy) appointed_by = cells[c];
  }
  std::vector<Person> out;
  for (size_t c = 0; c < cells.size(); ++c) {
    if (at[c] < 0) continue;
    const BoardTableColumn& column = columns[static_cast<size_t>(at[c])];
    if (column.kind != BoardTableColumn::kName) continue;
    const NameWithTail& tail = names[c];
    if (tail.name.empty()) continue;
    // A "Roll" column speaks of the row's first person.
    std::string role = tail.role;
    if (role.empty() && out.empty()) role = CanonicalRole(role_cell);
    if (role.empty()) role = column.role;
    out.push_back({tail.name, role, body,
                   tail.organisation.empty() ? organisation : tail.organisation,
                   tail.appointed_by.empty() ? appointed_by : tail.appointed_by,
                   page});
  }
  return out;
}

namespace {

// Blank lines a board list may hold: brf-sjotungan 2007 has one between its
// lead sentence and "Ordinarie", and one before "Suppleanter"; nordanås
// 2023 one after each two-line entry.
constexpr int kMaxBlankLinesInBoardList = 1;

// The rows of a board list or table from line `from` on: calls
// `row(k, line)` with each non-blank line, trimmed, over at most
// kMaxBlankLinesInBoardList blank lines in a row, until `row` returns
// false. Returns the line it stopped at: the row refused, the blank line
// one too many, or the text's end.
template <typename RowReader>
int ReadListRows(const RecordText& text, int from, RowReader row) {
  const int n = static_cast<int>(text.lines.size());
  int blanks = 0;
  for (int k = from; k < n; ++k) {
    const std::string line(Trim(text.lines[k].text));
    if (line.empty()) {
      if (++blanks > kMaxBlankLinesInBoardList) return k;
      continue;
    }
    blanks = 0;
    if (!row(k, line)) return k;
  }
  return n;
}

// An organisation's name as a cell of its own ("Region Norrby", "Mora
// kommun", "Försäkringskassan"): short, opened by a capital, no name,
// role, digit or sentence mark.
bool IsOrganisationCell(const std::string& c) {
  static const RE2 kNoOrganisation(R"([0-9:;.,()])");
  return c.size() < kMaxOrganisationBytes && StartsUpper(c) &&
         !RE2::PartialMatch(c, kNoOrganisation) && !IsPersonName(c) &&
         CanonicalRole(c).empty() && SplitWords(c).size() <= 4;
}

// A member organisation's name on a line of its own over its members'
// rows: one IsOrganisationCell.
bool IsMemberHeading(const std::string& line) {
  const std::vector<std::string> cells = LineCells(line);
  return cells.size() == 1 && IsOrganisationCell(cells.front());
}

// What a row under a row of people adds to each of them when an entry
// takes more than one line (nordanås 2023: "Ingela Ström (S), ordf. |
// Kent Lund (S)" / "Nordanås kommun | Nordanås kommun"; or a role under
// each name): a cell per person, each a role of a few words or an
// IsOrganisationCell. A lone cell under one person may be the next list's
// heading ("Revisor", "Valberedning" under a board list's last row,
// brf-angturbinen 2013): a role there must be a board's, an organisation
// must have an organisation's form besides (HasOrganisationForm). Empty
// when the row is none of these.
struct EntryTail {
  std::string role;  // canonical
  std::string organisation;
};
constexpr size_t kMaxRoleCellWords = 3;  // "v. ordf.", "vice ordförande"

std::vector<EntryTail> CellsUnder(const std::string& line, size_t people) {
  const std::vector<std::string> cells = LineCells(line);
  if (people == 0 || cells.size() != people) return {};
  std::vector<EntryTail> out;
  for (const std::string& c : cells) {
    const std::string role = CanonicalRole(c);
    if (!role.empty() && SplitWords(c).size() <= kMaxRoleCellWords &&
        (cells.size() > 1 || std::string(BodyOfRole(role)) == "styrelse")) {
      out.push_back({role, ""});
    } else if (IsOrganisationCell(c) &&
               (cells.size() > 1 || HasOrganisationForm(c))) {
      out.push_back({"", c});
    } else {
      return {};
    }
  }
  return out;
}

// Gives each of `people` what the cell under them adds: the role printed
// under the name, the organisation where no cell of their own named one.
void AddCellsUnder(const std::vector<EntryTail>& under,
                   const std::vector<Person*>& people) {
  for (size_t k = 0; k < under.size() && k < people.size(); ++k) {
    Person& p = *people[k];
    if (!under[k].role.empty()) {
      p.role = under[k].role;
      if (p.body != "other") p.body = BodyOfRole(p.role);
    }
    if (!under[k].organisation.empty() && p.organisation.empty() &&
        p.appointed_by.empty()) {
      p.organisation = under[k].organisation;
    }
  }
}

// Board tables wherever they stand: a column header row that
// ReadsByColumn and the rows under it (BoardTableRow), over a repeated
// header row and a blank line. A board printed per member organisation
// names the member on a line of its own above its header or its rows
// ("Region Norrby" / "Ordinarie | Personlig ersättare" / "Eva Ek (S),
// ordf. | Nils Berg (S)"): the rows' people represent it where no cell
// says otherwise. An entry may take more than one line, its role or
// organisation under its name (CellsUnder); a table with no member heading
// above it reads a lone organisation under a one-person row so too. The
// table ends at the first line that is none of these.
void ReadBoardTables(const RecordText& text, const std::vector<bool>& proposal,
                     std::vector<Person>* people) {
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    const std::vector<BoardTableColumn> header =
        BoardTableHeader(text.lines[i].text);
    if (!ReadsByColumn(header)) continue;
    const bool has_role_column = std::any_of(
        header.begin(), header.end(),
        [](const auto& c) { return c.kind == BoardTableColumn::kRole; });
    std::string member;
    for (int b = i - 1; b >= 0 && b >= i - 2; --b) {
      const std::string above(Trim(text.lines[b].text));
      if (above.empty()) continue;
      if (IsMemberHeading(above)) member = above;
      break;
    }
    // The last row's people, kept while the rows under it add their roles
    // and organisations (CellsUnder).
    std::vector<Person> last;
    const auto flush = [&] {
      for (Person& p : last) {
        if (p.organisation.empty() && p.appointed_by.empty()) {
          p.organisation = member;
        }
        AddPerson(people, p);
      }
      last.clear();
    };
    const int stop =
        ReadListRows(text, i + 1, [&](int k, const std::string& row) {
          if (ReadsByColumn(BoardTableHeader(row))) return true;
          std::vector<Person> found =
              BoardTableRow(header, row, "styrelse", text.lines[k].page);
          if (found.empty()) {
            const std::vector<EntryTail> under = CellsUnder(row, last.size());
            if (!under.empty() && (under.size() > 1 || member.empty())) {
              std::vector<Person*> above;
              for (Person& p : last) above.push_back(&p);
              AddCellsUnder(under, above);
              return true;
            }
            flush();
            if (!IsMemberHeading(row)) return false;
            member = row;
            return true;
          }
          flush();
          for (Person& p : found) {
            // A role column whose cell no role word reads ("Processledare"
            // in the office's "Namn | Befattning") is no board's.
            if (p.role.empty() && has_role_column) continue;
            p.body = proposal[k] ? "other" : BodyOfRole(p.role);
            last.push_back(p);
          }
          return true;
        });
    flush();
    i = stop - 1;
  }
}

}  // namespace

void ReadBoardLists(const RecordText& text, const std::vector<bool>& proposal,
                    std::vector<Person>* people) {
  ReadBoardTables(text, proposal, people);
  static const RE2 kLead(
      R"(\bstyrelse.*\b(?:(?:bestatt|bestar|bestod|utgjorts|utgors|utgjordes)\s+av(?:\s+foljande(?:\s+ledamoter)?)?|haft\s+foljande\s+sammansattning)$)");
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    const std::string line(Trim(text.lines[i].text));
    if (line.empty() || line.size() > 160) continue;
    const std::vector<std::string> cells = LineCells(line);
    std::vector<BoardColumn> columns;
    for (const std::string& c : cells) {
      BoardColumn column;
      if (!BoardHeadingCell(c, &column)) {
        columns.clear();
        break;
      }
      columns.push_back(column);
    }
    if (columns.empty()) {
      if (cells.size() != 1 || !RE2::PartialMatch(Fold(line), kLead)) continue;
      columns.emplace_back();
    }
    size_t current = 0;
    for (size_t c = 1; c < columns.size(); ++c) {
      if (std::tie(columns[c].date, columns[c].later) >=
          std::tie(columns[current].date, columns[current].later)) {
        current = c;
      }
    }
    std::vector<std::vector<Person>> boards(columns.size());
    std::string group_role;
    bool any = false;
    // Where the last row's people stand in `boards`, for the rows under
    // it to add their roles and organisations (CellsUnder).
    std::vector<std::pair<size_t, size_t>> last;
    const int stop =
        ReadListRows(text, i + 1, [&](int k, const std::string& row) {
          const std::vector<BoardEntry> entries = BoardRowEntries(row);
          if (entries.empty()) {
            std::string role;
            if (BoardGroupHeading(row, &role)) {
              group_role = role;
              last.clear();
              return true;
            }
            const std::vector<EntryTail> under = CellsUnder(row, last.size());
            if (!under.empty()) {
              std::vector<Person*> above;
              for (const auto& [column, at] : last) {
                above.push_back(&boards[column][at]);
              }
              AddCellsUnder(under, above);
              return true;
            }
            last.clear();
            // A column header row ("Namn  Roll  Fr.o.m.") over the first row.
            return !any && !BoardTableHeader(row).empty();
          }
          last.clear();
          for (size_t j = 0; j < entries.size(); ++j) {
            const BoardEntry& e = entries[j];
            const std::string role = e.role.empty() ? group_role : e.role;
            // A name alone on its line has only the list as evidence: a
            // genitive opening it is a heading after the list ("Föreningens
            // Ekonomi"), unless it is a first name.
            const std::string first = e.name.substr(0, e.name.find(' '));
            if (role.empty() && first.back() == 's' &&
                !IsKnownFirstName(first)) {
              continue;
            }
            const size_t column = std::min(j, columns.size() - 1);
            const bool board = column == current && !proposal[k];
            boards[column].push_back({e.name, role,
                                      board ? BodyOfRole(role) : "other",
                                      e.organisation, "", text.lines[k].page});
            last.emplace_back(column, boards[column].size() - 1);
            any = true;
          }
          return true;
        });
    for (const Person& p : boards[current]) AddPerson(people, p);
    for (size_t c = 0; c < boards.size(); ++c) {
      if (c == current) continue;
      for (const Person& p : boards[c]) AddPerson(people, p);
    }
    if (any) i = stop - 1;
  }
}

}  // namespace finsam::records
