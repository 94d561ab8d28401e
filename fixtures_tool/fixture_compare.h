// Comparing a fixture's new output with its expectation: pure functions.
//
// Text: the character error rate (eval/error_rate.h, white space collapsed)
// of the new output against the corrected expected text, beside the same
// rate of the accepted output (the baseline). A rise beyond the manifest's
// tolerance is a regression; so, unless the manifest allows it, is a check
// whose status gets worse. Record fields that changed are listed, not judged:
// a change can be a fix.
#ifndef FINSAM_FIXTURES_TOOL_FIXTURE_COMPARE_H_
#define FINSAM_FIXTURES_TOOL_FIXTURE_COMPARE_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "fixtures_tool/fixture_store.h"

namespace finsam::fixture {

struct FieldChange {
  std::string path;    // JSON pointer, e.g. "/key_figures/equity/2023"
  std::string before;  // the value as JSON, "" when absent
  std::string after;
};

// Leaf values that differ between two records. Fields that name the run
// rather than the document (/generator, /source/path) are ignored; the
// /checks array is compared by check id (DiffChecks), not by position.
std::vector<FieldChange> DiffRecords(const nlohmann::json& before,
                                     const nlohmann::json& after);

struct CheckChange {
  std::string id;
  std::string before;  // status, "" when the check was absent
  std::string after;
  bool worse = false;  // pass -> warn/fail, warn -> fail, or gone
};

// Checks whose status differs, by id.
std::vector<CheckChange> DiffChecks(const nlohmann::json& before,
                                    const nlohmann::json& after);

struct TextScore {
  size_t errors = 0;
  size_t reference = 0;
  double cer = 0;
  std::vector<int> pages_off;  // pages whose own CER exceeds 0 (1-based)
  bool page_count_differs = false;
};

// `reference` and `output` are pages (fixture_text.h).
TextScore ScoreText(const std::vector<std::string>& reference,
                    const std::vector<std::string>& output);

struct Verdict {
  TextScore now;                      // new output vs corrected expected
  std::optional<TextScore> baseline;  // accepted output vs the same
  std::vector<FieldChange> fields;    // record fields changed since accepted
  std::vector<CheckChange> checks;    // check statuses changed
  bool regression = false;
  std::vector<std::string> reasons;  // why it is a regression
};

// Judges one fixture. Without a baseline (never accepted) the tolerance is
// measured from zero.
Verdict Judge(const std::vector<std::string>& corrected_expected,
              const std::vector<std::string>& output,
              const std::optional<std::vector<std::string>>& accepted_output,
              const nlohmann::json& new_record,
              const std::optional<nlohmann::json>& accepted_record,
              const Manifest& manifest);

}  // namespace finsam::fixture

#endif  // FINSAM_FIXTURES_TOOL_FIXTURE_COMPARE_H_
