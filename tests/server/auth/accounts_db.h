#pragma once

#include "server/time_util.h"
#include "storage/database.h"

#include <string>

namespace simpul::testing {

// A real SQLite file with the core schema and a handful of wilayah (32, 32.04, 32.04.12,
// 32.04.12.2003, 32.73, 33, 33.01), in a temporary directory removed on destruction. For
// unit tests of the account and session code that need no server.
class AccountsDb {
public:
  AccountsDb();
  ~AccountsDb();
  AccountsDb(const AccountsDb&) = delete;
  AccountsDb& operator=(const AccountsDb&) = delete;

  storage::Database& db() { return m_db; }
  const std::string& path() const { return m_path; }
  server::TimePoint now() const { return m_now; }

  // createUser + grantRole in one transaction; returns the user id.
  std::int64_t addUser(const std::string& username, const std::string& role,
                       const std::string& wilayahCode);

private:
  std::string m_dir;
  std::string m_path;
  storage::Database m_db;
  server::TimePoint m_now;
};

} // namespace simpul::testing
