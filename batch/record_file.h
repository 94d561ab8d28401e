// A batch's record file (OUT/docs/NAME.record.json): what `finsam-extract
// records` prints for the input with the same --split. One document: its
// record, an object. A package split into several (--split auto): a JSON
// array of their records, in package order.
#ifndef FINSAM_BATCH_RECORD_FILE_H_
#define FINSAM_BATCH_RECORD_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "records/report_record.h"

namespace finsam::batch {

// REQUIRES: `documents` is not empty.
std::string RecordFileText(const std::vector<records::ReportRecord>& documents);

// The records of a record file, one or several. kInvalidArgument when it is
// neither a record nor an array of records.
Result<std::vector<records::ReportRecord>> ParseRecordFile(
    std::string_view text);

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_RECORD_FILE_H_
