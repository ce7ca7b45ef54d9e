#include "sdk/plugin_face.h"

#include "sdk/cli_face.h"
#include "sdk/client_face.h"
#include "sdk/server_face.h"

// The destructors are defined here, out of line, so the vtables and type_info of the face
// interfaces live once, in libsimpul_sdk. With hidden visibility that is what lets
// qobject_cast/dynamic_cast agree on the types between the host and each plugin.

namespace simpul::sdk {

PluginFace::~PluginFace() = default;
ServerFace::~ServerFace() = default;
ClientFace::~ClientFace() = default;
CliFace::~CliFace() = default;
CliInvocation::~CliInvocation() = default;
ServiceContext::~ServiceContext() = default;
ClientContext::~ClientContext() = default;

// Out of line for the same reason: simpulctl catches what a plugin's command throws.
CliError::CliError(int exitCode, const std::string& message)
    : std::runtime_error(message), m_exitCode(exitCode) {}
CliError::~CliError() = default;

PluginContext::PluginContext(Manifest manifest, QString directory, Face face,
                             Version coreApiVersion, FaceLookup lookup)
    : m_manifest(std::move(manifest)), m_directory(std::move(directory)), m_face(face),
      m_coreApiVersion(std::move(coreApiVersion)), m_lookup(std::move(lookup)) {}

PluginFace* PluginContext::dependencyFace(const QString& id) const {
  if (!m_lookup || !m_manifest.dependsOn(id)) {
    return nullptr;
  }
  return m_lookup(id);
}

} // namespace simpul::sdk
