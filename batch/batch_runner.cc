#include "batch/batch_runner.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <new>
#include <sstream>
#include <thread>

#include "base/core_budget.h"
#include "base/files.h"
#include "base/mutex.h"
#include "base/sha256.h"
#include "batch/commit_group.h"
#include "batch/document_meta.h"
#include "batch/output_layout.h"
#include "lang/swedish_dictionary.h"
#include "normalize/normalizer.h"
#include "pipeline/report_record.h"
#include "records/record_json.h"
#include "split/package_records.h"

namespace finsam::batch {
namespace fs = std::filesystem;
namespace {

using Clock = std::chrono::steady_clock;

double MillisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start)
      .count();
}

// The dictionary and the normaliser take a second or two to load; a resumed
// run never needs them, so they are loaded on the first document converted,
// once, and shared by every worker (both are thread-safe).
class LanguageModels {
 public:
  explicit LanguageModels(const NormalizerConfig& config) : config_(config) {}
  Status Load() {
    std::call_once(once_, [this] {
      auto dictionary = SwedishDictionary::Open();
      if (!dictionary.ok()) {
        status_ = dictionary.status();
        return;
      }
      dictionary_ = std::move(dictionary).value();
      auto normalizer = Normalizer::Create(config_);
      if (!normalizer.ok()) {
        status_ = normalizer.status();
        return;
      }
      normalizer_ = std::move(normalizer).value();
    });
    return status_;
  }
  SwedishDictionary* dictionary() const { return dictionary_.get(); }
  const Normalizer* normalizer() const { return normalizer_.get(); }

 private:
  const NormalizerConfig& config_;
  std::once_flag once_;
  Status status_;
  std::unique_ptr<SwedishDictionary> dictionary_;
  std::unique_ptr<Normalizer> normalizer_;
};

// Free slots borrowed for one document's pages, returned however it ends.
class SlotLease {
 public:
  SlotLease(CoreBudget& budget, int wanted)
      : budget_(budget), count_(budget.TryTake(wanted)) {}
  SlotLease(const SlotLease&) = delete;
  SlotLease& operator=(const SlotLease&) = delete;
  ~SlotLease() { budget_.Give(count_); }
  int count() const { return count_; }

 private:
  CoreBudget& budget_;
  int count_;
};

std::string Relative(const std::string& out_dir, const std::string& path) {
  return path.substr(out_dir.size() + 1);
}

bool IsFile(const std::string& path) {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

// True when an earlier run finished this document with the same content,
// tool version and options, and its outputs are still there.
bool AlreadyDone(const DocumentMeta& old, const std::string& sha256,
                 const std::string& fingerprint, const std::string& out_dir) {
  if (old.sha256 != sha256 || old.tool_version != FINSAM_VERSION ||
      old.options != fingerprint) {
    return false;
  }
  if (!old.succeeded()) return old.failure_kind == FailureKind::kPermanent;
  return IsFile(out_dir + "/" + old.text_file) &&
         IsFile(out_dir + "/" + old.record_file);
}

void RemoveAbandonedTemporaries(const std::string& dir) {
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (IsAbandonedTemporary(it->path().filename().string())) {
      std::error_code rm;
      fs::remove(it->path(), rm);
    }
  }
}

struct Shared {
  Shared(const std::vector<BatchInput>& inputs, const BatchOptions& options,
         BatchProgress* progress, int free_slots)
      : inputs(inputs),
        options(options),
        fingerprint(OptionsFingerprint(options)),
        progress(progress),
        models(options.normalizer),
        budget(free_slots),
        commits(options.out_dir, 3 * options.commit_documents,
                options.commit_delay) {}

  const std::vector<BatchInput>& inputs;
  const BatchOptions& options;
  const std::string fingerprint;
  BatchProgress* progress;
  LanguageModels models;
  CoreBudget budget;
  CommitGroup commits;
  std::atomic<size_t> next{0};
  std::atomic<int> processed{0};
  std::atomic<int> skipped{0};
  Mutex fatal_mu;
  // Output directory unwritable, language models missing.
  Status fatal GUARDED_BY(fatal_mu);
};

// How many earlier runs died converting the content `sha256` (0 when the
// mark is absent, unreadable or for other content).
int KilledAttempts(const std::string& attempt_path, const std::string& sha256) {
  std::ifstream in(attempt_path);
  std::string hash;
  int count = 0;
  if (!(in >> hash >> count) || hash != sha256 || count < 0) return 0;
  return count;
}

// Marks the document as being converted by a run (the `runs`-th). Not
// flushed to disk: it only has to survive the process, not the machine.
void MarkAttempt(const std::string& attempt_path, const std::string& sha256,
                 int runs) {
  std::ofstream out(attempt_path, std::ios::trunc);
  out << sha256 << " " << runs << "\n";
}

void Fail(DocumentMeta& meta, const Status& status) {
  meta.status = "failed";
  meta.failure_kind = FailureKindFor(status.code());
  meta.failure_code = ErrorCodeName(status.code());
  meta.reason = status.message();
  meta.text_file.clear();
  meta.record_file.clear();
}

struct Converted {
  std::string text;
  std::string record;
};

// Builds the document's record and text into `out` and fills `meta`;
// returns a non-OK status only for failures that concern the whole batch.
Status Convert(Shared& shared, const BatchInput& input, std::string bytes,
               DocumentMeta& meta, const DocumentPaths& paths, Converted& out) {
  const BatchOptions& options = shared.options;
  TextPipelineOptions pipeline = options.pipeline;
  const bool pdf = LooksLikePdf(input.path, bytes);
  // Text goes through the same normaliser as in `records FILE.txt`.
  Status loaded = shared.models.Load();
  if (!loaded.ok()) return loaded;
  pipeline.dictionary = shared.models.dictionary();
  pipeline.normalizer = shared.models.normalizer();
  // Only a PDF's pages run in parallel; text has nothing to share out.
  SlotLease extra(shared.budget, pdf ? std::max(0, options.jobs - 1) : 0);
  pipeline.jobs = 1 + extra.count();
  // Cores that fall idle while the document runs join its pages.
  pipeline.spare_cores = &shared.budget;
  const auto start = Clock::now();
  auto report = BuildReportRecord(input.path, std::move(bytes),
                                  options.password, pipeline);
  meta.timings.extract_ms = MillisecondsSince(start);
  if (!report.ok()) {
    Fail(meta, report.status());
    return Status::Ok();
  }
  split::AttachWholeFileAudit(&*report);
  meta.pages = report->record.source.pages;
  if (report->text.has_value()) {
    for (const PageResult& page : report->text->pages) {
      ++meta.sources[page.status.ok() ? PageSourceName(page.source) : "failed"];
    }
  } else {
    meta.sources["text"] = meta.pages;
  }
  meta.failed_pages = report->failed_pages;
  meta.status = report->failed_pages > 0 ? "partial" : "ok";
  // The same bytes `finsam-extract records` prints for this input.
  out.record = records::RecordJsonText(report->record, 2) + "\n";
  out.text = std::move(report->input.text);
  meta.text_file = Relative(options.out_dir, paths.text);
  meta.record_file = Relative(options.out_dir, paths.record);
  return Status::Ok();
}

Status ProcessOne(Shared& shared, const BatchInput& input) {
  const auto start = Clock::now();
  const std::string& out_dir = shared.options.out_dir;
  const DocumentPaths paths = DocumentOutputPaths(out_dir, input.path);
  DocumentMeta meta;
  meta.status = "failed";  // until Convert says otherwise
  meta.path = input.path;
  meta.tool_version = FINSAM_VERSION;
  meta.options = shared.fingerprint;

  Converted converted;
  auto bytes = ReadFile(input.path);
  if (bytes.ok()) {
    meta.bytes = static_cast<int64_t>(bytes->size());
    meta.sha256 = Sha256Hex(*bytes);
  }
  meta.timings.read_ms = MillisecondsSince(start);
  if (bytes.ok()) {
    auto old = ReadMetaFile(paths.meta);
    if (old.ok() &&
        AlreadyDone(*old, meta.sha256, shared.fingerprint, out_dir)) {
      // A run killed between finishing the document and clearing its mark
      // left the mark behind.
      std::error_code ec;
      fs::remove(paths.attempt, ec);
      shared.skipped.fetch_add(1);
      if (shared.progress) {
        shared.progress->DocumentDone(old->pages, true, !old->succeeded());
      }
      return Status::Ok();
    }
    const int killed = KilledAttempts(paths.attempt, meta.sha256);
    if (killed >= kMaxKilledAttempts) {
      Fail(meta, Status(ErrorCode::kInternal, ""));
      meta.failure_code = "killed";
      meta.reason = "the process died converting this document in " +
                    std::to_string(killed) +
                    " runs (a crash or out of memory); not tried again "
                    "(delete " +
                    paths.attempt + " to retry)";
    } else {
      MarkAttempt(paths.attempt, meta.sha256, killed + 1);
      try {
        Status s = Convert(shared, input, std::move(bytes).value(), meta, paths,
                           converted);
        if (!s.ok()) return s;
      } catch (const std::bad_alloc&) {
        Fail(meta, Status(ErrorCode::kTooLarge, "out of memory"));
        meta.failure_kind = FailureKind::kTransient;
      } catch (const std::exception& e) {
        Fail(meta, Status(ErrorCode::kInternal, e.what()));
      }
    }
  } else {
    Fail(meta, bytes.status());
  }
  // The text and record first, the meta after them (it marks the document
  // complete). Staged files are written but not yet flushed: the flush is
  // shared by a group and shows in the batch's wall time only.
  const auto write_start = Clock::now();
  if (meta.succeeded()) {
    Status s = shared.commits.Stage(
        {{paths.text, converted.text}, {paths.record, converted.record}});
    if (!s.ok()) return s;  // the output directory is unwritable
  }
  meta.timings.write_ms = MillisecondsSince(write_start);
  meta.timings.total_ms = MillisecondsSince(start);
  const std::string json =
      MetaToJson(meta).dump(2, ' ', false,
                            nlohmann::json::error_handler_t::replace) +
      "\n";
  Status s = shared.commits.Stage({{paths.meta, json}});
  if (!s.ok()) return s;  // the output directory is unwritable
  if (!meta.succeeded()) {
    // An earlier run's outputs of what is now a failure must not linger. A
    // crash before the new meta lands leaves the old meta naming missing
    // files, which resume treats as not done.
    std::error_code ec;
    fs::remove(paths.text, ec);
    fs::remove(paths.record, ec);
  }
  if (meta.failure_code != "killed") {
    // This run did not die on it: clear the mark.
    std::error_code ec;
    fs::remove(paths.attempt, ec);
  }
  shared.processed.fetch_add(1);
  if (shared.progress) {
    shared.progress->DocumentDone(meta.pages, false, !meta.succeeded());
  }
  return Status::Ok();
}

void Work(Shared& shared) {
  for (;;) {
    {
      MutexLock lock(&shared.fatal_mu);
      if (!shared.fatal.ok()) break;
    }
    const size_t i = shared.next.fetch_add(1);
    if (i >= shared.inputs.size()) break;
    Status s = ProcessOne(shared, shared.inputs[i]);
    if (!s.ok()) {
      MutexLock lock(&shared.fatal_mu);
      if (shared.fatal.ok()) shared.fatal = s;
    }
  }
  // This thread's slot is free for the documents still running.
  shared.budget.Give(1);
}

}  // namespace

std::string OptionsFingerprint(const BatchOptions& options) {
  std::string fingerprint = std::string("ocr=") +
                            OcrModeName(options.pipeline.ocr_mode) +
                            ";lang=" + options.pipeline.ocr_language;
  // The lexicons and the archive's words change what the normaliser reads.
  if (!options.lexicon_digest.empty()) {
    fingerprint += ";lexicon=" + options.lexicon_digest;
  }
  return fingerprint;
}

Result<BatchResult> RunBatch(const std::vector<BatchInput>& inputs,
                             const BatchOptions& options,
                             BatchProgress* progress) {
  const std::string docs = DocsDir(options.out_dir);
  std::error_code ec;
  fs::create_directories(docs, ec);
  if (ec) {
    return Status(ErrorCode::kIoError,
                  "cannot create " + docs + ": " + ec.message());
  }
  RemoveAbandonedTemporaries(options.out_dir);
  RemoveAbandonedTemporaries(docs);

  const int jobs = std::max(1, options.jobs);
  const int workers =
      std::max(1, std::min(jobs, static_cast<int>(inputs.size())));
  Shared shared(inputs, options, progress, jobs - workers);
  std::vector<std::thread> pool;
  pool.reserve(static_cast<size_t>(workers - 1));
  for (int t = 1; t < workers; ++t) pool.emplace_back([&] { Work(shared); });
  Work(shared);
  for (std::thread& t : pool) t.join();
  // What finished is kept even when the batch as a whole failed.
  Status flushed = shared.commits.Flush();
  {
    MutexLock lock(&shared.fatal_mu);
    if (!shared.fatal.ok()) return shared.fatal;
  }
  if (!flushed.ok()) return flushed;
  if (progress) progress->Finish();

  std::vector<std::string> paths;
  paths.reserve(inputs.size());
  for (const BatchInput& input : inputs) paths.push_back(input.path);
  auto counts = WriteAggregates(options.out_dir, paths);
  if (!counts.ok()) return counts.status();
  BatchResult result;
  result.counts = *counts;
  result.processed = shared.processed.load();
  result.skipped = shared.skipped.load();
  return result;
}

}  // namespace finsam::batch
