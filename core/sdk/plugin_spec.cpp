#include "sdk/plugin_spec.h"

#include "sdk/cli_face.h"
#include "sdk/client_face.h"
#include "sdk/plugin_context.h"
#include "sdk/server_face.h"

#include <QDir>
#include <QPluginLoader>

namespace simpul::sdk {

QString toString(PluginState state) {
  switch (state) {
  case PluginState::Read:
    return QStringLiteral("Read");
  case PluginState::Resolved:
    return QStringLiteral("Resolved");
  case PluginState::Loaded:
    return QStringLiteral("Loaded");
  case PluginState::Initialized:
    return QStringLiteral("Initialized");
  case PluginState::Running:
    return QStringLiteral("Running");
  case PluginState::Stopped:
    return QStringLiteral("Stopped");
  case PluginState::Failed:
    return QStringLiteral("Failed");
  }
  return QStringLiteral("?");
}

QString toString(ErrorReason reason) {
  switch (reason) {
  case ErrorReason::None:
    return QStringLiteral("None");
  case ErrorReason::ManifestUnreadable:
    return QStringLiteral("ManifestUnreadable");
  case ErrorReason::ManifestInvalid:
    return QStringLiteral("ManifestInvalid");
  case ErrorReason::DuplicateId:
    return QStringLiteral("DuplicateId");
  case ErrorReason::CoreApiMismatch:
    return QStringLiteral("CoreApiMismatch");
  case ErrorReason::MissingDependency:
    return QStringLiteral("MissingDependency");
  case ErrorReason::DependencyVersionMismatch:
    return QStringLiteral("DependencyVersionMismatch");
  case ErrorReason::DependencyCycle:
    return QStringLiteral("DependencyCycle");
  case ErrorReason::DependencyFailed:
    return QStringLiteral("DependencyFailed");
  case ErrorReason::LibraryMissing:
    return QStringLiteral("LibraryMissing");
  case ErrorReason::LoadFailed:
    return QStringLiteral("LoadFailed");
  case ErrorReason::WrongInterface:
    return QStringLiteral("WrongInterface");
  case ErrorReason::IdMismatch:
    return QStringLiteral("IdMismatch");
  case ErrorReason::InitializeFailed:
    return QStringLiteral("InitializeFailed");
  case ErrorReason::InitializeThrew:
    return QStringLiteral("InitializeThrew");
  case ErrorReason::RefusedByHost:
    return QStringLiteral("RefusedByHost");
  }
  return QStringLiteral("?");
}

QString libraryFileName(const QString& pluginId, Face face) {
  QString base = pluginId;
  base.replace(u'.', u'_');
  return QStringLiteral("lib%1_%2.so").arg(base, toString(face));
}

QString faceInterfaceId(Face face) {
  switch (face) {
  case Face::Server:
    return QStringLiteral(SIMPUL_SERVER_FACE_IID);
  case Face::Client:
    return QStringLiteral(SIMPUL_CLIENT_FACE_IID);
  case Face::Cli:
    return QStringLiteral(SIMPUL_CLI_FACE_IID);
  }
  return {};
}

PluginSpec::PluginSpec(QString directory, Face face)
    : m_directory(std::move(directory)), m_processFace(face) {}

// Out of line: QPluginLoader and PluginContext are complete only here.
PluginSpec::~PluginSpec() = default;

QString PluginSpec::manifestPath() const {
  return QDir(m_directory).filePath(QStringLiteral("plugin.json"));
}

QString PluginSpec::libraryPath() const {
  return QDir(m_directory).filePath(libraryFileName(m_id, m_processFace));
}

} // namespace simpul::sdk
