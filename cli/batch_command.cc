// `finsam-extract batch`: many reports to per-document outputs, summaries
// and (with --db) the report database.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "batch/archive_vocabulary.h"
#include "batch/batch_runner.h"
#include "batch/ingest.h"
#include "batch/input_set.h"
#include "batch/progress.h"
#include "batch/report_db.h"
#include "batch/shard.h"
#include "cli/batch_exit_code.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fast_exit.h"
#include "cli/flags.h"
#include "cli/pipeline_flags.h"

namespace finsam::cli {
namespace {

constexpr const char* kUsage =
    R"(Usage: finsam-extract batch INPUT... --out DIR [options]

Converts many reports: every INPUT is a directory (every *.pdf and *.txt
below it), a report file, or a manifest (one path a line, relative to the
manifest's directory). Writes under DIR:
  docs/HASH-STEM.txt          the text, pages separated by \f
  docs/HASH-STEM.record.json  the record, as `finsam-extract records` makes it
                              (with --split auto and a package: an array,
                              one record per document)
  docs/HASH-STEM.meta.json    status, sha256, pages, sources, timings
  summary.jsonl               one line per document (path, sha256, pages,
                              sources, status, failure, timings_ms)
  key_figures.csv             path,sha256,org_number,fiscal_year,key,year,value
  failures.jsonl              path, sha256, kind (permanent|transient),
                              code, reason
  archive.vocab               the words the archive's sound pages print
Every file is written atomically. Re-running the same command resumes:
documents whose outputs exist for the same content, tool version and
options are skipped; transient failures are retried.

Before converting, the batch reads the text layers of every PDF of the
input (all shards' inputs, without OCR) and counts the words of the pages
judged sound: names, places, projects and terms the archive prints
correctly. The normaliser of every damaged page then knows them, so the
result does not depend on the order or sharding of the inputs. A resumed
run reads archive.vocab back; --lexicon FILE.vocab (built once with
`finsam-extract vocabulary build`) replaces the collection.

Options:
  --out DIR            output directory (required)
  --manifest FILE      a manifest, whatever its name (repeatable)
  --jobs N             worker threads shared by documents and their pages
                       (default: one per core)
  --db FILE            also ingest the records into this SQLite database
                       (created when absent, a database of an earlier
                       schema upgraded; README "Database")
  --split auto|never   as for `finsam-extract records`: auto (default) one
                       record per document of a package, each kept in the
                       database with its part and pages in the file;
                       never: one record per input
  --shard K/N          only the inputs of shard K (0-based) of N, by a hash
                       of each input's path relative to its root
  --shard-count N      the N for JOB_COMPLETION_INDEX (Kubernetes Indexed
                       Jobs); also FINSAM_SHARD_COUNT. SLURM_ARRAY_TASK_ID
                       with SLURM_ARRAY_TASK_COUNT are read too
  --progress auto|live|plain|none
                       auto (default): a live line on a terminal, a plain
                       line every few seconds otherwise
  --lexicon FILE       extra words for the normaliser: a word list (names,
                       places), or an archive's vocabulary (.vocab, from
                       `finsam-extract vocabulary build`); repeatable
  --no-collect         do not collect the archive's vocabulary first
  --ocr auto|never|always, --password P, --lang L, --tessdata DIR
                       as for `finsam-extract text` (PDF input only)
  --help               this text

Exit codes: 0 every document succeeded (pages that failed are listed in
summary.jsonl), 10 some failed, all permanently (bad input), 11 some failed,
at least one transiently (re-run to retry), 12 none succeeded, all
permanently, 13 none succeeded, some transiently; 2 usage, 3 an input path
does not exist or no inputs, 6 language data missing, 7 outputs or database
not writable, 1 other failure.
)";

int Fail(const std::string& what, const Status& status) {
  std::cerr << "finsam-extract batch: " << what << status.message() << "\n";
  return ExitCodeFor(status);
}

int Usage(const std::string& message) {
  std::cerr << "finsam-extract batch: " << message << " (see --help)\n";
  return kExitUsage;
}

// --lexicon files, and the archive's vocabulary: given as a .vocab file,
// or collected from the sound pages of all the inputs (every shard's).
Status UseArchiveWords(const Flags& flags,
                       const std::vector<batch::BatchInput>& all,
                       batch::BatchOptions* options) {
  options->normalizer.lexicon_files = flags.GetAll("lexicon");
  std::string words;  // what the fingerprint names
  bool have_vocabulary = false;
  for (const std::string& file : options->normalizer.lexicon_files) {
    auto text = ReadInputFile(file);
    if (!text.ok())
      return Status(text.status().code(),
                    file + ": " + text.status().message());
    have_vocabulary |= Vocabulary::IsVocabularyText(*text);
    words += *text;
  }
  if (!have_vocabulary && !flags.Has("no-collect")) {
    bool reused = false;
    auto collected = batch::BatchArchiveVocabulary(
        all, options->out_dir, options->jobs, options->password, &reused);
    if (!collected.ok()) return collected.status();
    std::cerr << "finsam-extract batch: archive vocabulary: "
              << collected->vocabulary.size() << " words";
    if (reused) {
      std::cerr << " (" << options->out_dir << "/archive.vocab, collected "
                << "earlier from the same inputs)\n";
    } else {
      std::cerr << " from " << collected->sound_pages << " sound pages of "
                << collected->documents << " PDFs\n";
    }
    words += collected->vocabulary.Serialize();
    options->normalizer.vocabulary =
        std::make_shared<const Vocabulary>(std::move(collected->vocabulary));
  }
  if (!words.empty()) options->lexicon_digest = batch::TextDigest(words);
  return Status();
}

}  // namespace

int RunBatchCommand(const std::vector<std::string>& args) {
  FlagSpec spec;
  spec.with_value = {"out",         "manifest", "jobs", "db",       "shard",
                     "shard-count", "progress", "ocr",  "password", "lang",
                     "tessdata",    "lexicon",  "split"};
  spec.repeatable = {"manifest", "lexicon"};
  spec.boolean = {"help", "no-collect"};
  auto flags = Flags::Parse(args, spec);
  if (!flags.ok()) return Usage(flags.status().message());
  if (flags->Has("help")) {
    std::cout << kUsage;
    return kExitOk;
  }
  batch::BatchOptions options;
  options.out_dir = flags->Get("out");
  while (options.out_dir.size() > 1 && options.out_dir.back() == '/') {
    options.out_dir.pop_back();
  }
  if (options.out_dir.empty()) return Usage("--out DIR is required");
  batch::InputArguments inputs_args;
  inputs_args.paths = flags->positional();
  inputs_args.manifests = flags->GetAll("manifest");
  inputs_args.exclude_dirs = {options.out_dir};
  if (inputs_args.paths.empty() && inputs_args.manifests.empty()) {
    return Usage("give at least one directory, file or manifest");
  }
  options.jobs = static_cast<int>(std::thread::hardware_concurrency());
  if (flags->Has("jobs")) {
    auto jobs = ParseInteger(flags->Get("jobs"), 1, 256);
    if (!jobs.ok()) return Usage("--jobs: " + jobs.status().message());
    options.jobs = static_cast<int>(*jobs);
  }
  options.jobs = std::max(1, options.jobs);
  const std::string ocr = flags->Get("ocr", "auto");
  const std::optional<OcrMode> ocr_mode = ParseOcrMode(ocr);
  if (!ocr_mode) return Usage("--ocr must be auto, never or always");
  options.pipeline.ocr_mode = *ocr_mode;
  options.pipeline.ocr_language = flags->Get("lang", "swe");
  options.pipeline.tessdata_dir = flags->Get("tessdata");
  options.password = flags->Get("password");
  const std::string split = flags->Get("split", "auto");
  if (split != "auto" && split != "never") {
    return Usage("--split must be auto or never");
  }
  options.split_packages = split == "auto";

  batch::BatchProgress::Mode mode = batch::BatchProgress::Mode::kPeriodic;
  const std::string progress = flags->Get("progress", "auto");
  if (progress == "auto") {
    mode = isatty(STDERR_FILENO) ? batch::BatchProgress::Mode::kLive
                                 : batch::BatchProgress::Mode::kPeriodic;
  } else if (progress == "live") {
    mode = batch::BatchProgress::Mode::kLive;
  } else if (progress == "plain") {
    mode = batch::BatchProgress::Mode::kPeriodic;
  } else if (progress == "none") {
    mode = batch::BatchProgress::Mode::kQuiet;
  } else {
    return Usage("--progress must be auto, live, plain or none");
  }

  // The shard: --shard wins over the environment.
  std::optional<batch::ShardSpec> shard;
  if (flags->Has("shard")) {
    auto parsed = batch::ParseShard(flags->Get("shard"));
    if (!parsed.ok()) return Usage(parsed.status().message());
    shard = *parsed;
  } else {
    int count_flag = 0;
    if (flags->Has("shard-count")) {
      auto n = ParseInteger(flags->Get("shard-count"), 1, 100000);
      if (!n.ok()) return Usage("--shard-count: " + n.status().message());
      count_flag = static_cast<int>(*n);
    }
    auto from_env = batch::ShardFromEnvironment(
        [](const char* name) { return std::getenv(name); }, count_flag);
    if (!from_env.ok()) return Usage(from_env.status().message());
    shard = *from_env;
  }

  auto all = batch::CollectInputs(inputs_args);
  if (!all.ok()) return Fail("", all.status());
  if (Status s = UseArchiveWords(*flags, *all, &options); !s.ok()) {
    return Fail("", s);
  }
  std::vector<batch::BatchInput> inputs;
  for (batch::BatchInput& input : *all) {
    if (!shard || batch::InShard(input.shard_key, *shard)) {
      inputs.push_back(std::move(input));
    }
  }
  if (shard) {
    std::cerr << "finsam-extract batch: shard " << shard->index << "/"
              << shard->count << " (" << shard->origin << "): " << inputs.size()
              << " of " << all->size() << " inputs\n";
  } else if (inputs.empty()) {
    std::cerr << "finsam-extract batch: no *.pdf or *.txt inputs found\n";
    return kExitBadInput;
  }

  // Open the database first: a wrong path should fail before hours of work.
  std::unique_ptr<batch::ReportDb> db;
  if (flags->Has("db")) {
    auto opened = batch::ReportDb::Open(flags->Get("db"));
    if (!opened.ok()) return Fail(flags->Get("db") + ": ", opened.status());
    db = std::move(opened).value();
  }

  batch::BatchProgress reporter(static_cast<int>(inputs.size()), mode,
                                std::cerr);
  auto result = batch::RunBatch(inputs, options, &reporter);
  if (!result.ok()) return Fail("", result.status());
  const batch::AggregateCounts& c = result->counts;
  std::cerr << "finsam-extract batch: " << c.succeeded << " succeeded ("
            << c.partial << " with failed pages), " << c.failed_permanent
            << " failed permanently, " << c.failed_transient
            << " failed transiently; " << result->skipped
            << " resumed from earlier outputs\n";
  if (db) {
    std::vector<std::string> paths;
    for (const batch::BatchInput& input : inputs) paths.push_back(input.path);
    auto ingested = batch::IngestBatchOutputs(options.out_dir, paths, *db,
                                              batch::UtcTimestampNow());
    if (!ingested.ok()) {
      return Fail(flags->Get("db") + ": ", ingested.status());
    }
    std::cerr << "finsam-extract batch: database: " << ingested->current
              << " new current, " << ingested->history << " new history, "
              << ingested->unchanged << " already there\n";
  }
  return FinishProcess(BatchExitCode(c));
}

}  // namespace finsam::cli
