// The exit code of `batch` and `merge` from their document counts: all
// succeeded, some or none, and whether a failure may pass on a retry.
#ifndef FINSAM_CLI_BATCH_EXIT_CODE_H_
#define FINSAM_CLI_BATCH_EXIT_CODE_H_

#include "batch/aggregates.h"
#include "cli/exit_codes.h"

namespace finsam::cli {

inline int BatchExitCode(const batch::AggregateCounts& counts) {
  const int failed = counts.failed_permanent + counts.failed_transient;
  if (failed == 0) return kExitOk;
  const bool transient = counts.failed_transient > 0;
  if (counts.succeeded == 0) {
    return transient ? kExitBatchAllFailedTransient : kExitBatchAllFailed;
  }
  return transient ? kExitBatchSomeFailedTransient : kExitBatchSomeFailed;
}

}  // namespace finsam::cli

#endif  // FINSAM_CLI_BATCH_EXIT_CODE_H_
