// The record: every extractor's result assembled into the ReportRecord of
// the contract (records/report_record.h; records/record_json.h writes it).
//
// Pure: text (pages split by form feeds) and what is known about its
// source in, the record out. A value the document does not give is left
// empty, never set to 0 by guess; an empty cell ("-") is the only value
// written as null.
#ifndef FINSAM_RECORDS_RECORD_BUILDER_H_
#define FINSAM_RECORDS_RECORD_BUILDER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "records/report_record.h"

namespace finsam::records {

struct RecordInput {
  std::string text;    // the document's text, pages split by '\f'
  std::string path;    // the input file as named by the user
  std::string sha256;  // of the input file's bytes
  int64_t bytes = 0;
  int page_count = 0;  // pages of the PDF; 0: as counted in the text
  // The pipeline's pages; empty: derived from the text. Confidences are
  // rounded to 0.001 in the record.
  std::vector<PageInfo> pages;
  // The page furniture the pipeline took out of `text` (running headers and
  // footers, stamps), pages split by '\f'. Read only for what the body may
  // lack: a report that prints its organisation number only in the running
  // header ("Brf Spettet 10 / 716418-6079") still gets it.
  std::string furniture;
};

ReportRecord BuildRecord(const RecordInput& input);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_RECORD_BUILDER_H_
