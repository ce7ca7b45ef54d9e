#pragma once

#include "sdk/localized_string.h"
#include "sdk/plugin_face.h"
#include "sdk/sdk_export.h"

#include <QObject>
#include <QString>
#include <vector>

// Only the desktop host links Qt Quick and gRPC; the SDK names the engine and the session
// without depending on either.
class QQmlEngine;
namespace simpul::client {
class ClientSession;
}

namespace simpul::sdk {

// An entry in the shell's sidebar.
struct NavigationEntry {
  QString id; // unique in the plugin, e.g. "pmks.records"
  LocalizedString title;
  QString icon;       // icon name or URL, resolved by the shell
  QString page;       // QML type in the plugin's module (qmlModuleUri()), e.g. "RecordListPage"
  QString permission; // needed to see the entry; empty: every signed-in user
  int order = 0;      // lower first
};

// A card on the shell's dashboard.
struct DashboardWidget {
  QString id;
  LocalizedString title;
  QString qmlType; // QML type in the plugin's module
  QString permission;
  int order = 0;
};

// What the desktop host offers a client face while it registers its types.
class SIMPUL_SDK_EXPORT ClientContext {
public:
  ClientContext() = default;
  ClientContext(const ClientContext&) = delete;
  ClientContext& operator=(const ClientContext&) = delete;
  virtual ~ClientContext();

  // The engine the shell's pages run in; the plugin's qml/ folder is already on its import
  // path.
  virtual QQmlEngine* qmlEngine() const = 0;

  // The session to simpul-data (core/client/qt/client_session.h, library Simpul::ClientQt):
  // the channel, the signed-in user and its permissions, and calls off the GUI thread. It
  // outlives the plugin; whether anyone is signed in changes while the app runs.
  virtual simpul::client::ClientSession* session() const = 0;
};

// The half of a plugin loaded by the desktop host.
class SIMPUL_SDK_EXPORT ClientFace : public PluginFace {
public:
  ~ClientFace() override;

  virtual std::vector<NavigationEntry> navigation() const { return {}; }
  virtual std::vector<DashboardWidget> dashboardWidgets() const { return {}; }
  // Register C++ types (view models) with the engine, after initialize().
  virtual void registerTypes(ClientContext&) {}
  // The URI of the plugin's QML module, e.g. "Simpul.Pmks", written under <plugin dir>/qml.
  virtual QString qmlModuleUri() const = 0;
};

} // namespace simpul::sdk

// See SIMPUL_SERVER_FACE_IID.
#define SIMPUL_CLIENT_FACE_IID "org.simpul.ClientFace/1.0"
Q_DECLARE_INTERFACE(simpul::sdk::ClientFace, SIMPUL_CLIENT_FACE_IID)
