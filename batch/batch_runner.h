// RunBatch: many reports in, per-document outputs and summaries out.
//
// Documents are tasks on one pool of `jobs` threads. A document's pages run
// on its own thread plus any threads the pool has free (threads whose work
// is done hand their slot to the documents still running), so the process
// never runs more than `jobs` pipeline threads: no oversubscription, and a
// lone large document at the end still uses every core. Memory is bounded
// by the documents in flight: each worker reads one input, writes its
// outputs and drops it before taking the next; the summaries are assembled
// afterwards from the files (batch/aggregates.h).
//
// Outputs are staged and made durable in groups (batch/commit_group.h).
//
// A bad document never stops the batch: it gets a meta with status
// "failed" and a permanent/transient kind. Every file appears atomically,
// the meta last, so a killed run leaves only complete outputs; a new run
// skips documents whose meta has the same sha256, tool version and options
// (failed transient ones are retried).
//
// A document that kills the process (a crash in a library, the OOM killer)
// would kill every resumed run too. So a worker marks the document it
// converts (NAME.attempt: content hash and the number of runs that died on
// it) and clears the mark when done; a run that finds the mark of
// kMaxKilledAttempts dead runs for the same content does not try again and
// records the document as failed, transient, code "killed" (delete the
// .attempt file to retry it).
#ifndef FINSAM_BATCH_BATCH_RUNNER_H_
#define FINSAM_BATCH_BATCH_RUNNER_H_

#include <chrono>
#include <string>
#include <vector>

#include "base/status.h"
#include "batch/aggregates.h"
#include "batch/input_set.h"
#include "batch/progress.h"
#include "pipeline/text_pipeline.h"

namespace finsam::batch {

inline constexpr int kMaxKilledAttempts = 2;

struct BatchOptions {
  std::string out_dir;
  int jobs = 1;  // >= 1
  // ocr_mode, ocr_language, tessdata_dir, max_pixels are used; jobs,
  // dictionary and normalizer are set by the batch (the language models are
  // loaded once, on the first PDF).
  TextPipelineOptions pipeline;
  // The normaliser the batch loads: --lexicon files and the archive's
  // vocabulary (batch/archive_vocabulary.h).
  NormalizerConfig normalizer;
  // Names the words given to the normaliser (--lexicon files, the
  // archive's vocabulary) in OptionsFingerprint: other words redo the
  // documents. Empty when there are none.
  std::string lexicon_digest;
  std::string password;  // for encrypted PDFs
  // As `records --split`: false (never, the default) gives one record per
  // input; true (auto) one per document of a package, with part_of
  // (split/package_records.h), written as an array (batch/record_file.h).
  bool split_packages = false;
  // Outputs are made durable in groups (batch/commit_group.h): after this
  // many documents or this long, whichever comes first. A killed run redoes
  // at most that much.
  size_t commit_documents = 64;
  std::chrono::milliseconds commit_delay{2000};
};

struct BatchResult {
  AggregateCounts counts;  // over every input (processed or resumed)
  int processed = 0;
  int skipped = 0;  // resumed
};

// What shapes the outputs besides the input and the tool version, e.g.
// "ocr=auto;lang=swe"; a change means a resumed run redoes the document.
std::string OptionsFingerprint(const BatchOptions& options);

// Processes `inputs` (sorted by path, as CollectInputs gives them) into
// options.out_dir (created when absent). `progress` may be null. Fails as a
// whole only when the output directory cannot be written or the language
// models cannot be loaded (kDataMissing); a document's failure is in its
// meta and in counts.
Result<BatchResult> RunBatch(const std::vector<BatchInput>& inputs,
                             const BatchOptions& options,
                             BatchProgress* progress);

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_BATCH_RUNNER_H_
