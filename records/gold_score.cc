#include "records/gold_score.h"

#include "records/text_fold.h"

namespace finsam::records {
namespace {

using Json = nlohmann::ordered_json;

bool Same(const Json& a, const Json& b) {
  if (a.is_number() && b.is_number()) {
    return a.get<double>() == b.get<double>();
  }
  return a == b;
}

void Compare(const Json& gold, const Json* got, const std::string& path,
             GoldScore* score) {
  if (gold.is_object()) {
    for (const auto& [k, v] : gold.items()) {
      if (!k.empty() && k[0] == '_') continue;
      const Json* sub = got != nullptr && got->is_object() && got->contains(k)
                            ? &(*got)[k]
                            : nullptr;
      Compare(v, sub, path + "." + k, score);
    }
    return;
  }
  ++score->total;
  if (got != nullptr && Same(gold, *got)) {
    ++score->matched;
  } else {
    score->misses.push_back(path + ": want " + gold.dump() + " got " +
                            (got == nullptr ? "nothing" : got->dump()));
  }
}

// The element of `list` whose `field` folds equal to gold's, or nullptr.
const Json* FindBy(const Json& list, const std::string& field,
                   const Json& want) {
  if (!list.is_array() || !want.is_string()) return nullptr;
  for (const Json& e : list) {
    if (e.contains(field) && e[field].is_string() &&
        Fold(e[field].get<std::string>()) == Fold(want.get<std::string>())) {
      return &e;
    }
  }
  return nullptr;
}

}  // namespace

GoldScore ScoreAgainstGold(const Json& record, const Json& gold,
                           bool include_interventions) {
  GoldScore score;
  const Json empty = Json::object();
  auto part = [&](const char* key) -> const Json& {
    return record.contains(key) ? record[key] : empty;
  };
  if (gold.contains("document")) {
    Compare(gold["document"], &part("document"), "document", &score);
  }
  if (gold.contains("key_figures")) {
    Compare(gold["key_figures"], &part("key_figures"), "key_figures", &score);
  }
  if (gold.contains("member_contributions")) {
    const Json& got = part("member_contributions");
    for (const Json& m : gold["member_contributions"]) {
      ++score.total;
      bool found = false;
      if (got.is_array()) {
        for (const Json& g : got) {
          found = found || (g.value("member", "") == m.value("member", "") &&
                            g.value("year", 0) == m.value("year", 0) &&
                            g.value("amount", int64_t{0}) ==
                                m.value("amount", int64_t{0}));
        }
      }
      if (found) {
        ++score.matched;
      } else {
        score.misses.push_back("member_contributions: " + m.dump());
      }
    }
  }
  auto by_name = [&](const char* list, bool counted) {
    if (!counted || !gold.contains(list)) return;
    for (const Json& g : gold[list]) {
      const Json* found = FindBy(part(list), "name", g["name"]);
      Compare(g, found,
              std::string(list) + "[" + g["name"].get<std::string>() + "]",
              &score);
    }
  };
  by_name("people", true);
  by_name("interventions", include_interventions);
  if (gold.contains("checks")) {
    for (const Json& c : gold["checks"]) {
      ++score.total;
      const Json* found = FindBy(part("checks"), "id", c["id"]);
      if (found != nullptr && (*found)["status"] == c["status"]) {
        ++score.matched;
      } else {
        score.misses.push_back(
            "checks." + c["id"].get<std::string>() + ": want " +
            c["status"].dump() + " got " +
            (found == nullptr ? "nothing" : (*found)["status"].dump()));
      }
    }
  }
  return score;
}

}  // namespace finsam::records
