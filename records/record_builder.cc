#include "records/record_builder.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

#include "base/text.h"
#include "records/checks.h"
#include "records/document_info.h"
#include "records/evidence_page.h"
#include "records/interventions.h"
#include "records/key_figures.h"
#include "records/key_vocabulary.h"
#include "records/loose_figures.h"
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

using R = ReportRecord;

RecordNumber AmountNumber(const Amount& a) {
  if (a.is_integer()) return RecordNumber::Integer(a.as_integer());
  // Printed decimals are kept, without binary noise ("58,13" -> 58.13).
  const double scale = std::pow(10.0, a.decimals);
  return RecordNumber::Real(std::round(a.value * scale) / scale);
}

R::Statement StatementOf(const Statement& st) {
  R::Statement out;
  out.name = StatementName(st.kind);
  out.title = st.title;
  out.page = st.page;
  out.unit = UnitName(st.unit);
  out.columns = st.columns;
  for (const StatementLine& l : st.lines) {
    R::StatementLine line;
    line.label = l.label;
    line.key = l.key;
    line.note = l.note;
    for (size_t c = 0; c < l.values.size(); ++c) {
      if (!l.values[c]) {
        line.values.push_back(std::nullopt);
        line.values_kr.push_back(std::nullopt);
        continue;
      }
      line.values.push_back(AmountNumber(*l.values[c]));
      if (l.values[c]->percent || IsUnitlessKey(l.key)) {
        line.values_kr.push_back(AmountNumber(*l.values[c]));
      } else {
        line.values_kr.push_back(RecordNumber::Integer(*l.ValueKr(c)));
      }
    }
    if (l.unit != st.unit) line.unit = UnitName(l.unit);
    line.complete = !l.has_values() || l.complete;
    line.derived = l.derived;
    for (const auto& [c, read] : l.repaired) {
      line.repaired.push_back(
          {c < st.columns.size() ? st.columns[c] : "", AmountNumber(read)});
    }
    line.page = l.page;
    out.lines.push_back(std::move(line));
  }
  return out;
}

R::Visma VismaOf(const VismaSignaturePage& page) {
  R::Visma v;
  v.signature_page_read = true;
  v.pages_before = page.pages_before;
  v.page = page.page;
  v.document_id = page.document_id;
  for (const VismaSigner& s : page.signers) {
    v.signers.push_back({s.name, s.time, s.country, s.company, s.role,
                         s.authentication, s.hash});
  }
  return v;
}

R::Printed PrintedOf(const PrintedSignatures& printed) {
  R::Printed out;
  out.method = printed.method;
  for (const PrintedSignature& s : printed.board) {
    out.board.push_back({s.name, s.role, ""});
  }
  for (const PrintedSignature& s : printed.auditors) {
    out.auditors.push_back({s.name, "", s.as_printed});
  }
  return out;
}

}  // namespace

ReportRecord BuildRecord(const RecordInput& input) {
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
  KeyFigures figures = GatherKeyFigures(statements, info.fiscal_year);
  const std::optional<VismaSignaturePage> visma = ParseVismaSignaturePage(text);
  const PeopleResult people = ExtractPeople(text, tree, visma);

  ReportRecord record;
  record.generator = std::string("finsam-extract ") + FINSAM_VERSION;
  record.source.path = input.path;
  record.source.sha256 = input.sha256;
  record.source.bytes = input.bytes;
  record.source.pages =
      input.page_count > 0 ? input.page_count : text.page_count;

  R::Document& doc = record.document;
  doc.type = info.type;
  doc.title = info.title;
  if (doc.title.empty()) {
    doc.title = ComposeTitle(info.type, info.organisation_name,
                             info.fiscal_year, info.fiscal_start);
    doc.title_derived = !doc.title.empty();
  }
  doc.organisation_name = info.organisation_name;
  doc.org_number = info.org_number;
  doc.fiscal_year = info.fiscal_year;
  doc.fiscal_start = info.fiscal_start;
  doc.fiscal_end = info.fiscal_end;
  if (info.adopted_date.empty()) {
    std::vector<std::string> board;
    for (const Person& p : people.people) {
      if (p.body == "styrelse") board.push_back(p.name);
    }
    info.adopted_date = BoardSignatureDate(text, board);
    if (!info.adopted_date.empty()) info.adopted_by = "styrelsen";
  }
  doc.adopted_date = info.adopted_date;
  if (!info.adopted_date.empty()) doc.adopted_by = info.adopted_by;
  doc.diarienummer = info.diarienummer;
  if (info.org_number.empty() && !info.org_number_printed.empty()) {
    record.Warn("org_number_invalid",
                info.org_number_printed + " fails the Luhn check; left out",
                info.org_number_page);
  }

  // Pages: the pipeline's view when given, else what the text tells.
  if (!input.pages.empty()) {
    for (PageInfo page : input.pages) {
      page.confidence = std::round(page.confidence.value_or(0) * 1000) / 1000;
      record.pages.push_back(std::move(page));
    }
  } else if (text.page_breaks) {
    const Section* toc = tree.Find(SectionKind::kToc);
    for (int n = 1; n <= text.page_count; ++n) {
      PageInfo page;
      page.number = n;
      page.role = "body";
      if (toc != nullptr && toc->page == n) page.role = "toc";
      if (visma && visma->page == n) page.role = "signature-page";
      record.pages.push_back(std::move(page));
    }
  }

  for (const Section& s : tree.sections) {
    record.sections.push_back({s.id, s.title, s.level, s.page});
  }
  for (const std::string& m : tree.toc_mismatches) {
    record.Warn("toc_page_mismatch", m);
  }

  for (const Statement* s : statements.All()) {
    record.statements.push_back(StatementOf(*s));
    for (const std::string& w : s->warnings) {
      record.Warn("statement_row",
                  std::string(StatementName(s->kind)) + ": " + w, s->page);
    }
    for (const StatementLine& l : s->lines) {
      for (const auto& [c, read] : l.repaired) {
        const std::string column = c < s->columns.size() ? s->columns[c] : "";
        record.Warn("ocr_cell_repaired",
                    std::string(StatementName(s->kind)) + ": " + l.label + " " +
                        column + " read " + GroupedInteger(read.as_integer()) +
                        "; the sums need " +
                        GroupedInteger(l.values[c]->as_integer()) +
                        ", which is used",
                    l.page);
      }
    }
    if (s->columns.empty()) {
      record.Warn(
          "statement_without_columns",
          std::string(StatementName(s->kind)) +
              ": no column header found; its figures are not in key_figures",
          s->page);
    }
  }

  MemberContributions contributions =
      ExtractMemberContributions(text, info.fiscal_year);
  // Figures printed outside the statements, for keys and years no statement
  // or overview gives: the members' printed total (a note's "Summa
  // medlemsbidrag"), a key figure table (also transposed, years as rows),
  // a sentence.
  // Tables before sentences: the first figure of a key and year wins.
  std::vector<LooseFigure> loose = ReadUnitlessRows(text);
  for (std::vector<LooseFigure> more :
       {ReadTransposedTables(text),
        ReadBalanceRequirementInProse(text, info.fiscal_year),
        ReadKeyFiguresInProse(text, info.fiscal_year)}) {
    loose.insert(loose.end(), more.begin(), more.end());
  }
  loose.insert(loose.end(), contributions.totals.begin(),
               contributions.totals.end());
  // Only the years the key figures gather (records/key_figures.h): an
  // overview's earlier years stay in the overview.
  const std::set<int> gathered(figures.years.begin(), figures.years.end());
  for (const LooseFigure& stated : loose) {
    if (!gathered.empty() && !gathered.count(stated.year)) continue;
    auto& slot = figures.figures[stated.key];
    if (slot.count(stated.year)) continue;
    KeyFigure f;
    f.value = stated.value;
    f.has_decimals = stated.has_decimals;
    f.exact = stated.exact;
    f.source = "outside_statements";
    f.page = stated.page;
    slot[stated.year] = f;
  }

  for (const std::string& key : AllKeys()) {
    auto it = figures.figures.find(key);
    if (it == figures.figures.end() || it->second.empty()) continue;
    R::KeyFigure figure;
    figure.key = key;
    for (auto y = it->second.rbegin(); y != it->second.rend(); ++y) {
      figure.years.push_back(
          {y->first,
           y->second.has_decimals
               ? RecordNumber::Real(std::round(y->second.exact * 100) / 100)
               : RecordNumber::Integer(y->second.value)});
    }
    record.key_figures.push_back(std::move(figure));
  }

  record.member_contributions = std::move(contributions.rows);
  record.people = people.people;
  for (R::Person& p : record.people) {
    if (p.body.empty()) p.body = "other";
  }
  record.interventions = ExtractInterventions(text, info.fiscal_year);

  if (visma) record.signatures.visma = VismaOf(*visma);
  record.signatures.evidence =
      ParseEvidencePages(text, SplitRecordText(input.furniture));
  record.signatures.printed = PrintedOf(people.printed);

  record.checks = RunChecks(info, statements, figures);
  if (info.fiscal_year == 0)
    record.Warn("no_fiscal_year", "no fiscal year found");
  return record;
}

}  // namespace finsam::records
