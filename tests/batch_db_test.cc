// Tests of the report database: upsert, submission history, the child
// tables, merging shard databases, and compare.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "base/sha256.h"
#include "batch/compare.h"
#include "batch/report_db.h"
#include "records/record_builder.h"
#include "records/record_json.h"
#include "tests/testing/batch_testing.h"

namespace finsam::batch {
namespace {

using testing::SampleReport;
using testing::ScratchDir;

records::ReportRecord Record(const std::string& path, const std::string& text) {
  records::RecordInput input;
  input.text = text;
  input.path = path;
  input.sha256 = Sha256Hex(text);
  input.bytes = static_cast<int64_t>(text.size());
  return records::BuildRecord(input);
}

int64_t Count(ReportDb& db, const std::string& sql) {
  auto st = db.sqlite().Prepare(sql);
  EXPECT_TRUE(st.ok());
  auto row = st->Step();
  EXPECT_TRUE(row.ok() && *row) << sql;
  return st->ColumnInt(0);
}

std::string Text(ReportDb& db, const std::string& sql) {
  auto st = db.sqlite().Prepare(sql);
  EXPECT_TRUE(st.ok());
  std::string out;
  for (;;) {
    auto row = st->Step();
    EXPECT_TRUE(row.ok());
    if (!row.ok() || !*row) break;
    out += st->ColumnText(0) + "\n";
  }
  return out;
}

TEST(BatchReportDbTest,
     NewSubmissionBecomesCurrentAndTheEarlierStaysAsHistory) {
  ScratchDir dir;
  auto db = ReportDb::Open(dir / "r.sqlite");
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  const auto first = Record("2021/norrby.txt", SampleReport("Norrby", 1, 2021));
  auto a = (*db)->Ingest(first, "2026-01-01T00:00:00.000Z", "0.1.0");
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(*a, IngestOutcome::kCurrent);
  // The same content again: nothing changes.
  auto again = (*db)->Ingest(first, "2026-02-01T00:00:00.000Z", "0.1.0");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, IngestOutcome::kUnchanged);
  EXPECT_EQ(Count(**db, "SELECT COUNT(*) FROM documents"), 1);

  // A corrected submission for the same förbund, year and type.
  const auto corrected = Record("2021/norrby-rättad.txt",
                                SampleReport("Norrby", 1, 2021, "700 000"));
  auto b = (*db)->Ingest(corrected, "2026-03-01T00:00:00.000Z", "0.1.0");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(*b, IngestOutcome::kCurrent);
  EXPECT_EQ(Text(**db,
                 "SELECT path || ' ' || is_current || ' ' || "
                 "IFNULL(supersedes, '-') FROM documents ORDER BY id"),
            "2021/norrby.txt 0 -\n2021/norrby-rättad.txt 1 1\n");
  // A submission ingested earlier (a late-merged shard) is history at once.
  const auto late = Record("2021/norrby-utkast.txt",
                           SampleReport("Norrby", 1, 2021, "1 000"));
  auto c = (*db)->Ingest(late, "2025-12-01T00:00:00.000Z", "0.1.0");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(*c, IngestOutcome::kHistory);
  EXPECT_EQ(Count(**db, "SELECT COUNT(*) FROM documents WHERE is_current=1"),
            1);
  // Another year and another förbund are separate identities.
  ASSERT_TRUE(
      (*db)
          ->Ingest(Record("2022/norrby.txt", SampleReport("Norrby", 1, 2022)),
                   "2026-01-01T00:00:00.000Z", "0.1.0")
          .ok());
  ASSERT_TRUE(
      (*db)
          ->Ingest(Record("2021/söderby.txt", SampleReport("Söderby", 2, 2021)),
                   "2026-01-01T00:00:00.000Z", "0.1.0")
          .ok());
  EXPECT_EQ(Count(**db, "SELECT COUNT(*) FROM documents WHERE is_current=1"),
            3);
  EXPECT_EQ(Text(**db,
                 "SELECT org_number FROM documents WHERE path = "
                 "'2021/söderby.txt'"),
            testing::OrgNumber(2) + "\n");
}

TEST(BatchReportDbTest, FillsKeyFiguresStatementsPeopleSignaturesAndChecks) {
  ScratchDir dir;
  auto db = ReportDb::Open(dir / "r.sqlite");
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE((*db)
                  ->Ingest(Record("a.txt", SampleReport("Norrby", 1, 2021)),
                           "2026-01-01T00:00:00.000Z", "0.1.0")
                  .ok());
  EXPECT_EQ(Text(**db,
                 "SELECT value FROM key_figures WHERE key = "
                 "'result_for_year' ORDER BY year"),
            "2343\n655955\n");
  EXPECT_EQ(Text(**db,
                 "SELECT type || ' ' || fiscal_year || ' ' || "
                 "organisation FROM documents"),
            "arsredovisning 2021 Samordningsförbundet Norrby\n");
  EXPECT_EQ(Text(**db,
                 "SELECT column || '=' || value_kr FROM "
                 "statement_lines WHERE statement = 'income_statement' "
                 "AND label = 'Verksamhetens intäkter' ORDER BY "
                 "column_index"),
            "2021=8011783\n2020=8038718\n");
  EXPECT_EQ(Text(**db,
                 "SELECT name || ' ' || body FROM people ORDER BY "
                 "person_index"),
            "Anna Lindqvist styrelse\nGöran Åkesson styrelse\nMärta Öberg "
            "styrelse\n");
  EXPECT_EQ(Count(**db,
                  "SELECT COUNT(*) FROM signatures WHERE kind = "
                  "'visma' AND time LIKE '2024-03-2%'"),
            3);
  EXPECT_EQ(Text(**db,
                 "SELECT status FROM checks WHERE check_id = "
                 "'org_number_valid'"),
            "pass\n");
}

TEST(BatchReportDbTest, MergingShardDatabasesEqualsOneDatabase) {
  ScratchDir dir;
  struct Doc {
    std::string path, text, at;
  };
  const std::vector<Doc> docs = {
      {"a.txt", SampleReport("Norrby", 1, 2021), "2026-01-01T00:00:01.000Z"},
      {"b.txt", SampleReport("Norrby", 1, 2021, "9 999"),
       "2026-01-01T00:00:02.000Z"},
      {"c.txt", SampleReport("Söderby", 2, 2022), "2026-01-01T00:00:03.000Z"},
  };
  auto whole = ReportDb::Open(dir / "whole.sqlite");
  auto s0 = ReportDb::Open(dir / "s0.sqlite");
  auto s1 = ReportDb::Open(dir / "s1.sqlite");
  ASSERT_TRUE(whole.ok() && s0.ok() && s1.ok());
  for (size_t i = 0; i < docs.size(); ++i) {
    const auto record = Record(docs[i].path, docs[i].text);
    ASSERT_TRUE((*whole)->Ingest(record, docs[i].at, "0.1.0").ok());
    // The later submission lands in the first shard: merge order must not
    // decide which is current.
    ReportDb& shard = i == 1 ? **s0 : **s1;
    ASSERT_TRUE(shard.Ingest(record, docs[i].at, "0.1.0").ok());
  }
  auto merged = ReportDb::Open(dir / "merged.sqlite");
  ASSERT_TRUE(merged.ok());
  ASSERT_TRUE((*merged)->MergeFrom(dir / "s0.sqlite").ok());
  ASSERT_TRUE((*merged)->MergeFrom(dir / "s1.sqlite").ok());
  ASSERT_TRUE((*merged)->MergeFrom(dir / "s1.sqlite").ok()) << "idempotent";
  const std::string q =
      "SELECT path || ' ' || is_current || ' ' || ingested_at FROM documents "
      "ORDER BY path";
  EXPECT_EQ(Text(**merged, q), Text(**whole, q));
  EXPECT_EQ(Text(**merged, q),
            "a.txt 0 2026-01-01T00:00:01.000Z\nb.txt 1 "
            "2026-01-01T00:00:02.000Z\nc.txt 1 2026-01-01T00:00:03.000Z\n");
  EXPECT_EQ(Count(**merged, "SELECT COUNT(*) FROM key_figures"),
            Count(**whole, "SELECT COUNT(*) FROM key_figures"));
  EXPECT_FALSE((*merged)->MergeFrom(dir / "absent.sqlite").ok());
}

// prior_year_agrees as stored: per document path, the check's status and
// detail, and whether the stored record holds the same check.
std::string StoredPriorYear(ReportDb& db) {
  auto st = db.sqlite().Prepare(
      "SELECT d.path, d.is_current, c.status, c.detail, d.record FROM "
      "documents d LEFT JOIN checks c ON c.document_id = d.id AND "
      "c.check_id = 'prior_year_agrees' ORDER BY d.path");
  EXPECT_TRUE(st.ok());
  std::string out;
  for (;;) {
    auto row = st->Step();
    EXPECT_TRUE(row.ok());
    if (!row.ok() || !*row) break;
    auto record = records::ParseRecordJson(st->ColumnText(4));
    EXPECT_TRUE(record.ok());
    std::string in_record = "-";
    for (const auto& c : record->checks) {
      if (c.id == "prior_year_agrees") {
        in_record =
            std::string(records::CheckStatusName(c.status)) + " " + c.detail;
      }
    }
    const std::string in_table =
        st->IsNull(2) ? "-" : st->ColumnText(2) + " " + st->ColumnText(3);
    EXPECT_EQ(in_table, in_record) << st->ColumnText(0);
    out += st->ColumnText(0) + " " + std::to_string(st->ColumnInt(1)) + ": " +
           in_table + "\n";
  }
  return out;
}

TEST(BatchReportDbTest, PriorYearAgreesIsStoredWhateverTheIngestOrder) {
  ScratchDir dir;
  // Norrby 2021, 2022, 2023: each the sample shifted a year, so each
  // report's prior-year column differs from that year's own report except
  // in the result (each prints the earlier result as 2 343, and 2021's and
  // 2022's own results are given as 2 343). Söderby is another submitter.
  struct Doc {
    std::string path, text;
  };
  const std::vector<Doc> docs = {
      {"2021/norrby.txt", SampleReport("Norrby", 1, 2021, "2 343")},
      {"2022/norrby.txt", SampleReport("Norrby", 1, 2022, "2 343")},
      {"2023/norrby.txt", SampleReport("Norrby", 1, 2023)},
      {"2022/söderby.txt", SampleReport("Söderby", 2, 2022)},
  };
  const std::string at = "2026-01-01T00:00:00.000Z";
  std::vector<std::string> stored;
  for (const std::vector<int>& order : std::vector<std::vector<int>>{
           {0, 1, 2, 3}, {2, 1, 3, 0}, {3, 2, 0, 1}}) {
    const std::string name =
        "order" + std::to_string(stored.size()) + ".sqlite";
    auto db = ReportDb::Open(dir / name);
    ASSERT_TRUE(db.ok());
    for (int i : order) {
      ASSERT_TRUE(
          (*db)->Ingest(Record(docs[i].path, docs[i].text), at, "v").ok());
    }
    stored.push_back(StoredPriorYear(**db));
  }
  EXPECT_EQ(stored[1], stored[0]);
  EXPECT_EQ(stored[2], stored[0]);
  const std::string& s = stored[0];
  // 2021 has no earlier report, Söderby none at all; 2022 and 2023 fail on
  // the figures that differ, and name them.
  EXPECT_NE(s.find("2021/norrby.txt 1: -\n"), std::string::npos) << s;
  EXPECT_NE(s.find("2022/söderby.txt 1: -\n"), std::string::npos) << s;
  EXPECT_NE(s.find("2022/norrby.txt 1: fail "), std::string::npos) << s;
  EXPECT_NE(s.find("2023/norrby.txt 1: fail "), std::string::npos) << s;
  EXPECT_NE(s.find("equity 2021: "), std::string::npos) << s;
  EXPECT_NE(s.find("equity 2022: "), std::string::npos) << s;
  EXPECT_EQ(s.find("result_for_year 2022"), std::string::npos) << s;

  // A corrected 2022 report supersedes the first: 2023's check is against
  // it now (its result for 2022, 1 000, differs from 2023's 2 343), and
  // the superseded one keeps none.
  auto db = ReportDb::Open(dir / "order0.sqlite");
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE((*db)
                  ->Ingest(Record("2022/norrby-rättad.txt",
                                  SampleReport("Norrby", 1, 2022, "1 000")),
                           "2026-02-01T00:00:00.000Z", "v")
                  .ok());
  const std::string after = StoredPriorYear(**db);
  EXPECT_NE(after.find("2022/norrby.txt 0: -\n"), std::string::npos) << after;
  EXPECT_NE(after.find("result_for_year 2022: 2 343 here, 1 000 in the 2022 "
                       "report"),
            std::string::npos)
      << after;
  EXPECT_NE(after.find("in the 2022 report (2022/norrby-rättad.txt)"),
            std::string::npos)
      << after;

  // Shards: each holds some of the reports; merged, the stored checks are
  // those of the one database.
  auto s0 = ReportDb::Open(dir / "s0.sqlite");
  auto s1 = ReportDb::Open(dir / "s1.sqlite");
  auto merged = ReportDb::Open(dir / "merged.sqlite");
  ASSERT_TRUE(s0.ok() && s1.ok() && merged.ok());
  for (size_t i = 0; i < docs.size(); ++i) {
    ReportDb& shard = i % 2 == 0 ? **s0 : **s1;
    ASSERT_TRUE(shard.Ingest(Record(docs[i].path, docs[i].text), at, "v").ok());
  }
  EXPECT_NE(StoredPriorYear(**s0), stored[0]) << "a shard sees less";
  ASSERT_TRUE((*merged)->MergeFrom(dir / "s1.sqlite").ok());
  ASSERT_TRUE((*merged)->MergeFrom(dir / "s0.sqlite").ok());
  EXPECT_EQ(StoredPriorYear(**merged), stored[0]);
}

// The documents of one package: the same file (sha256), each with part_of.
std::vector<records::ReportRecord> PackageParts() {
  std::vector<records::ReportRecord> parts = {
      Record("möte/handlingar.pdf", SampleReport("Norrby", 1, 2023)),
      Record("möte/handlingar.pdf", SampleReport("Söderby", 2, 2023)),
      Record("möte/handlingar.pdf", "Kallelse och föredragningslista\n")};
  for (size_t i = 0; i < parts.size(); ++i) {
    parts[i].source.sha256 = std::string(64, 'a');
    records::ReportRecord::PartOf part_of;
    part_of.document = static_cast<int>(i) + 1;
    part_of.documents = 3;
    part_of.first_page = static_cast<int>(i) * 6 + 1;
    part_of.last_page = static_cast<int>(i) * 6 + 6;
    part_of.kind = i < 2 ? "annual-report" : "agenda";
    parts[i].part_of = part_of;
  }
  return parts;
}

TEST(BatchReportDbTest, KeepsEachDocumentOfAPackageWithItsPartAndPages) {
  ScratchDir dir;
  auto db = ReportDb::Open(dir / "r.sqlite");
  ASSERT_TRUE(db.ok());
  const std::string at = "2026-01-01T00:00:00.000Z";
  for (const auto& part : PackageParts()) {
    auto outcome = (*db)->Ingest(part, at, "v");
    ASSERT_TRUE(outcome.ok()) << outcome.status().ToString();
    EXPECT_EQ(*outcome, IngestOutcome::kCurrent);
  }
  EXPECT_EQ(Text(**db,
                 "SELECT part || '/' || parts || ' ' || first_page || '-' || "
                 "last_page || ' ' || part_kind || ' ' || is_current FROM "
                 "documents ORDER BY part"),
            "1/3 1-6 annual-report 1\n2/3 7-12 annual-report 1\n"
            "3/3 13-18 agenda 1\n");
  // The agenda has no organisation: its submitter is the file's path and
  // part, not a resubmission of a neighbour.
  EXPECT_EQ(Text(**db, "SELECT submitter FROM documents WHERE part = 3"),
            "möte/handlingar.pdf#3\n");
  // The package again: nothing changes.
  for (const auto& part : PackageParts()) {
    auto outcome = (*db)->Ingest(part, "2026-02-01T00:00:00.000Z", "v");
    ASSERT_TRUE(outcome.ok());
    EXPECT_EQ(*outcome, IngestOutcome::kUnchanged);
  }
  // The same file ingested whole (--split never) is a document of its own.
  auto whole = PackageParts().front();
  whole.part_of.reset();
  auto outcome = (*db)->Ingest(whole, "2026-03-01T00:00:00.000Z", "v");
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(*outcome, IngestOutcome::kCurrent);
  EXPECT_EQ(Count(**db, "SELECT COUNT(*) FROM documents"), 4);
  EXPECT_EQ(Text(**db,
                 "SELECT part || ' ' || IFNULL(first_page, '-') FROM "
                 "documents WHERE is_current = 1 AND org_number = '" +
                     testing::OrgNumber(1) + "'"),
            "0 -\n");

  // A shard's database with the package merges to the same rows.
  auto merged = ReportDb::Open(dir / "merged.sqlite");
  ASSERT_TRUE(merged.ok());
  ASSERT_TRUE((*merged)->MergeFrom(dir / "r.sqlite").ok());
  ASSERT_TRUE((*merged)->MergeFrom(dir / "r.sqlite").ok()) << "idempotent";
  const std::string q =
      "SELECT sha256 || ' ' || part || ' ' || IFNULL(first_page, '-') || ' ' "
      "|| is_current FROM documents ORDER BY ingested_at, part";
  EXPECT_EQ(Text(**merged, q), Text(**db, q));
}

// Version 1 as it was created (batch/report_db.cc before packages), minus
// the tables this test does not fill.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE schema_info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO schema_info (key, value) VALUES ('version', '1');
CREATE TABLE documents (
  id           INTEGER PRIMARY KEY,
  sha256       TEXT NOT NULL UNIQUE,
  path         TEXT NOT NULL,
  type         TEXT NOT NULL,
  organisation TEXT,
  org_number   TEXT,
  fiscal_year  INTEGER,
  submitter    TEXT NOT NULL,
  ingested_at  TEXT NOT NULL,
  tool_version TEXT NOT NULL,
  is_current   INTEGER NOT NULL,
  supersedes   INTEGER REFERENCES documents(id),
  record       TEXT NOT NULL
);
CREATE INDEX documents_identity
  ON documents (submitter, fiscal_year, type, is_current);
CREATE TABLE key_figures (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  key         TEXT NOT NULL,
  year        INTEGER NOT NULL,
  value       NUMERIC NOT NULL,
  PRIMARY KEY (document_id, key, year)
);
)sql";

TEST(BatchReportDbTest, AVersionOneDatabaseIsUpgradedInPlace) {
  ScratchDir dir;
  const std::string path = dir / "old.sqlite";
  const auto old = Record("2022/norrby.txt", SampleReport("Norrby", 1, 2022));
  // Its 2021 report, stored by a version without prior_year_agrees.
  const auto older =
      Record("2021/norrby.txt", SampleReport("Norrby", 1, 2021, "2 343"));
  {
    auto raw = SqliteDatabase::Open(path);
    ASSERT_TRUE(raw.ok());
    ASSERT_TRUE((*raw)->Execute(kSchemaV1).ok());
    for (const auto* r : {&old, &older}) {
      auto st = (*raw)->Prepare(
          "INSERT INTO documents (sha256, path, type, organisation, "
          "org_number, fiscal_year, submitter, ingested_at, tool_version, "
          "is_current, record) VALUES (?, ?, 'arsredovisning', "
          "'Samordningsförbundet Norrby', ?, ?, ?, "
          "'2025-01-01T00:00:00.000Z', '0.1.0', 1, ?)");
      ASSERT_TRUE(st.ok());
      st->BindText(1, r->source.sha256);
      st->BindText(2, r->source.path);
      st->BindText(3, testing::OrgNumber(1));
      st->BindInt(4, r->document.fiscal_year);
      st->BindText(5, testing::OrgNumber(1));
      st->BindText(6, records::RecordJsonText(*r, -1));
      ASSERT_TRUE(st->Run().ok());
    }
    ASSERT_TRUE((*raw)
                    ->Execute("INSERT INTO key_figures VALUES (1, "
                              "'result_for_year', 2022, 655955);")
                    .ok());
  }
  // Read-only (compare) reads it as it is, without upgrading it.
  {
    auto ro = ReportDb::OpenReadOnly(path);
    ASSERT_TRUE(ro.ok()) << ro.status().ToString();
    auto table = CompareKeyFigure(**ro, {"result_for_year", 2022, 2022, ""});
    ASSERT_TRUE(table.ok()) << table.status().ToString();
    ASSERT_EQ(table->rows.size(), 1u);
    auto records = (*ro)->CurrentRecords(2022, 2022);
    ASSERT_TRUE(records.ok()) << records.status().ToString();
    EXPECT_EQ(records->size(), 1u);
    EXPECT_EQ((*ro)->schema_version(), 1);
    EXPECT_EQ(Text(**ro, "SELECT value FROM schema_info"), "1\n");
  }
  auto db = ReportDb::Open(path);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  EXPECT_EQ(Text(**db, "SELECT value FROM schema_info"), "3\n");
  // The old rows, with their child rows and ids, are whole files (part 0).
  EXPECT_EQ(Text(**db,
                 "SELECT id || ' ' || part || ' ' || IFNULL(parts, '-') || ' ' "
                 "|| path || ' ' || is_current FROM documents ORDER BY id"),
            "1 0 - 2022/norrby.txt 1\n2 0 - 2021/norrby.txt 1\n");
  // Version 3 stores prior_year_agrees: the 2022 report's 2021 column
  // against the 2021 report (the sample shifted a year: the result agrees,
  // the equity does not), in the checks table and the record.
  EXPECT_EQ(Text(**db,
                 "SELECT document_id || ' ' || status FROM checks WHERE "
                 "check_id = 'prior_year_agrees'"),
            "1 fail\n");
  EXPECT_NE(Text(**db, "SELECT record FROM documents WHERE id = 1")
                .find("\"prior_year_agrees\""),
            std::string::npos);
  EXPECT_EQ(Count(**db,
                  "SELECT COUNT(*) FROM key_figures WHERE "
                  "document_id = 1"),
            1);
  EXPECT_EQ(Count(**db, "PRAGMA foreign_keys"), 1);
  // The same content again is unchanged; a package with the same file now
  // fits, one row per document.
  auto again = (*db)->Ingest(old, "2026-01-01T00:00:00.000Z", "v");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again, IngestOutcome::kUnchanged);
  for (const auto& part : PackageParts()) {
    ASSERT_TRUE((*db)->Ingest(part, "2026-01-01T00:00:00.000Z", "v").ok());
  }
  EXPECT_EQ(Count(**db, "SELECT COUNT(*) FROM documents"), 5);
  // The package's Norrby 2023 report is checked against 2022's on arrival.
  EXPECT_EQ(Count(**db,
                  "SELECT COUNT(*) FROM checks c JOIN documents d ON d.id = "
                  "c.document_id WHERE c.check_id = 'prior_year_agrees' AND "
                  "d.fiscal_year = 2023"),
            1);
  // Opening it again changes nothing.
  db->reset();
  auto reopened = ReportDb::Open(path);
  ASSERT_TRUE(reopened.ok());
  EXPECT_EQ(Count(**reopened, "SELECT COUNT(*) FROM documents"), 5);
  // Another version is refused, with the version named.
  ASSERT_TRUE((*reopened)
                  ->sqlite()
                  .Execute("UPDATE schema_info SET value = '9';")
                  .ok());
  reopened->reset();
  auto refused = ReportDb::Open(path);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(refused.status().message().find("'9'"), std::string::npos);
}

TEST(BatchCompareTest, OrganisationsByYearFromCurrentSubmissions) {
  ScratchDir dir;
  auto db = ReportDb::Open(dir / "r.sqlite");
  ASSERT_TRUE(db.ok());
  const std::string at = "2026-01-01T00:00:00.000Z";
  // Norrby 2021 says 2021: 100 000 (and 2020: 2 343); Norrby 2022 says
  // 2022: 220 000 (and repeats 2021 as 2 343, which the 2021 report wins).
  ASSERT_TRUE((*db)
                  ->Ingest(Record("n21.txt",
                                  SampleReport("Norrby", 1, 2021, "100 000")),
                           at, "v")
                  .ok());
  ASSERT_TRUE((*db)
                  ->Ingest(Record("n22.txt",
                                  SampleReport("Norrby", 1, 2022, "220 000")),
                           at, "v")
                  .ok());
  // Söderby's first 2022 report is replaced by a corrected one.
  ASSERT_TRUE(
      (*db)
          ->Ingest(Record("s22.txt", SampleReport("Söderby", 2, 2022, "1 111")),
                   at, "v")
          .ok());
  ASSERT_TRUE((*db)
                  ->Ingest(Record("s22b.txt",
                                  SampleReport("Söderby", 2, 2022, "-5 000")),
                           "2026-02-01T00:00:00.000Z", "v")
                  .ok());
  CompareQuery query{"result_for_year", 2020, 2023, ""};
  auto table = CompareKeyFigure(**db, query);
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ(RenderCompareCsv(*table),
            "organisation,org_number,2020,2021,2022,2023\n"
            "Samordningsförbundet Norrby," +
                testing::OrgNumber(1) +
                ",2343,100000,220000,\n"
                "Samordningsförbundet Söderby," +
                testing::OrgNumber(2) + ",,2343,-5000,\n");
  const std::string text = RenderCompareText(*table);
  EXPECT_NE(text.find("220 000"), std::string::npos) << text;
  EXPECT_NE(text.find("-5 000"), std::string::npos) << text;
  EXPECT_EQ(text.find("1 111"), std::string::npos) << "history shown:\n"
                                                   << text;
  auto json = nlohmann::json::parse(RenderCompareJson(*table));
  EXPECT_EQ(json["rows"][1]["values"]["2022"], -5000);
  EXPECT_EQ(json["years"].size(), 4u);

  query.type = "protokoll";
  auto none = CompareKeyFigure(**db, query);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->rows.empty());
}

TEST(BatchCompareTest, ParsesYearRanges) {
  auto r = ParseYearRange("2019-2024");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->first, 2019);
  EXPECT_EQ(r->second, 2024);
  auto one = ParseYearRange("2023");
  ASSERT_TRUE(one.ok());
  EXPECT_EQ(one->first, 2023);
  EXPECT_FALSE(ParseYearRange("2024-2019").ok());
  EXPECT_FALSE(ParseYearRange("19-24").ok());
  EXPECT_FALSE(ParseYearRange("abc").ok());
}

}  // namespace
}  // namespace finsam::batch
