#include "batch/sqlite_handle.h"

#include <utility>

namespace finsam::batch {
namespace {

Status SqliteError(sqlite3* db, const std::string& what) {
  return Status(ErrorCode::kIoError,
                what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::Open(
    const std::string& path, bool read_only) {
  sqlite3* raw = nullptr;
  const int flags = read_only ? SQLITE_OPEN_READONLY
                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  // The handle is owned from here on, even when opening failed.
  std::unique_ptr<SqliteDatabase> db(new SqliteDatabase(raw, path));
  if (rc != SQLITE_OK) return SqliteError(raw, "cannot open database");
  sqlite3_busy_timeout(raw, 30'000);
  Status s = db->Execute("PRAGMA foreign_keys = ON;");
  if (!s.ok()) return s;
  return db;
}

SqliteDatabase::~SqliteDatabase() { sqlite3_close_v2(db_); }

Status SqliteDatabase::Execute(const std::string& sql) {
  char* message = nullptr;
  const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string why = message ? message : sqlite3_errmsg(db_);
  sqlite3_free(message);
  return Status(ErrorCode::kIoError, "database: " + why);
}

Result<SqliteStatement> SqliteDatabase::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(
      db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return SqliteError(db_, "cannot prepare statement");
  }
  return SqliteStatement(db_, stmt);
}

int64_t SqliteDatabase::LastInsertRowId() const {
  return sqlite3_last_insert_rowid(db_);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    db_ = other.db_;
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

void SqliteStatement::BindText(int index, std::string_view value) {
  sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                    SQLITE_TRANSIENT);
}
void SqliteStatement::BindInt(int index, int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
}
void SqliteStatement::BindDouble(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
}
void SqliteStatement::BindNull(int index) { sqlite3_bind_null(stmt_, index); }
void SqliteStatement::BindOptionalText(int index,
                                       const std::optional<std::string>& v) {
  if (v.has_value()) {
    BindText(index, *v);
  } else {
    BindNull(index);
  }
}
void SqliteStatement::BindOptionalInt(int index,
                                      const std::optional<int64_t>& v) {
  if (v.has_value()) {
    BindInt(index, *v);
  } else {
    BindNull(index);
  }
}

Result<bool> SqliteStatement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqliteError(db_, "database step failed");
}

Status SqliteStatement::Run() {
  auto row = Step();
  Reset();
  if (!row.ok()) return row.status();
  return Status::Ok();
}

void SqliteStatement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool SqliteStatement::IsNull(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}
int64_t SqliteStatement::ColumnInt(int column) const {
  return sqlite3_column_int64(stmt_, column);
}
double SqliteStatement::ColumnDouble(int column) const {
  return sqlite3_column_double(stmt_, column);
}
std::string SqliteStatement::ColumnText(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (text == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}
bool SqliteStatement::ColumnIsInteger(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_INTEGER;
}

SqliteTransaction::~SqliteTransaction() {
  if (open_) db_.Execute("ROLLBACK;");
}

Status SqliteTransaction::Begin() {
  Status s = db_.Execute("BEGIN IMMEDIATE;");
  open_ = s.ok();
  return s;
}

Status SqliteTransaction::Commit() {
  Status s = db_.Execute("COMMIT;");
  if (s.ok()) open_ = false;
  return s;
}

}  // namespace finsam::batch
