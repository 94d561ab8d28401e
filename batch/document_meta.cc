#include "batch/document_meta.h"

#include "base/files.h"

namespace finsam::batch {

const char* FailureKindName(FailureKind kind) {
  return kind == FailureKind::kPermanent ? "permanent" : "transient";
}

FailureKind FailureKindFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kNotPdf:
    case ErrorCode::kCorruptPdf:
    case ErrorCode::kEncrypted:
    case ErrorCode::kNoPages:
    case ErrorCode::kTooLarge:
    case ErrorCode::kInvalidArgument:
    case ErrorCode::kNotFound:  // listed, but not there: fix the list
      return FailureKind::kPermanent;
    case ErrorCode::kOk:
    case ErrorCode::kIoError:
    case ErrorCode::kRenderFailed:
    case ErrorCode::kOcrFailed:
    case ErrorCode::kDataMissing:
    case ErrorCode::kInternal:
      return FailureKind::kTransient;
  }
  return FailureKind::kTransient;
}

nlohmann::ordered_json MetaToJson(const DocumentMeta& meta) {
  nlohmann::ordered_json j;
  j["path"] = meta.path;
  j["sha256"] = meta.sha256;
  j["bytes"] = meta.bytes;
  j["pages"] = meta.pages;
  j["sources"] = nlohmann::ordered_json::object();
  for (const auto& [source, count] : meta.sources) j["sources"][source] = count;
  j["status"] = meta.status;
  if (meta.failed_pages > 0) j["failed_pages"] = meta.failed_pages;
  if (meta.status == "failed") {
    j["failure"] = {{"kind", FailureKindName(meta.failure_kind)},
                    {"code", meta.failure_code},
                    {"reason", meta.reason}};
  }
  j["tool_version"] = meta.tool_version;
  j["options"] = meta.options;
  if (!meta.text_file.empty()) j["text_file"] = meta.text_file;
  if (!meta.record_file.empty()) j["record_file"] = meta.record_file;
  j["timings_ms"] = {{"read", meta.timings.read_ms},
                     {"extract", meta.timings.extract_ms},
                     {"write", meta.timings.write_ms},
                     {"total", meta.timings.total_ms}};
  return j;
}

Result<DocumentMeta> MetaFromJson(const nlohmann::json& j) {
  DocumentMeta meta;
  try {
    meta.path = j.at("path").get<std::string>();
    meta.sha256 = j.at("sha256").get<std::string>();
    meta.bytes = j.at("bytes").get<int64_t>();
    meta.pages = j.at("pages").get<int>();
    for (const auto& [source, count] : j.at("sources").items()) {
      meta.sources[source] = count.get<int>();
    }
    meta.status = j.at("status").get<std::string>();
    meta.failed_pages = j.value("failed_pages", 0);
    if (j.contains("failure")) {
      const auto& f = j.at("failure");
      meta.failure_kind = f.at("kind").get<std::string>() == "permanent"
                              ? FailureKind::kPermanent
                              : FailureKind::kTransient;
      meta.failure_code = f.at("code").get<std::string>();
      meta.reason = f.at("reason").get<std::string>();
    }
    meta.tool_version = j.at("tool_version").get<std::string>();
    meta.options = j.at("options").get<std::string>();
    meta.text_file = j.value("text_file", "");
    meta.record_file = j.value("record_file", "");
    const auto& t = j.at("timings_ms");
    meta.timings.read_ms = t.at("read").get<double>();
    meta.timings.extract_ms = t.at("extract").get<double>();
    meta.timings.write_ms = t.at("write").get<double>();
    meta.timings.total_ms = t.at("total").get<double>();
  } catch (const nlohmann::json::exception& e) {
    return Status(ErrorCode::kInvalidArgument,
                  std::string("bad document meta: ") + e.what());
  }
  return meta;
}

Result<DocumentMeta> ReadMetaFile(const std::string& path) {
  auto text = ReadFile(path);
  if (!text.ok()) return Status(ErrorCode::kNotFound, "no meta file " + path);
  auto json = nlohmann::json::parse(*text, nullptr, false);
  if (json.is_discarded()) {
    return Status(ErrorCode::kInvalidArgument, "unreadable meta file " + path);
  }
  return MetaFromJson(json);
}

}  // namespace finsam::batch
