#include "fixtures_tool/fixture_loop.h"

#include "base/atomic_file.h"
#include "base/sha256.h"
#include "base/text.h"
#include "fixtures_tool/corrections.h"
#include "fixtures_tool/fixture_text.h"
#include "pdf/pdf_document.h"
#include "pipeline/report_record.h"
#include "records/record_json.h"
#include "split/package_records.h"

namespace finsam::fixture {
namespace fs = std::filesystem;
namespace {

bool Exists(const fs::path& path) {
  std::error_code error;
  return fs::exists(path, error);
}

std::string RecordText(const nlohmann::ordered_json& record) {
  return record.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

}  // namespace

Result<FixtureRun> RunFixture(const Fixture& fixture,
                              const TextPipelineOptions& options) {
  auto bytes = ReadFixtureFile(fixture.input);
  if (!bytes.ok()) return bytes.status();
  TextPipelineOptions run_options = options;
  run_options.ocr_mode =
      ParseOcrMode(fixture.manifest.ocr).value_or(OcrMode::kAuto);
  auto report = BuildReportRecord(fixture.input.string(),
                                  std::move(bytes).value(), "", run_options);
  if (!report.ok()) return report.status();
  split::AttachWholeFileAudit(&*report);
  FixtureRun run;
  if (report->text.has_value()) {
    for (const PageResult& page : report->text->pages) {
      run.pages.push_back(page.text);
    }
  } else {
    // OCR text: its pages are split by form feeds, as `text` writes them.
    run.pages = SplitPages(report->input.text);
  }
  run.failed_pages = report->failed_pages;
  run.input_sha256 = report->input.sha256;
  run.input_bytes = report->input.bytes;
  run.record = records::RecordToJson(report->record);
  return run;
}

Result<DocumentText> RawPages(const Fixture& fixture,
                              const TextPipelineOptions& options) {
  auto bytes = ReadFixtureFile(fixture.input);
  if (!bytes.ok()) return bytes.status();
  if (LooksLikePdf(fixture.input.string(), *bytes)) {
    auto file = PdfFile::FromBytes(std::move(bytes).value(), "");
    if (!file.ok()) return file.status();
    TextPipelineOptions raw_options = options;
    raw_options.normalizer = nullptr;
    raw_options.ocr_mode =
        ParseOcrMode(fixture.manifest.ocr).value_or(OcrMode::kAuto);
    return ExtractText(**file, raw_options);
  }
  DocumentText doc;
  for (std::string& page : SplitPages(*bytes)) {
    // A page's text as the pipeline gives it: no '\n' after its last line.
    if (!page.empty() && page.back() == '\n') page.pop_back();
    PageResult result;
    result.number = static_cast<int>(doc.pages.size()) + 1;
    result.raw_text = page;
    result.text = std::move(page);
    doc.pages.push_back(std::move(result));
  }
  doc.page_count = static_cast<int>(doc.pages.size());
  return doc;
}

Result<Expectation> ReadExpectation(const Fixture& fixture) {
  Expectation out;
  auto expected = ReadFixtureFile(fixture.expected);
  if (!expected.ok()) return expected.status();
  std::vector<std::string> pages = SplitPages(*expected);
  if (Exists(fixture.corrections)) {
    auto tsv = ReadFixtureFile(fixture.corrections);
    if (!tsv.ok()) return tsv.status();
    auto corrections = ParseCorrections(*tsv);
    if (!corrections.ok()) {
      return Status(
          ErrorCode::kInvalidArgument,
          fixture.corrections.string() + ": " + corrections.status().message());
    }
    out.corrections = static_cast<int>(corrections->size());
    auto corrected = ApplyCorrections(std::move(pages), *corrections);
    if (!corrected.ok()) {
      return Status(
          ErrorCode::kInvalidArgument,
          fixture.corrections.string() + ": " + corrected.status().message());
    }
    pages = std::move(corrected).value();
  }
  out.corrected = std::move(pages);
  if (Exists(fixture.accepted)) {
    auto accepted = ReadFixtureFile(fixture.accepted);
    if (!accepted.ok()) return accepted.status();
    out.accepted = SplitPages(*accepted);
  }
  if (Exists(fixture.record)) {
    auto text = ReadFixtureFile(fixture.record);
    if (!text.ok()) return text.status();
    nlohmann::json record = nlohmann::json::parse(*text, nullptr, false);
    if (record.is_discarded()) {
      return Status(ErrorCode::kInvalidArgument,
                    fixture.record.string() + ": not valid JSON");
    }
    out.record = std::move(record);
  }
  return out;
}

Result<Fixture> AddFixture(const fs::path& input, const fs::path& dir,
                           double cer_tolerance, const std::string& ocr,
                           const TextPipelineOptions& options) {
  std::error_code error;
  if (fs::exists(dir, error) &&
      (!fs::is_directory(dir, error) || !fs::is_empty(dir, error))) {
    return Status(ErrorCode::kInvalidArgument,
                  dir.string() + ": exists and is not an empty folder");
  }
  auto bytes = ReadFixtureFile(input);
  // The caller names the input; the message need not name it again.
  if (!bytes.ok()) return Status(bytes.status().code(), "cannot be read");
  // Run first, from the original, so a bad input leaves no folder behind.
  Fixture probe;
  probe.input = input;
  probe.manifest.ocr = ocr;
  auto run = RunFixture(probe, options);
  if (!run.ok()) return run.status();

  const bool created = !fs::exists(dir, error);
  fs::create_directories(dir, error);
  if (error) {
    return Status(ErrorCode::kIoError,
                  dir.string() + ": cannot create folder: " + error.message());
  }
  Fixture fixture = FolderFixture(dir);
  if (!LooksLikePdf(input.string(), *bytes)) {
    fixture.input = dir / kTextInputFile;
  }
  fixture.manifest.ocr = ocr;
  fixture.manifest.cer_tolerance = cer_tolerance;
  fixture.manifest.created = UtcNow();
  // The manifest is written last, so a half-made folder is never taken for a
  // fixture; on failure it is removed again.
  const auto undo = [&](const Status& failure) -> Status {
    for (const fs::path& p :
         {fixture.input, fixture.expected, fixture.accepted, fixture.record}) {
      fs::remove(p, error);
    }
    if (created) fs::remove(dir, error);
    return failure;
  };
  Status s = WriteFileAtomically(fixture.input.string(), *bytes);
  if (!s.ok()) return undo(s);
  const std::string expected = JoinPages(run->pages);
  s = WriteFileAtomically(fixture.expected.string(), expected);
  if (!s.ok()) return undo(s);
  fixture.manifest.tool_expected_sha256 = Sha256Hex(expected);
  auto accepted = AcceptRun(fixture, *run);
  if (!accepted.ok()) return undo(accepted.status());
  return fixture;
}

Result<AcceptOutcome> AcceptRun(Fixture& fixture, const FixtureRun& run) {
  AcceptOutcome outcome;
  const std::string output = JoinPages(run.pages);
  Manifest& m = fixture.manifest;
  // expected.txt is still the tool's own while its hash is the one the tool
  // wrote; a fixture set's expected text is the generator's truth.
  auto expected = ReadFixtureFile(fixture.expected);
  const bool uncorrected = !fixture.in_set && expected.ok() &&
                           !m.tool_expected_sha256.empty() &&
                           Sha256Hex(*expected) == m.tool_expected_sha256;
  if (uncorrected && *expected != output) {
    Status s = WriteFileAtomically(fixture.expected.string(), output);
    if (!s.ok()) return s;
    m.tool_expected_sha256 = Sha256Hex(output);
    outcome.expected_replaced = true;
  }
  Status s = WriteFileAtomically(fixture.accepted.string(), output);
  if (!s.ok()) return s;
  s = WriteFileAtomically(fixture.record.string(), RecordText(run.record));
  if (!s.ok()) return s;
  m.tool_version = FINSAM_VERSION;
  if (m.created.empty()) m.created = UtcNow();
  m.accepted = UtcNow();
  m.input_file = fixture.input.filename().string();
  m.input_sha256 = run.input_sha256;
  m.input_bytes = run.input_bytes;
  m.pages = static_cast<int>(run.pages.size());
  s = WriteFileAtomically(
      fixture.manifest_path.string(),
      m.ToJson().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
          "\n");
  if (!s.ok()) return s;
  fixture.has_manifest = true;
  return outcome;
}

}  // namespace finsam::fixture
