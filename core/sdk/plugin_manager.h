#pragma once

#include "sdk/manifest.h"
#include "sdk/plugin_spec.h"
#include "sdk/sdk_export.h"
#include "sdk/version.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace simpul::sdk {

class PluginFace;

// Finds, checks, orders, loads and runs the plugins of one process, for one face.
//
//   PluginManager plugins(Face::Server);
//   plugins.addSearchPath(dir);   // each immediate subfolder holding plugin.json is a plugin
//   plugins.run();                // discover(), resolve(), load(), initialize()
//   ...
//   plugins.shutdown();           // also done by the destructor
//
// A plugin that fails at any step is marked Failed with one PluginError, logged once on
// "simpul.sdk.plugins", and every plugin depending on it (transitively) fails with
// DependencyFailed and that reason attached; unrelated plugins go on. Nothing here stops the
// process or shows UI.
//
// Order is deterministic: dependencies first, and among plugins free to go, by id.
//
// Use it from one thread (the one that owns the plugins' objects). Not a singleton: tests
// create several. Qt caches one root object per library file, so two
// managers that load the same plugin file at the same time share its face object.
class SIMPUL_SDK_EXPORT PluginManager {
public:
  explicit PluginManager(Face face, Version coreApiVersion = simpul::sdk::coreApiVersion());
  PluginManager(const PluginManager&) = delete;
  PluginManager& operator=(const PluginManager&) = delete;
  ~PluginManager(); // shutdown()

  Face processFace() const { return m_face; }
  const Version& coreApiVersion() const { return m_coreApiVersion; }

  void addSearchPath(const QString& directory);
  const QStringList& searchPaths() const { return m_searchPaths; }

  // Reads every <search path>/<folder>/plugin.json (folders in name order). Starts over from
  // nothing; refused (with a warning) while plugins are loaded.
  void discover();
  // Refuses duplicates, core API mismatches, missing, mismatched and cyclic dependencies, and
  // puts the plugins in load order.
  void resolve();
  // Loads this face's library of every resolved plugin that has one.
  void load();
  // Between load() and initialize(): the host refuses a Loaded plugin (simpul-data does when
  // the plugin's migrations fail). It fails with RefusedByHost and the message; initialize()
  // then fails its dependents with DependencyFailed. Returns false when `id` is not Loaded.
  bool refuse(const QString& id, const QString& message);
  // initialize() in load order, then extensionsInitialized(); survivors are Running.
  void initialize();
  // shutdown() in reverse load order on every face whose initialize() succeeded, then unloads
  // the libraries. Safe to call more than once.
  void shutdown();
  // discover(), resolve(), load(), initialize(). True when every plugin that has a face in
  // this process is running.
  bool run();

  // In load order once resolved (folder order before that); failed plugins come after the
  // ones that can run.
  QList<const PluginSpec*> plugins() const;
  // The first plugin with that id, or nullptr.
  const PluginSpec* plugin(const QString& id) const;
  QList<const PluginSpec*> failedPlugins() const;

  // The face of a plugin that is Initialized or Running, else nullptr.
  PluginFace* face(const QString& id) const;
  // Running faces of type T (ServerFace, ClientFace or a plugin's own interface), in load
  // order.
  template <class T> QList<T*> runningFaces() const {
    QList<T*> faces;
    for (const PluginSpec* spec : plugins()) {
      if (spec->state() == PluginState::Running) {
        if (T* face = dynamic_cast<T*>(spec->face())) {
          faces.append(face);
        }
      }
    }
    return faces;
  }

private:
  // plugin_discovery.cpp
  void readPlugin(const QString& directory);
  // plugin_resolution.cpp
  void refuseDuplicates();
  void checkCoreApi();
  void checkDependencies();
  void orderAndFindCycles();
  void cascadeFailedDependencies();
  // plugin_lifecycle.cpp
  void loadPlugin(PluginSpec& spec);
  void initializePlugin(PluginSpec& spec);
  void finishInitialization(PluginSpec& spec);
  PluginFace* lookupFace(const QString& id) const;
  // plugin_manager.cpp
  void fail(PluginSpec& spec, ErrorReason reason, const QString& message);
  // Fails `spec` with DependencyFailed if one of its dependencies has failed; true if so.
  bool failIfDependencyFailed(PluginSpec& spec);
  PluginSpec* findMutable(const QString& id) const;
  bool anyLoaded() const;

  Face m_face;
  Version m_coreApiVersion;
  QStringList m_searchPaths;
  std::vector<std::unique_ptr<PluginSpec>> m_specs;
};

} // namespace simpul::sdk
