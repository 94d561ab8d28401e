// key_figures as CSV: one row per key and year, UTF-8 with a header.
//
// The default dialect is RFC 4180 (comma, decimal point, LF). excel-sv is
// what Swedish Excel opens by double-click: semicolon separator, decimal
// comma, a UTF-8 byte-order mark and CRLF line ends.
#ifndef FINSAM_RECORDS_KEY_FIGURES_CSV_H_
#define FINSAM_RECORDS_KEY_FIGURES_CSV_H_

#include <string>

#include "records/report_record.h"

namespace finsam::records {

enum class CsvDialect { kRfc4180, kExcelSv };

// Columns: org_number, fiscal_year, key, year, value.
std::string KeyFiguresCsv(const ReportRecord& record, CsvDialect dialect);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_KEY_FIGURES_CSV_H_
