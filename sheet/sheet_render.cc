#include "sheet/sheet_render.h"

#include <cstdio>
#include <optional>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "review/html.h"

namespace finsam::sheet {
namespace {

using records::RecordNumber;
using Audit = records::ReportRecord::Audit;

// "655 955" (Swedish grouping), "41,8"; "-" when absent.
std::string Amount(const std::optional<RecordNumber>& v) {
  if (!v) return "-";
  if (v->is_integer) return GroupedInteger(v->integer);
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.1f", v->real);
  std::string s = buf;
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

// As CSV wants it: "655955", "41.8"; "" when absent.
std::string Plain(const std::optional<RecordNumber>& v) {
  if (!v) return "";
  if (v->is_integer) return std::to_string(v->integer);
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.10g", v->real);
  return buf;
}

std::string Percent(const std::optional<double>& p, bool comma) {
  if (!p) return comma ? "-" : "";
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.1f", *p);
  std::string s = buf;
  if (comma) {
    for (char& c : s) {
      if (c == '.') c = ',';
    }
    s += " %";
  }
  return s;
}

std::string YesNo(const std::optional<bool>& b) {
  if (!b) return "";
  return *b ? "yes" : "no";
}

// The auditors' word: "tillstyrker" (recommend), "avstyrker" (advise
// against), "" not stated.
std::string Recommendation(const std::optional<bool>& b) {
  if (!b) return "";
  return *b ? "tillstyrker" : "avstyrker";
}

std::string Page(int page) { return page > 0 ? std::to_string(page) : ""; }

std::string Pages(int first, int last) {
  if (first <= 0) return "";
  return first == last ? std::to_string(first)
                       : std::to_string(first) + "-" + std::to_string(last);
}

std::string AuditText(const std::optional<Audit>& audit) {
  if (!audit) return "no audit report";
  std::string s =
      "discharge " + (audit->discharge ? Recommendation(audit->discharge)
                                       : std::string("not stated"));
  s += ", approval " + (audit->approval ? Recommendation(audit->approval)
                                        : std::string("not stated"));
  if (!audit->remarks.empty()) {
    s += ", " + std::to_string(audit->remarks.size()) + " remark" +
         (audit->remarks.size() == 1 ? "" : "s");
  }
  return s;
}

std::string ChecksText(const std::vector<records::Check>& checks) {
  std::string s;
  for (const records::Check& c : checks) {
    if (!s.empty()) s += "; ";
    s += c.id;
  }
  return s;
}

// The figure's text line: "  result                655 955   page 3".
std::string FigureLine(std::string_view label, const SheetFigure& f) {
  std::string line = "  " + std::string(label);
  line.resize(26, ' ');
  std::string amount = Amount(f.value);
  line +=
      std::string(amount.size() < 14 ? 14 - amount.size() : 0, ' ') + amount;
  if (f.page > 0) line += "   page " + std::to_string(f.page);
  return line + "\n";
}

std::string Label(std::string_view label) {
  std::string line = "  " + std::string(label);
  line.resize(26, ' ');
  return line;
}

std::string Where(const SheetRow& row) {
  std::string s = row.path;
  if (row.first_page > 0)
    s += ", pages " + Pages(row.first_page, row.last_page);
  return s;
}

// Bytes outside the unreserved set and '/' as %XX, so a path is a
// relative URL.
std::string UrlPath(std::string_view path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
        (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
        c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

}  // namespace

std::string RenderSheetText(const DecisionSheet& sheet) {
  std::string out = "Decision sheet " + std::to_string(sheet.year) +
                    " (current submissions)\n";
  if (sheet.rows.empty()) {
    out += "(no annual or audit report for " + std::to_string(sheet.year) +
           " in the database)\n";
  }
  for (const SheetRow& row : sheet.rows) {
    out += "\n" + (row.organisation.empty() ? "(organisation not read)"
                                            : row.organisation);
    if (!row.org_number.empty()) out += "  " + row.org_number;
    out += "\n  " + Where(row) + "\n";
    out += FigureLine("result", row.result);
    out += FigureLine("equity", row.equity);
    out += FigureLine("member contributions", row.member_contributions);
    out += Label("equity / contributions") +
           Percent(row.equity_share_percent, true) + "\n";
    out += Label("balance requirement");
    if (row.balance_requirement_met) {
      out += std::string(*row.balance_requirement_met ? "met" : "NOT met") +
             " (balanskravsresultat " +
             Amount(row.balance_requirement_result.value);
      if (row.balance_requirement_result.page > 0) {
        out += ", page " + std::to_string(row.balance_requirement_result.page);
      }
      out += ")\n";
    } else {
      out += "not stated\n";
    }
    out += Label("auditors") + AuditText(row.audit);
    if (row.audit && row.audit->first_page > 0) {
      out += std::string(row.audit->first_page == row.audit->last_page
                             ? " (page "
                             : " (pages ") +
             Pages(row.audit->first_page, row.audit->last_page) + ")";
    }
    out += "\n";
    if (row.audit) {
      for (const std::string& remark : row.audit->remarks) {
        out += Label("  remark") + remark + "\n";
      }
    }
    out += Label("board signed") + BoardSignedName(row.board_signed);
    if (!row.unsigned_board.empty()) {
      out += ": did not sign: ";
      for (size_t i = 0; i < row.unsigned_board.size(); ++i) {
        out += (i > 0 ? ", " : "") + row.unsigned_board[i];
      }
    }
    out += " (" + row.board_signed_note + ")\n";
    out += Label("failed checks") +
           (row.failed_checks.empty() ? std::string("none")
                                      : ChecksText(row.failed_checks)) +
           "\n";
    out += Label("earlier years");
    if (!row.prior_year) {
      out += "no other report in the database shares a figure\n";
    } else {
      out += row.prior_year->detail + "\n";
    }
  }
  return out;
}

std::string RenderSheetCsv(const DecisionSheet& sheet) {
  std::string out =
      "organisation,org_number,fiscal_year,path,first_page,last_page,"
      "result,result_page,equity,equity_page,member_contributions,"
      "member_contributions_page,equity_share_percent,"
      "balance_requirement_met,balance_requirement_result,"
      "balance_requirement_page,discharge,approval,remarks,audit_first_page,"
      "audit_last_page,board_signed,unsigned_board,failed_checks,"
      "prior_year_agrees,prior_year_detail\n";
  for (const SheetRow& row : sheet.rows) {
    std::vector<std::string> f = {
        row.organisation,
        row.org_number,
        std::to_string(row.fiscal_year),
        row.path,
        Page(row.first_page),
        Page(row.last_page),
        Plain(row.result.value),
        Page(row.result.page),
        Plain(row.equity.value),
        Page(row.equity.page),
        Plain(row.member_contributions.value),
        Page(row.member_contributions.page),
        Percent(row.equity_share_percent, false),
        YesNo(row.balance_requirement_met),
        Plain(row.balance_requirement_result.value),
        Page(row.balance_requirement_result.page),
        row.audit ? Recommendation(row.audit->discharge) : "",
        row.audit ? Recommendation(row.audit->approval) : "",
        row.audit ? std::to_string(row.audit->remarks.size()) : "",
        row.audit ? Page(row.audit->first_page) : "",
        row.audit ? Page(row.audit->last_page) : "",
        BoardSignedName(row.board_signed),
        "",
        ChecksText(row.failed_checks),
        row.prior_year ? records::CheckStatusName(row.prior_year->status) : "",
        row.prior_year ? row.prior_year->detail : ""};
    for (size_t i = 0; i < row.unsigned_board.size(); ++i) {
      f[22] += (i > 0 ? "; " : "") + row.unsigned_board[i];
    }
    for (size_t i = 0; i < f.size(); ++i) {
      out += (i > 0 ? "," : "") + CsvField(f[i]);
    }
    out += "\n";
  }
  return out;
}

namespace {

using review::HtmlEscape;

// A figure: the amount, linked to its page when known.
std::string FigureLink(const SheetRow& row, const SheetFigure& f) {
  const std::string amount = HtmlEscape(Amount(f.value));
  if (f.page <= 0 || row.path.empty()) return amount;
  return "<a href=\"" +
         HtmlEscape(UrlPath(row.path) + "#page=" + std::to_string(f.page)) +
         "\">" + amount + "</a> <small>p. " + std::to_string(f.page) +
         "</small>";
}

std::string FigureCell(const SheetRow& row, const SheetFigure& f) {
  return "<td class=num>" + FigureLink(row, f);
}

// "ok" or "bad" for the cell's colour; "" for neither.
std::string Cell(const std::string& text, const char* mood) {
  return std::string("<td") + (*mood ? std::string(" class=") + mood : "") +
         ">" + HtmlEscape(text);
}

const char* Mood(const std::optional<bool>& good) {
  if (!good) return "";
  return *good ? "ok" : "bad";
}

}  // namespace

std::string RenderSheetHtml(const DecisionSheet& sheet) {
  const std::string year = std::to_string(sheet.year);
  std::string out =
      "<!DOCTYPE html>\n<html lang=sv><head><meta charset=utf-8>\n"
      "<title>Decision sheet " +
      year +
      "</title>\n<style>\n"
      "body{font:14px/1.4 sans-serif;margin:1.5em;color:#222}\n"
      "table{border-collapse:collapse;margin:.4em 0 1.6em}\n"
      "th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;"
      "vertical-align:top}\n"
      "th{background:#f3f3f3;font-weight:normal;width:14em}\n"
      "td.num{text-align:right;font-variant-numeric:tabular-nums}\n"
      ".ok{background:#e6f4e6}.bad{background:#fbe3e3}\n"
      "small{color:#666}\n</style></head><body>\n<h1>Decision sheet " +
      year + " <small>(current submissions)</small></h1>\n";
  if (sheet.rows.empty()) {
    out +=
        "<p>No annual or audit report for " + year + " in the database.</p>\n";
  }
  for (const SheetRow& row : sheet.rows) {
    out +=
        "<h2>" + HtmlEscape(row.organisation.empty() ? "(organisation not read)"
                                                     : row.organisation);
    if (!row.org_number.empty()) {
      out += " <small>" + HtmlEscape(row.org_number) + "</small>";
    }
    out += "</h2>\n<p><a href=\"" +
           HtmlEscape(UrlPath(row.path) +
                      (row.first_page > 0
                           ? "#page=" + std::to_string(row.first_page)
                           : "")) +
           "\">" + HtmlEscape(Where(row)) + "</a></p>\n<table>\n";
    out += "<tr><th>Result" + FigureCell(row, row.result) + "\n";
    out += "<tr><th>Equity" + FigureCell(row, row.equity) + "\n";
    out += "<tr><th>Member contributions" +
           FigureCell(row, row.member_contributions) + "\n";
    out += "<tr><th>Equity / contributions<td class=num>" +
           HtmlEscape(Percent(row.equity_share_percent, true)) + "\n";
    out += "<tr><th>Balance requirement";
    if (row.balance_requirement_met) {
      out += Cell(*row.balance_requirement_met ? "met" : "not met",
                  Mood(row.balance_requirement_met));
      out += " (balanskravsresultat " +
             FigureLink(row, row.balance_requirement_result) + ")";
    } else {
      out += Cell("not stated", "");
    }
    out += "\n<tr><th>Auditors" +
           Cell(AuditText(row.audit),
                row.audit ? Mood(row.audit->discharge) : "bad");
    if (row.audit && row.audit->first_page > 0 && !row.path.empty()) {
      out += " <a href=\"" +
             HtmlEscape(UrlPath(row.path) +
                        "#page=" + std::to_string(row.audit->first_page)) +
             "\"><small>p. " +
             Pages(row.audit->first_page, row.audit->last_page) +
             "</small></a>";
    }
    if (row.audit) {
      for (const std::string& remark : row.audit->remarks) {
        out += "<br><small>" + HtmlEscape(remark) + "</small>";
      }
    }
    std::string signed_text = BoardSignedName(row.board_signed);
    if (!row.unsigned_board.empty()) {
      signed_text += ": did not sign: ";
      for (size_t i = 0; i < row.unsigned_board.size(); ++i) {
        signed_text += (i > 0 ? ", " : "") + row.unsigned_board[i];
      }
    }
    out += "\n<tr><th>Board signed" +
           Cell(signed_text,
                row.board_signed == BoardSigned::kUnknown
                    ? ""
                    : (row.board_signed == BoardSigned::kAll ? "ok" : "bad")) +
           " <small>" + HtmlEscape(row.board_signed_note) + "</small>";
    out += "\n<tr><th>Failed checks";
    if (row.failed_checks.empty()) {
      out += Cell("none", "ok");
    } else {
      out += "<td class=bad>";
      for (const records::Check& c : row.failed_checks) {
        out += HtmlEscape(c.id) + ": <small>" + HtmlEscape(c.detail) +
               "</small><br>";
      }
    }
    out +=
        "\n<tr><th>Earlier years" +
        (row.prior_year
             ? Cell(row.prior_year->detail,
                    Mood(row.prior_year->status != records::CheckStatus::kFail))
             : Cell("no other report in the database shares a figure", "")) +
        "\n</table>\n";
  }
  out += "</body></html>\n";
  return out;
}

}  // namespace finsam::sheet
