// `finsam-extract compare`: one key figure across organisations and years,
// or (--sheet YEAR) the decision sheet of a year.
#include <iostream>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "batch/compare.h"
#include "batch/report_db.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/fast_exit.h"
#include "cli/flags.h"
#include "sheet/decision_sheet.h"
#include "sheet/sheet_render.h"

namespace finsam::cli {
namespace {

constexpr const char* kUsage =
    R"(Usage: finsam-extract compare --db FILE --key KEY [--years A-B] [options]
       finsam-extract compare --db FILE --sheet YEAR [options]

Prints one key figure (records vocabulary, e.g. result_for_year,
operating_income, equity_ratio_percent) of every organisation in the
database, one row per organisation and one column per year, from the
current submissions only. A year's figure comes from that year's own report
when it gives one, else from the latest later report that does.

With --sheet YEAR: the decision sheet of that year, one entry per
organisation with an annual report (or an audit report) of that fiscal
year among the current submissions: the result, the equity and its share
of the member contributions, the balance requirement met or not, the
auditors' recommendation (discharge and approval: tillstyrker or
avstyrker, and remarks), whether every board member printed under the
signatures signed on the signature page, the record's failed checks, and
the record's check prior_year_agrees as the database stores it: each figure
of an earlier year the report prints that differs from that year's own
report, or, with no report of that year in the database, from another
report that prints the year (which one is wrong left open unless one
side's sums hold); with the page of the input file each figure is on.

Options:
  --db FILE            the database `batch --db` or `merge --db` wrote
  --key KEY            the key figure
  --sheet YEAR         the decision sheet of fiscal year YEAR instead
  --years A-B          years as columns (default: the last six years that
                       have the figure)
  --type T             only documents of this type (e.g. arsredovisning)
  --format text|csv|json|html
                       text (default): an aligned table (the sheet: a block
                       per organisation); csv: RFC 4180 with a header;
                       json: {key, years, rows}, or the sheet per
                       schema/decision-sheet.v1.schema.json; html
                       (--sheet only): one page whose figures link to their
                       page of the input file
  --output FILE, -o FILE
                       write here (atomically) instead of standard output
  --help               this text

Exit codes: 0 ok, 2 usage, 3 database not found, 1 other failure.
)";

int Fail(const std::string& what, const Status& status) {
  std::cerr << "finsam-extract compare: " << what << status.message() << "\n";
  return ExitCodeFor(status);
}

// The last six years that have `key`, for a --years left out.
Result<std::pair<int, int>> DefaultYears(batch::ReportDb& db,
                                         const std::string& key) {
  auto st = db.sqlite().Prepare(
      "SELECT MAX(k.year) FROM key_figures k JOIN documents d ON "
      "d.id = k.document_id WHERE d.is_current = 1 AND k.key = ?");
  if (!st.ok()) return st.status();
  st->BindText(1, key);
  auto row = st->Step();
  if (!row.ok()) return row.status();
  if (!*row || st->IsNull(0)) return std::make_pair(0, -1);
  const int last = static_cast<int>(st->ColumnInt(0));
  return std::make_pair(last - 5, last);
}

// The key figure's table. kInvalidArgument for a bad --years.
Result<std::string> KeyTable(batch::ReportDb& db, const Flags& flags,
                             const std::string& format) {
  batch::CompareQuery query;
  query.key = flags.Get("key");
  query.type = flags.Get("type");
  if (flags.Has("years")) {
    auto years = batch::ParseYearRange(flags.Get("years"));
    if (!years.ok()) return years.status();
    std::tie(query.first_year, query.last_year) = *years;
  } else {
    auto years = DefaultYears(db, query.key);
    if (!years.ok()) return years.status();
    std::tie(query.first_year, query.last_year) = *years;
  }
  auto table = batch::CompareKeyFigure(db, query);
  if (!table.ok()) return table.status();
  return format == "csv"    ? batch::RenderCompareCsv(*table)
         : format == "json" ? batch::RenderCompareJson(*table)
                            : batch::RenderCompareText(*table);
}

// Earlier years read to compute prior_year_agrees from a database that
// does not store it (schema version below 3): a multi-year overview
// (flerårsöversikt) usually prints the year and four before it.
constexpr int kSheetYearsBack = 5;

Result<std::string> SheetOf(batch::ReportDb& db, int year,
                            const std::string& format) {
  const bool stored = db.schema_version() >= 3;
  auto records =
      db.CurrentRecords(stored ? year : year - kSheetYearsBack, year);
  if (!records.ok()) return records.status();
  const sheet::DecisionSheet decision =
      sheet::BuildDecisionSheet(year, *records,
                                stored ? sheet::PriorYearSource::kStored
                                       : sheet::PriorYearSource::kComputed);
  return format == "csv"    ? sheet::RenderSheetCsv(decision)
         : format == "json" ? sheet::RenderSheetJson(decision)
         : format == "html" ? sheet::RenderSheetHtml(decision)
                            : sheet::RenderSheetText(decision);
}

}  // namespace

int RunCompareCommand(const std::vector<std::string>& args) {
  FlagSpec spec;
  spec.with_value = {"db", "key", "years", "type", "format", "output", "sheet"};
  spec.boolean = {"help"};
  auto flags = Flags::Parse(args, spec);
  if (!flags.ok()) {
    std::cerr << "finsam-extract compare: " << flags.status().message()
              << " (see --help)\n";
    return kExitUsage;
  }
  if (flags->Has("help")) {
    std::cout << kUsage;
    return kExitOk;
  }
  const bool sheet = flags->Has("sheet");
  if (!flags->Has("db") || sheet == flags->Has("key") ||
      !flags->positional().empty()) {
    std::cerr << "finsam-extract compare: give --db FILE and either --key "
                 "KEY or --sheet YEAR (see --help)\n";
    return kExitUsage;
  }
  const std::string format = flags->Get("format", "text");
  if (format != "text" && format != "csv" && format != "json" &&
      !(sheet && format == "html")) {
    std::cerr << "finsam-extract compare: --format must be text, csv, json "
                 "or (with --sheet) html\n";
    return kExitUsage;
  }
  int sheet_year = 0;
  if (sheet) {
    auto year = batch::ParseYearRange(flags->Get("sheet"));
    if (!year.ok() || year->first != year->second) {
      std::cerr << "finsam-extract compare: --sheet must be a year (YYYY), "
                   "got '"
                << flags->Get("sheet") << "'\n";
      return kExitUsage;
    }
    sheet_year = year->first;
  }
  const std::string db_path = flags->Get("db");
  auto db = batch::ReportDb::OpenReadOnly(db_path);
  if (!db.ok()) {
    if (db.status().code() == ErrorCode::kInvalidArgument) {
      std::cerr << "finsam-extract compare: " << db.status().message() << "\n";
      return kExitBadInput;
    }
    return Fail(db_path + ": ", db.status());
  }
  std::string out;
  if (sheet) {
    auto rendered = SheetOf(**db, sheet_year, format);
    if (!rendered.ok()) return Fail(db_path + ": ", rendered.status());
    out = std::move(rendered).value();
  } else {
    auto rendered = KeyTable(**db, *flags, format);
    if (!rendered.ok()) {
      if (rendered.status().code() == ErrorCode::kInvalidArgument) {
        std::cerr << "finsam-extract compare: " << rendered.status().message()
                  << "\n";
        return kExitUsage;
      }
      return Fail(db_path + ": ", rendered.status());
    }
    out = std::move(rendered).value();
  }
  const std::string output = flags->Get("output");
  if (output.empty()) {
    std::cout << out << std::flush;
    if (!std::cout) {
      return Fail("", Status(ErrorCode::kIoError, "cannot write output"));
    }
  } else {
    Status s = WriteFileAtomically(output, out);
    if (!s.ok()) return Fail(output + ": ", s);
  }
  return FinishProcess(kExitOk);
}

}  // namespace finsam::cli
