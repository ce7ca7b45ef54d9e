#include "server/hosting/plugin_host.h"

#include "sdk/server_face.h"
#include "storage/database.h"
#include "storage/error.h"
#include "storage/migration.h"

#include <QDir>
#include <grpcpp/server_builder.h>

namespace simpul::server {

namespace {

class BuilderServiceContext final : public sdk::ServiceContext {
public:
  BuilderServiceContext(grpc::ServerBuilder& builder, Host& host)
      : m_builder(builder), m_host(host) {}
  void addService(grpc::Service* service) override { m_builder.RegisterService(service); }
  Host& host() override { return m_host; }

private:
  grpc::ServerBuilder& m_builder;
  Host& m_host;
};

storage::ModuleSchema schemaOf(const QString& id, const sdk::ServerFace& face) {
  storage::ModuleSchema schema{id.toStdString(), {}};
  for (const sdk::Migration& m : face.migrations()) {
    schema.steps.push_back({m.version, m.name.toStdString(), m.sql.toStdString()});
  }
  return schema;
}

} // namespace

PluginHost::PluginHost(std::string pluginsDir, Log log)
    : m_pluginsDir(std::move(pluginsDir)), m_log(std::move(log)), m_manager(sdk::Face::Server) {}

PluginHost::~PluginHost() {
  shutdown();
}

void PluginHost::load(storage::Database& db) {
  if (m_pluginsDir.empty()) {
    return;
  }
  if (!QDir(QString::fromStdString(m_pluginsDir)).exists()) {
    m_log("plugins: directory " + m_pluginsDir + " does not exist; running without plugins");
    return;
  }
  m_loaded = true;
  m_manager.addSearchPath(QString::fromStdString(m_pluginsDir));
  m_manager.discover();
  m_manager.resolve();
  m_manager.load();
  for (const sdk::PluginSpec* spec : m_manager.plugins()) {
    if (spec->state() != sdk::PluginState::Loaded) {
      continue;
    }
    const auto* face = dynamic_cast<const sdk::ServerFace*>(spec->face());
    if (face == nullptr) {
      continue;
    }
    try {
      const auto reports = storage::migrate(db, {schemaOf(spec->id(), *face)});
      for (const auto& r : reports) {
        if (r.toVersion != r.fromVersion) {
          m_log("plugins: " + r.module + " schema " + std::to_string(r.fromVersion) + " -> " +
                std::to_string(r.toVersion));
        }
      }
    } catch (const storage::StorageError& e) {
      if (e.code() == storage::ErrorCode::Schema) {
        throw;
      }
      m_manager.refuse(spec->id(), QStringLiteral("%1: its schema migration failed: %2")
                                       .arg(spec->id(), QString::fromUtf8(e.what())));
    }
  }
  m_manager.initialize();
  logFailures();
}

void PluginHost::logFailures() {
  for (const sdk::PluginSpec* spec : m_manager.plugins()) {
    if (spec->hasFailed()) {
      m_log("plugins: " + spec->id().toStdString() + " is not running (" +
            sdk::toString(spec->error().reason).toStdString() +
            "): " + spec->error().message.toStdString());
    } else if (spec->state() == sdk::PluginState::Running && spec->manifest()) {
      m_log("plugins: " + spec->id().toStdString() + " " +
            spec->manifest()->version.toString().toStdString() + " running");
    }
  }
}

void PluginHost::registerPermissions(storage::Database& tx) {
  auto insert = tx.prepare("INSERT OR IGNORE INTO core_permissions"
                           " (name, module, description_id, description_en) VALUES (?, ?, ?, ?)");
  auto roleExists = tx.prepare("SELECT 1 FROM core_roles WHERE name = ?");
  auto grant = tx.prepare("INSERT OR IGNORE INTO core_role_permissions (role, permission)"
                          " VALUES (?, ?)");
  for (const sdk::PluginSpec* spec : m_manager.plugins()) {
    if (spec->state() != sdk::PluginState::Running || !spec->manifest()) {
      continue;
    }
    for (const sdk::ManifestPermission& p : spec->manifest()->permissions) {
      insert.reset();
      insert.bindAll(p.name.toStdString(), spec->id().toStdString(), p.description.id.toStdString(),
                     p.description.en.toStdString());
      if (insert.run() == 0) {
        continue; // known already: admins may have changed its roles since
      }
      for (const QString& role : p.roles) {
        roleExists.reset();
        roleExists.bind(1, role.toStdString());
        if (!roleExists.step()) {
          m_log("plugins: " + spec->id().toStdString() + " names unknown role " +
                role.toStdString() + " for " + p.name.toStdString() + "; ignored");
          continue;
        }
        grant.reset();
        grant.bindAll(role.toStdString(), p.name.toStdString());
        grant.run();
      }
    }
  }
}

void PluginHost::registerServices(grpc::ServerBuilder& builder, Host& host) {
  BuilderServiceContext context(builder, host);
  for (sdk::ServerFace* face : m_manager.runningFaces<sdk::ServerFace>()) {
    // A face that throws here may have added some of its services: they stay, and the
    // failure is logged; the other plugins are not affected.
    try {
      face->registerServices(context);
    } catch (const std::exception& e) {
      m_log(std::string("plugins: registerServices threw: ") + e.what());
    }
  }
}

void PluginHost::shutdown() {
  if (m_loaded) {
    m_manager.shutdown();
    m_loaded = false;
  }
}

} // namespace simpul::server
