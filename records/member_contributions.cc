#include "records/member_contributions.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

#include "base/text.h"
#include "records/amount_parser.h"
#include "records/table_row.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

// The years of a header row ("2023 2022", "Belopp i kronor 2023 2022",
// "2023-12-31 2022-12-31"), empty when the row is not a header.
std::vector<int> HeaderYears(const std::string& line) {
  static const RE2 kHeader(
      R"((?i)^(?:belopp(?:\s+i)?\s+(?:t?kr|kronor)\s+)?(?:not\s+)?((?:(?:19|20)\d\d(?:-\d\d-\d\d)?\s*)+)$)");
  std::string years_text;
  std::string l = StripRuleJunk(line);
  for (char& c : l) {
    if (c == '\t') c = ' ';
  }
  if (!RE2::FullMatch(std::string(Trim(l)), kHeader, &years_text)) return {};
  std::vector<int> years;
  static const RE2 kYear(R"(((?:19|20)\d\d)(?:-\d\d-\d\d)?)");
  re2::StringPiece input(years_text);
  int y = 0;
  while (RE2::FindAndConsume(&input, kYear, &y)) years.push_back(y);
  return years;
}

// The spelling of `phrase` the document uses most. OCR and restoration
// damage one occurrence ("Region Örebro lin") while the name is printed
// right elsewhere ("Region Örebro län", many times in the prose).
std::string MostCommonSpelling(const RecordText& text,
                               const std::string& phrase) {
  const std::string folded = Fold(phrase);
  const size_t words = std::count(folded.begin(), folded.end(), ' ') + 1;
  if (folded.size() < 8) return phrase;
  std::map<std::string, int> counts;
  for (const Line& l : text.lines) {
    const std::vector<std::string> toks = SplitWords(l.text);
    for (size_t k = 0; k + words <= toks.size(); ++k) {
      std::string cand = toks[k];
      for (size_t m = 1; m < words; ++m) cand += " " + toks[k + m];
      while (!cand.empty() &&
             std::ispunct(static_cast<unsigned char>(cand.back()))) {
        cand.pop_back();
      }
      const std::string fc = Fold(cand);
      if (fc == folded || FoldedNear(fc, folded)) ++counts[cand];
    }
  }
  std::string best = phrase;
  int best_count = counts.count(phrase) ? counts[phrase] : 0;
  for (const auto& [cand, count] : counts) {
    if (count > best_count && Fold(cand).size() == folded.size()) {
      best = cand;
      best_count = count;
    }
  }
  return best;
}

}  // namespace

std::vector<MemberContribution> ExtractMemberContributions(
    const RecordText& text) {
  std::vector<MemberContribution> out;
  std::vector<int> years;
  int header_line = -100;
  Unit unit = Unit::kKr;
  static const RE2 kLabel(
      R"((?i)^\s*((?:drift|medlems)?bidrag|medlemsavgift|tilldelning|tilldelade medel)\s+(?:från|fran|fr\.)\s+(.+?)\s*$)");
  for (size_t i = 0; i < text.lines.size(); ++i) {
    const std::string& line = text.lines[i].text;
    std::vector<int> h = HeaderYears(line);
    if (!h.empty()) {
      years = h;
      header_line = static_cast<int>(i);
      unit = FindUnit(line).value_or(Unit::kKr);
      continue;
    }
    if (years.empty() || static_cast<int>(i) - header_line > 20) continue;
    TableRow row = SplitRow(line, static_cast<int>(years.size()), false);
    std::string kind, member;
    if (row.cells.empty() ||
        !RE2::FullMatch(row.label, kLabel, &kind, &member)) {
      continue;
    }
    for (size_t c = 0; c < row.cells.size() && c < years.size(); ++c) {
      if (!row.cells[c] || row.cells[c]->percent) continue;
      const std::optional<int64_t> kr = KronorOf(row.cells[c]->value, unit);
      if (!kr) continue;
      MemberContribution m;
      m.member = MostCommonSpelling(text, member);
      m.year = years[c];
      m.amount = *kr;
      m.label = row.label;
      m.page = text.lines[i].page;
      out.push_back(m);
    }
  }
  return out;
}

}  // namespace finsam::records
