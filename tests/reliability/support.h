#pragma once

// What the reliability tests share: a real simpul-data child process on a real database file
// (started, SIGKILLed, restarted), a template database made once per test program by
// `simpulctl init`, synthetic import rows from the benchmark generator (tests/bench/gen),
// and the ImportRecords stream as a client sends it.

#include "client/connection.h"
#include "generator.h"
#include "process.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <grpcpp/grpcpp.h>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace simpul::reliability {

// A fresh directory under /tmp (unix socket paths must be short), removed at the end.
class TempDir {
public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return m_path; }
  std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
  std::string m_path;
};

inline constexpr const char* kAdmin = "admin";
inline constexpr const char* kAdminPassword = "admin-password-1";

// A database made by `simpulctl init` with the admin above and the reference wilayah, with
// the PMKS plugin's migrations applied (one server start). Made once per program; copy it.
const std::string& templateDatabase();
// Copies the template (and nothing else) to `path`.
void copyTemplate(const std::string& path);

// simpul-data with the plugins of this build on one database file. start() may be called
// again after kill(): that is the restart after a crash.
class Server {
public:
  Server(std::string dbPath, std::string dir);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Variables added to its environment at the next start (LD_PRELOAD for fault injection).
  void setEnvironment(std::map<std::string, std::string> variables) {
    m_environment = std::move(variables);
  }
  // Starts it and waits until it accepts connections (throws with the log's tail otherwise).
  void start();
  // SIGKILL, as a crash or an OOM kill does; reaps the process.
  void kill();
  // SIGTERM and wait.
  void stop();
  bool running() const { return m_process != nullptr; }
  pid_t pid() const;
  const std::string& address() const { return m_address; }
  const std::string& dbPath() const { return m_db; }
  std::string logTail() const;
  // AuthService.Login; throws with the status on failure.
  client::Session login(const std::string& user = kAdmin,
                        const std::string& password = kAdminPassword) const;

private:
  std::string m_db;
  std::string m_dir;
  std::string m_address;
  std::string m_log;
  std::map<std::string, std::string> m_environment;
  std::unique_ptr<testing::ChildProcess> m_process;
};

// Rows of the generator (valid for the import: provinsi 32, period 2025), made once per
// program and shared: `count` rows from seed 1. Each run gets a fresh database, so the same
// rows serve every run.
const std::vector<bench::GenRow>& generatedRows(std::size_t count);
// The row's import values in the order of importColumns().
std::vector<std::string> importValues(const bench::GenRow& row);
std::vector<std::string> importColumns();
// The record key the product deduplicates on (subject key, type, period) as one string.
std::string recordKey(const bench::GenRow& row);
std::set<std::string> recordKeysOf(const std::vector<bench::GenRow>& rows);

struct ImportCall {
  grpc::Status status;
  pmks::v1::ImportRecordsResponse response;
};

// One ImportRecords stream with these rows, `perMessage` rows a message.
ImportCall importRows(const client::Session& session, const std::vector<bench::GenRow>& rows,
                      pmks::v1::RecordStatus target, int perMessage = 50,
                      const std::string& requestId = "reliability");

// A seed from SIMPUL_RELIABILITY_SEED when set (to replay a failure), else a random one.
std::uint64_t seedFromEnvironment();
// An integer from the environment, or `fallback`.
int intFromEnvironment(const char* name, int fallback);

} // namespace simpul::reliability
