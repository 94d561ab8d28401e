#include "records/member_contributions.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <optional>

#include "base/text.h"
#include "records/amount_parser.h"
#include "records/table_row.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

// A member's name is a few words ("Region Jönköpings län", "Upplands
// Väsby kommun"); a row label longer than this is a description.
constexpr size_t kMaxMemberNameBytes = 40;

// A caption above a table is a title line ("Medlemsbidrag per medlem
// (kr)"), not a paragraph that happens to mention contributions.
constexpr size_t kMaxCaptionBytes = 80;

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

// True when `name` has the form of a party to a samordningsförbund: the
// law (2003:1210) names them -- Försäkringskassan and Arbetsförmedlingen
// (together "staten"), a region (landsting) and one or more kommuner.
bool IsMemberName(const std::string& name) {
  static const RE2 kMember(
      R"(^(?:staten(?: .*)?|forsakringskassan|arbetsformedlingen|kommunerna|(?:region|landstinget) \S.*|\S.* (?:kommun|regionen|landsting|stad))$)");
  const std::string folded = Fold(name);
  return folded.size() <= kMaxMemberNameBytes &&
         RE2::FullMatch(folded, kMember);
}

// The member a row's label says paid its amounts, if it says so:
// "Driftbidrag från staten" (any payer after "från"); "Medlemsbidrag
// Försäkringskassan", "Medlemsbidrag, Lövsta kommun" (a payer of a member's
// form); in a table of contributions, the member's name alone. The last two
// only when `members_by_form`: a sports club's "Bidrag Trollhättans stad" is
// a grant, not a member's contribution.
std::optional<std::string> PayerOf(const std::string& label,
                                   bool members_by_form,
                                   bool contribution_table) {
  static const RE2 kFromLabel(
      R"((?i)^\s*(?:(?:drift|medlems)?bidrag|medlemsavgift|tilldelning|tilldelade medel)\s+(?:från|fran|fr\.)\s+(.+?)\s*$)");
  static const RE2 kKindLabel(
      R"((?i)^\s*(?:(?:drift|medlems)?bidrag|medlemsavgift(?:er)?|tilldelning)\s*[,:–-]?\s+(.+?)\s*$)");
  std::string member;
  if (RE2::FullMatch(label, kFromLabel, &member)) return member;
  if (!members_by_form) return std::nullopt;
  if (RE2::FullMatch(label, kKindLabel, &member) && IsMemberName(member)) {
    return member;
  }
  if (contribution_table && IsMemberName(label)) {
    return std::string(Trim(label));
  }
  return std::nullopt;
}

// Adds `row`'s amounts to `totals` when it is the total of the member rows
// rows[run_start..]: labelled so ("Summa medlemsbidrag", "Summa
// driftbidrag"), or a bare "Summa"/"Totalt" whose amount is the sum of those
// rows for its year (a bare sum after other income rows is total income).
void ReadTotal(const TableRow& row, const std::vector<int>& years, Unit unit,
               int page, const std::vector<MemberContribution>& rows,
               size_t run_start, std::vector<LooseFigure>* totals) {
  static const RE2 kLabelled(
      R"(^(?:summa|totalt|s a)(?: (?:erhallna )?(?:medlems|drift)?bidrag(?:en)?| medlemsavgifter)$)");
  static const RE2 kBare(R"(^(?:summa|totalt|s a)$)");
  const std::string label = Fold(row.label);
  const bool labelled = RE2::FullMatch(label, kLabelled);
  if (run_start >= rows.size() || !(labelled || RE2::FullMatch(label, kBare))) {
    return;
  }
  for (size_t c = 0; c < row.cells.size() && c < years.size(); ++c) {
    if (!row.cells[c] || row.cells[c]->percent) continue;
    const std::optional<int64_t> kr = KronorOf(row.cells[c]->value, unit);
    if (!kr) continue;
    int64_t sum = 0;
    int members = 0;
    for (size_t r = run_start; r < rows.size(); ++r) {
      if (rows[r].year != years[c]) continue;
      sum += rows[r].amount;
      ++members;
    }
    if (members == 0 || (!labelled && sum != *kr)) continue;
    LooseFigure total;
    total.key = "member_contributions_total";
    total.year = years[c];
    total.value = *kr;
    total.page = page;
    totals->push_back(total);
  }
}

}  // namespace

MemberContributions ExtractMemberContributions(const RecordText& text) {
  MemberContributions out;
  // Index in out.rows where the current run of member rows starts; a row
  // that is neither a member nor a total ends the run.
  size_t run_start = 0;
  std::vector<int> years;
  int header_line = -100;
  bool contribution_table = false;
  Unit unit = Unit::kKr;
  static const RE2 kContributionWord(
      R"((?i)(?:bidrag|medlemsavgift|tilldelning|tilldelade medel))");
  // Members known by their form are a samordningsförbund's (or another
  // kommunalförbund's): the document says what it is somewhere.
  static const RE2 kFederation(R"((?i)(?:samordningsf|finsam|kommunalf))");
  const bool members_by_form = std::any_of(
      text.lines.begin(), text.lines.end(),
      [](const Line& l) { return RE2::PartialMatch(l.text, kFederation); });
  for (size_t i = 0; i < text.lines.size(); ++i) {
    const std::string& line = text.lines[i].text;
    std::string title;
    std::vector<int> h = HeaderRowYears(line, &title);
    if (!h.empty()) {
      years = h;
      header_line = static_cast<int>(i);
      run_start = out.rows.size();
      unit = FindUnit(line).value_or(Unit::kKr);
      // A table of contributions names only the members in its rows: its
      // title says so, in the header or in the caption line above it.
      const std::string caption = i > 0 ? text.lines[i - 1].text : "";
      contribution_table = RE2::PartialMatch(title, kContributionWord) ||
                           (caption.size() < kMaxCaptionBytes &&
                            RE2::PartialMatch(caption, kContributionWord));
      continue;
    }
    if (years.empty() || static_cast<int>(i) - header_line > 20) continue;
    TableRow row = SplitRow(line, static_cast<int>(years.size()), false);
    if (row.cells.empty()) continue;
    const std::optional<std::string> member =
        PayerOf(row.label, members_by_form, contribution_table);
    if (!member) {
      ReadTotal(row, years, unit, text.lines[i].page, out.rows, run_start,
                &out.totals);
      run_start = out.rows.size();
      continue;
    }
    for (size_t c = 0; c < row.cells.size() && c < years.size(); ++c) {
      if (!row.cells[c] || row.cells[c]->percent) continue;
      const std::optional<int64_t> kr = KronorOf(row.cells[c]->value, unit);
      if (!kr) continue;
      MemberContribution m;
      m.member = MostCommonSpelling(text, *member);
      m.year = years[c];
      m.amount = *kr;
      m.label = row.label;
      m.page = text.lines[i].page;
      out.rows.push_back(m);
    }
  }
  return out;
}

}  // namespace finsam::records
