#include "batch/ingest.h"

#include "base/files.h"
#include "batch/document_meta.h"
#include "batch/output_layout.h"
#include "batch/record_file.h"

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
    const std::string file = out_dir + "/" + meta->record_file;
    auto text = ReadFile(file);
    if (!text.ok()) {
      return fail(
          Status(ErrorCode::kIoError,
                 "unreadable record " + file + ": " + text.status().message()));
    }
    auto documents = ParseRecordFile(*text);
    if (!documents.ok()) {
      return fail(Status(
          ErrorCode::kIoError,
          "unreadable record " + file + ": " + documents.status().message()));
    }
    for (const records::ReportRecord& record : *documents) {
      auto outcome = db.Ingest(record, ingested_at, meta->tool_version);
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
  }
  s = db.Commit();
  if (!s.ok()) return fail(s);
  return counts;
}

}  // namespace finsam::batch
