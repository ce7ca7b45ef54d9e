#include "sdk/plugin_manager.h"

#include "sdk/plugin_face.h"
#include "sdk/plugin_log.h"

#include <QCoreApplication>
#include <QDir>

namespace simpul::sdk {

Q_LOGGING_CATEGORY(lcPlugins, "simpul.sdk.plugins")

PluginManager::PluginManager(Face face, Version coreApiVersion)
    : m_face(face), m_coreApiVersion(std::move(coreApiVersion)) {}

PluginManager::~PluginManager() {
  shutdown();
}

void PluginManager::addSearchPath(const QString& directory) {
  m_searchPaths.append(QDir::cleanPath(QDir(directory).absolutePath()));
}

bool PluginManager::run() {
  discover();
  resolve();
  load();
  initialize();
  return std::all_of(m_specs.begin(), m_specs.end(), [](const auto& spec) {
    return spec->state() == PluginState::Running || spec->isSkipped();
  });
}

QList<const PluginSpec*> PluginManager::plugins() const {
  QList<const PluginSpec*> list;
  list.reserve(static_cast<qsizetype>(m_specs.size()));
  for (const auto& spec : m_specs) {
    list.append(spec.get());
  }
  return list;
}

const PluginSpec* PluginManager::plugin(const QString& id) const {
  return findMutable(id);
}

QList<const PluginSpec*> PluginManager::failedPlugins() const {
  QList<const PluginSpec*> list;
  for (const auto& spec : m_specs) {
    if (spec->hasFailed()) {
      list.append(spec.get());
    }
  }
  return list;
}

PluginFace* PluginManager::face(const QString& id) const {
  return lookupFace(id);
}

void PluginManager::fail(PluginSpec& spec, ErrorReason reason, const QString& message) {
  spec.m_state = PluginState::Failed;
  spec.m_error = {reason, message};
  qCWarning(lcPlugins).noquote() << message;
}

bool PluginManager::refuse(const QString& id, const QString& message) {
  for (const auto& spec : m_specs) {
    if (spec->m_id == id && spec->m_state == PluginState::Loaded) {
      fail(*spec, ErrorReason::RefusedByHost, message);
      return true;
    }
  }
  return false;
}

bool PluginManager::failIfDependencyFailed(PluginSpec& spec) {
  if (!spec.m_manifest) {
    return false;
  }
  for (const ManifestDependency& dep : spec.m_manifest->dependencies) {
    const PluginSpec* target = findMutable(dep.id);
    if (target && target->hasFailed()) {
      fail(spec, ErrorReason::DependencyFailed,
           QCoreApplication::translate("PluginManager",
                                       "%1 is disabled because its dependency %2 failed: %3")
               .arg(spec.m_id, dep.id, target->m_error.message));
      return true;
    }
  }
  return false;
}

// With duplicates or a broken copy beside a good one, the copy that has a valid manifest and
// has not failed is the one that counts.
PluginSpec* PluginManager::findMutable(const QString& id) const {
  PluginSpec* fallback = nullptr;
  for (const auto& spec : m_specs) {
    if (spec->m_id != id) {
      continue;
    }
    if (spec->m_manifest && !spec->hasFailed()) {
      return spec.get();
    }
    if (!fallback || (!fallback->m_manifest && spec->m_manifest)) {
      fallback = spec.get();
    }
  }
  return fallback;
}

bool PluginManager::anyLoaded() const {
  return std::any_of(m_specs.begin(), m_specs.end(),
                     [](const auto& spec) { return spec->m_loader != nullptr; });
}

} // namespace simpul::sdk
