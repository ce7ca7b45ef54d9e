#pragma once

#include "sdk/manifest.h"
#include "sdk/sdk_export.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QPluginLoader;

namespace simpul::sdk {

class PluginContext;
class PluginFace;
class PluginManager;

// Where a plugin is in its life. Each step happens for all plugins before the next begins.
enum class PluginState {
  Read,        // plugin.json read and valid
  Resolved,    // core API and dependencies check out; the place to stop for a plugin that has
               // no face in this process (see PluginSpec::isSkipped())
  Loaded,      // library loaded, face object created
  Initialized, // initialize() returned true
  Running,     // extensionsInitialized() returned
  Stopped,     // shutdown() called, library unloaded
  Failed,      // refused; PluginSpec::error() says why
};

enum class ErrorReason {
  None,
  ManifestUnreadable,        // plugin.json cannot be read or is not a JSON object
  ManifestInvalid,           // JSON, but keys missing or wrong
  DuplicateId,               // two folders declare the same id: every copy is refused
  CoreApiMismatch,           // "coreApi" does not contain this core's API version
  MissingDependency,         // a dependency is not installed
  DependencyVersionMismatch, // a dependency is installed in a version outside the range
  DependencyCycle,           // part of a dependency cycle
  DependencyFailed,          // a (transitive) dependency failed; the message carries its reason
  LibraryMissing,            // the manifest declares this face but the library file is absent
  LoadFailed,                // the library could not be read or loaded
  WrongInterface,            // the library is not a plugin of this face (IID or cast)
  IdMismatch,                // the library was built with another plugin.json id
  InitializeFailed,          // initialize() returned false
  InitializeThrew,           // initialize() or extensionsInitialized() threw
  RefusedByHost,             // loaded, but the host refused it before initialize (simpul-data:
                             // its schema migration failed); the message says why
};

SIMPUL_SDK_EXPORT QString toString(PluginState state);
SIMPUL_SDK_EXPORT QString toString(ErrorReason reason);

struct PluginError {
  ErrorReason reason = ErrorReason::None;
  // English source text through QCoreApplication::translate("PluginManager", ...), naming the
  // plugin and the cause: "pmks requires ipsm ^2.0 but 1.3.0 is installed".
  QString message;
};

// The library file of a face, relative to the plugin's folder:
// lib<id with dots replaced by underscores>_<server|client>.so, e.g. "org.example.hello" ->
// "liborg_example_hello_server.so". simpul_add_plugin() (core/sdk/cmake/SimpulPlugin.cmake)
// produces exactly these names.
SIMPUL_SDK_EXPORT QString libraryFileName(const QString& pluginId, Face face);

// The interface id a face's Q_PLUGIN_METADATA uses (SIMPUL_SERVER_FACE_IID, ...).
SIMPUL_SDK_EXPORT QString faceInterfaceId(Face face);

// What the manager knows about one plugin folder. Owned by the PluginManager; hosts read it
// (for logs, the Plugins page, `simpulctl plugins`), only the manager changes it.
class SIMPUL_SDK_EXPORT PluginSpec {
public:
  PluginSpec(const PluginSpec&) = delete;
  PluginSpec& operator=(const PluginSpec&) = delete;
  ~PluginSpec();

  // The manifest's id; for a manifest that could not be read, the id it seems to declare or
  // else the folder name, so that the plugin can still be named in reports.
  const QString& id() const { return m_id; }
  const QString& directory() const { return m_directory; }
  QString manifestPath() const;
  // This process's face library (which may not exist).
  QString libraryPath() const;

  // Null when plugin.json was unreadable or invalid.
  const Manifest* manifest() const { return m_manifest ? &*m_manifest : nullptr; }
  // Per-key detail behind ErrorReason::ManifestInvalid, and warnings (unknown keys).
  const QList<ManifestError>& manifestErrors() const { return m_manifestErrors; }
  const QList<ManifestError>& manifestWarnings() const { return m_manifestWarnings; }

  PluginState state() const { return m_state; }
  bool hasFailed() const { return m_state == PluginState::Failed; }
  const PluginError& error() const { return m_error; }

  // True when the plugin is fine but has no face in this process (a server-only plugin in the
  // desktop host): it stays Resolved, is not loaded, and its dependents still go on.
  bool isSkipped() const { return m_skipped; }

  // The face while the plugin is loaded (Loaded, Initialized, Running), else nullptr.
  PluginFace* face() const { return m_face; }

private:
  friend class PluginManager;
  PluginSpec(QString directory, Face face);

  QString m_id;
  QString m_directory;
  Face m_processFace;
  std::optional<Manifest> m_manifest;
  QList<ManifestError> m_manifestErrors;
  QList<ManifestError> m_manifestWarnings;
  PluginState m_state = PluginState::Read;
  PluginError m_error;
  bool m_skipped = false;
  bool m_initialized = false; // initialize() returned true and shutdown() is still owed
  std::unique_ptr<QPluginLoader> m_loader;
  PluginFace* m_face = nullptr;
  std::unique_ptr<PluginContext> m_context;
};

} // namespace simpul::sdk
