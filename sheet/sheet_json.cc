// The decision sheet as JSON (schema/decision-sheet.v1.schema.json): the
// audit object and the checks exactly as the record writes them.
#include <nlohmann/json.hpp>

#include "records/record_json.h"
#include "sheet/sheet_render.h"

namespace finsam::sheet {
namespace {

using Json = nlohmann::ordered_json;

Json NumberJson(const records::RecordNumber& n) {
  if (n.is_integer) return n.integer;
  return n.real;
}

// {"value", "page"}: null value when the report gives none, page only when
// known.
Json FigureJson(const SheetFigure& f) {
  Json j;
  j["value"] = f.value ? NumberJson(*f.value) : Json(nullptr);
  if (f.page > 0) j["page"] = f.page;
  return j;
}

template <typename T>
Json OrNull(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

}  // namespace

std::string RenderSheetJson(const DecisionSheet& sheet) {
  Json out;
  out["schema"] = "finsam-extract/decision-sheet/v1";
  out["year"] = sheet.year;
  Json rows = Json::array();
  for (const SheetRow& row : sheet.rows) {
    Json r;
    r["organisation"] = row.organisation;
    if (!row.org_number.empty()) r["org_number"] = row.org_number;
    r["fiscal_year"] = row.fiscal_year;
    r["path"] = row.path;
    if (row.first_page > 0) {
      r["pages"] = {{"first", row.first_page}, {"last", row.last_page}};
    }
    r["result"] = FigureJson(row.result);
    r["equity"] = FigureJson(row.equity);
    r["member_contributions"] = FigureJson(row.member_contributions);
    r["equity_share_percent"] = OrNull(row.equity_share_percent);
    Json balance;
    balance["met"] = OrNull(row.balance_requirement_met);
    balance["result"] = FigureJson(row.balance_requirement_result);
    r["balance_requirement"] = std::move(balance);
    r["audit"] = row.audit ? records::AuditToJson(*row.audit) : Json(nullptr);
    Json board;
    board["signed"] = BoardSignedName(row.board_signed);
    board["did_not_sign"] = row.unsigned_board;
    board["note"] = row.board_signed_note;
    r["board"] = std::move(board);
    Json failed = Json::array();
    for (const records::Check& c : row.failed_checks) {
      failed.push_back(records::CheckToJson(c));
    }
    r["failed_checks"] = std::move(failed);
    r["prior_year_agrees"] =
        row.prior_year ? records::CheckToJson(*row.prior_year) : Json(nullptr);
    rows.push_back(std::move(r));
  }
  out["rows"] = std::move(rows);
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace finsam::sheet
