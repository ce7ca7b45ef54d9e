#pragma once

#include "sdk/manifest.h"
#include "sdk/sdk_export.h"
#include "sdk/version.h"

#include <QString>
#include <functional>

namespace simpul::sdk {

class PluginFace;

// What the core tells a plugin face when it initializes it. The manager keeps the context
// alive until the plugin is unloaded, so a face may keep a reference to it.
class SIMPUL_SDK_EXPORT PluginContext {
public:
  // Finds another plugin's face in this process by id, or nullptr.
  using FaceLookup = std::function<PluginFace*(const QString& id)>;

  PluginContext(Manifest manifest, QString directory, Face face, Version coreApiVersion,
                FaceLookup lookup = {});

  const Manifest& manifest() const { return m_manifest; }
  // The plugin's folder (holding plugin.json, its libraries and its qml/ directory).
  const QString& directory() const { return m_directory; }
  // Which face this process loads.
  Face face() const { return m_face; }
  const Version& coreApiVersion() const { return m_coreApiVersion; }

  // The same face (server or client) of a plugin this one lists in "dependencies", once that
  // plugin has initialized; nullptr otherwise. Only declared dependencies are reachable: they
  // are the only ones guaranteed to initialize first and to shut down after this one, and it
  // keeps the manifest the honest map of who relies on whom. A dependency that has no face in
  // this process (a server-only plugin seen from the desktop) is reported as nullptr too.
  PluginFace* dependencyFace(const QString& id) const;

  // dependencyFace() cast to the interface the dependency publishes.
  template <class T> T* dependency(const QString& id) const {
    return dynamic_cast<T*>(dependencyFace(id));
  }

private:
  Manifest m_manifest;
  QString m_directory;
  Face m_face;
  Version m_coreApiVersion;
  FaceLookup m_lookup;
};

} // namespace simpul::sdk
