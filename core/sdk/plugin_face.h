#pragma once

#include "sdk/plugin_context.h"
#include "sdk/sdk_export.h"

#include <QString>

namespace simpul::sdk {

// What every plugin face (server or client) implements. Deliberately not a QObject: the
// plugin's root class inherits QObject *and* a face, so the interfaces stay plain C++ and
// easy to fake in tests.
//
// Lifecycle, driven by PluginManager in dependency order (dependencies first):
//   initialize()            every plugin, dependencies already initialized;
//   extensionsInitialized() every plugin still alive, after all initialize() calls;
//   shutdown()              in reverse order, before the library is unloaded.
// A face may throw from initialize()/extensionsInitialized(); the manager catches it, marks
// the plugin failed and disables its dependents instead of taking the process down.
class SIMPUL_SDK_EXPORT PluginFace {
public:
  PluginFace() = default;
  PluginFace(const PluginFace&) = delete;
  PluginFace& operator=(const PluginFace&) = delete;
  virtual ~PluginFace();

  // Set up what others may rely on. Return false and set *errorMessage (never null) to refuse
  // to start; the message is shown to administrators, so say what is wrong and what to do.
  virtual bool initialize(const PluginContext& context, QString* errorMessage) = 0;
  // Every plugin has initialized: the place for work that needs dependents to exist.
  virtual void extensionsInitialized() {}
  // Release what initialize() acquired. Called only if initialize() returned true.
  virtual void shutdown() {}
};

} // namespace simpul::sdk
