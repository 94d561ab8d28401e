// The record as JSON, and back: the one place that knows the contract's keys
// (schema/record.v1.schema.json).
//
// Writing: keys in the contract's order, empty values left out (see
// report_record.h), amounts as integers unless printed with decimals.
// Reading takes what RecordToJson writes, from a batch's record files or a
// database row, so that RecordToJson(*RecordFromJson(RecordToJson(r))) is
// the same bytes; keys it does not know are ignored.
//
// Where the signatures object sits tells where it came from: written by the
// text (a Visma signature page, printed names), it comes before `checks`
// with `visma` first; found only in the PDF, it comes after `warnings`, and
// `visma` after `pdf`. Records have always been written this way, and
// record files and databases keep them; ReportRecord::Signatures::from_text
// and Visma::signature_page_read carry it.
#ifndef FINSAM_RECORDS_RECORD_JSON_H_
#define FINSAM_RECORDS_RECORD_JSON_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "base/status.h"
#include "records/report_record.h"

namespace finsam::records {

nlohmann::ordered_json RecordToJson(const ReportRecord& record);

// The signatures object alone (`finsam-extract signatures`); {} when empty.
nlohmann::ordered_json SignaturesToJson(
    const ReportRecord::Signatures& signatures);

// The audit object and one entry of checks as the record writes them (the
// decision sheet's JSON reuses them).
nlohmann::ordered_json AuditToJson(const ReportRecord::Audit& audit);
nlohmann::ordered_json CheckToJson(const Check& check);

// RecordToJson as text: `indent` 2 as `records` prints it, -1 on one line.
// Invalid UTF-8 (from a damaged text layer) is replaced, never thrown on. No
// trailing newline.
std::string RecordJsonText(const ReportRecord& record, int indent);

// A number as the record's JSON writes it: "-2203", "58.13".
std::string RecordNumberText(const RecordNumber& number);

// kInvalidArgument naming the first field of the wrong type or missing.
Result<ReportRecord> RecordFromJson(const nlohmann::ordered_json& json);
// Parses `text` and reads it as above; kInvalidArgument when not JSON.
Result<ReportRecord> ParseRecordJson(std::string_view text);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_RECORD_JSON_H_
