// libFuzzer target: the record extractors on arbitrary text (`records
// ocr-text.txt` reads whatever a user or an OCR engine wrote: statements
// with any numbers, headings, signature pages, invalid UTF-8). The record
// must build and serialise the way the CLI does it, without crashing, and
// read back from its JSON as the same record (the batch database does).
#include <cstddef>
#include <cstdint>
#include <string>

#include "records/record_builder.h"
#include "records/record_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  finsam::records::RecordInput input;
  input.text.assign(reinterpret_cast<const char*>(data), size);
  input.path = "fuzz.txt";
  input.bytes = static_cast<int64_t>(size);
  const finsam::records::ReportRecord record =
      finsam::records::BuildRecord(input);
  const std::string out = finsam::records::RecordJsonText(record, -1);
  if (out.empty()) __builtin_trap();
  auto back = finsam::records::ParseRecordJson(out);
  if (!back.ok() || finsam::records::RecordJsonText(*back, -1) != out) {
    __builtin_trap();
  }
  return 0;
}
