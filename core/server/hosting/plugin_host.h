#pragma once

#include "sdk/plugin_manager.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace grpc {
class ServerBuilder;
class Service;
} // namespace grpc

namespace simpul::storage {
class Database;
}

namespace simpul::server {

class Host;

// The plugins' server faces inside simpul-data: found and loaded by the SDK's PluginManager,
// their migrations run in dependency (load) order, their permissions added to the role model,
// their services registered. A plugin that fails anywhere is reported (log, PluginService)
// and its dependents are refused; the rest of the service runs.
class PluginHost {
public:
  using Log = std::function<void(std::string_view line)>;

  PluginHost(std::string pluginsDir, Log log);
  ~PluginHost(); // shutdown()
  PluginHost(const PluginHost&) = delete;
  PluginHost& operator=(const PluginHost&) = delete;

  // Discovers, resolves and loads the faces, applies each loaded plugin's migrations on `db`
  // (outside any transaction: each step has its own), refuses a plugin whose migration fails,
  // then initializes the rest. Throws storage::StorageError(Schema) when a plugin's applied
  // migration was edited or the database is newer than the plugin: like the core's, that
  // stops the start rather than run on a schema nobody knows.
  void load(storage::Database& db);

  // Adds the running plugins' permissions to core_permissions; a permission seen for the
  // first time is given to the default roles its manifest names. Inside a write transaction.
  void registerPermissions(storage::Database& tx);

  // registerServices() of every running face; their services go into the builder.
  void registerServices(grpc::ServerBuilder& builder, Host& host);

  void shutdown();

  const sdk::PluginManager& manager() const { return m_manager; }

private:
  void logFailures();

  std::string m_pluginsDir;
  Log m_log;
  sdk::PluginManager m_manager;
  bool m_loaded = false;
};

} // namespace simpul::server
