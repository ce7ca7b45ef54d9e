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
  StorageError(ErrorCode code, const std::string& message, int sqliteCode = 0);

  ErrorCode code() const { return m_code; }
  // The extended SQLite result code, or 0 when the error did not come from SQLite.
  int sqliteCode() const { return m_sqliteCode; }

private:
  ErrorCode m_code;
  int m_sqliteCode;
};

// Builds the StorageError for a failed SQLite call: classifies the code and appends
// sqlite3_errstr/errmsg. `what` says what we were doing ("prepare", "open /path/db").
[[noreturn]] void throwSqliteError(int sqliteCode, const std::string& what,
                                   const char* detail = nullptr);

// The SQL text for an error message: whitespace runs collapsed to one space and cut after 120
// characters. The text is the statement as written, never with its parameter values.
std::string abbreviateSql(std::string_view sql);

} // namespace simpul::storage
