// The fixture loop's steps on disk: run a fixture, read its expectation,
// add a new fixture, accept a run as the new baseline.
//
// Every file is written atomically (base/atomic_file.h); a failed step
// leaves the fixture as it was.
#ifndef FINSAM_FIXTURES_TOOL_FIXTURE_LOOP_H_
#define FINSAM_FIXTURES_TOOL_FIXTURE_LOOP_H_

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "fixtures_tool/fixture_store.h"
#include "pipeline/text_pipeline.h"

namespace finsam::fixture {

// What the tool gives for a fixture's input now.
struct FixtureRun {
  std::vector<std::string> pages;  // normalised text per page
  nlohmann::ordered_json record;
  int failed_pages = 0;
  std::string input_sha256;
  long long input_bytes = 0;
};

// Runs the text pipeline (a PDF) or the normaliser (text) and the record on
// the fixture's input with `options`, in the manifest's OCR mode.
// REQUIRES: options.normalizer is set (fixtures hold normalised text).
Result<FixtureRun> RunFixture(const Fixture& fixture,
                              const TextPipelineOptions& options);

// The fixture's pages before normalisation: the text pipeline's raw pages
// of a PDF (normaliser unset, in the manifest's OCR mode), or the form-feed
// pages of OCR text. Errors: those of reading and opening the input.
Result<DocumentText> RawPages(const Fixture& fixture,
                              const TextPipelineOptions& options);

// What a fixture expects.
struct Expectation {
  std::vector<std::string> corrected;  // expected text + corrections
  int corrections = 0;                 // rows in the corrections file
  std::optional<std::vector<std::string>> accepted;  // baseline output
  std::optional<nlohmann::json> record;              // baseline record
};

// Errors: kNotFound (no expected text), kInvalidArgument (a bad or stale
// corrections file, or a damaged record.json; the message names the file).
Result<Expectation> ReadExpectation(const Fixture& fixture);

// Makes a fixture folder `dir` from `input`, a PDF or OCR text (pages split
// by form feeds, as `text` writes them): copies it (input.pdf, input.txt),
// runs it, and stores the output as expected.txt and as the baseline
// (accepted.txt, record.json), with a manifest. Errors: kInvalidArgument
// when `dir` exists and is not empty; those of RunFixture (a ".pdf" that is
// no PDF: kNotPdf); kIoError when writing fails.
Result<Fixture> AddFixture(const std::filesystem::path& input,
                           const std::filesystem::path& dir,
                           double cer_tolerance, const std::string& ocr,
                           const TextPipelineOptions& options);

struct AcceptOutcome {
  bool expected_replaced = false;  // expected.txt followed the output
};

// Takes `run` as the fixture's baseline: accepted.txt, record.json and the
// manifest (tool version, date, input hash). expected.txt follows the
// output too while it is still as the tool wrote it (its sha256 is the
// manifest's); once a cleaner has corrected it, it is kept.
Result<AcceptOutcome> AcceptRun(Fixture& fixture, const FixtureRun& run);

}  // namespace finsam::fixture

#endif  // FINSAM_FIXTURES_TOOL_FIXTURE_LOOP_H_
