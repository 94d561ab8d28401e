// `finsam-extract merge`: shard outputs (and shard databases) into one.
#include <iostream>
#include <string>
#include <vector>

#include "batch/ingest.h"
#include "batch/merge.h"
#include "batch/report_db.h"
#include "cli/batch_exit_code.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fast_exit.h"
#include "cli/flags.h"

namespace finsam::cli {
namespace {

constexpr const char* kUsage =
    R"(Usage: finsam-extract merge SHARD_DIR... [FILE.sqlite...] --out DIR [--db FILE]

Combines the output directories of `finsam-extract batch --shard K/N` runs
into DIR: every document's files, and summary.jsonl, key_figures.csv and
failures.jsonl over all of them, in the order a single run would write them.
A shard must have finished (its summary.jsonl lists its documents).

With --db FILE, the merged records are ingested into that database, and any
positional FILE.sqlite (a shard's own database) is merged into it too,
keeping its ingestion times, so the current submission per organisation,
year and type is the latest ingested.

Options:
  --out DIR    merged output directory (may be one of the shards)
  --db FILE    the SQLite database to ingest into (created when absent)
  --help       this text

Exit codes: as for batch (0, 10-13 by the merged documents' outcomes);
2 usage, 3 a shard or database not found or not finished, 7 outputs or
database not writable, 1 other failure.
)";

int Fail(const std::string& what, const Status& status) {
  std::cerr << "finsam-extract merge: " << what << status.message() << "\n";
  if (status.code() == ErrorCode::kInvalidArgument) return kExitBadInput;
  return ExitCodeFor(status);
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string StripSlashes(std::string s) {
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

}  // namespace

int RunMergeCommand(const std::vector<std::string>& args) {
  FlagSpec spec;
  spec.with_value = {"out", "db"};
  spec.boolean = {"help"};
  auto flags = Flags::Parse(args, spec);
  if (!flags.ok()) {
    std::cerr << "finsam-extract merge: " << flags.status().message()
              << " (see --help)\n";
    return kExitUsage;
  }
  if (flags->Has("help")) {
    std::cout << kUsage;
    return kExitOk;
  }
  const std::string out_dir = StripSlashes(flags->Get("out"));
  std::vector<std::string> shards, databases;
  for (const std::string& p : flags->positional()) {
    if (EndsWith(p, ".sqlite") || EndsWith(p, ".db")) {
      databases.push_back(p);
    } else {
      shards.push_back(StripSlashes(p));
    }
  }
  if (shards.empty() && databases.empty()) {
    std::cerr << "finsam-extract merge: give shard directories or databases "
                 "(see --help)\n";
    return kExitUsage;
  }
  if (!shards.empty() && out_dir.empty()) {
    std::cerr << "finsam-extract merge: --out DIR is required (see --help)\n";
    return kExitUsage;
  }
  if (!databases.empty() && !flags->Has("db")) {
    std::cerr << "finsam-extract merge: merging databases needs --db FILE "
                 "(see --help)\n";
    return kExitUsage;
  }
  std::unique_ptr<batch::ReportDb> db;
  if (flags->Has("db")) {
    auto opened = batch::ReportDb::Open(flags->Get("db"));
    if (!opened.ok()) return Fail(flags->Get("db") + ": ", opened.status());
    db = std::move(opened).value();
  }
  batch::AggregateCounts counts;
  if (!shards.empty()) {
    auto merged = batch::MergeShardOutputs(shards, out_dir);
    if (!merged.ok()) return Fail("", merged.status());
    counts = merged->counts;
    std::cerr << "finsam-extract merge: " << merged->paths.size()
              << " documents from " << shards.size() << " shards into "
              << out_dir << "\n";
    if (db) {
      auto ingested = batch::IngestBatchOutputs(out_dir, merged->paths, *db,
                                                batch::UtcTimestampNow());
      if (!ingested.ok()) {
        return Fail(flags->Get("db") + ": ", ingested.status());
      }
    }
  }
  for (const std::string& other : databases) {
    Status s = db->Begin();
    if (s.ok()) s = db->MergeFrom(other);
    if (!s.ok()) {
      db->Rollback();
      return Fail(other + ": ", s);
    }
    s = db->Commit();
    if (!s.ok()) return Fail(flags->Get("db") + ": ", s);
  }
  return FinishProcess(BatchExitCode(counts));
}

}  // namespace finsam::cli
