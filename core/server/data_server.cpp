#include "server/data_server.h"

#include "server/attachment/attachment_service.h"
#include "server/attachment/backup_service.h"
#include "server/audit/audit_service.h"
#include "server/auth/auth_service.h"
#include "server/auth/user_service.h"
#include "server/host_impl.h"
#include "server/hosting/plugin_host.h"
#include "server/hosting/plugin_service.h"
#include "server/inbox/inbox_service.h"
#include "server/person/person_service.h"
#include "server/schema/core_schema.h"
#include "server/transport/call_registry.h"
#include "server/transport/credentials.h"
#include "server/transport/grpc_server_setup.h"
#include "server/transport/listen_address.h"
#include "server/transport/request_log.h"
#include "server/transport/unix_socket_guard.h"
#include "server/wilayah/wilayah_loader.h"
#include "server/wilayah/wilayah_service.h"
#include "storage/database.h"
#include "storage/migration.h"
#include "storage/store.h"
#include "storage/transaction.h"

#include <condition_variable>
#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>
#include <mutex>
#include <stdexcept>

namespace simpul::server {

struct DataServer::Impl {
  DataServerOptions options;
  std::shared_ptr<CallRegistry> registry = std::make_shared<CallRegistry>();
  std::unique_ptr<PluginHost> plugins;
  std::unique_ptr<storage::Store> store;
  std::unique_ptr<HostImpl> host;
  std::vector<std::unique_ptr<grpc::Service>> services;
  std::unique_ptr<UnixSocketGuard> socketGuard; // declared before the server: outlives it
  std::unique_ptr<grpc::Server> server;

  std::mutex mutex;
  std::condition_variable stopped;
  bool running = false;

  void log(const std::string& line) const { options.log(line); }
};

namespace {

void migrateCore(storage::Database& db, const std::function<void(std::string_view)>& log) {
  for (const auto& r : storage::migrate(db, {coreSchema()})) {
    if (r.toVersion != r.fromVersion) {
      log("schema " + r.module + " " + std::to_string(r.fromVersion) + " -> " +
          std::to_string(r.toVersion));
    }
  }
}

bool hasWilayah(storage::Database& db) {
  auto stmt = db.prepare("SELECT EXISTS (SELECT 1 FROM core_wilayah)");
  stmt.step();
  return stmt.columnInt64(0) != 0;
}

} // namespace

DataServer::DataServer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

DataServer::~DataServer() {
  shutdown(std::chrono::seconds(2));
}

Host& DataServer::host() {
  return *m_impl->host;
}
const DataServerOptions& DataServer::options() const {
  return m_impl->options;
}

std::unique_ptr<DataServer> DataServer::start(DataServerOptions options) {
  if (!options.clock) {
    options.clock = [] {
      return std::chrono::system_clock::now();
    };
  }
  if (!options.log) {
    options.log = stderrLogSink();
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  Impl& s = *impl;

  const ListenAddressResult parsed = parseListenAddress(options.listen);
  if (!parsed.address) {
    throw std::runtime_error(parsed.error);
  }
  const ListenAddress& address = *parsed.address;
  const bool tls = !options.tlsCert.empty() || !options.tlsKey.empty();
  if (auto error = validateListen(address, tls)) {
    throw std::runtime_error(*error);
  }
  std::string error;
  auto credentials = makeServerCredentials(options.tlsCert, options.tlsKey, &error);
  if (!credentials) {
    throw std::runtime_error(error);
  }
  if (options.dbPath.empty()) {
    throw std::runtime_error("no database: give --db PATH");
  }

  // Schema first, on a connection of its own (each migration step is its own transaction),
  // so that nothing serves a database whose schema is wrong.
  {
    storage::Database db = storage::Database::open(options.dbPath);
    migrateCore(db, options.log);
    s.plugins = std::make_unique<PluginHost>(options.pluginsDir, options.log);
    s.plugins->load(db);
    if (!hasWilayah(db)) {
      s.log("warning: the wilayah list is empty; run `simpulctl init --db " + options.dbPath +
            "` first, or every wilayah will be refused");
    }
  }

  s.store = storage::Store::open(options.dbPath);
  s.store->write([&](storage::Database& tx) { s.plugins->registerPermissions(tx); });
  s.host = std::make_unique<HostImpl>(*s.store, options.clock, s.registry);
  Host& host = *s.host;

  s.services.push_back(std::make_unique<AuthServiceImpl>(host, options.sessionTtl));
  s.services.push_back(std::make_unique<UserServiceImpl>(host));
  s.services.push_back(std::make_unique<WilayahServiceImpl>(host));
  s.services.push_back(std::make_unique<PersonServiceImpl>(host));
  s.services.push_back(std::make_unique<AuditServiceImpl>(host));
  s.services.push_back(std::make_unique<AttachmentServiceImpl>(host, options.maxAttachmentBytes));
  s.services.push_back(std::make_unique<InboxServiceImpl>(host));
  s.services.push_back(std::make_unique<BackupServiceImpl>(host));
  s.services.push_back(std::make_unique<PluginServiceImpl>(host, *s.plugins));

  enableHealthAndReflection(); // before the builder exists

  grpc::ServerBuilder builder;
  builder.SetMaxReceiveMessageSize(options.maxRequestBytes);
  int selectedPort = 0;
  builder.AddListeningPort(address.toGrpcAddress(), credentials,
                           address.isUnix() ? nullptr : &selectedPort);
  for (auto& service : s.services) {
    builder.RegisterService(service.get());
  }
  s.plugins->registerServices(builder, host);
  installRequestLog(builder, s.registry, options.log);

  if (address.isUnix()) {
    s.socketGuard = UnixSocketGuard::claim(address.path, &error);
    if (!s.socketGuard) {
      throw std::runtime_error(error);
    }
    s.server = s.socketGuard->buildAndStart(builder, &error);
  } else {
    s.server = builder.BuildAndStart();
    if (!s.server || selectedPort == 0) {
      error = "cannot listen on " + options.listen + " (address in use or not available)";
      s.server.reset();
    }
  }
  if (!s.server) {
    s.host->clearAttachmentAccess();
    s.plugins->shutdown();
    throw std::runtime_error(error);
  }
  s.server->GetHealthCheckService()->SetServingStatus(true);
  s.running = true;
  s.log("simpul-data " SIMPUL_VERSION " listening on " +
        (address.isUnix() ? address.toGrpcAddress()
                          : address.host + ":" + std::to_string(selectedPort)) +
        (tls ? " (TLS)" : "") + ", database " + options.dbPath);
  return std::unique_ptr<DataServer>(new DataServer(std::move(impl)));
}

void DataServer::shutdown(std::chrono::milliseconds grace) {
  Impl& s = *m_impl;
  {
    std::lock_guard lock(s.mutex);
    if (!s.running) {
      return;
    }
    s.running = false;
  }
  s.server->GetHealthCheckService()->SetServingStatus(false);
  // In-flight calls get until the deadline, then are cancelled.
  s.server->Shutdown(std::chrono::system_clock::now() + grace);
  s.server->Wait();
  s.server.reset();
  s.socketGuard.reset();
  s.services.clear();
  s.host->clearAttachmentAccess();
  s.plugins->shutdown();
  s.host.reset();
  s.store.reset(); // closes every connection; the WAL is checkpointed by the last close
  s.log("simpul-data stopped");
  s.stopped.notify_all();
}

void DataServer::wait() {
  std::unique_lock lock(m_impl->mutex);
  m_impl->stopped.wait(lock, [&] { return !m_impl->running; });
}

std::int64_t initializeDatabase(const std::string& dbPath, const std::string& wilayahCsv,
                                const std::function<void(std::int64_t rows)>& progress) {
  storage::Database db = storage::Database::open(dbPath);
  migrateCore(db, [](std::string_view) {});
  if (hasWilayah(db)) {
    return 0;
  }
  storage::Transaction tx(db, storage::Transaction::Mode::Immediate);
  const WilayahLoadReport report = loadWilayahCsv(db, wilayahCsv, progress);
  tx.commit();
  return report.rows;
}

} // namespace simpul::server
