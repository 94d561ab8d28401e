// The decision sheet: per organisation, what a regional board reads before
// it grants discharge (ansvarsfrihet) for a year "in accordance with the
// auditors' recommendation" (issue 19): the result, the equity and its share
// of the member contributions, the balance requirement, the auditors'
// recommendation, whether every board member signed, the checks that
// failed, and prior_year_agrees: the figures of earlier years the report
// prints differently from those years' own reports, or from the other
// reports that print them (records/checks.h).
//
// Pure: records in (the report database's current submissions, read back
// as records::ReportRecord), a DecisionSheet value out; rendering is
// sheet/sheet_render.h. Every page is the input file's page (a package's
// page numbers for a document split from one), so a reader can open the
// file at the figure.
#ifndef FINSAM_SHEET_DECISION_SHEET_H_
#define FINSAM_SHEET_DECISION_SHEET_H_

#include <optional>
#include <string>
#include <vector>

#include "records/report_record.h"

namespace finsam::sheet {

// A figure as the sheet shows it.
struct SheetFigure {
  std::optional<records::RecordNumber> value;
  int page = 0;  // in the input file; 0 when not known
};

enum class BoardSigned {
  kUnknown,  // no signature page or evidence page, or no printed board
  kAll,      // every printed board member signed
  kMissing,  // some did not: unsigned_board
};
const char* BoardSignedName(BoardSigned s);  // "unknown", "yes", "no"

struct SheetRow {
  std::string organisation;
  std::string org_number;
  int fiscal_year = 0;
  std::string path;    // the input file as batch was given it
  int first_page = 0;  // the document's pages in a package; 0: whole file
  int last_page = 0;

  SheetFigure result;                // result_for_year
  SheetFigure equity;                // equity
  SheetFigure member_contributions;  // their total for the year
  // equity / member contributions * 100; nullopt without both.
  std::optional<double> equity_share_percent;
  // The balance requirement result (balanskravsresultat) and whether it is
  // met (>= 0); nullopt when the report prints none.
  SheetFigure balance_requirement_result;
  std::optional<bool> balance_requirement_met;

  // The auditors' report read into the record (records/audit_report.h),
  // pages in the input file; nullopt when there is none.
  std::optional<records::ReportRecord::Audit> audit;

  BoardSigned board_signed = BoardSigned::kUnknown;
  std::vector<std::string> unsigned_board;  // printed, not on the page
  std::string board_signed_note;  // why unknown, or where the signers are

  // The record's checks with status fail, prior_year_agrees among them when
  // it fails.
  std::vector<records::Check> failed_checks;
  // prior_year_agrees (records/checks.h): the record's own, as the report
  // database stores it, or computed by the sheet (PriorYearSource);
  // nullopt when no other report shares a figure.
  std::optional<records::Check> prior_year;
};

struct DecisionSheet {
  int year = 0;
  std::vector<SheetRow> rows;  // by organisation name, then number
};

// Where the sheet's prior_year_agrees comes from.
enum class PriorYearSource {
  // The records' checks: the report database (schema version 3) stores it
  // for every current annual report, against all the others of its
  // submitter, so the sheet and the stored record say the same.
  kStored,
  // Computed here against the other annual reports of the organisation
  // among `records` (a database from before version 3 stores none: give
  // the earlier years' reports too).
  kComputed,
};

// The sheet for `year` from `records`. A row per organisation that has an
// annual report
// (document.type "arsredovisning") of fiscal year `year`; an audit report
// of that year in a record of its own goes into its organisation's row
// when that row has none, or is a row of its own. Organisations are the
// same by org number, else by folded name.
DecisionSheet BuildDecisionSheet(
    int year, const std::vector<records::ReportRecord>& records,
    PriorYearSource prior_year_source);

}  // namespace finsam::sheet

#endif  // FINSAM_SHEET_DECISION_SHEET_H_
