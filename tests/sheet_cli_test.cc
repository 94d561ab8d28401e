// A meeting package in, the decision sheet out, through the binary as a
// user runs it: `batch --split auto --db` on fixtures/text/sheet_package.pdf
// (scripts/fixtures/sheet.py; sheet_package.expected.json says what the
// sheet must show), then `compare --sheet`. And year on year: a report's
// comparison column against that year's own report in the database.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "batch/report_db.h"
#include "tests/testing/batch_testing.h"
#include "tests/testing/record_schema.h"

namespace finsam {
namespace {

using testing::ProcessResult;
using testing::RunFinsam;
using testing::SampleReport;
using testing::ScratchDir;
using testing::WriteFileOrDie;

const std::string kPackage = testing::TextFixture("sheet_package.pdf");

std::vector<std::vector<std::string>> CsvRows(const std::string& csv) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(csv);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::string cell;
    bool quoted = false;
    for (char c : line) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.push_back(cell);
        cell.clear();
      } else {
        cell += c;
      }
    }
    cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

TEST(SheetCliTest, APackageInTheSheetShowsRecommendationsAndTheUnsigned) {
  ScratchDir dir;
  const std::string db = dir / "r.sqlite";
  const ProcessResult batch =
      RunFinsam({"batch", kPackage, "--out", dir / "out", "--db", db, "--split",
                 "auto", "--jobs", "2", "--progress", "none"},
                dir.path());
  ASSERT_EQ(batch.exit_code, 0) << batch.err;
  const auto expected = nlohmann::json::parse(testing::ReadFileOrEmpty(
      testing::TextFixture("sheet_package.expected.json")));

  const ProcessResult csv =
      RunFinsam({"compare", "--db", db, "--sheet", "2023", "--format", "csv"},
                dir.path());
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  const auto rows = CsvRows(csv.out);
  ASSERT_EQ(rows.size(), 3u) << csv.out;
  const std::vector<std::string>& header = rows[0];
  auto column = [&](const std::string& name) {
    for (size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return i;
    }
    ADD_FAILURE() << "no column " << name;
    return size_t{0};
  };
  for (size_t i = 0; i < 2; ++i) {
    const auto& want = expected["rows"][i];
    const auto& row = rows[i + 1];
    ASSERT_EQ(row.size(), header.size()) << csv.out;
    EXPECT_EQ(row[column("organisation")],
              want["organisation"].get<std::string>());
    EXPECT_EQ(row[column("org_number")], want["org_number"].get<std::string>());
    EXPECT_EQ(row[column("discharge")], want["discharge"].get<std::string>())
        << csv.out;
    EXPECT_EQ(row[column("approval")], want["approval"].get<std::string>());
    // Whether the auditors make remarks (how many sentences the audit
    // reading keeps for them is split/'s and records/audit_report.h's).
    EXPECT_EQ(row[column("remarks")] != "0", want["remarks"].get<bool>());
    EXPECT_EQ(row[column("board_signed")],
              want["board_signed"].get<std::string>())
        << csv.out;
    std::string unsigned_board;
    for (const auto& name : want["unsigned_board"]) {
      unsigned_board +=
          (unsigned_board.empty() ? "" : "; ") + name.get<std::string>();
    }
    EXPECT_EQ(row[column("unsigned_board")], unsigned_board);
    EXPECT_EQ(row[column("result")],
              std::to_string(want["result"].get<int64_t>()));
    EXPECT_EQ(row[column("equity")],
              std::to_string(want["equity"].get<int64_t>()));
    EXPECT_EQ(row[column("member_contributions")],
              std::to_string(want["member_contributions"].get<int64_t>()));
    EXPECT_EQ(row[column("balance_requirement_met")],
              want["balance_requirement_met"].get<bool>() ? "yes" : "no");
    EXPECT_EQ(
        row[column("balance_requirement_result")],
        std::to_string(want["balance_requirement_result"].get<int64_t>()));
    // Pages are the package's: the figures lie inside the report's pages.
    const int first = std::stoi(row[column("first_page")]);
    const int last = std::stoi(row[column("last_page")]);
    const int page = std::stoi(row[column("result_page")]);
    EXPECT_GT(first, 1);
    EXPECT_GE(page, first);
    EXPECT_LE(page, last);
  }

  const ProcessResult text =
      RunFinsam({"compare", "--db", db, "--sheet", "2023"}, dir.path());
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("discharge avstyrker"), std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("did not sign: Sara Lind"), std::string::npos)
      << text.out;
  const ProcessResult html =
      RunFinsam({"compare", "--db", db, "--sheet", "2023", "--format", "html",
                 "-o", dir / "sheet.html"},
                dir.path());
  ASSERT_EQ(html.exit_code, 0) << html.err;
  const std::string page = testing::ReadFileOrEmpty(dir / "sheet.html");
  EXPECT_NE(page.find("sheet_package.pdf#page="), std::string::npos);
  EXPECT_NE(page.find("avstyrker"), std::string::npos);

  // JSON for other tools: the same rows, per the sheet's schema.
  const ProcessResult json =
      RunFinsam({"compare", "--db", db, "--sheet", "2023", "--format", "json"},
                dir.path());
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto sheet = nlohmann::ordered_json::parse(json.out);
  ASSERT_EQ(sheet["rows"].size(), 2u) << json.out;
  for (size_t i = 0; i < 2; ++i) {
    const auto& want = expected["rows"][i];
    const auto& row = sheet["rows"][i];
    EXPECT_EQ(row["organisation"].get<std::string>(),
              want["organisation"].get<std::string>());
    EXPECT_EQ(row["audit"]["discharge"].get<std::string>(),
              want["discharge"].get<std::string>());
    EXPECT_EQ(row["board"]["signed"].get<std::string>(),
              want["board_signed"].get<std::string>());
    EXPECT_EQ(row["board"]["did_not_sign"].dump(),
              want["unsigned_board"].dump());
    EXPECT_EQ(row["result"]["value"].get<int64_t>(),
              want["result"].get<int64_t>());
    EXPECT_EQ(row["balance_requirement"]["met"].get<bool>(),
              want["balance_requirement_met"].get<bool>());
  }
  testing::ExpectValidRecord(sheet, "sheet-cli-package",
                             "schema/decision-sheet.v1.schema.json");

  // Usage: a year, and html only with --sheet.
  EXPECT_EQ(RunFinsam({"compare", "--db", db, "--sheet", "20x3"}, dir.path())
                .exit_code,
            2);
  EXPECT_EQ(
      RunFinsam({"compare", "--db", db, "--key", "equity", "--format", "html"},
                dir.path())
          .exit_code,
      2);
}

TEST(SheetCliTest, BatchFollowsRecordsSplitAndAutoIsTheDefault) {
  ScratchDir dir;
  const std::string db = dir / "r.sqlite";
  WriteFileOrDie(dir / "in/norrby.txt", SampleReport("Norrby", 1, 2023));
  // --split never: the package is one record, one row.
  ASSERT_EQ(RunFinsam({"batch", kPackage, dir / "in", "--out", dir / "never",
                       "--split", "never", "--db", db, "--progress", "none"},
                      dir.path())
                .exit_code,
            0);
  {
    auto opened = batch::ReportDb::OpenReadOnly(db);
    ASSERT_TRUE(opened.ok());
    auto st = (*opened)->sqlite().Prepare(
        "SELECT COUNT(*), SUM(part) FROM documents");
    ASSERT_TRUE(st.ok() && *st->Step());
    EXPECT_EQ(st->ColumnInt(0), 2);
    EXPECT_EQ(st->ColumnInt(1), 0);
  }
  const auto never = testing::ReadTree(dir / "never");
  // An ordinary report is the same with the default, auto: same record
  // bytes.
  ASSERT_EQ(RunFinsam({"batch", kPackage, dir / "in", "--out", dir / "auto",
                       "--db", dir / "auto.sqlite", "--progress", "none"},
                      dir.path())
                .exit_code,
            0);
  const auto split = testing::ReadTree(dir / "auto");
  int reports = 0;
  for (const auto& [name, data] : never) {
    if (name.find(".record.json") == std::string::npos) continue;
    ASSERT_TRUE(split.count(name)) << name;
    if (name.find("norrby") != std::string::npos) {
      EXPECT_EQ(split.at(name), data) << name;
      ++reports;
    } else {
      // The package: one record (an object) with --split never, one per
      // document (an array, each with part_of) with it.
      EXPECT_EQ(data.front(), '{');
      const auto array = nlohmann::json::parse(split.at(name));
      ASSERT_TRUE(array.is_array());
      EXPECT_GE(array.size(), 3u);
      for (const auto& record : array) EXPECT_TRUE(record.contains("part_of"));
    }
  }
  EXPECT_EQ(reports, 1);
  auto opened = batch::ReportDb::OpenReadOnly(dir / "auto.sqlite");
  ASSERT_TRUE(opened.ok());
  auto st = (*opened)->sqlite().Prepare(
      "SELECT COUNT(*) FROM documents WHERE part > 0 AND first_page > 0");
  ASSERT_TRUE(st.ok() && *st->Step());
  EXPECT_GE(st->ColumnInt(0), 3);
  EXPECT_NE(RunFinsam({"batch", dir / "in", "--out", dir / "x", "--split",
                       "sometimes"},
                      dir.path())
                .exit_code,
            0);
}

TEST(SheetCliTest, APriorYearColumnAgainstThatYearsOwnReport) {
  ScratchDir dir;
  const std::string db = dir / "r.sqlite";
  // Norrby's 2023 report prints 2022's result as 2 343; its own 2022
  // report says 2 343 too, but the rest of its figures differ (the 2022
  // report here is the sample shifted a year: its equity 2022 is the
  // sample's 2023 equity, 2 758 772, where the 2023 report prints
  // 2 102 817 for 2022).
  WriteFileOrDie(dir / "in/norrby-2023.txt", SampleReport("Norrby", 1, 2023));
  WriteFileOrDie(dir / "in/norrby-2022.txt",
                 SampleReport("Norrby", 1, 2022, "2 343"));
  ASSERT_EQ(RunFinsam({"batch", dir / "in", "--out", dir / "out", "--db", db,
                       "--progress", "none"},
                      dir.path())
                .exit_code,
            0);
  const ProcessResult text =
      RunFinsam({"compare", "--db", db, "--sheet", "2023"}, dir.path());
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("prior_year_agrees"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("equity 2022: 2 102 817 here, 2 758 772 in the "
                          "2022 report"),
            std::string::npos)
      << text.out;
  EXPECT_EQ(text.out.find("result_for_year 2022"), std::string::npos)
      << "the result agrees:\n"
      << text.out;
  // The 2022 sheet has no earlier report to compare with.
  const ProcessResult earlier =
      RunFinsam({"compare", "--db", db, "--sheet", "2022"}, dir.path());
  ASSERT_EQ(earlier.exit_code, 0);
  EXPECT_NE(earlier.out.find("no other report in the database shares a "
                             "figure"),
            std::string::npos)
      << earlier.out;
  // The sheet says what the database stores: the checks table's row and
  // the stored record's check are the sheet's.
  const ProcessResult json =
      RunFinsam({"compare", "--db", db, "--sheet", "2023", "--format", "json"},
                dir.path());
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto sheet = nlohmann::ordered_json::parse(json.out);
  ASSERT_EQ(sheet["rows"].size(), 1u);
  const auto& shown = sheet["rows"][0]["prior_year_agrees"];
  ASSERT_TRUE(shown.is_object()) << json.out;
  auto opened = batch::ReportDb::OpenReadOnly(db);
  ASSERT_TRUE(opened.ok());
  auto st = (*opened)->sqlite().Prepare(
      "SELECT c.status, c.detail, d.record FROM checks c JOIN documents d ON "
      "d.id = c.document_id WHERE c.check_id = 'prior_year_agrees' AND "
      "d.fiscal_year = 2023");
  ASSERT_TRUE(st.ok() && *st->Step());
  EXPECT_EQ(shown["status"].get<std::string>(), st->ColumnText(0));
  EXPECT_EQ(shown["detail"].get<std::string>(), st->ColumnText(1));
  const auto record = nlohmann::ordered_json::parse(st->ColumnText(2));
  bool in_record = false;
  for (const auto& c : record["checks"]) {
    if (c["id"].get<std::string>() == "prior_year_agrees") {
      EXPECT_EQ(c, shown);
      in_record = true;
    }
  }
  EXPECT_TRUE(in_record);
  testing::ExpectValidRecord(sheet, "sheet-cli-2023",
                             "schema/decision-sheet.v1.schema.json");
}

}  // namespace
}  // namespace finsam
