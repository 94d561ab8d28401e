// SqliteDatabase and SqliteStatement: RAII owners of sqlite3 handles.
//
// The database closes its connection and the statement finalises itself when
// they go out of scope, so no error path leaks a handle. Errors come back as
// Status (kIoError with SQLite's own message); nothing throws.
#ifndef FINSAM_BATCH_SQLITE_HANDLE_H_
#define FINSAM_BATCH_SQLITE_HANDLE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace finsam::batch {

class SqliteStatement;

class SqliteDatabase {
 public:
  // Opens (creating when absent, unless `read_only`) the database at `path`,
  // with foreign keys on and a busy timeout, so a second process waits
  // instead of failing.
  static Result<std::unique_ptr<SqliteDatabase>> Open(const std::string& path,
                                                      bool read_only = false);

  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;
  ~SqliteDatabase();

  // Runs one or more statements that return no rows.
  Status Execute(const std::string& sql);
  Result<SqliteStatement> Prepare(std::string_view sql);
  int64_t LastInsertRowId() const;
  const std::string& path() const { return path_; }

 private:
  SqliteDatabase(sqlite3* db, std::string path)
      : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

class SqliteStatement {
 public:
  SqliteStatement(SqliteStatement&& other) noexcept;
  SqliteStatement& operator=(SqliteStatement&& other) noexcept;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement();

  // Parameters are 1-based, as in SQLite.
  void BindText(int index, std::string_view value);
  void BindInt(int index, int64_t value);
  void BindDouble(int index, double value);
  void BindNull(int index);
  // Binds an optional: null when absent.
  void BindOptionalText(int index, const std::optional<std::string>& value);
  void BindOptionalInt(int index, const std::optional<int64_t>& value);

  // Advances: true when a row is ready, false when done.
  Result<bool> Step();
  // Step() for statements without rows; then Reset() for reuse.
  Status Run();
  void Reset();

  // Column access on the current row (0-based).
  bool IsNull(int column) const;
  int64_t ColumnInt(int column) const;
  double ColumnDouble(int column) const;
  std::string ColumnText(int column) const;
  bool ColumnIsInteger(int column) const;

 private:
  friend class SqliteDatabase;
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

// A transaction that rolls back unless Commit() is called.
class SqliteTransaction {
 public:
  explicit SqliteTransaction(SqliteDatabase& db) : db_(db) {}
  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;
  ~SqliteTransaction();

  Status Begin();  // BEGIN IMMEDIATE: takes the write lock up front
  Status Commit();

 private:
  SqliteDatabase& db_;
  bool open_ = false;
};

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_SQLITE_HANDLE_H_
