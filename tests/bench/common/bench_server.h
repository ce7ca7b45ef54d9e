#pragma once

// A real simpul-data process for a benchmark: started on a database file with the plugins
// of this build, listening on a unix socket in a private directory, stopped (SIGTERM) when
// destroyed. Paths come from the build (SIMPUL_DATA_PATH, SIMPULCTL_PATH,
// SIMPUL_BENCH_PLUGINS_DIR compile definitions).

#include "client/connection.h"
#include "process.h"

#include <memory>
#include <string>

namespace simpul::bench {

// A fresh directory under /tmp (unix socket paths are short), removed at the end.
class WorkDir {
public:
  WorkDir();
  ~WorkDir();
  WorkDir(const WorkDir&) = delete;
  WorkDir& operator=(const WorkDir&) = delete;
  std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
  std::string m_path;
};

class BenchServer {
public:
  // Starts simpul-data on `dbPath` and waits until it accepts calls (throws with the log's
  // tail when it exits or does not come up in 60 s). `extraArgs` go to simpul-data as they
  // are.
  explicit BenchServer(const std::string& dbPath, const std::vector<std::string>& extraArgs = {});
  ~BenchServer();
  BenchServer(const BenchServer&) = delete;
  BenchServer& operator=(const BenchServer&) = delete;

  const std::string& address() const { return m_address; } // "unix:/tmp/.../s.sock"
  int pid() const;
  // Signs in through AuthService.Login; throws with the status on failure.
  client::Session login(const std::string& username, const std::string& password) const;
  // Peak and current RSS of the server process, MiB.
  double peakRssMiB() const;
  double currentRssMiB() const;
  // Stops it now (SIGTERM, then SIGKILL after 30 s).
  void stop();

private:
  WorkDir m_dir;
  std::string m_address;
  std::unique_ptr<testing::ChildProcess> m_process;
};

// Signs in through AuthService.Login at `address` (a server started by BenchServer or
// elsewhere); throws with the status on failure.
client::Session loginAt(const std::string& address, const std::string& username,
                        const std::string& password);

// The first line of a file (a password file), without the newline; throws when unreadable.
std::string readFirstLine(const std::string& path);

} // namespace simpul::bench
