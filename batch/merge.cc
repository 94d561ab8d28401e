#include "batch/merge.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/atomic_file.h"
#include "base/files.h"
#include "batch/document_meta.h"
#include "batch/output_layout.h"

namespace finsam::batch {
namespace fs = std::filesystem;
namespace {

bool SameFile(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec);
}

// Copies `from` to `to` unless they are the same file.
Status CopyAtomically(const std::string& from, const std::string& to) {
  if (SameFile(from, to)) return Status::Ok();
  auto data = ReadFile(from);
  if (!data.ok()) {
    return Status(ErrorCode::kIoError,
                  "cannot read " + from + ": " + data.status().message());
  }
  return WriteFileAtomically(to, *data);
}

}  // namespace

Result<MergeResult> MergeShardOutputs(const std::vector<std::string>& shards,
                                      const std::string& out_dir) {
  std::error_code ec;
  fs::create_directories(DocsDir(out_dir), ec);
  if (ec) {
    return Status(ErrorCode::kIoError,
                  "cannot create " + DocsDir(out_dir) + ": " + ec.message());
  }
  std::map<std::string, std::string> sha_by_path;
  for (const std::string& shard : shards) {
    std::ifstream summary(SummaryPath(shard), std::ios::binary);
    if (!summary) {
      return Status(ErrorCode::kNotFound,
                    shard + ": no summary.jsonl (shard not finished?)");
    }
    std::string line;
    while (std::getline(summary, line)) {
      if (line.empty()) continue;
      auto json = nlohmann::json::parse(line, nullptr, false);
      if (json.is_discarded() || !json.contains("path")) {
        return Status(ErrorCode::kIoError,
                      SummaryPath(shard) + ": unreadable line");
      }
      const std::string path = json["path"].get<std::string>();
      const DocumentPaths from = DocumentOutputPaths(shard, path);
      auto meta = ReadMetaFile(from.meta);
      if (!meta.ok()) {
        return Status(ErrorCode::kIoError,
                      shard + ": " + path + ": " + meta.status().message());
      }
      auto [it, inserted] = sha_by_path.emplace(path, meta->sha256);
      if (!inserted) {
        if (it->second != meta->sha256) {
          return Status(ErrorCode::kInvalidArgument,
                        path + ": different content in two shards");
        }
        continue;
      }
      const DocumentPaths to = DocumentOutputPaths(out_dir, path);
      Status s = Status::Ok();
      if (meta->succeeded()) {
        s = CopyAtomically(from.text, to.text);
        if (s.ok()) s = CopyAtomically(from.record, to.record);
      }
      // The meta last: it marks the copied document complete.
      if (s.ok()) s = CopyAtomically(from.meta, to.meta);
      if (!s.ok()) return s;
    }
  }
  // The archive's vocabulary is the same in every shard (each collected it
  // over all the inputs): the first shard's, as a single run writes it.
  for (const std::string& shard : shards) {
    const std::string vocabulary = shard + "/archive.vocab";
    if (!fs::exists(vocabulary)) continue;
    if (!fs::equivalent(shard, out_dir, ec)) {
      for (const char* name : {"/archive.vocab", "/archive.vocab.inputs"}) {
        if (!fs::exists(shard + name)) continue;
        if (Status s = CopyAtomically(shard + name, out_dir + name); !s.ok()) {
          return s;
        }
      }
    }
    break;
  }
  MergeResult result;
  for (const auto& [path, sha] : sha_by_path) result.paths.push_back(path);
  auto counts = WriteAggregates(out_dir, result.paths);
  if (!counts.ok()) return counts.status();
  result.counts = *counts;
  return result;
}

}  // namespace finsam::batch
