// `finsam-extract compare`: one key figure across organisations and years.
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

namespace finsam::cli {
namespace {

constexpr const char* kUsage =
    R"(Usage: finsam-extract compare --db FILE --key KEY [--years A-B] [options]

Prints one key figure (records vocabulary, e.g. result_for_year,
operating_income, equity_ratio_percent) of every organisation in the
database, one row per organisation and one column per year, from the
current submissions only. A year's figure comes from that year's own report
when it gives one, else from the latest later report that does.

Options:
  --db FILE            the database `batch --db` or `merge --db` wrote
  --key KEY            the key figure (required)
  --years A-B          years as columns (default: the last six years that
                       have the figure)
  --type T             only documents of this type (e.g. arsredovisning)
  --format text|csv|json
                       text (default): an aligned table; csv: RFC 4180 with
                       a header; json: {key, years, rows}
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

}  // namespace

int RunCompareCommand(const std::vector<std::string>& args) {
  FlagSpec spec;
  spec.with_value = {"db", "key", "years", "type", "format", "output"};
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
  if (!flags->Has("db") || !flags->Has("key") || !flags->positional().empty()) {
    std::cerr << "finsam-extract compare: give --db FILE and --key KEY (see "
                 "--help)\n";
    return kExitUsage;
  }
  const std::string format = flags->Get("format", "text");
  if (format != "text" && format != "csv" && format != "json") {
    std::cerr << "finsam-extract compare: --format must be text, csv or "
                 "json\n";
    return kExitUsage;
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
  batch::CompareQuery query;
  query.key = flags->Get("key");
  query.type = flags->Get("type");
  if (flags->Has("years")) {
    auto years = batch::ParseYearRange(flags->Get("years"));
    if (!years.ok()) {
      std::cerr << "finsam-extract compare: " << years.status().message()
                << "\n";
      return kExitUsage;
    }
    std::tie(query.first_year, query.last_year) = *years;
  } else {
    auto years = DefaultYears(**db, query.key);
    if (!years.ok()) return Fail(db_path + ": ", years.status());
    std::tie(query.first_year, query.last_year) = *years;
  }
  auto table = batch::CompareKeyFigure(**db, query);
  if (!table.ok()) return Fail(db_path + ": ", table.status());
  const std::string out = format == "csv"    ? batch::RenderCompareCsv(*table)
                          : format == "json" ? batch::RenderCompareJson(*table)
                                             : batch::RenderCompareText(*table);
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
