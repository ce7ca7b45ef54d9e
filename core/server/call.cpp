#include "server/call.h"

#include "server/api_error.h"
#include "simpul/core/v1/error.pb.h"
#include "storage/error.h"

#include <iostream>
#include <mutex>
#include <sqlite3.h>

namespace simpul::server {

namespace {

grpc::Status respond(grpc::ServerContextBase& context, grpc::StatusCode code,
                     const std::string& field, const std::string& reason,
                     const std::string& messageId, const std::string& messageEn) {
  simpul::core::v1::ErrorDetail detail;
  detail.set_field(field);
  detail.set_reason(reason);
  detail.set_message_id(messageId);
  detail.set_message_en(messageEn);
  context.AddTrailingMetadata("simpul-error-bin", detail.SerializeAsString());
  return {code, field.empty() ? messageId : field + ": " + messageId};
}

void logInternal(const char* kind, const char* what) {
  static std::mutex mutex;
  std::lock_guard lock(mutex);
  std::cerr << "simpul-data: internal error (" << kind << "): " << what << std::endl;
}

grpc::Status fromStorage(grpc::ServerContextBase& context, const storage::StorageError& e) {
  using storage::ErrorCode;
  switch (e.code()) {
  case ErrorCode::Busy:
    return respond(context, grpc::StatusCode::UNAVAILABLE, "", "BUSY",
                   "Basis data sedang sibuk; coba lagi sebentar lagi",
                   "The database is busy; try again in a moment");
  case ErrorCode::Constraint: {
    const int primary = e.sqliteCode() & 0xff;
    const bool duplicate =
        primary == SQLITE_CONSTRAINT && (e.sqliteCode() == SQLITE_CONSTRAINT_UNIQUE ||
                                         e.sqliteCode() == SQLITE_CONSTRAINT_PRIMARYKEY);
    if (duplicate) {
      return respond(context, grpc::StatusCode::ALREADY_EXISTS, "", "ALREADY_EXISTS",
                     "Data yang sama sudah ada", "The same record already exists");
    }
    return respond(context, grpc::StatusCode::FAILED_PRECONDITION, "", "CONSTRAINT",
                   "Perubahan melanggar aturan data", "The change breaks a data rule");
  }
  case ErrorCode::NotFound:
    return respond(context, grpc::StatusCode::NOT_FOUND, "", "NOT_FOUND", "Data tidak ditemukan",
                   "Not found");
  case ErrorCode::Corrupt:
    logInternal("storage", e.what());
    return respond(context, grpc::StatusCode::DATA_LOSS, "", "CORRUPT",
                   "Basis data rusak; hubungi administrator",
                   "The database is damaged; call "
                   "the administrator");
  case ErrorCode::Io:
    // The two I/O failures an operator can fix, said as such (and logged): the caller learns
    // that nothing was saved and that retrying now will not help.
    if (e.diskFull()) {
      logInternal("storage", e.what());
      return respond(context, grpc::StatusCode::RESOURCE_EXHAUSTED, "", "DISK_FULL",
                     "Penyimpanan server penuh; data tidak disimpan. Hubungi administrator",
                     "The server's storage is full; nothing was saved. Call the administrator");
    }
    if (e.readOnly()) {
      logInternal("storage", e.what());
      return respond(context, grpc::StatusCode::FAILED_PRECONDITION, "", "READ_ONLY",
                     "Basis data server hanya bisa dibaca; data tidak disimpan. Hubungi "
                     "administrator",
                     "The server's database is read-only; nothing was saved. Call the "
                     "administrator");
    }
    break;
  case ErrorCode::Misuse:
  case ErrorCode::Schema:
    break;
  }
  logInternal("storage", e.what());
  return respond(context, grpc::StatusCode::INTERNAL, "", "INTERNAL", "Terjadi kesalahan di server",
                 "The server ran into an error");
}

} // namespace

grpc::Status statusFromCurrentException(grpc::ServerContextBase& context) {
  try {
    throw;
  } catch (const ApiError& e) {
    return respond(context, e.code(), e.field(), e.reason(), e.messageId(), e.messageEn());
  } catch (const storage::StorageError& e) {
    return fromStorage(context, e);
  } catch (const std::exception& e) {
    // Our own code never puts personal values into exception texts (see api_error.h).
    logInternal("exception", e.what());
  } catch (...) {
    logInternal("exception", "unknown");
  }
  return respond(context, grpc::StatusCode::INTERNAL, "", "INTERNAL", "Terjadi kesalahan di server",
                 "The server ran into an error");
}

} // namespace simpul::server
