// Where a fixture's files live, and its manifest.
//
// Two layouts hold fixtures:
//  * a fixture folder (made by `fixture add`): DIR/fixture.json (the
//    manifest), DIR/input.pdf (or DIR/input.txt, OCR text whose pages are
//    split by form feeds; the manifest names it), DIR/expected.txt (the text
//    the tool should give; a data cleaner corrects it), DIR/corrections.tsv
//    (optional, see corrections.h), DIR/accepted.txt and DIR/record.json (the
//    tool's output when last accepted: the baseline a change is measured
//    against);
//  * a fixture set (the project's generated fixtures/text/): a manifest.json
//    listing {"file", "expected"} entries; fixture NAME keeps its files
//    beside NAME.pdf as NAME.expected.txt, NAME.corrections.tsv,
//    NAME.accepted.txt, NAME.record.json and NAME.fixture.json.
// Both are read the same way once found, so `fixture check` runs the
// project's own regression fixtures and a cleaner's alike.
#ifndef FINSAM_FIXTURES_TOOL_FIXTURE_STORE_H_
#define FINSAM_FIXTURES_TOOL_FIXTURE_STORE_H_

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/status.h"

namespace finsam::fixture {

inline constexpr const char* kManifestFormat = "finsam-extract/fixture/v1";
// A folder fixture's input when it is OCR text rather than a PDF.
inline constexpr const char* kTextInputFile = "input.txt";
// Default allowed rise of the character error rate over the baseline's.
inline constexpr double kDefaultCerTolerance = 0.005;

struct Manifest {
  std::string tool_version;  // finsam-extract version that accepted it
  std::string created;       // ISO 8601 UTC
  std::string accepted;      // ISO 8601 UTC, last `fixture accept`
  std::string input_file = "input.pdf";  // beside the manifest
  std::string input_sha256;
  long long input_bytes = 0;
  int pages = 0;
  // Regression: CER against the corrected expected text rises by more than
  // this over the accepted output's CER.
  double cer_tolerance = kDefaultCerTolerance;
  // When false, a check whose status gets worse (pass -> warn -> fail) is a
  // regression too.
  bool checks_may_worsen = false;
  std::string ocr = "auto";  // the --ocr mode the fixture runs with
  // sha256 of expected.txt as the tool last wrote it; a different file is
  // a cleaner's correction, which `fixture accept` never overwrites. Empty:
  // the tool never wrote it (the generated fixtures/text/ set).
  std::string tool_expected_sha256;

  nlohmann::ordered_json ToJson() const;
  // Errors: kInvalidArgument for a manifest of another format.
  static Result<Manifest> FromJson(const nlohmann::json& json);
};

struct Fixture {
  std::string name;  // folder name, or NAME in a set
  std::filesystem::path input;
  std::filesystem::path expected;
  std::filesystem::path corrections;
  std::filesystem::path accepted;
  std::filesystem::path record;
  std::filesystem::path manifest_path;
  bool in_set = false;        // part of a fixture set (fixtures/text)
  bool has_manifest = false;  // manifest_path exists (else defaults)
  Manifest manifest;
};

// The paths of a fixture folder `dir` (nothing is read; the input is
// input.pdf until the manifest says otherwise).
Fixture FolderFixture(const std::filesystem::path& dir);

// Every fixture under `root`: `root` itself when it is a fixture folder or a
// set, else every fixture folder and set below it, sorted by path. Folders
// named "bad" hold bad inputs, not fixtures, and are skipped. Errors:
// kNotFound (no such folder, or no fixture in it), kInvalidArgument (a
// damaged manifest, named).
Result<std::vector<Fixture>> FindFixtures(const std::filesystem::path& root);

// ReadFile (base/files.h) with the file's path in the error message.
Result<std::string> ReadFixtureFile(const std::filesystem::path& path);

// The current time as ISO 8601 UTC ("2026-12-01T09:30:00Z").
std::string UtcNow();

}  // namespace finsam::fixture

#endif  // FINSAM_FIXTURES_TOOL_FIXTURE_STORE_H_
