// Merging shard outputs: the documents of several `batch --shard` output
// directories gathered into one, with the summaries rebuilt over all of them
// (sorted by path, so the result equals a single-process run's).
//
// A shard is only merged once it has finished: its summary.jsonl lists its
// documents. A document in two shards (an input given to both) must have the
// same content hash in both; it is taken once.
#ifndef FINSAM_BATCH_MERGE_H_
#define FINSAM_BATCH_MERGE_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "batch/aggregates.h"

namespace finsam::batch {

struct MergeResult {
  AggregateCounts counts;
  std::vector<std::string> paths;  // every merged document, sorted
};

// Copies (atomically) each shard's documents into `out_dir` (which may be
// one of the shards) and writes the summaries there, with the first
// shard's archive vocabulary (archive.vocab: the same in every shard). Errors:
// kNotFound for a shard without summary.jsonl, kInvalidArgument for conflicting
// documents, kIoError for unreadable or unwritable files.
Result<MergeResult> MergeShardOutputs(const std::vector<std::string>& shards,
                                      const std::string& out_dir);

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_MERGE_H_
