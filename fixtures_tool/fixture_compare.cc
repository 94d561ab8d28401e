#include "fixtures_tool/fixture_compare.h"

#include <cstdio>
#include <map>
#include <set>

#include "eval/error_rate.h"

namespace finsam::fixture {
namespace {

using Json = nlohmann::json;

std::string Dump(const Json& j) {
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// JSON pointer escaping: "~" -> "~0", "/" -> "~1".
std::string PointerToken(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

void Flatten(const Json& j, const std::string& path,
             std::map<std::string, std::string>& out) {
  if (j.is_object()) {
    if (j.empty()) out[path] = "{}";
    for (auto it = j.begin(); it != j.end(); ++it) {
      const std::string child = path + "/" + PointerToken(it.key());
      if (child == "/generator" || child == "/source/path" ||
          child == "/checks") {
        continue;
      }
      Flatten(it.value(), child, out);
    }
  } else if (j.is_array()) {
    if (j.empty()) out[path] = "[]";
    for (size_t i = 0; i < j.size(); ++i) {
      Flatten(j[i], path + "/" + std::to_string(i), out);
    }
  } else {
    out[path] = Dump(j);
  }
}

int Rank(const std::string& status) {
  if (status == "pass") return 0;
  if (status == "warn") return 1;
  if (status == "fail") return 2;
  return 3;  // absent or unknown
}

std::map<std::string, std::string> Statuses(const Json& record) {
  std::map<std::string, std::string> out;
  if (!record.is_object() || !record.contains("checks") ||
      !record["checks"].is_array()) {
    return out;
  }
  for (const Json& c : record["checks"]) {
    if (c.is_object() && c.contains("id") && c["id"].is_string()) {
      out[c["id"].get<std::string>()] = c.value("status", "");
    }
  }
  return out;
}

std::string Rate(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.4f", value);
  return buffer;
}

}  // namespace

std::vector<FieldChange> DiffRecords(const Json& before, const Json& after) {
  std::map<std::string, std::string> a;
  std::map<std::string, std::string> b;
  Flatten(before, "", a);
  Flatten(after, "", b);
  std::vector<FieldChange> out;
  std::set<std::string> paths;
  for (const auto& [p, v] : a) paths.insert(p);
  for (const auto& [p, v] : b) paths.insert(p);
  for (const std::string& p : paths) {
    auto x = a.find(p);
    auto y = b.find(p);
    const std::string vx = x == a.end() ? "" : x->second;
    const std::string vy = y == b.end() ? "" : y->second;
    if (vx != vy) out.push_back(FieldChange{p, vx, vy});
  }
  return out;
}

std::vector<CheckChange> DiffChecks(const Json& before, const Json& after) {
  const auto a = Statuses(before);
  const auto b = Statuses(after);
  std::set<std::string> ids;
  for (const auto& [id, s] : a) ids.insert(id);
  for (const auto& [id, s] : b) ids.insert(id);
  std::vector<CheckChange> out;
  for (const std::string& id : ids) {
    auto x = a.find(id);
    auto y = b.find(id);
    const std::string sx = x == a.end() ? "" : x->second;
    const std::string sy = y == b.end() ? "" : y->second;
    if (sx == sy) continue;
    // A check that disappears is worse only when it had passed or warned.
    const bool worse = sx.empty() ? false : Rank(sy) > Rank(sx);
    out.push_back(CheckChange{id, sx, sy, worse});
  }
  return out;
}

TextScore ScoreText(const std::vector<std::string>& reference,
                    const std::vector<std::string>& output) {
  TextScore score;
  score.page_count_differs = reference.size() != output.size();
  std::string all_reference;
  std::string all_output;
  const size_t pages = std::max(reference.size(), output.size());
  for (size_t i = 0; i < pages; ++i) {
    const std::string ref = i < reference.size() ? reference[i] : "";
    const std::string out = i < output.size() ? output[i] : "";
    if (CharacterErrors(ref, out).errors > 0) {
      score.pages_off.push_back(static_cast<int>(i) + 1);
    }
    all_reference += ref + "\n";
    all_output += out + "\n";
  }
  const ErrorCount e = CharacterErrors(all_reference, all_output);
  score.errors = e.errors;
  score.reference = e.reference;
  score.cer = e.rate();
  return score;
}

Verdict Judge(const std::vector<std::string>& corrected_expected,
              const std::vector<std::string>& output,
              const std::optional<std::vector<std::string>>& accepted_output,
              const Json& new_record,
              const std::optional<Json>& accepted_record,
              const Manifest& manifest) {
  Verdict v;
  v.now = ScoreText(corrected_expected, output);
  if (accepted_output.has_value()) {
    v.baseline = ScoreText(corrected_expected, *accepted_output);
  }
  const double base = v.baseline.has_value() ? v.baseline->cer : 0.0;
  // A hair of slack for floating point: equal rates are never a rise.
  if (v.now.cer > base + manifest.cer_tolerance + 1e-12) {
    v.regression = true;
    v.reasons.push_back("CER " + Rate(v.now.cer) + " > baseline " + Rate(base) +
                        " + tolerance " + Rate(manifest.cer_tolerance));
  }
  if (v.now.page_count_differs) {
    v.regression = true;
    v.reasons.push_back("page count " + std::to_string(output.size()) +
                        ", expected " +
                        std::to_string(corrected_expected.size()));
  }
  if (accepted_record.has_value()) {
    v.fields = DiffRecords(*accepted_record, new_record);
    v.checks = DiffChecks(*accepted_record, new_record);
    if (!manifest.checks_may_worsen) {
      for (const CheckChange& c : v.checks) {
        if (!c.worse) continue;
        v.regression = true;
        v.reasons.push_back("check " + c.id + ": " +
                            (c.before.empty() ? "absent" : c.before) + " -> " +
                            (c.after.empty() ? "absent" : c.after));
      }
    }
  }
  return v;
}

}  // namespace finsam::fixture
