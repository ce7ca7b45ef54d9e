#include "accounts_db.h"

#include "server/auth/accounts.h"
#include "server/schema/core_schema.h"
#include "storage/migration.h"
#include "storage/transaction.h"

#include <filesystem>
#include <stdexcept>
#include <unistd.h>

namespace simpul::testing {

namespace fs = std::filesystem;

AccountsDb::AccountsDb() : m_now(std::chrono::system_clock::now()) {
  std::string pattern = (fs::temp_directory_path() / "simpul-auth-test-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  m_dir = pattern;
  m_path = m_dir + "/accounts.db";
  m_db = storage::Database::open(m_path);
  storage::migrate(m_db, {server::coreSchema()});
  m_db.exec(R"sql(
    INSERT INTO core_wilayah (code, name, level, parent_code, type, search_name) VALUES
      ('32', 'Jawa Barat', 1, NULL, 'provinsi', 'jawa barat'),
      ('32.04', 'Kabupaten Bandung', 2, '32', 'kabupaten', 'bandung'),
      ('32.04.12', 'Dayeuhkolot', 3, '32.04', 'kecamatan', 'dayeuhkolot'),
      ('32.04.12.2003', 'Cangkuang Wetan', 4, '32.04.12', 'desa', 'cangkuang wetan'),
      ('32.73', 'Kota Bandung', 2, '32', 'kota', 'bandung'),
      ('33', 'Jawa Tengah', 1, NULL, 'provinsi', 'jawa tengah'),
      ('33.01', 'Kabupaten Cilacap', 2, '33', 'kabupaten', 'cilacap');
  )sql");
}

AccountsDb::~AccountsDb() {
  m_db = storage::Database();
  std::error_code ignored;
  fs::remove_all(m_dir, ignored);
}

std::int64_t AccountsDb::addUser(const std::string& username, const std::string& role,
                                 const std::string& wilayahCode) {
  storage::Transaction tx(m_db);
  const std::int64_t id =
      server::createUser(m_db, username, "Pengguna Uji", username + "-password-1", m_now);
  server::grantRole(m_db, id, role, wilayahCode, m_now);
  tx.commit();
  return id;
}

} // namespace simpul::testing
