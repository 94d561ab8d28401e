// libFuzzer target: the record extractors on arbitrary text (`records
// ocr-text.txt` reads whatever a user or an OCR engine wrote: statements
// with any numbers, headings, signature pages, invalid UTF-8). The record
// must build and serialise the way the CLI does it, without crashing.
#include <cstddef>
#include <cstdint>
#include <string>

#include "records/record_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  finsam::records::RecordInput input;
  input.text.assign(reinterpret_cast<const char*>(data), size);
  input.path = "fuzz.txt";
  input.bytes = static_cast<int64_t>(size);
  const nlohmann::ordered_json record = finsam::records::BuildRecord(input);
  const std::string out =
      record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (out.empty() || !record.contains("schema")) __builtin_trap();
  return 0;
}
