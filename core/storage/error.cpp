#include "storage/error.h"

#include <cerrno>
#include <cstring>
#include <sqlite3.h>

namespace simpul::storage {

const char* toString(ErrorCode code) {
  switch (code) {
  case ErrorCode::Busy:
    return "busy";
  case ErrorCode::Constraint:
    return "constraint";
  case ErrorCode::NotFound:
    return "not found";
  case ErrorCode::Io:
    return "I/O";
  case ErrorCode::Corrupt:
    return "corrupt";
  case ErrorCode::Misuse:
    return "misuse";
  case ErrorCode::Schema:
    return "schema";
  }
  return "unknown";
}

StorageError::StorageError(ErrorCode code, const std::string& message, int sqliteCode,
                           int systemErrno)
    : std::runtime_error(message), m_code(code), m_sqliteCode(sqliteCode),
      m_systemErrno(systemErrno) {}

bool StorageError::diskFull() const {
  const int primary = m_sqliteCode & 0xff;
  return m_code == ErrorCode::Io &&
         (primary == SQLITE_FULL ||
          (primary == SQLITE_IOERR &&
           (m_systemErrno == ENOSPC || m_systemErrno == EDQUOT || m_systemErrno == EFBIG)));
}

bool StorageError::readOnly() const {
  const int primary = m_sqliteCode & 0xff;
  return m_code == ErrorCode::Io &&
         (primary == SQLITE_READONLY ||
          ((primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN) &&
           (m_systemErrno == EROFS || m_systemErrno == EACCES || m_systemErrno == EPERM)));
}

namespace {

// Classifies by the primary code (the low byte); the extended code only refines the text.
ErrorCode classify(int sqliteCode) {
  switch (sqliteCode & 0xff) {
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    return ErrorCode::Busy;
  case SQLITE_CONSTRAINT:
    return ErrorCode::Constraint;
  case SQLITE_IOERR:
  case SQLITE_FULL:
  case SQLITE_CANTOPEN:
  case SQLITE_READONLY:
  case SQLITE_PERM:
  case SQLITE_PROTOCOL:
  case SQLITE_NOLFS:
  case SQLITE_NOMEM:
    return ErrorCode::Io;
  case SQLITE_CORRUPT:
  case SQLITE_NOTADB:
    return ErrorCode::Corrupt;
  default:
    // SQLITE_ERROR (SQL errors), MISUSE, RANGE, MISMATCH, TOOBIG...: our code asked for
    // something SQLite cannot do.
    return ErrorCode::Misuse;
  }
}

} // namespace

void throwSqliteError(int sqliteCode, const std::string& what, const char* detail,
                      int systemErrno) {
  std::string message = what + ": " + sqlite3_errstr(sqliteCode);
  // sqlite3_errmsg often repeats sqlite3_errstr ("database is locked"); say it once.
  if (detail != nullptr && *detail != '\0' && message.find(detail) == std::string::npos) {
    message += " (";
    message += detail;
    message += ")";
  }
  message += " [sqlite " + std::to_string(sqliteCode) + "]";
  const ErrorCode code = classify(sqliteCode);
  // The errno only means something for an I/O error; elsewhere it is a stale value.
  const int errnoOfIo = code == ErrorCode::Io ? systemErrno : 0;
  if (errnoOfIo != 0) {
    message += std::string(" (") + std::strerror(errnoOfIo) + ")";
  }
  throw StorageError(code, message, sqliteCode, errnoOfIo);
}

std::string abbreviateSql(std::string_view sql) {
  constexpr std::size_t kMax = 120;
  std::string out;
  bool space = false;
  for (char c : sql) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      space = false;
    }
    if (out.size() >= kMax) {
      out += "...";
      break;
    }
    out += c;
  }
  return out;
}

} // namespace simpul::storage
