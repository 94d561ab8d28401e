// Shards: a stable, hash-based share of a batch's inputs for one worker of
// many (a Kubernetes Indexed Job, a Slurm job array, or --shard K/N).
//
// An input belongs to shard (first 8 bytes of SHA-256 of its shard key,
// big-endian) mod N. The key is the input's path relative to its root
// (batch/input_set.h), so the share depends neither on listing order nor on
// where the archive is mounted, and the N shards partition the inputs.
// Indices are 0-based: K in [0, N).
#ifndef FINSAM_BATCH_SHARD_H_
#define FINSAM_BATCH_SHARD_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace finsam::batch {

struct ShardSpec {
  int index = 0;  // 0-based
  int count = 1;
  std::string origin;  // where it came from, for messages: "--shard", ...
};

// Parses "K/N" (0 <= K < N <= 100000). kInvalidArgument otherwise.
Result<ShardSpec> ParseShard(std::string_view text);

// Reads the shard from the environment through `getenv` (injectable for
// tests), in this order:
//   JOB_COMPLETION_INDEX with FINSAM_SHARD_COUNT (or `count_flag` > 0):
//     Kubernetes Indexed Jobs;
//   SLURM_ARRAY_TASK_ID with SLURM_ARRAY_TASK_COUNT, offset by
//     SLURM_ARRAY_TASK_MIN when set (an array --array=1-16 is shards 0..15).
// nullopt when none is set; kInvalidArgument when set but inconsistent
// (index without count, index out of range, not a number).
using EnvLookup = std::function<const char*(const char*)>;
Result<std::optional<ShardSpec>> ShardFromEnvironment(const EnvLookup& getenv,
                                                      int count_flag);

// The shard `key` belongs to among `count`.
int ShardOf(std::string_view key, int count);

inline bool InShard(std::string_view key, const ShardSpec& spec) {
  return ShardOf(key, spec.count) == spec.index;
}

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_SHARD_H_
