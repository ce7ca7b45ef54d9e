#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace simpul::storage {

// What went wrong, in the terms a caller acts on. The server maps these onto gRPC codes
// (core/server/status.cpp): Busy → UNAVAILABLE, Constraint → ALREADY_EXISTS or
// FAILED_PRECONDITION, NotFound → NOT_FOUND, Io/Corrupt → INTERNAL/DATA_LOSS, Misuse → INTERNAL.
enum class ErrorCode {
  Busy,       // SQLITE_BUSY/LOCKED after the busy timeout
  Constraint, // UNIQUE, FOREIGN KEY, CHECK, NOT NULL
  NotFound,   // a row the caller required is not there (raised by callers, not by SQLite)
  Io,         // SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_READONLY...
  Corrupt,    // SQLITE_CORRUPT, SQLITE_NOTADB
  Misuse,     // SQLITE_MISUSE, SQLITE_RANGE, SQL errors: a bug in our code
  Schema,     // a migration problem: edited applied step, database newer than the binary
};

const char* toString(ErrorCode code);

// Thrown by every storage call that fails. The message names the operation and carries
// SQLite's own text; it never contains bound parameter values (they may be personal data).
class StorageError : public std::runtime_error {
public:
  StorageError(ErrorCode code, const std::string& message, int sqliteCode = 0, int systemErrno = 0);

  ErrorCode code() const { return m_code; }
  // The extended SQLite result code, or 0 when the error did not come from SQLite.
  int sqliteCode() const { return m_sqliteCode; }
  // The errno of the failed system call behind an I/O error (sqlite3_system_errno), or 0.
  int systemErrno() const { return m_systemErrno; }
  // An Io error that is the disk being full: SQLITE_FULL, or a write refused with ENOSPC,
  // EDQUOT or EFBIG (the file size limit). SQLite reports most of these as a plain
  // SQLITE_IOERR_WRITE, so the errno is what tells them apart from a failing disk.
  bool diskFull() const;
  // An Io error that is the database not being writable: SQLITE_READONLY (a file opened
  // read-only), or a write refused with EROFS, EACCES or EPERM.
  bool readOnly() const;

private:
  ErrorCode m_code;
  int m_sqliteCode;
  int m_systemErrno;
};

// Builds the StorageError for a failed SQLite call: classifies the code and appends
// sqlite3_errstr/errmsg. `what` says what we were doing ("prepare", "open /path/db").
// `systemErrno` is sqlite3_system_errno of the connection or, when SQLite did not record one
// (a failed COMMIT's write to the WAL leaves it 0), errno right after the failed call: the
// failed write's errno, since the rollback that follows makes no failing system call. It is
// only used for Io errors, to tell a full disk or a read-only file from a failing one.
[[noreturn]] void throwSqliteError(int sqliteCode, const std::string& what,
                                   const char* detail = nullptr, int systemErrno = 0);

// The SQL text for an error message: whitespace runs collapsed to one space and cut after 120
// characters. The text is the statement as written, never with its parameter values.
std::string abbreviateSql(std::string_view sql);

} // namespace simpul::storage
