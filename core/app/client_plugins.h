#pragma once

#include "sdk/client_face.h"
#include "sdk/plugin_manager.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <memory>

class QQmlEngine;

namespace simpul::client {
class ClientSession;
}

namespace simpul::app {

// The client faces of the desktop host: loads them with a PluginManager(Face::Client), puts
// each plugin's qml/ folder on the engine's import path, lets each register its types, and
// turns their navigation entries and dashboard widgets into rows for the shell, in one
// language and limited to what the signed-in user may see.
//
// A face that throws while registering its types or listing its entries is marked failed
// here (hostError()), and the rest of the app goes on without it.
class ClientPlugins {
public:
  // May see `permission`: empty means every signed-in user (the caller decides that).
  using Allowed = std::function<bool(const QString& permission)>;

  ClientPlugins(QQmlEngine* engine, client::ClientSession* session);
  ~ClientPlugins(); // shuts the faces down; the engine's objects must be gone by then
  ClientPlugins(const ClientPlugins&) = delete;
  ClientPlugins& operator=(const ClientPlugins&) = delete;

  // Discovers and runs the plugins under `directory` (nothing when it does not exist), then
  // registers the running faces' types.
  void load(const QString& directory);
  // A face that no PluginManager loaded (tests): registered and listed like the others.
  void addFace(const QString& pluginId, sdk::ClientFace* face, const QString& directory = {});

  const sdk::PluginManager& manager() const { return m_manager; }
  // Why the host gave up on a running face ("" when it did not).
  QString hostError(const QString& pluginId) const { return m_hostErrors.value(pluginId); }
  // The face of a plugin the host uses, or nullptr.
  const sdk::ClientFace* face(const QString& pluginId) const;

  // Rows with the roles of App.navigation / App.dashboardWidgets, sorted by order then title.
  QList<QVariantMap> navigation(const QString& language, const Allowed& allowed) const;
  QList<QVariantMap> dashboardWidgets(const QString& language, const Allowed& allowed) const;

  // Translation files the plugins ship for `language`: <plugin dir>/translations/<id>_<lang>.qm
  QStringList translationFiles(const QString& language) const;

private:
  struct Entry {
    QString pluginId;
    QString directory;
    sdk::ClientFace* face = nullptr;
  };
  class Context;

  void adopt(const Entry& entry);
  template <typename Collect> void forEachUsable(Collect collect) const;

  QQmlEngine* m_engine;
  std::unique_ptr<Context> m_context;
  sdk::PluginManager m_manager{sdk::Face::Client};
  QList<Entry> m_entries;
  // Mutable: a face that throws while listing (a const read) is disabled from then on.
  mutable QHash<QString, QString> m_hostErrors;
};

} // namespace simpul::app
