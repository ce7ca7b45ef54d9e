#pragma once

#include "server/time_util.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace simpul::server {

class Host;

struct DataServerOptions {
  std::string dbPath;
  std::string listen;     // "unix:/path" or "host:port"
  std::string pluginsDir; // empty: no plugins
  std::string tlsCert;
  std::string tlsKey;
  std::int64_t maxAttachmentBytes = 16 * 1024 * 1024;
  // The largest request message accepted; a bigger one is refused by gRPC with
  // RESOURCE_EXHAUSTED before any handler sees it. Attachments and imports stream in chunks
  // well below this.
  int maxRequestBytes = 4 * 1024 * 1024;
  std::chrono::seconds sessionTtl{12 * 60 * 60};
  // The service's clock (tests move it to expire tokens). Default: system_clock::now.
  std::function<TimePoint()> clock;
  // Where the request log and service messages go. Default: stderr with a timestamp.
  std::function<void(std::string_view line)> log;
};

// simpul-data as an object: opens and migrates the database, loads the plugins' server
// faces, registers every service and listens. Used by main() and, in process, by the tests.
class DataServer {
public:
  // Throws std::runtime_error with a message for the operator when the server cannot start
  // (bad address, database refused by a migration check, socket in use...).
  static std::unique_ptr<DataServer> start(DataServerOptions options);
  ~DataServer(); // shuts down if still running

  // Stops accepting calls, lets in-flight calls finish until the deadline (then cancels
  // them), shuts the plugins down and closes the database. Idempotent.
  void shutdown(std::chrono::milliseconds grace = std::chrono::seconds(10));
  // Blocks until shutdown() has run (from another thread or a signal handler thread).
  void wait();

  Host& host();
  const DataServerOptions& options() const;

  struct Impl;

private:
  explicit DataServer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

// The offline first steps `simpulctl init` takes on a database file (no server running):
// migrate the core schema and load the official wilayah list when the table is empty.
// Returns the number of wilayah rows loaded (0 when they were already there).
std::int64_t initializeDatabase(const std::string& dbPath, const std::string& wilayahCsv,
                                const std::function<void(std::int64_t rows)>& progress = {});

} // namespace simpul::server
