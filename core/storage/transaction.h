#pragma once

#include "storage/database.h"

namespace simpul::storage {

// BEGIN on construction; ROLLBACK on destruction unless commit() ran. Immediate takes the
// write lock at once (BEGIN IMMEDIATE), so a writer never fails half-way with SQLITE_BUSY
// on lock upgrade; Deferred is for reads (a consistent snapshot in WAL mode).
class Transaction {
public:
  enum class Mode { Deferred, Immediate };

  explicit Transaction(Database& db, Mode mode = Mode::Immediate);
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  void commit();
  bool committed() const { return m_done; }

private:
  Database& m_db;
  bool m_done = false;
};

} // namespace simpul::storage
