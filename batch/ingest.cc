#include "batch/ingest.h"

#include <fstream>
#include <sstream>

#include "batch/document_meta.h"
#include "batch/output_layout.h"
#include "records/record_json.h"

namespace finsam::batch {

Result<IngestCounts> IngestBatchOutputs(
    const std::string& out_dir, const std::vector<std::string>& input_paths,
    ReportDb& db, const std::string& ingested_at) {
  IngestCounts counts;
  Status s = db.Begin();
  if (!s.ok()) return s;
  auto fail = [&](Status why) -> Result<IngestCounts> {
    db.Rollback();
    return why;
  };
  for (const std::string& path : input_paths) {
    auto meta = ReadMetaFile(DocumentOutputPaths(out_dir, path).meta);
    if (!meta.ok() || !meta->succeeded()) continue;
    std::ifstream in(out_dir + "/" + meta->record_file, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    auto record = records::ParseRecordJson(ss.str());
    if (!in || !record.ok()) {
      return fail(Status(ErrorCode::kIoError,
                         "unreadable record " + out_dir + "/" +
                             meta->record_file +
                             (in ? ": " + record.status().message() : "")));
    }
    auto outcome = db.Ingest(*record, ingested_at, meta->tool_version);
    if (!outcome.ok()) return fail(outcome.status());
    switch (*outcome) {
      case IngestOutcome::kCurrent:
        ++counts.current;
        break;
      case IngestOutcome::kHistory:
        ++counts.history;
        break;
      case IngestOutcome::kUnchanged:
        ++counts.unchanged;
        break;
    }
  }
  s = db.Commit();
  if (!s.ok()) return fail(s);
  return counts;
}

}  // namespace finsam::batch
