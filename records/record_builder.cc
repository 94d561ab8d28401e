#include "records/record_builder.h"

#include <algorithm>
#include <cmath>

#include "records/checks.h"
#include "records/document_info.h"
#include "records/interventions.h"
#include "records/key_figures.h"
#include "records/key_vocabulary.h"
#include "records/member_contributions.h"
#include "records/people.h"
#include "records/record_text.h"
#include "records/section_extractor.h"
#include "records/statement_parser.h"
#include "records/text_fold.h"
#include "records/visma_signature_page.h"

#ifndef FINSAM_VERSION
#define FINSAM_VERSION "0"
#endif

namespace finsam::records {
namespace {

using Json = nlohmann::ordered_json;

Json AmountJson(const Amount& a) {
  if (a.is_integer()) return Json(a.as_integer());
  // Printed decimals are kept, without binary noise ("58,13" -> 58.13).
  const double scale = std::pow(10.0, a.decimals);
  return Json(std::round(a.value * scale) / scale);
}

Json StatementJson(const Statement& st) {
  Json j;
  j["title"] = st.title;
  if (st.page > 0) j["page"] = st.page;
  j["unit"] = UnitName(st.unit);
  j["columns"] = st.columns;
  Json lines = Json::array();
  for (const StatementLine& l : st.lines) {
    Json line;
    line["label"] = l.label;
    if (!l.key.empty()) line["key"] = l.key;
    if (!l.note.empty()) line["note"] = l.note;
    Json values = Json::array();
    Json values_kr = Json::array();
    for (size_t c = 0; c < l.values.size(); ++c) {
      if (!l.values[c]) {
        values.push_back(nullptr);
        values_kr.push_back(nullptr);
        continue;
      }
      values.push_back(AmountJson(*l.values[c]));
      if (l.values[c]->percent || IsUnitlessKey(l.key)) {
        values_kr.push_back(AmountJson(*l.values[c]));
      } else {
        values_kr.push_back(*l.ValueKr(c));
      }
    }
    line["values"] = std::move(values);
    line["values_kr"] = std::move(values_kr);
    if (l.unit != st.unit) line["unit"] = UnitName(l.unit);
    if (l.has_values() && !l.complete) line["complete"] = false;
    if (l.derived) line["derived"] = true;
    if (!l.repaired.empty()) {
      Json repaired = Json::array();
      for (const auto& [c, read] : l.repaired) {
        Json cell;
        cell["column"] = c < st.columns.size() ? st.columns[c] : "";
        cell["read"] = AmountJson(read);
        repaired.push_back(std::move(cell));
      }
      line["repaired"] = std::move(repaired);
    }
    if (l.page > 0) line["page"] = l.page;
    lines.push_back(std::move(line));
  }
  j["lines"] = std::move(lines);
  return j;
}

void Warn(Json* warnings, const std::string& code, const std::string& message,
          int page) {
  Json w;
  w["code"] = code;
  w["message"] = message;
  if (page > 0) w["page"] = page;
  warnings->push_back(std::move(w));
}

}  // namespace

Json BuildRecord(const RecordInput& input) {
  const RecordText text = SplitRecordText(input.text);
  const SectionTree tree = ExtractSections(text);
  DocumentInfo info = ExtractDocumentInfo(text, tree);
  if ((info.org_number.empty() || info.organisation_name.empty()) &&
      !input.furniture.empty()) {
    const RecordText headers = SplitRecordText(input.furniture);
    const DocumentInfo from_headers =
        ExtractDocumentInfo(headers, ExtractSections(headers));
    if (info.org_number.empty() && !from_headers.org_number.empty()) {
      info.org_number = from_headers.org_number;
      info.org_number_printed = from_headers.org_number_printed;
      info.org_number_page = from_headers.org_number_page;
    }
    if (info.organisation_name.empty()) {
      info.organisation_name = from_headers.organisation_name;
    }
  }
  const Statements statements = ParseStatements(text, tree, info.fiscal_year);
  if (info.fiscal_year == 0) {
    for (const auto* s :
         {&statements.income_statement, &statements.balance_sheet}) {
      if (!s->has_value()) continue;
      for (int y : (*s)->column_years) {
        info.fiscal_year = std::max(info.fiscal_year, y);
      }
      if (info.fiscal_year > 0) break;
    }
  }
  const KeyFigures figures = GatherKeyFigures(statements, info.fiscal_year);
  const std::optional<VismaSignaturePage> visma = ParseVismaSignaturePage(text);
  const PeopleResult people = ExtractPeople(text, tree, visma);
  const std::vector<MemberContribution> contributions =
      ExtractMemberContributions(text);
  const std::vector<Check> checks = RunChecks(info, statements, figures);

  Json warnings = Json::array();
  Json record;
  record["schema"] = kRecordSchema;
  record["generator"] = std::string("finsam-extract ") + FINSAM_VERSION;

  Json source;
  source["path"] = input.path;
  if (!input.sha256.empty()) source["sha256"] = input.sha256;
  source["bytes"] = input.bytes;
  source["pages"] = input.page_count > 0 ? input.page_count : text.page_count;
  record["source"] = std::move(source);

  Json doc;
  doc["type"] = info.type;
  if (!info.title.empty()) doc["title"] = info.title;
  Json org = Json::object();
  if (!info.organisation_name.empty()) org["name"] = info.organisation_name;
  if (!info.org_number.empty()) org["org_number"] = info.org_number;
  if (!org.empty()) doc["organisation"] = std::move(org);
  if (info.fiscal_year > 0) doc["fiscal_year"] = info.fiscal_year;
  if (!info.adopted_date.empty()) {
    Json adopted;
    adopted["date"] = info.adopted_date;
    if (!info.adopted_by.empty()) adopted["by"] = info.adopted_by;
    doc["adopted"] = std::move(adopted);
  }
  if (!info.diarienummer.empty()) doc["diarienummer"] = info.diarienummer;
  record["document"] = std::move(doc);
  if (info.org_number.empty() && !info.org_number_printed.empty()) {
    Warn(&warnings, "org_number_invalid",
         info.org_number_printed + " fails the Luhn check; left out",
         info.org_number_page);
  }

  // Pages: the pipeline's view when given, else what the text tells.
  Json pages = Json::array();
  if (!input.pages.empty()) {
    for (const PageInfo& p : input.pages) {
      Json page;
      page["number"] = p.number;
      if (!p.source.empty()) page["source"] = p.source;
      page["confidence"] = std::round(p.confidence * 1000) / 1000;
      if (!p.role.empty()) page["role"] = p.role;
      pages.push_back(std::move(page));
    }
  } else if (text.page_breaks) {
    const Section* toc = tree.Find(SectionKind::kToc);
    for (int n = 1; n <= text.page_count; ++n) {
      Json page;
      page["number"] = n;
      std::string role = "body";
      if (toc != nullptr && toc->page == n) role = "toc";
      if (visma && visma->page == n) role = "signature-page";
      page["role"] = role;
      pages.push_back(std::move(page));
    }
  }
  if (!pages.empty()) record["pages"] = std::move(pages);

  Json sections = Json::array();
  for (const Section& s : tree.sections) {
    Json j;
    j["id"] = s.id;
    j["title"] = s.title;
    j["level"] = s.level;
    if (s.page > 0) j["page"] = s.page;
    sections.push_back(std::move(j));
  }
  record["sections"] = std::move(sections);
  for (const std::string& m : tree.toc_mismatches) {
    Warn(&warnings, "toc_page_mismatch", m, 0);
  }

  Json st = Json::object();
  for (const Statement* s : statements.All()) {
    st[StatementName(s->kind)] = StatementJson(*s);
    for (const std::string& w : s->warnings) {
      Warn(&warnings, "statement_row",
           std::string(StatementName(s->kind)) + ": " + w, s->page);
    }
    for (const StatementLine& l : s->lines) {
      for (const auto& [c, read] : l.repaired) {
        const std::string column = c < s->columns.size() ? s->columns[c] : "";
        Warn(&warnings, "ocr_cell_repaired",
             std::string(StatementName(s->kind)) + ": " + l.label + " " +
                 column + " read " + FormatKr(read.as_integer()) +
                 "; the sums need " + FormatKr(l.values[c]->as_integer()) +
                 ", which is used",
             l.page);
      }
    }
    if (s->columns.empty()) {
      Warn(&warnings, "statement_without_columns",
           std::string(StatementName(s->kind)) +
               ": no column header found; its figures are not in key_figures",
           s->page);
    }
  }
  record["statements"] = std::move(st);

  Json kf = Json::object();
  for (const std::string& key : AllKeys()) {
    auto it = figures.figures.find(key);
    if (it == figures.figures.end() || it->second.empty()) continue;
    Json years = Json::object();
    for (auto y = it->second.rbegin(); y != it->second.rend(); ++y) {
      if (y->second.has_decimals) {
        years[std::to_string(y->first)] =
            std::round(y->second.exact * 100) / 100;
      } else {
        years[std::to_string(y->first)] = y->second.value;
      }
    }
    kf[key] = std::move(years);
  }
  record["key_figures"] = std::move(kf);

  if (!contributions.empty()) {
    Json mc = Json::array();
    for (const MemberContribution& m : contributions) {
      Json j;
      j["member"] = m.member;
      j["year"] = m.year;
      j["amount"] = m.amount;
      j["label"] = m.label;
      if (m.page > 0) j["page"] = m.page;
      mc.push_back(std::move(j));
    }
    record["member_contributions"] = std::move(mc);
  }

  if (!people.people.empty()) {
    Json pj = Json::array();
    for (const Person& p : people.people) {
      Json j;
      j["name"] = p.name;
      if (!p.role.empty()) j["role"] = p.role;
      j["body"] = p.body.empty() ? "other" : p.body;
      if (!p.organisation.empty()) j["organisation"] = p.organisation;
      if (!p.appointed_by.empty()) j["appointed_by"] = p.appointed_by;
      if (p.page > 0) j["page"] = p.page;
      pj.push_back(std::move(j));
    }
    record["people"] = std::move(pj);
  }

  const std::vector<Intervention> interventions =
      ExtractInterventions(text, info.fiscal_year);
  if (!interventions.empty()) {
    Json ij = Json::array();
    for (const Intervention& iv : interventions) {
      Json j;
      j["name"] = iv.name;
      if (!iv.owner.empty()) j["owner"] = iv.owner;
      if (!iv.kind.empty()) j["kind"] = iv.kind;
      if (iv.year > 0) j["year"] = iv.year;
      if (iv.budget) j["budget"] = *iv.budget;
      if (iv.outcome) j["outcome"] = *iv.outcome;
      if (iv.participants) j["participants"] = *iv.participants;
      if (iv.page > 0) j["page"] = iv.page;
      ij.push_back(std::move(j));
    }
    record["interventions"] = std::move(ij);
  }

  Json sig = Json::object();
  if (visma) {
    Json v;
    if (visma->pages_before > 0) v["pages_before"] = visma->pages_before;
    if (visma->page > 0) v["page"] = visma->page;
    if (!visma->document_id.empty()) v["document_id"] = visma->document_id;
    Json signers = Json::array();
    for (const VismaSigner& s : visma->signers) {
      Json j;
      j["name"] = s.name;
      j["time"] = s.time;
      if (!s.country.empty()) j["country"] = s.country;
      if (!s.company.empty()) j["company"] = s.company;
      if (!s.role.empty()) j["role"] = s.role;
      if (!s.authentication.empty()) j["authentication"] = s.authentication;
      if (!s.hash.empty()) j["hash"] = s.hash;
      signers.push_back(std::move(j));
    }
    v["signers"] = std::move(signers);
    sig["visma"] = std::move(v);
  }
  const PrintedSignatures& printed = people.printed;
  if (!printed.board.empty() || !printed.auditors.empty()) {
    Json p;
    if (!printed.method.empty()) p["method"] = printed.method;
    Json board = Json::array();
    for (const PrintedSignature& s : printed.board) {
      Json j;
      j["name"] = s.name;
      if (!s.role.empty()) j["role"] = s.role;
      board.push_back(std::move(j));
    }
    Json auditors = Json::array();
    for (const PrintedSignature& s : printed.auditors) {
      Json j;
      j["name"] = s.name;
      if (!s.as_printed.empty()) j["as_printed"] = s.as_printed;
      auditors.push_back(std::move(j));
    }
    if (!board.empty()) p["board"] = std::move(board);
    if (!auditors.empty()) p["auditors"] = std::move(auditors);
    sig["printed"] = std::move(p);
  }
  if (!sig.empty()) record["signatures"] = std::move(sig);

  Json cj = Json::array();
  for (const Check& c : checks) {
    Json j;
    j["id"] = c.id;
    j["status"] = CheckStatusName(c.status);
    j["detail"] = c.detail;
    j["pages"] = c.pages;
    if (!c.difference.empty()) {
      Json d = Json::object();
      for (const auto& [k, v] : c.difference) d[k] = v;
      j["difference"] = std::move(d);
    }
    cj.push_back(std::move(j));
  }
  record["checks"] = std::move(cj);
  if (info.fiscal_year == 0) {
    Warn(&warnings, "no_fiscal_year", "no fiscal year found", 0);
  }
  record["warnings"] = std::move(warnings);
  return record;
}

}  // namespace finsam::records
