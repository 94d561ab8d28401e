// DocumentMeta: what a batch did with one input, as one JSON object.
//
// It is written to OUT/docs/NAME.meta.json after the document's other outputs
// (so it marks them complete) and is one line of summary.jsonl. Resume
// compares its sha256, tool version and options with the input's; timings
// live here only, never in the record, so records stay deterministic.
#ifndef FINSAM_BATCH_DOCUMENT_META_H_
#define FINSAM_BATCH_DOCUMENT_META_H_

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "base/status.h"

namespace finsam::batch {

// permanent: the input itself is bad (not a PDF, damaged, encrypted, no
// pages, too large); running again cannot help. transient: the environment
// failed (out of memory, read error, OCR engine or language data missing, a
// worker killed); a retry may succeed, and resume retries it.
enum class FailureKind { kPermanent, kTransient };

const char* FailureKindName(FailureKind kind);
FailureKind FailureKindFor(ErrorCode code);

struct DocumentTimings {
  double read_ms = 0;     // reading and hashing the input
  double extract_ms = 0;  // text pipeline + record
  double write_ms = 0;    // writing the outputs
  double total_ms = 0;
};

struct DocumentMeta {
  std::string path;
  std::string sha256;
  int64_t bytes = 0;
  int pages = 0;
  std::map<std::string, int> sources;  // page source name -> pages
  std::string status;                  // "ok", "partial", "failed"
  int failed_pages = 0;
  // For status "failed":
  FailureKind failure_kind = FailureKind::kPermanent;
  std::string failure_code;  // ErrorCodeName, e.g. "corrupt-pdf"
  std::string reason;        // one line
  std::string tool_version;
  std::string options;      // the options that shape outputs, e.g. "ocr=auto"
  std::string text_file;    // relative to OUT, empty when failed
  std::string record_file;  // relative to OUT, empty when failed
  DocumentTimings timings;

  bool succeeded() const { return status != "failed"; }
};

nlohmann::ordered_json MetaToJson(const DocumentMeta& meta);
// kInvalidArgument when `json` lacks a field or has the wrong type.
Result<DocumentMeta> MetaFromJson(const nlohmann::json& json);
// Reads and parses a meta file; kNotFound when absent.
Result<DocumentMeta> ReadMetaFile(const std::string& path);

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_DOCUMENT_META_H_
