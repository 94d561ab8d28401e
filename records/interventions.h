// Interventions (insatser) a förbund finances, from their follow-up
// matrices: "Mottagningsteamet Lekeberg" / "Insatsägare Lekebergs kommun."
// ... "82 %, 289 242 kr är förbrukat av helårsbudgeten 351 068 kr" ...
// "Antal deltagare 170." / "Budget: 30 000 kr. Utfall: 30 000 kr."
#ifndef FINSAM_RECORDS_INTERVENTIONS_H_
#define FINSAM_RECORDS_INTERVENTIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "records/record_text.h"

namespace finsam::records {

struct Intervention {
  std::string name;
  std::string owner;  // insatsägare (lead party first)
  std::string kind;   // "individinriktad", "strukturövergripande", ""
  int year = 0;
  std::optional<int64_t> budget;   // kronor
  std::optional<int64_t> outcome;  // kronor
  std::optional<int64_t> participants;
  int page = 0;
  bool operator==(const Intervention&) const = default;
};

// Every matrix that names an "Insatsägare"; `fiscal_year` is the year they
// report on (0 if unknown).
std::vector<Intervention> ExtractInterventions(const RecordText& text,
                                               int fiscal_year);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_INTERVENTIONS_H_
