#pragma once

#include "sdk/plugin_face.h"
#include "sdk/sdk_export.h"

#include <QObject>
#include <QString>
#include <vector>

// The SDK must not depend on gRPC: only the data service (which links gRPC) implements
// ServiceContext, and plugins that register services link gRPC themselves.
namespace grpc {
class Service;
}

// What simpul-data offers every service implementation (storage, clock, authentication, audit,
// inbox, wilayah checks): core/server/host.h. A plugin's server face includes that header and
// links Simpul::Server; the SDK only names it.
namespace simpul::server {
class Host;
}

namespace simpul::sdk {

// One step of a plugin's schema, applied once, in version order, inside a transaction. The
// data service records each applied step with a checksum; an applied step is never edited,
// a change is a new step. Tables carry the plugin's prefix ("pmks_...").
struct Migration {
  int version = 0; // 1, 2, 3... per plugin
  QString name;    // short, for logs: "create records"
  QString sql;
};

// What the data service offers a server face while it registers its services.
class SIMPUL_SDK_EXPORT ServiceContext {
public:
  ServiceContext() = default;
  ServiceContext(const ServiceContext&) = delete;
  ServiceContext& operator=(const ServiceContext&) = delete;
  virtual ~ServiceContext();

  // Adds a gRPC service to the server. The face owns the service and keeps it alive until its
  // shutdown(); the server stops before any face is shut down.
  virtual void addService(grpc::Service* service) = 0;

  // The data service's facilities for the services being registered; valid until the face's
  // shutdown().
  virtual server::Host& host() = 0;
};

// The half of a plugin loaded by simpul-data.
class SIMPUL_SDK_EXPORT ServerFace : public PluginFace {
public:
  ~ServerFace() override;

  // The plugin's schema steps, oldest first. Empty for a plugin without tables.
  virtual std::vector<Migration> migrations() const { return {}; }
  // Called once, after initialize() of every plugin, before the server starts listening.
  virtual void registerServices(ServiceContext&) {}
};

} // namespace simpul::sdk

// The IID a server face's Q_PLUGIN_METADATA must use. It carries the interface version:
// an incompatible change to ServerFace gets a new IID so old plugins are refused by name
// instead of crashing.
#define SIMPUL_SERVER_FACE_IID "org.simpul.ServerFace/1.0"
Q_DECLARE_INTERFACE(simpul::sdk::ServerFace, SIMPUL_SERVER_FACE_IID)
