// Ingesting a batch's outputs into the report database: every succeeded
// input's records (one, or one per document of a package split with
// --split auto), in the order of `input_paths`, in one transaction (a
// crash leaves the database as it was; re-running is idempotent).
#ifndef FINSAM_BATCH_INGEST_H_
#define FINSAM_BATCH_INGEST_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "batch/report_db.h"

namespace finsam::batch {

// Counts of documents (a package's count one each).
struct IngestCounts {
  int current = 0;    // new and current
  int history = 0;    // new, superseded by a later submission
  int unchanged = 0;  // already in the database
};

Result<IngestCounts> IngestBatchOutputs(
    const std::string& out_dir, const std::vector<std::string>& input_paths,
    ReportDb& db, const std::string& ingested_at);

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_INGEST_H_
