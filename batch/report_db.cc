#include "batch/report_db.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <optional>

namespace finsam::batch {

const char* const kReportDbSchema = R"sql(
CREATE TABLE IF NOT EXISTS schema_info (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT OR IGNORE INTO schema_info (key, value) VALUES ('version', '1');

-- One row per distinct input file (by content).
CREATE TABLE IF NOT EXISTS documents (
  id           INTEGER PRIMARY KEY,
  sha256       TEXT NOT NULL UNIQUE,  -- of the input file's bytes
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
  record       TEXT NOT NULL          -- the whole record (JSON)
);
CREATE INDEX IF NOT EXISTS documents_identity
  ON documents (submitter, fiscal_year, type, is_current);

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

namespace {

using Json = nlohmann::ordered_json;

std::optional<std::string> Text(const Json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_string()) {
    return std::nullopt;
  }
  return j[key].get<std::string>();
}

std::optional<int64_t> Integer(const Json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_number_integer()) {
    return std::nullopt;
  }
  return j[key].get<int64_t>();
}

std::optional<int64_t> Boolean(const Json& j, const char* key) {
  if (!j.is_object() || !j.contains(key) || !j[key].is_boolean()) {
    return std::nullopt;
  }
  return j[key].get<bool>() ? 1 : 0;
}

const Json& Member(const Json& j, const char* key) {
  static const Json kNull;
  if (!j.is_object() || !j.contains(key)) return kNull;
  return j[key];
}

void BindNumber(SqliteStatement& st, int index, const Json& v) {
  if (v.is_number_integer()) {
    st.BindInt(index, v.get<int64_t>());
  } else if (v.is_number()) {
    st.BindDouble(index, v.get<double>());
  } else {
    st.BindNull(index);
  }
}

Status InsertKeyFigures(SqliteDatabase& db, int64_t id, const Json& record) {
  const Json& figures = Member(record, "key_figures");
  if (!figures.is_object()) return Status::Ok();
  auto st = db.Prepare(
      "INSERT OR REPLACE INTO key_figures (document_id, key, year, value) "
      "VALUES (?, ?, ?, ?)");
  if (!st.ok()) return st.status();
  for (const auto& [key, years] : figures.items()) {
    if (!years.is_object()) continue;
    for (const auto& [year, value] : years.items()) {
      if (!value.is_number()) continue;
      int64_t y = 0;
      if (std::sscanf(year.c_str(), "%ld", &y) != 1) continue;
      st->BindInt(1, id);
      st->BindText(2, key);
      st->BindInt(3, y);
      BindNumber(*st, 4, value);
      Status s = st->Run();
      if (!s.ok()) return s;
    }
  }
  return Status::Ok();
}

Status InsertStatementLines(SqliteDatabase& db, int64_t id,
                            const Json& record) {
  const Json& statements = Member(record, "statements");
  if (!statements.is_object()) return Status::Ok();
  auto st = db.Prepare(
      "INSERT OR REPLACE INTO statement_lines (document_id, statement, "
      "line_index, label, key, note, unit, page, column_index, column, "
      "value, value_kr) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!st.ok()) return st.status();
  for (const auto& [name, statement] : statements.items()) {
    const Json& lines = Member(statement, "lines");
    if (!lines.is_array()) continue;
    const Json& columns = Member(statement, "columns");
    const auto unit = Text(statement, "unit");
    for (size_t li = 0; li < lines.size(); ++li) {
      const Json& line = lines[li];
      const auto label = Text(line, "label");
      if (!label) continue;
      const Json& values = Member(line, "values");
      const Json& values_kr = Member(line, "values_kr");
      const size_t width = values.is_array() ? values.size() : 0;
      for (size_t ci = 0; ci < width; ++ci) {
        st->BindInt(1, id);
        st->BindText(2, name);
        st->BindInt(3, static_cast<int64_t>(li));
        st->BindText(4, *label);
        st->BindOptionalText(5, Text(line, "key"));
        st->BindOptionalText(6, Text(line, "note"));
        st->BindOptionalText(7, unit);
        st->BindOptionalInt(8, Integer(line, "page"));
        st->BindInt(9, static_cast<int64_t>(ci));
        if (columns.is_array() && ci < columns.size() &&
            columns[ci].is_string()) {
          st->BindText(10, columns[ci].get<std::string>());
        } else {
          st->BindNull(10);
        }
        BindNumber(*st, 11, values[ci]);
        if (values_kr.is_array() && ci < values_kr.size()) {
          BindNumber(*st, 12, values_kr[ci]);
        } else {
          st->BindNull(12);
        }
        Status s = st->Run();
        if (!s.ok()) return s;
      }
    }
  }
  return Status::Ok();
}

Status InsertPeople(SqliteDatabase& db, int64_t id, const Json& record) {
  const Json& people = Member(record, "people");
  if (!people.is_array()) return Status::Ok();
  auto st = db.Prepare(
      "INSERT OR REPLACE INTO people (document_id, person_index, name, role, "
      "body, organisation, page) VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < people.size(); ++i) {
    const auto name = Text(people[i], "name");
    if (!name) continue;
    st->BindInt(1, id);
    st->BindInt(2, static_cast<int64_t>(i));
    st->BindText(3, *name);
    st->BindOptionalText(4, Text(people[i], "role"));
    st->BindOptionalText(5, Text(people[i], "body"));
    st->BindOptionalText(6, Text(people[i], "organisation"));
    st->BindOptionalInt(7, Integer(people[i], "page"));
    Status s = st->Run();
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status InsertSignatures(SqliteDatabase& db, int64_t id, const Json& record) {
  const Json& signatures = Member(record, "signatures");
  auto st = db.Prepare(
      "INSERT OR REPLACE INTO signatures (document_id, signature_index, kind, "
      "name, role, time, country, company, field, subfilter, "
      "covers_whole_file, digest_valid) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!st.ok()) return st.status();
  int64_t index = 0;
  auto insert = [&](const char* kind, const Json& s,
                    std::optional<std::string> name,
                    std::optional<std::string> time) {
    st->BindInt(1, id);
    st->BindInt(2, index++);
    st->BindText(3, kind);
    st->BindOptionalText(4, name);
    st->BindOptionalText(5, Text(s, "role"));
    st->BindOptionalText(6, time);
    st->BindOptionalText(7, Text(s, "country"));
    st->BindOptionalText(8, Text(s, "company"));
    st->BindOptionalText(9, Text(s, "field"));
    st->BindOptionalText(10, Text(s, "subfilter"));
    st->BindOptionalInt(11, Boolean(s, "covers_whole_file"));
    st->BindOptionalInt(12, Boolean(s, "digest_valid"));
    return st->Run();
  };
  const Json& signers = Member(Member(signatures, "visma"), "signers");
  if (signers.is_array()) {
    for (const Json& s : signers) {
      Status r = insert("visma", s, Text(s, "name"), Text(s, "time"));
      if (!r.ok()) return r;
    }
  }
  const Json& pdf = Member(signatures, "pdf");
  if (pdf.is_array()) {
    for (const Json& s : pdf) {
      Status r = insert("pdf", s, Text(s, "signer"), Text(s, "signing_time"));
      if (!r.ok()) return r;
    }
  }
  return Status::Ok();
}

Status InsertChecks(SqliteDatabase& db, int64_t id, const Json& record) {
  const Json& checks = Member(record, "checks");
  if (!checks.is_array()) return Status::Ok();
  auto st = db.Prepare(
      "INSERT OR REPLACE INTO checks (document_id, check_id, status, detail, "
      "pages) VALUES (?, ?, ?, ?, ?)");
  if (!st.ok()) return st.status();
  for (const Json& c : checks) {
    const auto check_id = Text(c, "id");
    const auto status = Text(c, "status");
    if (!check_id || !status) continue;
    st->BindInt(1, id);
    st->BindText(2, *check_id);
    st->BindText(3, *status);
    st->BindOptionalText(4, Text(c, "detail"));
    const Json& pages = Member(c, "pages");
    if (pages.is_array()) {
      st->BindText(5, pages.dump());
    } else {
      st->BindNull(5);
    }
    Status s = st->Run();
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

namespace {

Status CheckSchemaVersion(SqliteDatabase& db, const std::string& path) {
  auto version =
      db.Prepare("SELECT value FROM schema_info WHERE key = 'version'");
  if (!version.ok()) {
    return Status(ErrorCode::kInvalidArgument,
                  "database " + path + " is not a finsam-extract database");
  }
  auto row = version->Step();
  if (!row.ok()) return row.status();
  if (!*row || version->ColumnText(0) != "1") {
    return Status(ErrorCode::kInvalidArgument,
                  "database " + path + " has another schema version");
  }
  return Status::Ok();
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
  Status s = CheckSchemaVersion(**db, path);
  if (!s.ok()) return s;
  return std::unique_ptr<ReportDb>(new ReportDb(std::move(db).value()));
}

Result<std::unique_ptr<ReportDb>> ReportDb::Open(const std::string& path) {
  auto db = SqliteDatabase::Open(path);
  if (!db.ok()) return db.status();
  Status s = (*db)->Execute(kReportDbSchema);
  if (!s.ok()) return s;
  s = CheckSchemaVersion(**db, path);
  if (!s.ok()) return s;
  return std::unique_ptr<ReportDb>(new ReportDb(std::move(db).value()));
}

Result<IngestOutcome> ReportDb::Ingest(const Json& record,
                                       const std::string& ingested_at,
                                       const std::string& tool_version) {
  const Json& source = Member(record, "source");
  const auto sha256 = Text(source, "sha256");
  const auto path = Text(source, "path");
  if (!sha256 || !path) {
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
                                           const Json& record,
                                           const std::string& ingested_at,
                                           const std::string& tool_version) {
  const Json& source = Member(record, "source");
  const auto sha256 = Text(source, "sha256");
  const auto path = Text(source, "path");
  {
    auto seen = db.Prepare("SELECT 1 FROM documents WHERE sha256 = ?");
    if (!seen.ok()) return seen.status();
    seen->BindText(1, *sha256);
    auto row = seen->Step();
    if (!row.ok()) return row.status();
    if (*row) return IngestOutcome::kUnchanged;
  }
  const Json& doc = Member(record, "document");
  const Json& org = Member(doc, "organisation");
  const std::string type = Text(doc, "type").value_or("other");
  const auto name = Text(org, "name");
  const auto org_number = Text(org, "org_number");
  const auto fiscal_year = Integer(doc, "fiscal_year");
  const std::string submitter = org_number ? *org_number : name ? *name : *path;

  // The current submission for the same identity, if any.
  std::optional<int64_t> current_id;
  bool newer = true;
  {
    auto cur = db.Prepare(
        "SELECT id, ingested_at, path, sha256 FROM documents WHERE "
        "submitter = ? AND fiscal_year IS ? AND type = ? AND is_current = 1");
    if (!cur.ok()) return cur.status();
    cur->BindText(1, submitter);
    cur->BindOptionalInt(2, fiscal_year);
    cur->BindText(3, type);
    auto row = cur->Step();
    if (!row.ok()) return row.status();
    if (*row) {
      current_id = cur->ColumnInt(0);
      const auto mine = std::tie(ingested_at, *path, *sha256);
      const std::string at = cur->ColumnText(1), p = cur->ColumnText(2),
                        h = cur->ColumnText(3);
      newer = mine > std::tie(at, p, h);
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
      "supersedes, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert.ok()) return insert.status();
  insert->BindText(1, *sha256);
  insert->BindText(2, *path);
  insert->BindText(3, type);
  insert->BindOptionalText(4, name);
  insert->BindOptionalText(5, org_number);
  insert->BindOptionalInt(6, fiscal_year);
  insert->BindText(7, submitter);
  insert->BindText(8, ingested_at);
  insert->BindText(9, tool_version);
  insert->BindInt(10, newer ? 1 : 0);
  insert->BindOptionalInt(11, newer ? current_id : std::nullopt);
  insert->BindText(12, record.dump(-1, ' ', false,
                                   nlohmann::json::error_handler_t::replace));
  Status s = insert->Run();
  if (!s.ok()) return s;
  const int64_t id = db.LastInsertRowId();
  for (auto* step : {&InsertKeyFigures, &InsertStatementLines, &InsertPeople,
                     &InsertSignatures, &InsertChecks}) {
    s = step(db, id, record);
    if (!s.ok()) return s;
  }
  return newer ? IngestOutcome::kCurrent : IngestOutcome::kHistory;
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
      "ORDER BY ingested_at, path, sha256");
  if (!rows.ok()) return rows.status();
  for (;;) {
    auto row = rows->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    auto record = Json::parse(rows->ColumnText(0), nullptr, false);
    if (record.is_discarded()) {
      return Status(ErrorCode::kInvalidArgument,
                    other_path + ": a document's record is not JSON");
    }
    auto outcome = Ingest(record, rows->ColumnText(1), rows->ColumnText(2));
    if (!outcome.ok()) return outcome.status();
  }
  return Status::Ok();
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
