#include "batch/record_file.h"

#include <nlohmann/json.hpp>

#include "records/record_json.h"

namespace finsam::batch {

std::string RecordFileText(
    const std::vector<records::ReportRecord>& documents) {
  if (documents.size() == 1) {
    return records::RecordJsonText(documents.front(), 2) + "\n";
  }
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const records::ReportRecord& record : documents) {
    array.push_back(records::RecordToJson(record));
  }
  return array.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) +
         "\n";
}

Result<std::vector<records::ReportRecord>> ParseRecordFile(
    std::string_view text) {
  std::vector<records::ReportRecord> out;
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || text[first] != '[') {
    auto record = records::ParseRecordJson(text);
    if (!record.ok()) return record.status();
    out.push_back(std::move(record).value());
    return out;
  }
  auto json = nlohmann::ordered_json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_array() || json.empty()) {
    return Status(ErrorCode::kInvalidArgument,
                  "not a record or an array of records");
  }
  for (const nlohmann::ordered_json& item : json) {
    auto record = records::RecordFromJson(item);
    if (!record.ok()) return record.status();
    out.push_back(std::move(record).value());
  }
  return out;
}

}  // namespace finsam::batch
