#include "sheet/decision_sheet.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

#include "records/checks.h"
#include "records/signer_match.h"
#include "records/text_fold.h"

namespace finsam::sheet {
namespace {

using R = records::ReportRecord;

// The page of the input file that is page `page` of `record`.
int FilePage(const R& record, int page) {
  if (page <= 0) return 0;
  return record.part_of ? record.part_of->first_page + page - 1 : page;
}

// The organisation a record is of: its number, else its folded name.
std::string OrganisationKey(const R& record) {
  if (!record.document.org_number.empty()) return record.document.org_number;
  return records::Fold(record.document.organisation_name);
}

// `key` for `year` where a statement prints it, else the key figure alone
// (page unknown).
SheetFigure FigureOf(const R& record, const std::string& key, int year) {
  SheetFigure f;
  if (auto printed = record.FindPrintedFigure(key, year)) {
    f.value = printed->value;
    f.page = FilePage(record, printed->page);
  } else if (const records::RecordNumber* v = record.FindKeyFigure(key, year)) {
    f.value = *v;
  }
  return f;
}

// The total of the member contributions for `year`: the printed total,
// else the sum of the members' rows (records/member_contributions.h).
SheetFigure MemberContributionsOf(const R& record, int year) {
  SheetFigure f = FigureOf(record, "member_contributions_total", year);
  if (f.value) return f;
  int64_t sum = 0;
  bool any = false;
  for (const R::MemberContribution& c : record.member_contributions) {
    if (c.year != year) continue;
    sum += c.amount;
    if (!any) f.page = FilePage(record, c.page);
    any = true;
  }
  if (any) f.value = records::RecordNumber::Integer(sum);
  return f;
}

// Signers on the signature page (Visma) or the evidence pages (Scrive,
// Verified, ...) against the board printed under "Styrelsens underskrift",
// with the one matcher Visma signers get (records/signer_match.h).
void BoardSignedOf(const R& record, SheetRow* row) {
  std::vector<std::string> signers;
  std::vector<int> pages;
  if (const auto& visma = record.signatures.visma) {
    for (const R::VismaSigner& s : visma->signers) {
      if (!s.name.empty()) signers.push_back(s.name);
    }
    if (!visma->signers.empty() && visma->page > 0) {
      pages.push_back(FilePage(record, visma->page));
    }
  }
  for (const records::EvidencePages& e : record.signatures.evidence) {
    for (const records::EvidenceSigner& s : e.signers) {
      if (!s.name.empty()) signers.push_back(s.name);
    }
    if (!e.pages.empty()) pages.push_back(FilePage(record, e.pages.front()));
  }
  // The auditor signs the annual report too ("Vår revisionsberättelse har
  // lämnats ...", then the auditor's name, as in Flygplansfabriken's
  // reports): a name the record's own audit report gives as an auditor is
  // not a board member.
  std::vector<std::string> auditors;
  if (record.audit) {
    for (const R::Auditor& a : record.audit->auditors) {
      auditors.push_back(records::Fold(a.name));
    }
  }
  std::vector<records::PrintedName> board;
  for (const R::PrintedSigner& p : record.signatures.printed.board) {
    if (p.name.empty() || std::find(auditors.begin(), auditors.end(),
                                    records::Fold(p.name)) != auditors.end()) {
      continue;
    }
    board.push_back({p.name, "board"});
  }
  if (board.empty()) {
    row->board_signed_note = "no board printed under a signature heading";
    return;
  }
  if (signers.empty()) {
    row->board_signed_note = "no signature page or signing evidence";
    return;
  }
  const records::SignerMatch match = records::MatchSigners(signers, board);
  for (const records::PrintedName& p : match.unmatched_printed) {
    row->unsigned_board.push_back(p.name);
  }
  row->board_signed =
      row->unsigned_board.empty() ? BoardSigned::kAll : BoardSigned::kMissing;
  row->board_signed_note =
      std::to_string(board.size() - row->unsigned_board.size()) + " of " +
      std::to_string(board.size()) + " printed board members signed";
  if (!pages.empty()) {
    row->board_signed_note += ", page " + std::to_string(pages.front());
  }
}

// `others`: the organisation's annual reports to compute prior_year_agrees
// against; nullptr: the record's stored check.
SheetRow RowOf(int year, const R& record, const std::vector<const R*>* others) {
  SheetRow row;
  row.organisation = record.document.organisation_name;
  row.org_number = record.document.org_number;
  row.fiscal_year = record.document.fiscal_year;
  row.path = record.source.path;
  if (record.part_of) {
    row.first_page = record.part_of->first_page;
    row.last_page = record.part_of->last_page;
  }
  row.result = FigureOf(record, "result_for_year", year);
  row.equity = FigureOf(record, "equity", year);
  row.member_contributions = MemberContributionsOf(record, year);
  if (row.equity.value && row.member_contributions.value &&
      row.member_contributions.value->value() > 0) {
    row.equity_share_percent = 100.0 * row.equity.value->value() /
                               row.member_contributions.value->value();
  }
  row.balance_requirement_result =
      FigureOf(record, "balance_requirement_result", year);
  if (row.balance_requirement_result.value) {
    row.balance_requirement_met =
        row.balance_requirement_result.value->value() >= 0;
  }
  // Its pages are the file's already (split/package_records.h).
  if (record.audit) row.audit = record.audit;
  BoardSignedOf(record, &row);
  for (const R::Check& c : record.checks) {
    if (others != nullptr && c.id == "prior_year_agrees") continue;
    if (c.id == "prior_year_agrees") row.prior_year = c;
    if (c.status == records::CheckStatus::kFail) row.failed_checks.push_back(c);
  }
  if (others != nullptr) {
    records::Check prior = records::CheckPriorYearAgrees(record, *others);
    if (!prior.id.empty()) {
      if (prior.status == records::CheckStatus::kFail) {
        row.failed_checks.push_back(prior);
      }
      row.prior_year = std::move(prior);
    }
  }
  return row;
}

}  // namespace

const char* BoardSignedName(BoardSigned s) {
  switch (s) {
    case BoardSigned::kAll:
      return "yes";
    case BoardSigned::kMissing:
      return "no";
    case BoardSigned::kUnknown:
      return "unknown";
  }
  return "unknown";
}

DecisionSheet BuildDecisionSheet(int year, const std::vector<R>& records,
                                 PriorYearSource prior_year_source) {
  // Per organisation: the year's annual report, its audit-only records, and
  // its annual reports of every year.
  struct Organisation {
    const R* report = nullptr;
    std::vector<const R*> audits;
    std::vector<const R*> annual;
  };
  std::map<std::string, Organisation> by_key;
  for (const R& record : records) {
    const int fy = record.document.fiscal_year;
    const bool annual = record.document.type == "arsredovisning";
    const std::string key = OrganisationKey(record);
    if (key.empty()) continue;
    if (fy == year && annual) {
      // Two current reports of one organisation and year (one from a
      // package, one whole file): the first, in the database's order.
      if (by_key[key].report == nullptr) by_key[key].report = &record;
    } else if (fy == year && record.audit) {
      by_key[key].audits.push_back(&record);
    }
    if (fy > 0 && annual) by_key[key].annual.push_back(&record);
  }
  DecisionSheet sheet;
  sheet.year = year;
  for (auto& [key, org] : by_key) {
    const std::vector<const R*>* others =
        prior_year_source == PriorYearSource::kComputed ? &org.annual : nullptr;
    if (org.report != nullptr) {
      SheetRow row = RowOf(year, *org.report, others);
      if (!row.audit && !org.audits.empty()) {
        row.audit = org.audits.front()->audit;
      }
      sheet.rows.push_back(std::move(row));
    } else if (!org.audits.empty()) {
      sheet.rows.push_back(RowOf(year, *org.audits.front(), others));
    }
  }
  std::sort(sheet.rows.begin(), sheet.rows.end(),
            [](const SheetRow& a, const SheetRow& b) {
              return std::tie(a.organisation, a.org_number) <
                     std::tie(b.organisation, b.org_number);
            });
  return sheet;
}

}  // namespace finsam::sheet
