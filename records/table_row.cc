#include "records/table_row.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <utility>

#include "base/text.h"
#include "records/column_words.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

std::string Join(const std::vector<std::string>& parts, size_t from,
                 size_t to) {
  std::string out;
  for (size_t i = from; i < to; ++i) {
    if (!out.empty()) out += ' ';
    out += parts[i];
  }
  return out;
}

// Cells separated by tabs, or by runs of two or more spaces.
std::vector<std::string> SplitCells(std::string_view line) {
  std::vector<std::string> cells;
  std::string cur;
  int spaces = 0;
  for (char c : line) {
    if (c == '\t') {
      spaces = 2;
      continue;
    }
    if (c == ' ') {
      ++spaces;
      continue;
    }
    if (spaces >= 2 && !cur.empty()) {
      cells.push_back(cur);
      cur.clear();
    } else if (spaces == 1 && !cur.empty()) {
      cur += ' ';
    }
    spaces = 0;
    cur += c;
  }
  if (!cur.empty()) cells.push_back(cur);
  return cells;
}

bool IsNoteCell(std::string_view cell, std::string* note) {
  static const RE2 kNote(R"((?i)^not\s*(\d{1,2}(?:\s*[,&och]+\s*\d{1,2})*)$)");
  if (RE2::FullMatch(Trim(cell), kNote, note)) return true;
  // OCR reads a lone note "1" as "I" or "l" ("Not I", Sjötungan 2007).
  static const RE2 kNoteOne(R"(^[Nn]ot\s*[Il]$)");
  if (!RE2::FullMatch(Trim(cell), kNoteOne)) return false;
  note->assign(1, '1');
  return true;
}

bool IsBareNote(std::string_view cell) {
  static const RE2 kBare(R"(^[1-9]\d?(?:\s*,\s*[1-9]\d?)*$)");
  return RE2::FullMatch(Trim(cell), kBare);
}

// An amount cell with a remark in brackets after it, as a wrapped cell
// reads ("8 012 (inkl ESF)"): the amount alone. Other cells as they are.
std::string WithoutRemark(const std::string& cell) {
  static const RE2 kRemark(R"(^(.*\d)\s+\([^()]*\pL[^()]*\)$)");
  std::string amount;
  if (RE2::FullMatch(cell, kRemark, &amount)) return amount;
  return cell;
}

// A cell with no figure that OCR makes of a rule, a speck or a dash: an
// empty cell's mark ("-", "—") or a lone punctuation mark (".", ",", "'").
bool IsStrayMark(std::string_view cell) {
  const std::string_view t = Trim(cell);
  if (IsEmptyCell(t)) return !t.empty();
  static const RE2 kSpeck(R"(^[.,'’‘`´:;·•*_~]$)");
  return RE2::FullMatch(t, kSpeck);
}

// Row from tab/space-run separated cells; false when a value cell does not
// read as one amount (the caller falls back to tokens).
bool SplitByCells(std::vector<std::string> cells, int columns, bool note_column,
                  TableRow* row) {
  for (size_t i = 1; i < cells.size(); ++i) cells[i] = WithoutRemark(cells[i]);
  size_t first_value = cells.size();
  // A sum printed without a label ("11 551 426\t9 768 329" closing a block,
  // Lindh 2011): a value in every cell, as many cells as columns.
  const bool values_only = columns > 0 &&
                           static_cast<int>(cells.size()) == columns &&
                           ParseAmount(cells[0]).has_value();
  for (size_t i = values_only ? cells.size() : 0; i < cells.size(); ++i) {
    std::string note;
    if (i > 0 && (IsNoteCell(cells[i], &note) || IsEmptyCell(cells[i]) ||
                  (note_column && IsBareNote(cells[i])) ||
                  ParseAmount(cells[i]).has_value())) {
      first_value = i;
      break;
    }
  }
  if (values_only) first_value = 0;
  if (first_value == 0 && !values_only) return false;
  row->label.clear();
  for (size_t i = 0; i < first_value; ++i) {
    if (!row->label.empty()) row->label += ' ';
    row->label += cells[i];
  }
  size_t i = first_value;
  std::string note;
  if (i < cells.size() && IsNoteCell(cells[i], &note)) {
    row->note = note;
    ++i;
  } else if (i < cells.size() && note_column && IsBareNote(cells[i]) &&
             (columns == 0 ||
              static_cast<int>(cells.size() - i) == columns + 1 ||
              cells.size() - i == 1)) {
    row->note = std::string(Trim(cells[i]));
    ++i;
  }
  row->cells.clear();
  // Right-aligned layout may put spaces between a sign and its amount
  // ("-   23 808"): with one cell too many, a lone dash before an amount is
  // that amount's sign.
  bool extra_cell =
      columns > 0 && static_cast<int>(cells.size() - i) == columns + 1;
  if (extra_cell) {
    // OCR reads a rule or a speck between two columns as a cell of its own
    // ("Finansiella kostnader\t-310\t-\t-95", the lead's Ekbacka scan:
    // three cells for two years). When exactly one cell is such a mark and
    // is not the sign of a positive amount after it, the other cells fill
    // the columns and the mark is no column.
    size_t stray = cells.size();
    int marks = 0;
    for (size_t k = i; k < cells.size(); ++k) {
      if (!IsStrayMark(cells[k])) continue;
      const bool sign_of_next = Trim(cells[k]) == "-" && k + 1 < cells.size() &&
                                ParseAmount(cells[k + 1]).has_value() &&
                                ParseAmount(cells[k + 1])->value > 0;
      if (sign_of_next) continue;
      stray = k;
      ++marks;
    }
    if (marks == 1) {
      cells.erase(cells.begin() + static_cast<long>(stray));
      extra_cell = false;
    }
  }
  for (; i < cells.size(); ++i) {
    if (IsEmptyCell(cells[i])) {
      if (extra_cell && Trim(cells[i]) == "-" && i + 1 < cells.size()) {
        auto next = ParseAmount(cells[i + 1]);
        if (next && next->value > 0) {
          next->value = -next->value;
          row->cells.push_back(*next);
          ++i;
          continue;
        }
      }
      row->cells.push_back(std::nullopt);
      continue;
    }
    auto a = ParseAmount(cells[i]);
    if (!a) return false;
    row->cells.push_back(*a);
  }
  row->complete =
      columns == 0 || static_cast<int>(row->cells.size()) == columns;
  return true;
}

// A margin mark or pen stroke read after a row's values: at most
// kMaxTrailingMarkBytes bytes, no digit (a digit may be a cut-off cell).
// Three bytes take "Ny" and "H"; "Ny" in Lindh 2013 is the longest seen.
constexpr size_t kMaxTrailingMarkBytes = 3;

bool IsTrailingMark(std::string_view token) {
  if (token.empty() || token.size() > kMaxTrailingMarkBytes) return false;
  for (char c : token) {
    if (c >= '0' && c <= '9') return false;
  }
  return true;
}

// Takes a mark after a row's last value out of `cells` into `mark`: a cell
// of its own ("...\t116 932 876\tNy", Lindh 2013), or the last word of the
// last cell when what it follows is a whole amount of two digit groups or
// more ("140 207 069 H", Sjötungan 2007). After a lone group ("144 Mg",
// Ångturbinen 2013) the "mark" is OCR of the missing digits, and the row
// stays unread rather than read short.
bool SetMarkAside(std::vector<std::string>* cells, std::string* mark) {
  if (cells->size() < 2) return false;
  std::string& last = cells->back();
  if (IsTrailingMark(Trim(last))) {
    *mark = std::string(Trim(last));
    cells->pop_back();
    return true;
  }
  const size_t space = last.rfind(' ');
  if (space == std::string::npos) return false;
  const std::string word = last.substr(space + 1);
  const std::string amount = last.substr(0, space);
  if (!IsTrailingMark(word) || amount.find(' ') == std::string::npos ||
      !ParseAmount(amount)) {
    return false;
  }
  *mark = word;
  last = amount;
  return true;
}

// A ratio's percent sign as OCR of a bilevel scan reads it ("84,9 \"No",
// "85,3 No", "81,0 HN": round 8's skogsbygden scan, Soliditet over four
// years): a trailing mark after a decimal amount. Taken only when at least
// this many of the row's cells carry one -- a misread repeated along the
// row, where a lone mark may be a cut-off cell or a note.
constexpr int kMinRepeatedRatioMarks = 2;

// Drops the marks after a row's decimal amounts when they repeat along it.
void DropRepeatedRatioMarks(std::vector<std::string>* cells) {
  static const RE2 kMarked(R"((-?\d{1,3},\d{1,2})\s+(\S+))");
  std::vector<std::pair<size_t, std::string>> marked;  // cell, its amount
  for (size_t k = 1; k < cells->size(); ++k) {
    std::string amount, mark;
    if (RE2::FullMatch(std::string(Trim((*cells)[k])), kMarked, &amount,
                       &mark) &&
        IsTrailingMark(mark) && !FindUnit(mark)) {
      marked.emplace_back(k, amount);
    }
  }
  if (static_cast<int>(marked.size()) < kMinRepeatedRatioMarks) return;
  for (auto& [k, amount] : marked) (*cells)[k] = amount;
}

}  // namespace

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t begin = 0;
  while (true) {
    const size_t tab = line.find('\t', begin);
    cells.push_back(line.substr(begin, tab == std::string_view::npos
                                           ? std::string_view::npos
                                           : tab - begin));
    if (tab == std::string_view::npos) break;
    begin = tab + 1;
  }
  return cells;
}

bool HasLetter(std::string_view s) {
  const std::string f = Fold(s);
  return std::any_of(f.begin(), f.end(),
                     [](char ch) { return ch >= 'a' && ch <= 'z'; });
}

std::string StripRuleJunk(std::string_view line) {
  std::string out(line);
  static const RE2 kJunk(R"((^|[ \t])[|\[\]¦]+(?:[ \t]|$))");
  while (RE2::GlobalReplace(&out, kJunk, "\\1") > 0) {
  }
  return out;
}

TableRow SplitRow(std::string_view raw_line, int columns, bool note_column) {
  TableRow row;
  const std::string line = StripRuleJunk(raw_line);
  const bool has_cells = line.find('\t') != std::string::npos ||
                         line.find("  ") != std::string::npos;
  if (has_cells) {
    std::vector<std::string> cells = SplitCells(line);
    DropRepeatedRatioMarks(&cells);
    if (!cells.empty() && SplitByCells(cells, columns, note_column, &row)) {
      return row;
    }
    row = TableRow();
    std::string mark;
    if (columns > 0 && SetMarkAside(&cells, &mark) &&
        SplitByCells(cells, columns, note_column, &row) && row.complete &&
        !row.cells.empty()) {
      row.trailing = mark;
      return row;
    }
    row = TableRow();
  }
  std::vector<std::string> toks = SplitWords(line);
  // "Not 2" written out in the row.
  std::string note;
  for (size_t k = 1; k + 1 < toks.size(); ++k) {
    if (Fold(toks[k]) == "not" && IsBareNote(toks[k + 1])) {
      note = toks[k + 1];
      toks.erase(toks.begin() + k, toks.begin() + k + 2);
      break;
    }
  }
  // The values are the longest run of amount tokens at the end of the row;
  // the first token is always label (a row never starts with its values,
  // except in a continuation line, which the caller handles).
  size_t v = toks.size();
  while (v > 1 && IsAmountToken(toks[v - 1])) --v;
  // A lone "-" or "%" right after the label is part of it ("Förbundschef -").
  row.label = Join(toks, 0, v);
  row.note = note;
  std::vector<std::string> values(toks.begin() + v, toks.end());
  if (values.empty()) return row;
  if (columns > 0) {
    // Try the whole run, then give leading tokens back to the label (labels
    // may end in numbers: "Förbundschef 30 %").
    for (size_t give = 0; give < values.size() && give <= 2; ++give) {
      std::vector<std::string> tail(values.begin() + give, values.end());
      std::optional<int> lead_note;
      auto cells = GroupAmountTokens(tail, columns, note_column && note.empty(),
                                     &lead_note);
      if (cells) {
        if (give > 0) row.label = Join(toks, 0, v + give);
        row.cells = *cells;
        if (lead_note) row.note = std::to_string(*lead_note);
        // The other reading of a leading small number, when it also fits.
        if (note_column && note.empty() && tail.size() > 1 &&
            IsBareNote(tail[0])) {
          std::optional<TableRow::Reading> other;
          if (lead_note) {
            auto plain = GroupAmountTokens(tail, columns, false, nullptr);
            if (plain) other = TableRow::Reading{"", *plain};
          } else {
            std::vector<std::string> rest(tail.begin() + 1, tail.end());
            auto noted = GroupAmountTokens(rest, columns, false, nullptr);
            if (noted) other = TableRow::Reading{tail[0], *noted};
          }
          row.alternative = other;
        }
        return row;
      }
    }
    // A heading with only a note reference ("Skulder 6").
    if (note_column && values.size() == 1 && IsBareNote(values[0])) {
      row.note = values[0];
      return row;
    }
  }
  row.cells = GroupAmountTokensLoose(values, columns > 0 ? columns : 12,
                                     /*fewest=*/columns == 0);
  row.complete = columns == 0 || static_cast<int>(row.cells.size()) == columns;
  if (row.cells.empty()) row.label = Join(toks, 0, toks.size());
  return row;
}

int StripComparisonColumns(std::string* text) {
  auto last_word = [](const std::string& l) {
    const size_t space = l.find_last_of(' ');
    return space == std::string::npos ? 0 : space + 1;
  };
  auto cut_before = [](std::string* l, size_t word) {
    const size_t keep =
        std::string_view(*l).substr(0, word).find_last_not_of(' ');
    l->resize(keep == std::string_view::npos ? 0 : keep + 1);
  };
  int stripped = 0;
  while (!text->empty()) {
    const size_t word = last_word(*text);
    const std::string_view last = std::string_view(*text).substr(word);
    const size_t before = word > 0 ? last_word(text->substr(0, word - 1)) : 0;
    const bool after_share =
        word > 0 && Fold(std::string_view(*text).substr(
                        before, word - 1 - before)) == "andel";
    if (last == "%" || (after_share && IsPercentSignAsRead(last))) {
      cut_before(text, word);
      // "Andel %": the share and its unit, one column (OCR read the sign
      // as "2" or "Yo" after "Andel": IsPercentSignAsRead).
      if (after_share) cut_before(text, before);
    } else if (IsComparisonColumnWord(Fold(last))) {
      cut_before(text, word);
    } else {
      break;
    }
    ++stripped;
  }
  return stripped;
}

// A title before a header's years is a few words ("Not 1 Verksamhetens
// intäkter", "Medlemsbidrag per medlem"); a longer run is a sentence.
constexpr size_t kMaxHeaderTitleWords = 6;

std::string WithoutTrailingCells(std::string_view line, int n) {
  if (n <= 0) return std::string(line);
  const std::vector<std::string_view> cells = SplitTabs(line);
  if (cells.size() <= static_cast<size_t>(n) + 1) return std::string(line);
  std::string out;
  for (size_t c = 0; c + n < cells.size(); ++c) {
    if (c > 0) out += '\t';
    out.append(cells[c]);
  }
  return out;
}

std::string WithoutLeadingCells(std::string_view line, int n, int rest) {
  const std::vector<std::string_view> cells = SplitTabs(line);
  if (n <= 0 || cells.size() != static_cast<size_t>(1 + n + rest)) {
    return std::string(line);
  }
  std::string out(cells[0]);
  for (size_t c = 1 + n; c < cells.size(); ++c) {
    out += '\t';
    out.append(cells[c]);
  }
  return out;
}

std::vector<int> HeaderRowYears(const std::string& line, std::string* title,
                                int* trailing_columns) {
  static const RE2 kHeader(
      R"((?i)^(.*?)\s*((?:(?:19|20)\d\d(?:-\d\d-\d\d)?\s*)+)$)");
  static const RE2 kBareTitle(
      R"((?i)^(?:belopp(?:\s+i)?\s+(?:t?kr|kronor)|not)?$)");
  static const RE2 kNoteNumber(R"((?i)^not\s+\d{1,2}\b.*)");
  std::string years_text;
  std::string l = StripRuleJunk(line);
  for (char& c : l) {
    if (c == '\t') c = ' ';
  }
  title->clear();
  // A year cell may print the column's unit after the year ("Medlem |
  // 2024, kr | Andel, %", the r9 Kustlandet and Fjällåsen contributions
  // tables; "2024 (tkr)"): the unit is the table's (FindUnit reads it from
  // the line), the cell a year.
  static const RE2 kUnitAfterYear(
      R"((?i)\b((?:19|20)\d\d)\s*(?:,\s*|\(\s*)?(?:t?kr|kronor|tkronor|mnkr|mkr|t?sek)\b\)?)");
  RE2::GlobalReplace(&l, kUnitAfterYear, R"(\1)");
  // Columns printed after the years are no years and read past: each
  // member's share ("Medlemsbidrag, tkr | 2024 | 2023 | Andel", the lead's
  // r7 Vättersund probe), a change or a deviation.
  l = std::string(Trim(l));
  const int trailing = StripComparisonColumns(&l);
  if (trailing_columns != nullptr) *trailing_columns = trailing;
  if (!RE2::FullMatch(std::string(Trim(l)), kHeader, title, &years_text)) {
    return {};
  }
  std::vector<int> years;
  static const RE2 kYear(R"(((?:19|20)\d\d)(?:-\d\d-\d\d)?)");
  re2::StringPiece input(years_text);
  int y = 0;
  while (RE2::FindAndConsume(&input, kYear, &y)) years.push_back(y);
  if (RE2::FullMatch(*title, kBareTitle)) return years;
  const std::vector<std::string> words = SplitWords(*title);
  const bool digits_only_in_note_number =
      std::none_of(title->begin(), title->end(),
                   [](unsigned char c) { return std::isdigit(c); }) ||
      RE2::FullMatch(*title, kNoteNumber);
  // One year is a header when a column's heading stands beside it, before
  // ("Medlem (tkr) | Andel | 2023": round 8's Nordanås probe, members'
  // shares of one year's contributions) or after it ("Medlem | 2023 |
  // Andel"), not prose.
  std::string without_columns = *title;
  const bool column_headings = (StripComparisonColumns(&without_columns) > 0 &&
                                !without_columns.empty()) ||
                               (trailing > 0 && !title->empty());
  if (years.size() < (column_headings ? 1u : 2u) ||
      words.size() > kMaxHeaderTitleWords || !digits_only_in_note_number ||
      title->back() == '.') {
    return {};
  }
  return years;
}

}  // namespace finsam::records
