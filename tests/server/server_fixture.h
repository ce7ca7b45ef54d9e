#pragma once

#include "server/data_server.h"
#include "server/time_util.h"

#include <atomic>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace simpul::testing {

// A real simpul-data, in process, per test: a fresh temporary directory holding a real
// SQLite file (core schema + the full official wilayah list, copied from a template built
// once per test process) and a unix socket. The database has one user "admin" (password
// kAdminPassword) with the admin role everywhere. The server's clock starts at the real time
// and moves only when a test calls advanceClock().
class ServerFixture : public ::testing::Test {
public:
  static constexpr const char* kAdminPassword = "admin-password-1";

protected:
  void SetUp() override;
  void TearDown() override;
  // Called in SetUp before the server starts, to set plugins, limits...
  virtual void configure(server::DataServerOptions&) {}

  // Stops the server (database closed) and starts it again on the same file and socket.
  void restartServer();
  void stopServer();
  // The options the server runs with; change them, then restartServer().
  server::DataServerOptions& nextOptions() { return m_options; }

  std::shared_ptr<grpc::Channel> channel();
  // A context carrying "authorization: Bearer <token>" (no metadata for an empty token) and
  // a 10 s deadline.
  std::unique_ptr<grpc::ClientContext> context(const std::string& token = {}) const;

  // Logs in through AuthService.Login; fails the test when it does not succeed.
  std::string login(const std::string& username, const std::string& password);
  std::string adminToken();

  // Creates a user with the given role bound at the wilayah ("" = everywhere), directly in
  // the database file through the same code simpulctl uses, and logs it in. Works while the
  // server runs (WAL). Returns its token.
  std::string createUserAndLogin(const std::string& username, const std::string& role,
                                 const std::string& wilayahCode);

  void advanceClock(std::chrono::seconds by);
  server::TimePoint now() const;

  const std::string& tempDir() const { return m_dir; }
  const std::string& dbPath() const { return m_dbPath; }
  const std::string& socketAddress() const { return m_address; }
  server::DataServer& server() { return *m_server; }
  // Every line the server logged since SetUp.
  std::vector<std::string> logLines() const;

private:
  server::DataServerOptions m_options;
  std::string m_dir;
  std::string m_dbPath;
  std::string m_address;
  std::unique_ptr<server::DataServer> m_server;
  std::shared_ptr<grpc::Channel> m_channel;
  std::string m_adminToken;
  std::shared_ptr<std::atomic<std::int64_t>> m_clockOffsetMs;
  std::shared_ptr<std::mutex> m_logMutex;
  std::shared_ptr<std::vector<std::string>> m_log;
};

} // namespace simpul::testing
