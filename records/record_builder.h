// The record: every extractor's result assembled into the JSON object of
// the contract (schema "finsam-extract/record/v1",
// schema/record.v1.schema.json).
//
// Pure: text (pages split by form feeds) and what is known about its
// source in, JSON out. A value the document does not give is left out,
// never written as 0 or null by guess; null appears only inside a
// statement line's `values`, for a cell printed empty ("-").
#ifndef FINSAM_RECORDS_RECORD_BUILDER_H_
#define FINSAM_RECORDS_RECORD_BUILDER_H_

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace finsam::records {

inline constexpr const char* kRecordSchema = "finsam-extract/record/v1";

// What the text pipeline knows about a page (absent for text input).
struct PageInfo {
  int number = 0;
  std::string source;  // "text-layer", "text-layer-restored", "ocr"
  double confidence = 0;
  std::string role;  // "cover", "toc", "body", "signature-page"
};

struct RecordInput {
  std::string text;    // the document's text, pages split by '\f'
  std::string path;    // the input file as named by the user
  std::string sha256;  // of the input file's bytes
  int64_t bytes = 0;
  int page_count = 0;           // pages of the PDF; 0: as counted in the text
  std::vector<PageInfo> pages;  // empty: derived from the text
  // The page furniture the pipeline took out of `text` (running headers and
  // footers, stamps), pages split by '\f'. Read only for what the body may
  // lack: a report that prints its organisation number only in the running
  // header ("Brf Spettet 10 / 716418-6079") still gets it.
  std::string furniture;
};

nlohmann::ordered_json BuildRecord(const RecordInput& input);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_RECORD_BUILDER_H_
