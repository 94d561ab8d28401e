#include "batch/report_db.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "records/record_json.h"

namespace finsam::batch {

namespace {

// The documents table of schema version 2, under `name`. Version 1 had
// `sha256 TEXT NOT NULL UNIQUE` and no part columns (MigrateV1).
std::string DocumentsTable(const std::string& name) {
  return "CREATE TABLE IF NOT EXISTS " + name + R"sql( (
  id           INTEGER PRIMARY KEY,
  sha256       TEXT NOT NULL,         -- of the input file's bytes
  part         INTEGER NOT NULL DEFAULT 0,  -- 0: the whole file; N: the
                                      -- file's Nth document (part_of)
  parts        INTEGER,               -- documents in the file
  first_page   INTEGER,               -- the part's pages in the file
  last_page    INTEGER,
  part_kind    TEXT,                  -- annual-report, audit-report, ...
  path         TEXT NOT NULL,         -- as given to batch
  type         TEXT NOT NULL,         -- arsredovisning, delarsrapport, ...
  organisation TEXT,                  -- document.organisation.name
  org_number   TEXT,                  -- NNNNNN-NNNN, Luhn-checked
  fiscal_year  INTEGER,
  submitter    TEXT NOT NULL,         -- org_number, else name, else path
  ingested_at  TEXT NOT NULL,         -- ISO 8601 UTC
  tool_version TEXT NOT NULL,
  is_current   INTEGER NOT NULL,      -- 1: latest for submitter+year+type
  supersedes   INTEGER REFERENCES documents(id),
  record       TEXT NOT NULL,         -- the whole record (JSON)
  UNIQUE (sha256, part)
);
)sql";
}

constexpr const char* kDocumentsIndex = R"sql(
CREATE INDEX IF NOT EXISTS documents_identity
  ON documents (submitter, fiscal_year, type, is_current);
)sql";

// Every table but documents: unchanged since version 1.
constexpr const char* kChildTables = R"sql(
CREATE TABLE IF NOT EXISTS key_figures (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  key         TEXT NOT NULL,     -- records vocabulary, e.g. result_for_year
  year        INTEGER NOT NULL,  -- the year the figure is for
  value       NUMERIC NOT NULL,  -- kronor; percent and head-counts as printed
  PRIMARY KEY (document_id, key, year)
);
CREATE INDEX IF NOT EXISTS key_figures_key ON key_figures (key, year);

CREATE TABLE IF NOT EXISTS statement_lines (
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  statement    TEXT NOT NULL,     -- income_statement, balance_sheet, ...
  line_index   INTEGER NOT NULL,  -- 0-based, in printed order
  label        TEXT NOT NULL,
  key          TEXT,
  note         TEXT,
  unit         TEXT,              -- kr, tkr, mnkr
  page         INTEGER,
  column_index INTEGER NOT NULL,  -- 0-based
  column       TEXT,              -- the column's heading, e.g. 2023
  value        NUMERIC,           -- as printed (in unit); null when empty
  value_kr     NUMERIC,           -- in kronor
  PRIMARY KEY (document_id, statement, line_index, column_index)
);

CREATE TABLE IF NOT EXISTS people (
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  person_index INTEGER NOT NULL,
  name         TEXT NOT NULL,
  role         TEXT,
  body         TEXT,  -- styrelse, revision, beredningsgrupp, kansli, other
  organisation TEXT,
  page         INTEGER,
  PRIMARY KEY (document_id, person_index)
);

CREATE TABLE IF NOT EXISTS signatures (
  document_id       INTEGER NOT NULL REFERENCES documents(id)
                    ON DELETE CASCADE,
  signature_index   INTEGER NOT NULL,
  kind              TEXT NOT NULL,  -- visma (signature page) or pdf
  name              TEXT,           -- signer
  role              TEXT,
  time              TEXT,           -- ISO 8601
  country           TEXT,
  company           TEXT,
  field             TEXT,           -- pdf: the signature field
  subfilter         TEXT,
  covers_whole_file INTEGER,
  digest_valid      INTEGER,
  PRIMARY KEY (document_id, signature_index)
);

CREATE TABLE IF NOT EXISTS checks (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  check_id    TEXT NOT NULL,  -- balance_sheet_balances, result_agrees, ...
  status      TEXT NOT NULL,  -- pass, warn, fail
  detail      TEXT,
  pages       TEXT,           -- JSON array of page numbers
  PRIMARY KEY (document_id, check_id)
);
)sql";

}  // namespace

const int kReportDbSchemaVersion = 3;

std::string ReportDbSchema() {
  return std::string(R"sql(
CREATE TABLE IF NOT EXISTS schema_info (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT OR IGNORE INTO schema_info (key, value) VALUES ('version', '3');

-- One row per document: a whole input file (part 0), or one document of a
-- package split with --split auto (part 1, 2, ...).
)sql") + DocumentsTable("documents") +
         kDocumentsIndex + kChildTables;
}

namespace {

using records::RecordNumber;
using records::ReportRecord;
using R = records::ReportRecord;

// "" and 0 (the record's "not given") as SQL NULL.
std::optional<std::string> Text(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}
std::optional<int64_t> Page(int page) {
  if (page <= 0) return std::nullopt;
  return page;
}
std::optional<int64_t> Boolean(const std::optional<bool>& b) {
  if (!b) return std::nullopt;
  return *b ? 1 : 0;
}

void BindNumber(SqliteStatement& st, int index,
                const std::optional<RecordNumber>& v) {
  if (!v) {
    st.BindNull(index);
  } else if (v->is_integer) {
    st.BindInt(index, v->integer);
  } else {
    st.BindDouble(index, v->real);
  }
}

Status InsertKeyFigures(SqliteDatabase& db, int64_t id,
                        const ReportRecord& record) {
  auto st = db.Prepare(
      "INSERT OR REPLACE INTO key_figures (document_id, key, year, value) "
      "VALUES (?, ?, ?, ?)");
  if (!st.ok()) return st.status();
  for (const ReportRecord::KeyFigure& figure : record.key_figures) {
    for (const ReportRecord::YearValue& y : figure.years) {
      st->BindInt(1, id);
      st->BindText(2, figure.key);
      st->BindInt(3, y.year);
      BindNumber(*st, 4, y.value);
      Status s = st->Run();
      if (!s.ok()) return s;
    }
  }
  return Status::Ok();
}

Status InsertStatementLines(SqliteDatabase& db, int64_t id,
                            const ReportRecord& record) {
  auto st = db.Prepare(
      "INSERT OR REPLACE INTO statement_lines (document_id, statement, "
      "line_index, label, key, note, unit, page, column_index, column, "
      "value, value_kr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!st.ok()) return st.status();
  for (const ReportRecord::Statement& statement : record.statements) {
    for (size_t li = 0; li < statement.lines.size(); ++li) {
      const ReportRecord::StatementLine& line = statement.lines[li];
      for (size_t ci = 0; ci < line.values.size(); ++ci) {
        st->BindInt(1, id);
        st->BindText(2, statement.name);
        st->BindInt(3, static_cast<int64_t>(li));
        st->BindText(4, line.label);
        st->BindOptionalText(5, Text(line.key));
        st->BindOptionalText(6, Text(line.note));
        st->BindText(7, statement.unit);
        st->BindOptionalInt(8, Page(line.page));
        st->BindInt(9, static_cast<int64_t>(ci));
        if (ci < statement.columns.size()) {
          st->BindText(10, statement.columns[ci]);
        } else {
          st->BindNull(10);
        }
        BindNumber(*st, 11, line.values[ci]);
        BindNumber(
            *st, 12,
            ci < line.values_kr.size() ? line.values_kr[ci] : std::nullopt);
        Status s = st->Run();
        if (!s.ok()) return s;
      }
    }
  }
  return Status::Ok();
}

Status InsertPeople(SqliteDatabase& db, int64_t id,
                    const ReportRecord& record) {
  auto st = db.Prepare(
      "INSERT OR REPLACE INTO people (document_id, person_index, name, role, "
      "body, organisation, page) VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < record.people.size(); ++i) {
    const ReportRecord::Person& p = record.people[i];
    st->BindInt(1, id);
    st->BindInt(2, static_cast<int64_t>(i));
    st->BindText(3, p.name);
    st->BindOptionalText(4, Text(p.role));
    st->BindText(5, p.body);
    st->BindOptionalText(6, Text(p.organisation));
    st->BindOptionalInt(7, Page(p.page));
    Status s = st->Run();
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// One row of the signatures table; the fields a kind lacks are null.
struct SignatureRow {
  const char* kind;
  std::optional<std::string> name, role, time, country, company, field,
      subfilter;
  std::optional<int64_t> covers_whole_file, digest_valid;
};

Status InsertSignatures(SqliteDatabase& db, int64_t id,
                        const ReportRecord& record) {
  auto st = db.Prepare(
      "INSERT OR REPLACE INTO signatures (document_id, signature_index, kind, "
      "name, role, time, country, company, field, subfilter, "
      "covers_whole_file, digest_valid) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!st.ok()) return st.status();
  std::vector<SignatureRow> rows;
  if (record.signatures.visma) {
    for (const ReportRecord::VismaSigner& s :
         record.signatures.visma->signers) {
      rows.push_back({"visma", s.name, Text(s.role), s.time, Text(s.country),
                      Text(s.company), std::nullopt, std::nullopt, std::nullopt,
                      std::nullopt});
    }
  }
  for (const ReportRecord::PdfSignature& s : record.signatures.pdf) {
    rows.push_back({"pdf", Text(s.signer), std::nullopt, Text(s.signing_time),
                    std::nullopt, std::nullopt, Text(s.field),
                    Text(s.subfilter), Boolean(s.covers_whole_file),
                    Boolean(s.digest_valid)});
  }
  for (size_t i = 0; i < rows.size(); ++i) {
    const SignatureRow& r = rows[i];
    st->BindInt(1, id);
    st->BindInt(2, static_cast<int64_t>(i));
    st->BindText(3, r.kind);
    st->BindOptionalText(4, r.name);
    st->BindOptionalText(5, r.role);
    st->BindOptionalText(6, r.time);
    st->BindOptionalText(7, r.country);
    st->BindOptionalText(8, r.company);
    st->BindOptionalText(9, r.field);
    st->BindOptionalText(10, r.subfilter);
    st->BindOptionalInt(11, r.covers_whole_file);
    st->BindOptionalInt(12, r.digest_valid);
    Status s = st->Run();
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status InsertChecks(SqliteDatabase& db, int64_t id,
                    const ReportRecord& record) {
  auto st = db.Prepare(
      "INSERT OR REPLACE INTO checks (document_id, check_id, status, detail, "
      "pages) VALUES (?, ?, ?, ?, ?)");
  if (!st.ok()) return st.status();
  for (const ReportRecord::Check& c : record.checks) {
    st->BindInt(1, id);
    st->BindText(2, c.id);
    st->BindText(3, records::CheckStatusName(c.status));
    st->BindText(4, c.detail);
    st->BindText(5, nlohmann::json(c.pages).dump());
    Status s = st->Run();
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// The record in column `record_column` of `st`'s current row; the error
// names the document's path (column `path_column`).
Result<ReportRecord> StoredRecord(SqliteStatement& st, int record_column,
                                  int path_column) {
  auto record = records::ParseRecordJson(st.ColumnText(record_column));
  if (!record.ok()) {
    return Status(ErrorCode::kInvalidArgument,
                  "the stored record of " + st.ColumnText(path_column) + ": " +
                      record.status().message());
  }
  return record;
}

constexpr const char* kPriorYearAgrees = "prior_year_agrees";
constexpr const char* kAnnualReport = "arsredovisning";

// Drops prior_year_agrees from `record`'s checks; whether it had one.
bool DropPriorYearCheck(ReportRecord* record) {
  auto& checks = record->checks;
  const auto end = std::remove_if(
      checks.begin(), checks.end(),
      [](const records::Check& c) { return c.id == kPriorYearAgrees; });
  const bool had = end != checks.end();
  checks.erase(end, checks.end());
  return had;
}

// Stores `record` as document `id`'s record and its prior_year_agrees row
// (deleted when the record has none).
Status StorePriorYearCheck(SqliteDatabase& db, int64_t id,
                           const ReportRecord& record) {
  auto update = db.Prepare("UPDATE documents SET record = ? WHERE id = ?");
  if (!update.ok()) return update.status();
  update->BindText(1, records::RecordJsonText(record, -1));
  update->BindInt(2, id);
  Status s = update->Run();
  if (!s.ok()) return s;
  auto drop =
      db.Prepare("DELETE FROM checks WHERE document_id = ? AND check_id = ?");
  if (!drop.ok()) return drop.status();
  drop->BindInt(1, id);
  drop->BindText(2, kPriorYearAgrees);
  s = drop->Run();
  if (!s.ok()) return s;
  ReportRecord only;
  for (const records::Check& c : record.checks) {
    if (c.id == kPriorYearAgrees) only.checks.push_back(c);
  }
  return InsertChecks(db, id, only);
}

// prior_year_agrees of every current annual report of `submitter`, each
// against all the others (records/checks.h), stored in its record and the
// checks table. Run whenever the submitter's current annual reports
// change, so the stored checks are those of the current set whatever the
// order the reports arrived in (a report arriving later re-checks the
// reports already there; a shard database merged in does the same).
Status RecheckPriorYears(SqliteDatabase& db, const std::string& submitter) {
  auto st = db.Prepare(
      "SELECT id, record, path FROM documents WHERE submitter = ? AND "
      "type = ? AND is_current = 1 AND fiscal_year IS NOT NULL "
      "ORDER BY fiscal_year, path, sha256, part");
  if (!st.ok()) return st.status();
  st->BindText(1, submitter);
  st->BindText(2, kAnnualReport);
  std::vector<int64_t> ids;
  std::vector<ReportRecord> reports;
  std::vector<std::string> stored;
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    auto record = StoredRecord(*st, 1, 2);
    if (!record.ok()) return record.status();
    ids.push_back(st->ColumnInt(0));
    stored.push_back(st->ColumnText(1));
    DropPriorYearCheck(&*record);
    reports.push_back(std::move(record).value());
  }
  std::vector<const ReportRecord*> all;
  for (const ReportRecord& r : reports) all.push_back(&r);
  std::vector<records::Check> checks;
  for (const ReportRecord& r : reports) {
    checks.push_back(records::CheckPriorYearAgrees(r, all));
  }
  for (size_t i = 0; i < reports.size(); ++i) {
    if (!checks[i].id.empty()) reports[i].checks.push_back(checks[i]);
    if (records::RecordJsonText(reports[i], -1) == stored[i]) continue;
    Status s = StorePriorYearCheck(db, ids[i], reports[i]);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

// Drops document `id`'s prior_year_agrees (it is no longer current: the
// check is of the current reports only).
Status DropStoredPriorYearCheck(SqliteDatabase& db, int64_t id) {
  auto st = db.Prepare("SELECT record FROM documents WHERE id = ?");
  if (!st.ok()) return st.status();
  st->BindInt(1, id);
  auto row = st->Step();
  if (!row.ok()) return row.status();
  if (!*row) return Status::Ok();
  auto record = records::ParseRecordJson(st->ColumnText(0));
  if (!record.ok()) return record.status();
  if (!DropPriorYearCheck(&*record)) return Status::Ok();
  return StorePriorYearCheck(db, id, *record);
}

}  // namespace

namespace {

// The schema version the database at `path` records: 0 for a new (empty)
// database. kInvalidArgument when it is not a finsam-extract database.
Result<int> SchemaVersion(SqliteDatabase& db, const std::string& path) {
  auto tables = db.Prepare(
      "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN "
      "('schema_info', 'documents')");
  if (!tables.ok()) return tables.status();
  auto counted = tables->Step();
  if (!counted.ok()) return counted.status();
  if (tables->ColumnInt(0) == 0) return 0;
  auto version =
      db.Prepare("SELECT value FROM schema_info WHERE key = 'version'");
  if (!version.ok()) {
    return Status(ErrorCode::kInvalidArgument,
                  "database " + path + " is not a finsam-extract database");
  }
  auto row = version->Step();
  if (!row.ok()) return row.status();
  const std::string text = *row ? version->ColumnText(0) : "";
  if (text == "1") return 1;
  if (text == "2") return 2;
  if (text == "3") return 3;
  return Status(ErrorCode::kInvalidArgument,
                "database " + path + " has schema version '" + text +
                    "', this finsam-extract reads 1 to 3");
}

// Version 1 -> 2: documents.sha256 is no longer unique (a package's
// documents share it) and the part columns are added, all null or 0 for the
// old rows, which are whole files. SQLite cannot drop a constraint, so the
// table is rebuilt under a new name and renamed, with foreign keys off so
// that dropping the old table does not cascade into the child tables (their
// rows keep their document ids). All or nothing.
Status MigrateV1(SqliteDatabase& db) {
  Status s = db.Execute("PRAGMA foreign_keys = OFF;");
  if (!s.ok()) return s;
  s = db.Execute("BEGIN IMMEDIATE;");
  if (s.ok()) {
    s = db.Execute(
        DocumentsTable("documents_v2") +
        "INSERT INTO documents_v2 (id, sha256, part, path, type, "
        "organisation, org_number, fiscal_year, submitter, ingested_at, "
        "tool_version, is_current, supersedes, record) SELECT id, sha256, 0, "
        "path, type, organisation, org_number, fiscal_year, submitter, "
        "ingested_at, tool_version, is_current, supersedes, record FROM "
        "documents;"
        "DROP TABLE documents;"
        "ALTER TABLE documents_v2 RENAME TO documents;" +
        kDocumentsIndex +
        "UPDATE schema_info SET value = '2' WHERE key = 'version';");
    if (s.ok()) {
      s = db.Execute("COMMIT;");
    } else {
      db.Execute("ROLLBACK;");
    }
  }
  Status on = db.Execute("PRAGMA foreign_keys = ON;");
  return s.ok() ? on : s;
}

// Version 2 -> 3: the tables are unchanged; prior_year_agrees is stored
// for every current annual report (version 2 computed it in the sheet
// only). All or nothing.
Status MigrateV2(SqliteDatabase& db) {
  Status s = db.Execute("BEGIN IMMEDIATE;");
  if (!s.ok()) return s;
  std::vector<std::string> submitters;
  {
    auto st = db.Prepare(
        "SELECT DISTINCT submitter FROM documents WHERE is_current = 1 AND "
        "type = ? ORDER BY submitter");
    s = st.status();
    if (st.ok()) {
      st->BindText(1, kAnnualReport);
      for (;;) {
        auto row = st->Step();
        if (!row.ok()) {
          s = row.status();
          break;
        }
        if (!*row) break;
        submitters.push_back(st->ColumnText(0));
      }
    }
  }
  for (const std::string& submitter : submitters) {
    if (!s.ok()) break;
    s = RecheckPriorYears(db, submitter);
  }
  if (s.ok()) {
    s = db.Execute("UPDATE schema_info SET value = '3' WHERE key = 'version';");
  }
  if (s.ok()) return db.Execute("COMMIT;");
  db.Execute("ROLLBACK;");
  return s;
}

}  // namespace

Result<std::unique_ptr<ReportDb>> ReportDb::OpenReadOnly(
    const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Status(ErrorCode::kNotFound, "no such database");
  }
  auto db = SqliteDatabase::Open(path, /*read_only=*/true);
  if (!db.ok()) return db.status();
  // A version 1 database is read as it is (the queries use no column
  // version 2 added); writing opens upgrade it.
  auto version = SchemaVersion(**db, path);
  if (!version.ok()) return version.status();
  if (*version == 0) {
    return Status(ErrorCode::kInvalidArgument,
                  "database " + path + " is not a finsam-extract database");
  }
  return std::unique_ptr<ReportDb>(
      new ReportDb(std::move(db).value(), *version));
}

Result<std::unique_ptr<ReportDb>> ReportDb::Open(const std::string& path) {
  auto db = SqliteDatabase::Open(path);
  if (!db.ok()) return db.status();
  auto version = SchemaVersion(**db, path);
  if (!version.ok()) return version.status();
  if (*version == 1) {
    Status s = MigrateV1(**db);
    if (!s.ok()) {
      return Status(s.code(), "database " + path +
                                  ": upgrading schema version 1 to 2 failed: " +
                                  s.message());
    }
  }
  // Every table (a new database's, or one an older version lacks); the
  // version row of an existing database stays as it is.
  Status s = (*db)->Execute(ReportDbSchema());
  if (!s.ok()) return s;
  if (*version == 1 || *version == 2) {
    s = MigrateV2(**db);
    if (!s.ok()) {
      return Status(s.code(), "database " + path +
                                  ": upgrading schema version 2 to 3 failed: " +
                                  s.message());
    }
  }
  return std::unique_ptr<ReportDb>(
      new ReportDb(std::move(db).value(), kReportDbSchemaVersion));
}

Result<IngestOutcome> ReportDb::Ingest(const records::ReportRecord& record,
                                       const std::string& ingested_at,
                                       const std::string& tool_version) {
  if (record.source.sha256.empty()) {
    return Status(ErrorCode::kInvalidArgument,
                  "record has no source.sha256 or source.path");
  }
  SqliteDatabase& db = *db_;
  // One document is all or nothing: a failure half-way through its rows
  // rolls back to here (and, outside a transaction, this is the one commit).
  Status begun = db.Execute("SAVEPOINT ingest;");
  if (!begun.ok()) return begun;
  auto result = IngestRows(db, record, ingested_at, tool_version);
  if (!result.ok()) {
    db.Execute("ROLLBACK TO ingest; RELEASE ingest;");
    return result;
  }
  Status released = db.Execute("RELEASE ingest;");
  if (!released.ok()) return released;
  return result;
}

Result<IngestOutcome> ReportDb::IngestRows(SqliteDatabase& db,
                                           const records::ReportRecord& given,
                                           const std::string& ingested_at,
                                           const std::string& tool_version) {
  // prior_year_agrees is the database's (a shard database's record carries
  // the one its shard computed): computed below against this database.
  records::ReportRecord record = given;
  DropPriorYearCheck(&record);
  const std::string& sha256 = record.source.sha256;
  const std::string& path = record.source.path;
  const std::optional<R::PartOf>& part_of = record.part_of;
  const int64_t part = part_of ? part_of->document : 0;
  {
    auto seen =
        db.Prepare("SELECT 1 FROM documents WHERE sha256 = ? AND part = ?");
    if (!seen.ok()) return seen.status();
    seen->BindText(1, sha256);
    seen->BindInt(2, part);
    auto row = seen->Step();
    if (!row.ok()) return row.status();
    if (*row) return IngestOutcome::kUnchanged;
  }
  const ReportRecord::Document& doc = record.document;
  const std::string& type = doc.type;
  const auto name = Text(doc.organisation_name);
  const auto org_number = Text(doc.org_number);
  const std::optional<int64_t> fiscal_year =
      doc.fiscal_year > 0 ? std::optional<int64_t>(doc.fiscal_year)
                          : std::nullopt;
  // A package's documents without a name share the file's path: each is
  // its own submitter ("path#2"), not a resubmission of its neighbour.
  const std::string submitter =
      org_number ? *org_number
      : name     ? *name
                 : (part > 0 ? path + "#" + std::to_string(part) : path);

  // The current submission for the same identity, if any.
  std::optional<int64_t> current_id;
  bool newer = true;
  {
    auto cur = db.Prepare(
        "SELECT id, ingested_at, path, sha256, part FROM documents WHERE "
        "submitter = ? AND fiscal_year IS ? AND type = ? AND is_current = 1");
    if (!cur.ok()) return cur.status();
    cur->BindText(1, submitter);
    cur->BindOptionalInt(2, fiscal_year);
    cur->BindText(3, type);
    auto row = cur->Step();
    if (!row.ok()) return row.status();
    if (*row) {
      current_id = cur->ColumnInt(0);
      const auto mine = std::tie(ingested_at, path, sha256, part);
      const std::string at = cur->ColumnText(1), p = cur->ColumnText(2),
                        h = cur->ColumnText(3);
      const int64_t n = cur->ColumnInt(4);
      newer = mine > std::tie(at, p, h, n);
    }
  }
  if (newer && current_id) {
    auto demote =
        db.Prepare("UPDATE documents SET is_current = 0 WHERE id = ?");
    if (!demote.ok()) return demote.status();
    demote->BindInt(1, *current_id);
    Status s = demote->Run();
    if (!s.ok()) return s;
  }
  auto insert = db.Prepare(
      "INSERT INTO documents (sha256, path, type, organisation, org_number, "
      "fiscal_year, submitter, ingested_at, tool_version, is_current, "
      "supersedes, record, part, parts, first_page, last_page, part_kind) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert.ok()) return insert.status();
  insert->BindText(1, sha256);
  insert->BindText(2, path);
  insert->BindText(3, type);
  insert->BindOptionalText(4, name);
  insert->BindOptionalText(5, org_number);
  insert->BindOptionalInt(6, fiscal_year);
  insert->BindText(7, submitter);
  insert->BindText(8, ingested_at);
  insert->BindText(9, tool_version);
  insert->BindInt(10, newer ? 1 : 0);
  insert->BindOptionalInt(11, newer ? current_id : std::nullopt);
  insert->BindText(12, records::RecordJsonText(record, -1));
  insert->BindInt(13, part);
  if (part_of) {
    insert->BindInt(14, part_of->documents);
    insert->BindOptionalInt(15, Page(part_of->first_page));
    insert->BindOptionalInt(16, Page(part_of->last_page));
    insert->BindOptionalText(17, Text(part_of->kind));
  } else {
    for (int i = 14; i <= 17; ++i) insert->BindNull(i);
  }
  Status s = insert->Run();
  if (!s.ok()) return s;
  const int64_t id = db.LastInsertRowId();
  for (auto* step : {&InsertKeyFigures, &InsertStatementLines, &InsertPeople,
                     &InsertSignatures, &InsertChecks}) {
    s = step(db, id, record);
    if (!s.ok()) return s;
  }
  if (!newer) return IngestOutcome::kHistory;
  if (current_id) {
    s = DropStoredPriorYearCheck(db, *current_id);
    if (!s.ok()) return s;
  }
  if (type == kAnnualReport && fiscal_year) {
    s = RecheckPriorYears(db, submitter);
    if (!s.ok()) return s;
  }
  return IngestOutcome::kCurrent;
}

Status ReportDb::MergeFrom(const std::string& other_path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(other_path, ec)) {
    return Status(ErrorCode::kNotFound, other_path + ": no such database");
  }
  auto other = SqliteDatabase::Open(other_path, /*read_only=*/true);
  if (!other.ok()) return other.status();
  auto rows = (*other)->Prepare(
      "SELECT record, ingested_at, tool_version FROM documents "
      "ORDER BY ingested_at, path, sha256, id");
  if (!rows.ok()) return rows.status();
  for (;;) {
    auto row = rows->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    auto record = records::ParseRecordJson(rows->ColumnText(0));
    if (!record.ok()) {
      return Status(ErrorCode::kInvalidArgument,
                    other_path + ": a document's " + record.status().message());
    }
    auto outcome = Ingest(*record, rows->ColumnText(1), rows->ColumnText(2));
    if (!outcome.ok()) return outcome.status();
  }
  return Status::Ok();
}

Result<std::vector<records::ReportRecord>> ReportDb::CurrentRecords(
    int first_year, int last_year) {
  auto st = db_->Prepare(
      "SELECT record, path FROM documents WHERE is_current = 1 AND "
      "fiscal_year BETWEEN ? AND ? ORDER BY submitter, fiscal_year, id");
  if (!st.ok()) return st.status();
  st->BindInt(1, first_year);
  st->BindInt(2, last_year);
  std::vector<records::ReportRecord> out;
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    auto record = StoredRecord(*st, 0, 1);
    if (!record.ok()) return record.status();
    out.push_back(std::move(record).value());
  }
  return out;
}

std::string UtcTimestampNow() {
  const auto now = std::chrono::system_clock::now();
  const std::time_t t = std::chrono::system_clock::to_time_t(now);
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                      now.time_since_epoch())
                      .count() %
                  1000;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[96];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
                tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}

}  // namespace finsam::batch
