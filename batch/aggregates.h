// The batch-wide files under --out, assembled from the per-document outputs:
//
//   summary.jsonl    one DocumentMeta per line (path, sha256, bytes, pages,
//                    sources, status, failure, tool_version, timings_ms)
//   key_figures.csv  path,sha256,org_number,fiscal_year,key,year,value: one
//                    row per key figure and year of every record (RFC 4180;
//                    a package's documents one after the other)
//   failures.jsonl   path, sha256, kind (permanent|transient), code, reason
//
// Rows follow the order of `input_paths` (the batch sorts by path), so the
// files are the same whatever --jobs or sharding produced the documents.
// Each file is streamed and appears atomically; only one record is held in
// memory at a time.
#ifndef FINSAM_BATCH_AGGREGATES_H_
#define FINSAM_BATCH_AGGREGATES_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace finsam::batch {

struct AggregateCounts {
  int documents = 0;  // with a meta file
  int succeeded = 0;  // ok or partial
  int partial = 0;
  int failed_permanent = 0;
  int failed_transient = 0;
  int missing = 0;  // inputs without a meta file (never processed)
};

Result<AggregateCounts> WriteAggregates(
    const std::string& out_dir, const std::vector<std::string>& input_paths);

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_AGGREGATES_H_
