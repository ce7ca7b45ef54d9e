#include "storage/transaction.h"

#include "storage/error.h"

#include <sqlite3.h>

namespace simpul::storage {

Transaction::Transaction(Database& db, Mode mode) : m_db(db) {
  m_db.exec(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction() {
  // SQLite may already have rolled back by itself (after some errors, e.g. SQLITE_FULL), in
  // which case a second ROLLBACK would only fail. A destructor must not throw, so the
  // result is ignored: the connection is back in autocommit either way.
  if (!m_done && m_db.inTransaction()) {
    sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
}

void Transaction::commit() {
  if (m_done) {
    throw StorageError(ErrorCode::Misuse, "commit: the transaction was already committed");
  }
  // When COMMIT fails (SQLITE_BUSY on a deferred transaction that wrote), the transaction
  // stays open and the destructor rolls it back.
  m_db.exec("COMMIT");
  m_done = true;
}

} // namespace simpul::storage
