#include "test_support.h"

#include "client/qt/client_session.h"
#include "server/auth/accounts.h"
#include "server/data_server.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <array>
#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

namespace fs = std::filesystem;

namespace simpul::testing {

namespace {

constexpr const char* kAdminPassword = "admin-password-1";

struct TestUser {
  const char* username;
  const char* role;
  std::array<const char*, 2> wilayah; // nullptr: no second binding
};

// Bindings chosen for the picker's scope rules: everywhere, one kab/kota, one desa, and two
// kecamatan of the same kab/kota.
constexpr std::array<TestUser, 4> kUsers{{
    {"admin", "admin", {"", nullptr}},
    {"dinsos.bdg", "dinsos", {"32.04", nullptr}},
    {"psm.desa", "psm", {"32.04.05.2001", nullptr}},
    {"tksk.dua", "tksk", {"32.04.05", "32.04.12"}},
}};

std::string passwordFor(const std::string& username) {
  return username == "admin" ? std::string(kAdminPassword) : username + "-password-1";
}

std::string makeTempDir(const char* prefix) {
  std::string pattern = (fs::temp_directory_path() / (std::string(prefix) + "XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  return pattern;
}

} // namespace

TestSupport::TestSupport(QObject* parent) : QObject(parent) {}

TestSupport::~TestSupport() {
  stop();
}

void TestSupport::start(const std::string& wilayahCsv) {
  m_dir = makeTempDir("simpul-qml-test-");
  m_dbPath = m_dir + "/simpul.db";
  m_address = "unix:" + m_dir + "/s.sock";
  server::initializeDatabase(m_dbPath, wilayahCsv);
  {
    storage::Database db = storage::Database::open(m_dbPath);
    storage::Transaction tx(db, storage::Transaction::Mode::Immediate);
    const auto now = std::chrono::system_clock::now();
    for (const TestUser& user : kUsers) {
      const std::int64_t id =
          server::createUser(db, user.username, user.username, passwordFor(user.username), now);
      for (const char* wilayah : user.wilayah) {
        if (wilayah != nullptr) {
          server::grantRole(db, id, user.role, wilayah, now);
        }
      }
    }
    tx.commit();
  }
  server::DataServerOptions options;
  options.dbPath = m_dbPath;
  options.listen = m_address;
  // The request log would only bury the test output.
  options.log = [](std::string_view) {
  };
  m_server = server::DataServer::start(options);
  m_session = std::make_unique<client::ClientSession>();
  m_session->connectTo(QString::fromStdString(m_address));
}

void TestSupport::stop() {
  m_session.reset();
  if (m_server) {
    m_server->shutdown(std::chrono::seconds(5));
    m_server.reset();
  }
  if (!m_dir.empty()) {
    std::error_code ignored;
    fs::remove_all(m_dir, ignored);
    m_dir.clear();
  }
}

QString TestSupport::adminPassword() const {
  return QString::fromLatin1(kAdminPassword);
}

QStringList TestSupport::usernames() const {
  QStringList names;
  for (const TestUser& user : kUsers) {
    names << QString::fromLatin1(user.username);
  }
  return names;
}

QString TestSupport::serverAddress() const {
  return QString::fromStdString(m_address);
}

void TestSupport::signInAs(const QString& username) {
  if (!m_session) {
    return;
  }
  if (m_session->signedIn()) {
    if (m_session->username() == username) {
      return;
    }
    m_session->logout();
  }
  m_session->login(username, passwordOf(username));
}

void TestSupport::signOut() {
  if (m_session && m_session->signedIn()) {
    m_session->logout();
  }
}

QString TestSupport::passwordOf(const QString& username) const {
  return QString::fromStdString(passwordFor(username.toStdString()));
}

QStringList TestSupport::childCodes(const QString& parentCode) const {
  storage::OpenOptions options;
  options.readOnly = true;
  storage::Database db = storage::Database::open(m_dbPath, options);
  storage::Statement stmt = db.prepare(
      parentCode.isEmpty() ? "SELECT code FROM core_wilayah WHERE parent_code IS NULL ORDER BY code"
                           : "SELECT code FROM core_wilayah WHERE parent_code = ?1 ORDER BY code");
  if (!parentCode.isEmpty()) {
    stmt.bind(1, parentCode.toStdString());
  }
  QStringList codes;
  while (stmt.step()) {
    codes << QString::fromStdString(stmt.columnText(0));
  }
  return codes;
}

int TestSupport::childCount(const QString& parentCode) const {
  return static_cast<int>(childCodes(parentCode).size());
}

QString TestSupport::wilayahName(const QString& code) const {
  storage::OpenOptions options;
  options.readOnly = true;
  storage::Database db = storage::Database::open(m_dbPath, options);
  storage::Statement stmt = db.prepare("SELECT name FROM core_wilayah WHERE code = ?1");
  stmt.bind(1, code.toStdString());
  return stmt.step() ? QString::fromStdString(stmt.columnText(0)) : QString();
}

} // namespace simpul::testing
