// PluginManager: loading libraries and driving the faces through their lifecycle.

#include "sdk/cli_face.h"
#include "sdk/client_face.h"
#include "sdk/plugin_log.h"
#include "sdk/plugin_manager.h"
#include "sdk/server_face.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QPluginLoader>
#include <exception>

namespace simpul::sdk {

void PluginManager::load() {
  for (const auto& spec : m_specs) {
    if (spec->m_state == PluginState::Resolved && !spec->m_skipped &&
        !failIfDependencyFailed(*spec)) {
      loadPlugin(*spec);
    }
  }
}

void PluginManager::loadPlugin(PluginSpec& spec) {
  const QString path = spec.libraryPath();
  const QString fileName = QFileInfo(path).fileName();
  if (!QFileInfo::exists(path)) {
    fail(spec, ErrorReason::LibraryMissing,
         QCoreApplication::translate("PluginManager",
                                     "%1 declares a %2 face but its library %3 is missing")
             .arg(spec.m_id, toString(m_face), path));
    return;
  }
  auto loader = std::make_unique<QPluginLoader>(path);
  // metaData() reads the library's embedded JSON without running any of its code, so a
  // library built for another face or from another manifest is refused before dlopen.
  const QJsonObject meta = loader->metaData();
  if (meta.isEmpty()) {
    fail(spec, ErrorReason::LoadFailed,
         QCoreApplication::translate("PluginManager", "%1: %2 is not a Qt plugin: %3")
             .arg(spec.m_id, fileName, loader->errorString()));
    return;
  }
  const QString iid = meta.value(QLatin1String("IID")).toString();
  const QString expectedIid = faceInterfaceId(m_face);
  if (iid != expectedIid) {
    fail(spec, ErrorReason::WrongInterface,
         QCoreApplication::translate("PluginManager", "%1: %2 implements %3, not %4")
             .arg(spec.m_id, fileName, iid, expectedIid));
    return;
  }
  const QJsonObject embedded = meta.value(QLatin1String("MetaData")).toObject();
  const QString embeddedId = embedded.value(QLatin1String("id")).toString();
  if (embeddedId != spec.m_id) {
    fail(spec, ErrorReason::IdMismatch,
         QCoreApplication::translate(
             "PluginManager",
             "%1: %2 was built with the manifest of \"%3\"; its plugin.json says \"%1\"")
             .arg(spec.m_id, fileName, embeddedId));
    return;
  }
  const QString embeddedVersion = embedded.value(QLatin1String("version")).toString();
  if (embeddedVersion != spec.m_manifest->version.toString()) {
    qCWarning(lcPlugins).noquote()
        << QStringLiteral("%1: %2 was built as version %3 but plugin.json says %4 (stale build?)")
               .arg(spec.m_id, fileName, embeddedVersion, spec.m_manifest->version.toString());
  }
  QObject* root = nullptr;
  try {
    root = loader->instance(); // runs the library's static initializers and the constructor
  } catch (...) {
    fail(spec, ErrorReason::LoadFailed,
         QCoreApplication::translate("PluginManager", "%1: %2 threw while being loaded")
             .arg(spec.m_id, fileName));
    return;
  }
  if (!root) {
    fail(spec, ErrorReason::LoadFailed,
         QCoreApplication::translate("PluginManager", "%1: cannot load %2: %3")
             .arg(spec.m_id, fileName, loader->errorString()));
    return;
  }
  PluginFace* face = nullptr;
  switch (m_face) {
  case Face::Server:
    face = qobject_cast<ServerFace*>(root);
    break;
  case Face::Client:
    face = qobject_cast<ClientFace*>(root);
    break;
  case Face::Cli:
    face = qobject_cast<CliFace*>(root);
    break;
  }
  if (!face) {
    loader->unload();
    fail(spec, ErrorReason::WrongInterface,
         QCoreApplication::translate(
             "PluginManager",
             "%1: the plugin class in %2 does not implement %3 (missing Q_INTERFACES?)")
             .arg(spec.m_id, fileName, expectedIid));
    return;
  }
  spec.m_loader = std::move(loader);
  spec.m_face = face;
  spec.m_state = PluginState::Loaded;
  qCDebug(lcPlugins).noquote() << "loaded" << path;
}

void PluginManager::initialize() {
  for (const auto& spec : m_specs) {
    if (spec->m_state == PluginState::Loaded) {
      initializePlugin(*spec);
    }
  }
  for (const auto& spec : m_specs) {
    if (spec->m_state == PluginState::Initialized) {
      finishInitialization(*spec);
    }
  }
}

void PluginManager::initializePlugin(PluginSpec& spec) {
  if (failIfDependencyFailed(spec)) {
    return;
  }
  spec.m_context =
      std::make_unique<PluginContext>(*spec.m_manifest, spec.m_directory, m_face, m_coreApiVersion,
                                      [this](const QString& id) { return lookupFace(id); });
  QString message;
  bool ok = false;
  try {
    ok = spec.m_face->initialize(*spec.m_context, &message);
  } catch (const std::exception& e) {
    fail(spec, ErrorReason::InitializeThrew,
         QCoreApplication::translate("PluginManager", "%1 threw during initialize: %2")
             .arg(spec.m_id, QString::fromUtf8(e.what())));
    return;
  } catch (...) {
    fail(spec, ErrorReason::InitializeThrew,
         QCoreApplication::translate("PluginManager",
                                     "%1 threw a non-standard exception during initialize")
             .arg(spec.m_id));
    return;
  }
  if (!ok) {
    if (message.isEmpty()) {
      message = QCoreApplication::translate("PluginManager", "no reason given");
    }
    fail(spec, ErrorReason::InitializeFailed,
         QCoreApplication::translate("PluginManager", "%1 failed to initialize: %2")
             .arg(spec.m_id, message));
    return;
  }
  spec.m_initialized = true;
  spec.m_state = PluginState::Initialized;
}

void PluginManager::finishInitialization(PluginSpec& spec) {
  // A dependency that failed in this second pass takes its initialized dependents with it;
  // they still get shutdown() since their initialize() succeeded.
  if (failIfDependencyFailed(spec)) {
    return;
  }
  try {
    spec.m_face->extensionsInitialized();
  } catch (const std::exception& e) {
    fail(spec, ErrorReason::InitializeThrew,
         QCoreApplication::translate("PluginManager", "%1 threw during extensionsInitialized: %2")
             .arg(spec.m_id, QString::fromUtf8(e.what())));
    return;
  } catch (...) {
    fail(spec, ErrorReason::InitializeThrew,
         QCoreApplication::translate(
             "PluginManager", "%1 threw a non-standard exception during extensionsInitialized")
             .arg(spec.m_id));
    return;
  }
  spec.m_state = PluginState::Running;
  qCInfo(lcPlugins).noquote() << QStringLiteral("%1 %2 running (%3 face)")
                                     .arg(spec.m_id, spec.m_manifest->version.toString(),
                                          toString(m_face));
}

PluginFace* PluginManager::lookupFace(const QString& id) const {
  const PluginSpec* spec = findMutable(id);
  if (spec &&
      (spec->m_state == PluginState::Initialized || spec->m_state == PluginState::Running)) {
    return spec->m_face;
  }
  return nullptr;
}

void PluginManager::shutdown() {
  // Dependents first, so a face can still use its dependencies while shutting down.
  for (auto it = m_specs.rbegin(); it != m_specs.rend(); ++it) {
    PluginSpec& spec = **it;
    if (!spec.m_initialized) {
      continue;
    }
    spec.m_initialized = false;
    try {
      spec.m_face->shutdown();
    } catch (const std::exception& e) {
      qCWarning(lcPlugins).noquote() << spec.m_id << "threw during shutdown:" << e.what();
    } catch (...) {
      qCWarning(lcPlugins).noquote()
          << spec.m_id << "threw a non-standard exception during shutdown";
    }
  }
  for (auto it = m_specs.rbegin(); it != m_specs.rend(); ++it) {
    PluginSpec& spec = **it;
    if (!spec.m_loader) {
      continue;
    }
    spec.m_face = nullptr;
    // Deletes the root object (the face) when this is the library's last loader; the context
    // the face may refer to goes only after that.
    if (!spec.m_loader->unload()) {
      qCDebug(lcPlugins).noquote()
          << spec.m_id << "library not unloaded:" << spec.m_loader->errorString();
    }
    spec.m_loader.reset();
    spec.m_context.reset();
    if (spec.m_state == PluginState::Loaded || spec.m_state == PluginState::Initialized ||
        spec.m_state == PluginState::Running) {
      spec.m_state = PluginState::Stopped;
    }
  }
}

} // namespace simpul::sdk
