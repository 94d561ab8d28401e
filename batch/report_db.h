// ReportDb: records ingested into SQLite, with submission history.
//
// Schema (version 3; ReportDbSchema() below is the authoritative text and
// README "Database" describes it):
//   documents       one row per document: a whole input file (part 0), or
//                   one document of a package (`batch --split auto`: part
//                   N of parts, first_page..last_page in the file,
//                   part_kind), unique by (sha256 of the file, part): path,
//                   type, organisation, org_number, fiscal_year,
//                   ingested_at, tool_version, is_current, supersedes, the
//                   whole record
//   key_figures     document_id, key, year, value (kronor; percent as printed)
//   statement_lines document_id, statement, line_index, label, key, note,
//                   unit, page, column_index, column, value, value_kr
//   people          document_id, person_index, name, role, body,
//                   organisation, page
//   signatures      document_id, signature_index, kind (visma|pdf), name,
//                   role, time, country, company, field, subfilter,
//                   covers_whole_file, digest_valid
//   checks          document_id, check_id, status, detail, pages (JSON);
//                   the record's checks, and for every current annual
//                   report whose years meet another current annual report
//                   of the same submitter, prior_year_agrees
//                   (records/checks.h), in its record too
//
// A submission is identified by (submitter, fiscal_year, type), the
// submitter being the org_number, else the organisation's name, else the
// path. Of the submissions for one identity exactly one is current: the
// latest by (ingested_at, path, sha256). The earlier ones stay as history
// (is_current = 0) and the current one names the one it superseded. The same
// content ingested again changes nothing, so ingestion is idempotent and a
// resumed or merged run gives the same database.
//
// prior_year_agrees is the current set's: whenever a submitter's current
// annual reports change (a report arrives, supersedes another), each of
// them is checked again against all the others, so the stored checks do not
// depend on the order the reports arrived in, nor on sharding and merging.
// A superseded report keeps none.
//
// Version 1 (before packages: sha256 unique, no part columns) and version 2
// (prior_year_agrees not stored) are upgraded in place by Open, all or
// nothing; OpenReadOnly reads them as they are.
#ifndef FINSAM_BATCH_REPORT_DB_H_
#define FINSAM_BATCH_REPORT_DB_H_

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "batch/sqlite_handle.h"
#include "records/report_record.h"

namespace finsam::batch {

extern const int kReportDbSchemaVersion;  // 3
std::string ReportDbSchema();

enum class IngestOutcome {
  kCurrent,    // new, and now the current submission
  kHistory,    // new, but an already-ingested submission is later
  kUnchanged,  // this content was already in the database
};

class ReportDb {
 public:
  // Opens or creates the database and its schema, upgrading a version 1
  // or 2 database. kIoError on failure; kInvalidArgument for a database of
  // another schema version or not this tool's.
  static Result<std::unique_ptr<ReportDb>> Open(const std::string& path);
  // Opens an existing database for queries only (compare): never takes the
  // write lock, so it runs beside a batch that is ingesting. kNotFound when
  // absent.
  static Result<std::unique_ptr<ReportDb>> OpenReadOnly(
      const std::string& path);

  // Ingests one record. `ingested_at` is
  // ISO 8601 UTC ("2026-12-01T09:00:00.000Z"). Run inside a transaction
  // (BeginTransaction) when ingesting many.
  Result<IngestOutcome> Ingest(const records::ReportRecord& record,
                               const std::string& ingested_at,
                               const std::string& tool_version);

  // Ingests every document of the database at `other_path` (a shard's),
  // keeping its ingested_at and tool version, oldest first.
  Status MergeFrom(const std::string& other_path);

  // The current documents whose fiscal year is in [first_year, last_year],
  // as records, by submitter and year. kInvalidArgument when a stored
  // record cannot be read back.
  Result<std::vector<records::ReportRecord>> CurrentRecords(int first_year,
                                                            int last_year);

  Status Begin() { return db_->Execute("BEGIN IMMEDIATE;"); }
  Status Commit() { return db_->Execute("COMMIT;"); }
  Status Rollback() { return db_->Execute("ROLLBACK;"); }

  SqliteDatabase& sqlite() { return *db_; }
  // The schema version of the database as opened (OpenReadOnly leaves an
  // older one as it is): below 3, no prior_year_agrees is stored.
  int schema_version() const { return schema_version_; }

 private:
  ReportDb(std::unique_ptr<SqliteDatabase> db, int schema_version)
      : db_(std::move(db)), schema_version_(schema_version) {}
  static Result<IngestOutcome> IngestRows(SqliteDatabase& db,
                                          const records::ReportRecord& record,
                                          const std::string& ingested_at,
                                          const std::string& tool_version);
  std::unique_ptr<SqliteDatabase> db_;
  int schema_version_;
};

// Now, as ISO 8601 UTC with milliseconds.
std::string UtcTimestampNow();

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_REPORT_DB_H_
