// The decision sheet (sheet/decision_sheet.h) as text, CSV, HTML and JSON.
//
// Text: one block per organisation, for a terminal or a mail. CSV (RFC
// 4180, a header, one row per organisation) for a spreadsheet: amounts in
// kronor without grouping, yes/no/empty for the booleans, the pages in
// columns of their own. HTML: one self-contained page (no script, no
// network) with a table per organisation in which every figure links to
// its page of the input file ("PATH#page=N", which browsers' PDF viewers
// open at that page); every string from a document is escaped with the
// review page's HtmlEscape (review/html.h), the one home for it. JSON
// (sheet_json.cc) for other tools: schema/decision-sheet.v1.schema.json,
// an object per organisation, amounts in kronor as numbers, null where the
// report gives nothing, the audit object and the checks as the record
// writes them.
#ifndef FINSAM_SHEET_SHEET_RENDER_H_
#define FINSAM_SHEET_SHEET_RENDER_H_

#include <string>

#include "sheet/decision_sheet.h"

namespace finsam::sheet {

std::string RenderSheetText(const DecisionSheet& sheet);
std::string RenderSheetCsv(const DecisionSheet& sheet);
std::string RenderSheetHtml(const DecisionSheet& sheet);
std::string RenderSheetJson(const DecisionSheet& sheet);

}  // namespace finsam::sheet

#endif  // FINSAM_SHEET_SHEET_RENDER_H_
