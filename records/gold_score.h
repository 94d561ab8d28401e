// Scores a record against a hand-checked gold record (../shared/corpus):
// the share of gold fields the record reproduces exactly.
//
// Fields counted: every leaf of document and key_figures; each member
// contribution (member, year and amount together); each field of each gold
// person (found by name); each gold check's status; and, when asked, each
// field of each gold intervention (found by name). Keys starting with '_'
// are the gold's own notes and are not counted.
#ifndef FINSAM_RECORDS_GOLD_SCORE_H_
#define FINSAM_RECORDS_GOLD_SCORE_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace finsam::records {

struct GoldScore {
  int total = 0;
  int matched = 0;
  std::vector<std::string> misses;  // "key_figures.equity.2022: want .. got .."

  double share() const { return total == 0 ? 0 : double(matched) / total; }
};

GoldScore ScoreAgainstGold(const nlohmann::ordered_json& record,
                           const nlohmann::ordered_json& gold,
                           bool include_interventions);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_GOLD_SCORE_H_
