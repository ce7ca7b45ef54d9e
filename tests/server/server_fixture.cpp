#include "server_fixture.h"

#include "server/auth/accounts.h"
#include "simpul/core/v1/auth.grpc.pb.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace fs = std::filesystem;

namespace simpul::testing {

namespace {

std::string makeTempDir(const char* prefix) {
  std::string pattern = (fs::temp_directory_path() / (std::string(prefix) + "XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed");
  }
  return pattern;
}

void addUser(const std::string& dbPath, const std::string& username, const std::string& password,
             const std::string& role, const std::string& wilayahCode, server::TimePoint now) {
  storage::Database db = storage::Database::open(dbPath);
  storage::Transaction tx(db, storage::Transaction::Mode::Immediate);
  const std::int64_t id = server::createUser(db, username, username, password, now);
  server::grantRole(db, id, role, wilayahCode, now);
  tx.commit();
}

// The migrated database with the official wilayah list and the admin user, built once per
// test process (loading 91,599 rows and hashing a password are the slow parts) and copied
// for every test.
const std::string& templateDatabase() {
  // Never destroyed, so the atexit handler below can still read it.
  static const std::string* path = [] {
    const std::string dir = makeTempDir("simpul-fixture-template-");
    auto* db = new std::string(dir + "/template.db");
    server::initializeDatabase(*db, SIMPUL_TEST_WILAYAH_CSV);
    addUser(*db, "admin", ServerFixture::kAdminPassword, "admin", "",
            std::chrono::system_clock::now());
    // The template directory goes when the process ends.
    std::atexit([] {
      std::error_code ignored;
      fs::remove_all(fs::path(templateDatabase()).parent_path(), ignored);
    });
    return db;
  }();
  return *path;
}

} // namespace

void ServerFixture::SetUp() {
  const std::string& source = templateDatabase();
  m_dir = makeTempDir("simpul-test-");
  m_dbPath = m_dir + "/simpul.db";
  fs::copy_file(source, m_dbPath);
  m_address = "unix:" + m_dir + "/s.sock";
  m_clockOffsetMs = std::make_shared<std::atomic<std::int64_t>>(0);
  m_logMutex = std::make_shared<std::mutex>();
  m_log = std::make_shared<std::vector<std::string>>();

  m_options.dbPath = m_dbPath;
  m_options.listen = m_address;
  auto offset = m_clockOffsetMs;
  m_options.clock = [offset] {
    return std::chrono::system_clock::now() + std::chrono::milliseconds(offset->load());
  };
  auto mutex = m_logMutex;
  auto log = m_log;
  m_options.log = [mutex, log](std::string_view line) {
    std::lock_guard lock(*mutex);
    log->emplace_back(line);
  };
  configure(m_options);
  m_server = server::DataServer::start(m_options);
}

void ServerFixture::TearDown() {
  stopServer();
  m_channel.reset();
  std::error_code ignored;
  fs::remove_all(m_dir, ignored);
}

void ServerFixture::stopServer() {
  if (m_server) {
    m_server->shutdown(std::chrono::seconds(5));
    m_server.reset();
  }
}

void ServerFixture::restartServer() {
  stopServer();
  m_channel.reset();
  m_server = server::DataServer::start(m_options);
}

std::shared_ptr<grpc::Channel> ServerFixture::channel() {
  if (!m_channel) {
    m_channel = grpc::CreateChannel(m_address, grpc::InsecureChannelCredentials());
  }
  return m_channel;
}

std::unique_ptr<grpc::ClientContext> ServerFixture::context(const std::string& token) const {
  auto context = std::make_unique<grpc::ClientContext>();
  if (!token.empty()) {
    context->AddMetadata("authorization", "Bearer " + token);
  }
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  return context;
}

std::string ServerFixture::login(const std::string& username, const std::string& password) {
  auto stub = simpul::core::v1::AuthService::NewStub(channel());
  simpul::core::v1::LoginRequest request;
  request.set_username(username);
  request.set_password(password);
  simpul::core::v1::LoginResponse response;
  auto ctx = context();
  const grpc::Status status = stub->Login(ctx.get(), request, &response);
  EXPECT_TRUE(status.ok()) << "login " << username << ": " << status.error_message();
  return response.token();
}

std::string ServerFixture::adminToken() {
  if (m_adminToken.empty()) {
    m_adminToken = login("admin", kAdminPassword);
  }
  return m_adminToken;
}

std::string ServerFixture::createUserAndLogin(const std::string& username, const std::string& role,
                                              const std::string& wilayahCode) {
  const std::string password = username + "-password-1";
  addUser(m_dbPath, username, password, role, wilayahCode, now());
  return login(username, password);
}

void ServerFixture::advanceClock(std::chrono::seconds by) {
  *m_clockOffsetMs += std::chrono::duration_cast<std::chrono::milliseconds>(by).count();
}

server::TimePoint ServerFixture::now() const {
  return m_options.clock();
}

std::vector<std::string> ServerFixture::logLines() const {
  std::lock_guard lock(*m_logMutex);
  return *m_log;
}

} // namespace simpul::testing
