#include "records/member_contributions.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/text.h"
#include "records/amount_parser.h"
#include "records/key_vocabulary.h"
#include "records/table_row.h"
#include "records/text_fold.h"
#include "records/year_tables.h"

namespace finsam::records {
namespace {

// A member's name is a few words ("Region Jönköpings län", "Upplands
// Väsby kommun"); a row label longer than this is a description.
constexpr size_t kMaxMemberNameBytes = 40;

// Lines under a year header that may still be the members' rows: a note's
// table with its captions and sums (the foundation's seed 000 note on
// operating income).
constexpr int kMaxLinesUnderContributionHeader = 20;

// Lines of text (blank lines not counted) from a table up to its caption:
// the caption, or the caption over an introducing paragraph of a few lines
// (the r8 Ljusälven probe: two lines as the text pipeline wraps them).
constexpr int kMaxLinesToCaption = 4;

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
  if (RE2::FullMatch(label, kFromLabel, &member)) {
    // "Bidrag från medlemmarna": the members together, their total.
    const std::string folded = Fold(member);
    if (folded == "medlemmarna" || folded == "medlemmar") return std::nullopt;
    return member;
  }
  if (!members_by_form) return std::nullopt;
  if (RE2::FullMatch(label, kKindLabel, &member) && IsMemberName(member)) {
    return member;
  }
  if (contribution_table) {
    // "Staten (Försäkringskassan och Arbetsförmedlingen)": the member, and
    // an aside on who it is.
    static const RE2 kAside(R"(\s*\([^()]*\)\s*$)");
    std::string name(Trim(label));
    RE2::Replace(&name, kAside, "");
    if (IsMemberName(name)) return name;
  }
  return std::nullopt;
}

// Adds `row`'s amounts to `totals` when it is the total of the member rows
// rows[run_start..]: labelled so ("Summa medlemsbidrag", "Summa
// driftbidrag"), or a bare "Summa"/"Totalt" whose amount is the sum of those
// rows for its year (a bare sum after other income rows is total income).
// A row the key vocabulary names the members' total ("Medlemsbidrag" in a
// note on operating income, records/key_vocabulary.h) is that total with
// no member rows above it.
enum class TotalLabel { kNone, kBare, kLabelled };

// "Summa medlemsbidrag", "Totalt tilldelade medel" (kLabelled); a bare
// "Summa", "Totalt" (kBare).
TotalLabel TotalLabelOf(const std::string& label) {
  static const RE2 kLabelled(
      R"(^(?:summa|totalt|s a)(?: (?:erhallna )?(?:medlems|drift)?bidrag(?:en)?| medlemsavgifter| tilldelade medel| tilldelning)$)");
  static const RE2 kBare(R"(^(?:summa|totalt|s a)$)");
  const std::string folded = Fold(label);
  if (RE2::FullMatch(folded, kLabelled)) return TotalLabel::kLabelled;
  if (RE2::FullMatch(folded, kBare)) return TotalLabel::kBare;
  return TotalLabel::kNone;
}

// The member rows rows[run_start..] of `year`: their sum and how many.
struct RunTotal {
  int64_t sum = 0;
  int members = 0;
};
RunTotal TotalOfRun(const std::vector<MemberContribution>& rows,
                    size_t run_start, int year) {
  RunTotal out;
  for (size_t r = run_start; r < rows.size(); ++r) {
    if (rows[r].year != year) continue;
    out.sum += rows[r].amount;
    ++out.members;
  }
  return out;
}

void ReadTotal(const TableRow& row, const std::vector<int>& years, Unit unit,
               int page, const std::vector<MemberContribution>& rows,
               size_t run_start, std::vector<LooseFigure>* totals) {
  const TotalLabel total_label = TotalLabelOf(row.label);
  const bool labelled = total_label == TotalLabel::kLabelled;
  const bool keyed = run_start >= rows.size() &&
                     KeyForLabel(row.label) == "member_contributions_total";
  if (!keyed &&
      (run_start >= rows.size() || total_label == TotalLabel::kNone)) {
    return;
  }
  for (size_t c = 0; c < row.cells.size() && c < years.size(); ++c) {
    if (!row.cells[c] || row.cells[c]->percent) continue;
    const std::optional<int64_t> kr = KronorOf(row.cells[c]->value, unit);
    if (!kr) continue;
    const auto [sum, members] = TotalOfRun(rows, run_start, years[c]);
    // Contributions are the organisation's income: a negative amount is a
    // fee it pays ("Medlemsavgifter -84 881" in a note on external costs,
    // brf-sjotungan-stammohandlingar-2024).
    if (keyed && *kr <= 0) continue;
    if (!keyed && (members == 0 || (!labelled && sum != *kr))) continue;
    LooseFigure total;
    total.key = "member_contributions_total";
    total.year = years[c];
    total.value = *kr;
    total.page = page;
    totals->push_back(total);
  }
}

// A member's name is a few words ("Region Jönköpings län", "Upplands
// Väsby kommun", "Stockholms läns landsting").
constexpr size_t kMaxMemberWords = 4;

// A paragraph's sentence runs over a few lines; more joined lines would
// reach into the next paragraph (as records/loose_figures.cc reads one).
constexpr int kMaxSentenceLines = 3;

// The member a clause before "med <amount>" names, if any: the last part
// after a comma or "och" ("Försäkringskassan bidrog", "Region Västerland",
// "och kommunerna"), its verb and year dropped, then its longest tail of
// words (kMaxMemberWords at most) that has a member's form; none when a
// word such as "till" puts the clause on the receiving side.
std::optional<std::string> MemberOfClause(const std::string& clause) {
  static const RE2 kLastPart(
      R"((?i)(?:.*(?:[,;:.]|\s(?:och|samt|medan|varav)\s))?\s*(.*?)\s*$)");
  static const RE2 kVerbTail(
      R"((?i)\s+(?:har\s+|hade\s+)?(?:bidrog|bidragit|bidrar|betalade|betalat|betalar|tillförde|tillfört|tillför)(?:\s+(?:under|för|år)\s+(?:året\s+)?(?:19|20)\d\d)?\s*$)");
  std::string part;
  if (!RE2::FullMatch(clause, kLastPart, &part)) return std::nullopt;
  static const RE2 kYearTail(
      R"((?i)\s+(?:under|för|år)\s+(?:året\s+)?(?:19|20)\d\d\s*$)");
  RE2::Replace(&part, kVerbTail, "");
  RE2::Replace(&part, kYearTail, "");
  const std::vector<std::string> words = SplitWords(part);
  // "bidrag till Lövsta kommun med ...": the one paid, not the payer.
  static const std::set<std::string> kToWords = {"till", "at",   "for",
                                                 "hos",  "inom", "i"};
  for (const std::string& w : words) {
    if (kToWords.count(Fold(w))) return std::nullopt;
  }
  const size_t first =
      words.size() > kMaxMemberWords ? words.size() - kMaxMemberWords : 0;
  for (size_t k = first; k < words.size(); ++k) {
    std::string tail;
    for (size_t m = k; m < words.size(); ++m) {
      tail += (m > k ? " " : "") + words[m];
    }
    if (IsMemberName(tail)) return tail;
  }
  return std::nullopt;
}

// An amount and its unit word as a sentence states them ("2 400 000"
// "kr", "4,5" "mnkr"), in kronor.
std::optional<int64_t> StatedKronor(const std::string& amount,
                                    const std::string& unit) {
  const std::optional<Amount> a = ParseAmount(amount);
  const std::optional<Unit> u = FindUnit(unit);
  if (!a || !u) return std::nullopt;
  return KronorOf(a->value, *u);
}

// Contributions a samordningsförbund states in a sentence instead of a
// table: "Försäkringskassan bidrog med 2 400 000 kr, Region Västerland med
// 1 200 000 kr och kommunerna med 1 200 000 kr" (a member before each "med
// <amount> <unit>"), and the total: "Medlemmarna bidrog under 2023 med
// totalt 4 800 000 kr", "Medlemsbidragen uppgick till 4 800 000 kr". The
// year is the one the sentence names ("under 2023", "för 2023"), else
// `fiscal_year`; none when both are missing. Rows and totals only for
// years the tables left without them.
void ReadContributionsInProse(const RecordText& text, int fiscal_year,
                              MemberContributions* out) {
  static const RE2 kContribution(
      R"((?i)(?:bidrog|bidragit|bidrag|medlemsavgift|tilldelade medel|tilldelning))");
  static const RE2 kWithAmount(
      R"((?i)^(.*?)\bmed\s+(totalt\s+|sammanlagt\s+)?(\d{1,3}(?:[  ]\d{3})*(?:,\d+)?)\s*(kr|kronor|tkr|mnkr|mkr|miljoner kronor)\b)");
  static const RE2 kTotal(
      R"((?i)\b(?:medlemsbidrag(?:en)?|medlemsavgift(?:erna)?|tilldelade medel|medlemmarnas bidrag)\b[^.]{0,40}?\buppg(?:ick|år|ar)\s+(?:(?:under\s+|för\s+|år\s+)?(?:19|20)\d\d\s+)?till\s+(?:totalt\s+)?(\d{1,3}(?:[  ]\d{3})*(?:,\d+)?)\s*(kr|kronor|tkr|mnkr|mkr|miljoner kronor)\b)");
  static const RE2 kYear(
      R"((?i)\b(?:under|för|år|året|uppgick|uppgår)\s+(?:år\s+)?((?:19|20)\d\d)\b)");
  std::set<int> table_years, total_years;
  for (const MemberContribution& m : out->rows) table_years.insert(m.year);
  for (const LooseFigure& f : out->totals) total_years.insert(f.year);
  const int n = static_cast<int>(text.lines.size());
  for (int i = 0; i < n; ++i) {
    if (text.lines[i].text.find('\t') != std::string::npos ||
        !RE2::PartialMatch(text.lines[i].text, kContribution)) {
      continue;
    }
    std::string sentence = text.lines[i].text;
    int last = i;
    for (int k = i + 1; k < n && k < i + kMaxSentenceLines &&
                        text.lines[k].page == text.lines[i].page &&
                        !Trim(text.lines[k].text).empty() &&
                        text.lines[k].text.find('\t') == std::string::npos;
         ++k) {
      sentence += " " + text.lines[k].text;
      last = k;
    }
    int year = fiscal_year;
    RE2::PartialMatch(sentence, kYear, &year);
    if (year == 0) continue;
    const int page = text.lines[i].page;
    auto add_total = [&](const std::string& amount, const std::string& unit) {
      const std::optional<int64_t> kr = StatedKronor(amount, unit);
      if (!kr || total_years.count(year)) return;
      LooseFigure total;
      total.key = "member_contributions_total";
      total.year = year;
      total.value = *kr;
      total.page = page;
      out->totals.push_back(total);
      total_years.insert(year);
    };
    std::string amount, unit;
    if (RE2::PartialMatch(sentence, kTotal, &amount, &unit)) {
      add_total(amount, unit);
    }
    re2::StringPiece rest(sentence);
    std::string clause, totally;
    while (
        RE2::Consume(&rest, kWithAmount, &clause, &totally, &amount, &unit)) {
      const std::optional<std::string> member =
          totally.empty() ? MemberOfClause(clause) : std::nullopt;
      if (!member) {
        // "Förbundets medlemmar bidrog under 2023 med totalt ...": the
        // members together.
        const std::string folded = Fold(clause);
        if (!totally.empty() || folded.find("medlem") != std::string::npos) {
          add_total(amount, unit);
        }
        continue;
      }
      const std::optional<int64_t> kr = StatedKronor(amount, unit);
      if (!kr || table_years.count(year)) continue;
      MemberContribution m;
      m.member = MostCommonSpelling(text, *member);
      m.year = year;
      m.amount = *kr;
      // The clause as printed, without the separator before it.
      static const RE2 kLead(
          R"((?i)^[\s.,;:]*(?:(?:och|samt|medan|varav)\s+)?)");
      std::string said = clause;
      RE2::Replace(&said, kLead, "");
      m.label = std::string(Trim(said)) + " med " + amount + " " + unit;
      m.page = page;
      out->rows.push_back(m);
    }
    i = last;
  }
}

// The unit of the table headed on line `h`: named in the header, or in a
// caption line right above it ("Medlemsbidrag per medlem (tkr)" over
// "Medlem | Andel | 2024 | 2023") that holds no figures; kronor when none.
Unit UnitOf(const RecordText& text, size_t h) {
  if (std::optional<Unit> u = FindUnit(text.lines[h].text)) return *u;
  const std::string caption = h > 0 ? text.lines[h - 1].text : "";
  const bool figures =
      std::any_of(caption.begin(), caption.end(),
                  [](unsigned char c) { return std::isdigit(c); });
  if (caption.size() < kMaxCaptionBytes && !figures) {
    if (std::optional<Unit> u = FindUnit(caption)) return *u;
  }
  return Unit::kKr;
}

// The lines of text above the table headed on line `h` that may hold its
// caption or the paragraph introducing it, nearest first: up to
// kMaxLinesToCaption of them, blank lines not counted; a row of another
// table (a line with cells) ends them.
std::vector<size_t> CaptionLines(const RecordText& text, size_t h) {
  std::vector<size_t> out;
  for (size_t k = h;
       k-- > 0 && out.size() < static_cast<size_t>(kMaxLinesToCaption);) {
    const std::string& above = text.lines[k].text;
    if (Trim(above).empty()) continue;
    if (above.find('\t') != std::string::npos) break;
    out.push_back(k);
  }
  return out;
}

// True when `table` is one of contributions, which names only the members
// in its rows: its title says so, or the caption line above it, or a
// caption above the paragraph that introduces it ("Medlemsbidrag" /
// "Medlemmarna har under 2024 tillskjutit medel enligt nedanstående
// fördelning." / "Medlem | 2024 | 2023", the r8 Ljusälven probe). A row of
// another table above ends the search.
bool NamesContributions(const RecordText& text, const YearTable& table) {
  static const RE2 kContributionWord(
      R"((?i)(?:bidrag|medlemsavgift|tilldelning|tilldelade medel))");
  if (RE2::PartialMatch(table.title, kContributionWord)) return true;
  const size_t h = table.header_line;
  if (h > 0 && text.lines[h - 1].text.size() < kMaxCaptionBytes &&
      RE2::PartialMatch(text.lines[h - 1].text, kContributionWord)) {
    return true;
  }
  for (const size_t k : CaptionLines(text, h)) {
    const std::string& above = text.lines[k].text;
    if (above.size() < kMaxCaptionBytes &&
        RE2::PartialMatch(above, kContributionWord)) {
      return true;
    }
  }
  return false;
}

// The column of a contributions table's header row that prints no year
// ("Medlem | Belopp, kr | Andel"): the index among its cells of the one
// that heads the amounts, when every other cell after the first heads a
// share or comparison column; -1 when the line is no such header.
int AmountColumnOfYearlessHeader(const std::vector<std::string>& cells) {
  static const RE2 kAmountHeading(
      R"(^(?:belopp|(?:medlems)?bidrag|tilldela[dt]e?(?: medel)?|kr|tkr|kronor)\b.*)");
  if (cells.size() < 2 || SplitWords(cells[0]).size() > kMaxMemberWords) {
    return -1;
  }
  int amount = -1;
  for (size_t k = 0; k < cells.size(); ++k) {
    if (std::any_of(cells[k].begin(), cells[k].end(),
                    [](unsigned char c) { return std::isdigit(c); })) {
      return -1;
    }
    if (k == 0) continue;
    std::string rest(Trim(cells[k]));
    if (amount < 0 && RE2::FullMatch(Fold(rest), kAmountHeading)) {
      amount = static_cast<int>(k);
      continue;
    }
    if (StripComparisonColumns(&rest) == 0 || !Trim(rest).empty()) return -1;
  }
  return amount;
}

// Lines under a yearless header that may be the members' rows.
constexpr int kMaxYearlessRows = 16;

// Contributions tables that print no year in their header ("Medlem |
// Belopp, kr | Andel" under "Medlemsbidrag" -- a table of one year's
// shares), as year tables of the year their caption or introducing
// sentence names ("Medlemsbidrag 2024", "bidrog under 2024 enligt
// följande"), else `fiscal_year`; none when neither is known. A row's
// amount is the cell under the amount heading.
std::vector<YearTable> YearlessContributionTables(const RecordText& text,
                                                  int fiscal_year) {
  static const RE2 kYear(R"(\b((?:19|20)\d\d)\b)");
  std::vector<YearTable> tables;
  for (size_t h = 0; h < text.lines.size(); ++h) {
    const std::vector<std::string> header = LineCells(text.lines[h].text);
    const int amount = AmountColumnOfYearlessHeader(header);
    if (amount < 0) continue;
    YearTable table;
    table.header_line = h;
    table.title = header[0];
    if (!NamesContributions(text, table)) continue;
    // The year a caption above names, nearest first.
    int year = 0;
    for (const size_t k : CaptionLines(text, h)) {
      int y = 0;
      // A law's year ("lagen (2003:1210)") is no table's.
      if (RE2::PartialMatch(text.lines[k].text, kYear, &y) &&
          (fiscal_year == 0 || std::abs(y - fiscal_year) <= 1)) {
        year = y;
        break;
      }
    }
    if (year == 0) year = fiscal_year;
    if (year == 0) continue;
    table.years = {year};
    for (size_t i = h + 1; i < text.lines.size() && i <= h + kMaxYearlessRows;
         ++i) {
      const std::string& line = text.lines[i].text;
      if (Trim(line).empty()) continue;
      const std::vector<std::string> cells = LineCells(line);
      if (cells.size() != header.size()) break;
      TableRow row = SplitRow(cells[0] + "\t" + cells[amount], 1, false);
      if (row.cells.empty()) continue;
      table.rows.push_back({i, std::move(row)});
    }
    if (!table.rows.empty()) tables.push_back(std::move(table));
  }
  return tables;
}

// The members a row names together, as a subtotal of the rows of their
// kind above it: "Kommunerna" of the municipalities' rows, "Staten" of
// Försäkringskassan's and Arbetsförmedlingen's, a "Summa"/"Delsumma" of
// any; kNone for a row that names one member. The kind matters: the
// state pays half, so a "Staten" row printed last equals the sum of the
// region's and the municipalities' rows above it and is no subtotal.
enum class Together { kNone, kMunicipalities, kState, kAny };

Together MembersTogether(const std::string& label) {
  const std::string f = Fold(std::string(Trim(label)));
  // "Kommunerna", "Summa kommuner", "Staten totalt", "Delsumma staten".
  static const RE2 kKind(
      R"(^(?:(?:del)?summa\s+|varav\s+)?(kommunerna|kommuner|staten)(?:\s+(?:totalt|sammanlagt|tillsammans))?$)");
  std::string kind;
  if (RE2::FullMatch(f, kKind, &kind)) {
    return kind == "staten" ? Together::kState : Together::kMunicipalities;
  }
  static const RE2 kSum(R"(^(?:(?:del)?summa|varav)\b.*)");
  return RE2::FullMatch(f, kSum) ? Together::kAny : Together::kNone;
}

bool IsOfKind(const std::string& member, Together kind) {
  const std::string f = Fold(member);
  switch (kind) {
    case Together::kMunicipalities: {
      // "Kalix kommun", or the bare place name ("Kalix") a table of
      // contributions prints for a municipality (BareMemberName).
      static const RE2 kMunicipality(R"(.* (?:kommun|stad))");
      return RE2::FullMatch(f, kMunicipality) || !IsMemberName(member);
    }
    case Together::kState:
      return f == "forsakringskassan" || f == "arbetsformedlingen";
    case Together::kAny:
      return true;
    case Together::kNone:
      return false;
  }
  return false;
}

// True when `amount` for `year` is the sum of two or more member rows of
// `kind` directly above, in rows[run_start..]: a subtotal.
bool SumsRowsAbove(const std::vector<MemberContribution>& rows,
                   size_t run_start, int year, Together kind, int64_t amount) {
  int64_t sum = 0;
  int summed = 0;
  for (size_t r = rows.size(); r-- > run_start;) {
    if (rows[r].year != year) continue;
    if (!IsOfKind(rows[r].member, kind)) return false;
    sum += rows[r].amount;
    if (++summed >= 2 && sum == amount) return true;
  }
  return false;
}

// A member a table of contributions prints by a bare proper name:
// "Kalix", "Upplands Väsby", "Malung-Sälen" (one to three words, each
// capitalised, no figures), the municipality without the word "kommun".
// Such a row is a member only when the table's total confirms it
// (ConfirmsRun): "Övrigt" or "Ränteintäkter" could stand there too.
constexpr size_t kMaxBareNameWords = 3;

std::optional<std::string> BareMemberName(const std::string& label) {
  static const RE2 kAside(R"(\s*\([^()]*\)\s*$)");
  std::string name(Trim(label));
  RE2::Replace(&name, kAside, "");
  const std::vector<std::string> words = SplitWords(name);
  if (words.empty() || words.size() > kMaxBareNameWords ||
      MembersTogether(name) != Together::kNone ||
      TotalLabelOf(name) != TotalLabel::kNone || !KeyForLabel(name).empty()) {
    return std::nullopt;
  }
  for (const std::string& w : words) {
    if (!StartsUpper(w) || std::any_of(w.begin(), w.end(), [](unsigned char c) {
          return std::isdigit(c);
        })) {
      return std::nullopt;
    }
  }
  return name;
}

// True when `row` is a total ("Summa", "Totalt", "Summa medlemsbidrag")
// whose amount for one of `years` is the sum of the rows rows[run_start..]
// of that year: the members' rows add up to the table's total.
bool ConfirmsRun(const TableRow& row, const std::vector<int>& years, Unit unit,
                 const std::vector<MemberContribution>& rows,
                 size_t run_start) {
  if (TotalLabelOf(row.label) == TotalLabel::kNone) return false;
  for (size_t c = 0; c < row.cells.size() && c < years.size(); ++c) {
    if (!row.cells[c] || row.cells[c]->percent) continue;
    const std::optional<int64_t> kr = KronorOf(row.cells[c]->value, unit);
    if (!kr) continue;
    const auto [sum, members] = TotalOfRun(rows, run_start, years[c]);
    if (members >= 2 && sum == *kr) return true;
  }
  return false;
}

}  // namespace

MemberContributions ExtractMemberContributions(const RecordText& text,
                                               int fiscal_year) {
  MemberContributions out;
  // Members known by their form are a samordningsförbund's (or another
  // kommunalförbund's): the document says what it is somewhere.
  static const RE2 kFederation(R"((?i)(?:samordningsf|finsam|kommunalf))");
  const bool members_by_form = std::any_of(
      text.lines.begin(), text.lines.end(),
      [](const Line& l) { return RE2::PartialMatch(l.text, kFederation); });
  std::vector<YearTable> tables =
      FindYearTables(text, kMaxLinesUnderContributionHeader);
  for (YearTable& t : YearlessContributionTables(text, fiscal_year)) {
    tables.push_back(std::move(t));
  }
  for (const YearTable& table : tables) {
    const size_t h = table.header_line;
    // Index in out.rows where the current run of member rows starts; a row
    // that is neither a member nor a total ends the run.
    size_t run_start = out.rows.size();
    const Unit unit = UnitOf(text, h);
    const bool contribution_table = NamesContributions(text, table);
    // Rows of bare names (BareMemberName) that no total has confirmed yet,
    // and rows of members in a table no caption names (a note of the
    // year's income: "Not 1 Verksamhetens intäkter", the r9 Fjällåsen
    // report) that only a total labelled as contributions ("Summa
    // medlemsbidrag") summing them confirms; as indices into out.rows,
    // ascending. Unconfirmed ones are dropped when their run ends.
    std::vector<size_t> unconfirmed;
    std::vector<size_t> unlabelled;
    auto drop_unconfirmed = [&]() {
      std::vector<size_t> drop = unconfirmed;
      drop.insert(drop.end(), unlabelled.begin(), unlabelled.end());
      std::sort(drop.begin(), drop.end());
      for (size_t k = drop.size(); k-- > 0;) {
        out.rows.erase(out.rows.begin() + static_cast<std::ptrdiff_t>(drop[k]));
      }
      unconfirmed.clear();
      unlabelled.clear();
    };
    for (const YearTable::Row& r : table.rows) {
      const TableRow& row = r.row;
      const int page = text.lines[r.line].page;
      // A subtotal the rows above add up to ("Kommunerna totalt" under the
      // municipalities) is passed over; the run goes on below it.
      if (const Together kind = MembersTogether(row.label);
          kind != Together::kNone &&
          TotalLabelOf(row.label) == TotalLabel::kNone && !row.cells.empty() &&
          row.cells[0] && !row.cells[0]->percent && !table.years.empty()) {
        const std::optional<int64_t> kr = KronorOf(row.cells[0]->value, unit);
        if (kr &&
            SumsRowsAbove(out.rows, run_start, table.years[0], kind, *kr)) {
          continue;
        }
      }
      std::optional<std::string> member =
          PayerOf(row.label, members_by_form, contribution_table);
      const bool bare = !member && members_by_form && contribution_table &&
                        (member = BareMemberName(row.label)).has_value();
      bool awaits_label = false;
      if (!member && members_by_form && !contribution_table) {
        const std::string name(Trim(row.label));
        if (IsMemberName(name)) {
          member = name;
          awaits_label = true;
        }
      }
      if (!member) {
        if (ConfirmsRun(row, table.years, unit, out.rows, run_start)) {
          unconfirmed.clear();
          if (TotalLabelOf(row.label) == TotalLabel::kLabelled) {
            unlabelled.clear();
          }
        }
        drop_unconfirmed();
        ReadTotal(row, table.years, unit, page, out.rows, run_start,
                  &out.totals);
        run_start = out.rows.size();
        continue;
      }
      for (size_t c = 0; c < row.cells.size() && c < table.years.size(); ++c) {
        if (!row.cells[c] || row.cells[c]->percent) continue;
        const std::optional<int64_t> kr = KronorOf(row.cells[c]->value, unit);
        if (!kr) continue;
        if (const Together kind = MembersTogether(row.label);
            kind != Together::kNone &&
            SumsRowsAbove(out.rows, run_start, table.years[c], kind, *kr)) {
          continue;
        }
        MemberContribution m;
        m.member = MostCommonSpelling(text, *member);
        m.year = table.years[c];
        m.amount = *kr;
        m.label = row.label;
        m.page = page;
        if (bare) unconfirmed.push_back(out.rows.size());
        if (awaits_label) unlabelled.push_back(out.rows.size());
        out.rows.push_back(m);
      }
    }
    drop_unconfirmed();
  }
  if (members_by_form) ReadContributionsInProse(text, fiscal_year, &out);
  return out;
}

}  // namespace finsam::records
