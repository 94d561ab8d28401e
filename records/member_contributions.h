// Member contributions: "Driftbidrag från staten  4 000 000  4 000 000"
// rows (usually in the note on operating income), one entry per member and
// year, in kronor.
#ifndef FINSAM_RECORDS_MEMBER_CONTRIBUTIONS_H_
#define FINSAM_RECORDS_MEMBER_CONTRIBUTIONS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "records/loose_figures.h"
#include "records/record_text.h"

namespace finsam::records {

struct MemberContribution {
  std::string member;  // "staten", "Region Örebro län"
  int year = 0;
  int64_t amount = 0;  // kronor
  std::string label;   // the printed row label
  int page = 0;
  bool operator==(const MemberContribution&) const = default;
};

struct MemberContributions {
  std::vector<MemberContribution> rows;
  // The printed total of a year's contributions, as member_contributions_total
  // figures: a "Summa medlemsbidrag" row of the block, or a bare "Summa"
  // right after the members' rows whose amounts it adds up.
  std::vector<LooseFigure> totals;
};

// Rows are read against the nearest column header above them (within a
// few lines): "2023 2022", "2023-12-31 2022-12-31", "Not 1 Verksamhetens
// intäkter 2024 2023". A row names its payer after "från" ("Driftbidrag
// från staten"); in a samordningsförbund's report also by the member's form
// ("Medlemsbidrag Försäkringskassan", or "Region Västerland" alone in a
// table whose title speaks of contributions, "Tilldelade medel",
// "Medlemsavgifter"). A samordningsförbund that states them in a sentence
// instead ("Försäkringskassan bidrog med 2 400 000 kr, Region Västerland med
// 1 200 000 kr och kommunerna med 1 200 000 kr"; the total "med totalt ..."
// or "Medlemsbidragen uppgick till ...") gives rows and a total for the
// years its tables do not: the year the sentence names ("under 2023"), else
// `fiscal_year` (none when 0).
MemberContributions ExtractMemberContributions(const RecordText& text,
                                               int fiscal_year = 0);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_MEMBER_CONTRIBUTIONS_H_
