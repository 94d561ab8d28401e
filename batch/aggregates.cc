#include "batch/aggregates.h"

#include <memory>
#include <nlohmann/json.hpp>

#include "base/files.h"
#include "base/text.h"
#include "batch/document_meta.h"
#include "batch/output_layout.h"
#include "batch/record_file.h"
#include "batch/streaming_file.h"
#include "records/key_figures_csv.h"

namespace finsam::batch {
namespace {

std::string Dump(const nlohmann::ordered_json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The record's key-figure rows without their header, each prefixed with the
// document's path and hash.
Status AppendKeyFigures(const std::string& out_dir, const DocumentMeta& meta,
                        StreamingAtomicFile& csv) {
  if (meta.record_file.empty()) return Status::Ok();
  const std::string file = out_dir + "/" + meta.record_file;
  auto text = ReadFile(file);
  if (!text.ok()) {
    return Status(ErrorCode::kIoError,
                  "cannot read " + file + ": " + text.status().message());
  }
  auto documents = ParseRecordFile(*text);
  if (!documents.ok()) {
    return Status(ErrorCode::kIoError, "unreadable record " + out_dir + "/" +
                                           meta.record_file + ": " +
                                           documents.status().message());
  }
  const std::string prefix = CsvField(meta.path) + "," + meta.sha256 + ",";
  for (const records::ReportRecord& record : *documents) {
    const std::string rows =
        records::KeyFiguresCsv(record, records::CsvDialect::kRfc4180);
    size_t start = rows.find('\n');  // skip the header
    while (start != std::string::npos && start + 1 < rows.size()) {
      const size_t end = rows.find('\n', start + 1);
      const std::string row = rows.substr(start + 1, end - start - 1);
      Status s = csv.Append(prefix + row + "\n");
      if (!s.ok()) return s;
      start = end;
    }
  }
  return Status::Ok();
}

}  // namespace

Result<AggregateCounts> WriteAggregates(
    const std::string& out_dir, const std::vector<std::string>& input_paths) {
  auto summary = StreamingAtomicFile::Create(SummaryPath(out_dir));
  if (!summary.ok()) return summary.status();
  auto csv = StreamingAtomicFile::Create(KeyFiguresPath(out_dir));
  if (!csv.ok()) return csv.status();
  auto failures = StreamingAtomicFile::Create(FailuresPath(out_dir));
  if (!failures.ok()) return failures.status();
  Status s =
      (*csv)->Append("path,sha256,org_number,fiscal_year,key,year,value\n");
  if (!s.ok()) return s;

  AggregateCounts counts;
  for (const std::string& path : input_paths) {
    auto meta = ReadMetaFile(DocumentOutputPaths(out_dir, path).meta);
    if (!meta.ok()) {
      ++counts.missing;
      continue;
    }
    ++counts.documents;
    s = (*summary)->Append(Dump(MetaToJson(*meta)) + "\n");
    if (!s.ok()) return s;
    if (meta->succeeded()) {
      ++counts.succeeded;
      if (meta->status == "partial") ++counts.partial;
      s = AppendKeyFigures(out_dir, *meta, **csv);
      if (!s.ok()) return s;
      continue;
    }
    if (meta->failure_kind == FailureKind::kPermanent) {
      ++counts.failed_permanent;
    } else {
      ++counts.failed_transient;
    }
    nlohmann::ordered_json line;
    line["path"] = meta->path;
    line["sha256"] = meta->sha256;
    line["kind"] = FailureKindName(meta->failure_kind);
    line["code"] = meta->failure_code;
    line["reason"] = meta->reason;
    s = (*failures)->Append(Dump(line) + "\n");
    if (!s.ok()) return s;
  }
  for (auto* file : {summary->get(), csv->get(), failures->get()}) {
    s = file->Commit();
    if (!s.ok()) return s;
  }
  return counts;
}

}  // namespace finsam::batch
