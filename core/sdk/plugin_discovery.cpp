// PluginManager: finding plugin folders and reading their manifests. No library is touched.

#include "sdk/plugin_log.h"
#include "sdk/plugin_manager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace simpul::sdk {

void PluginManager::discover() {
  if (anyLoaded()) {
    qCWarning(lcPlugins) << "discover() ignored: plugins are loaded; call shutdown() first";
    return;
  }
  m_specs.clear();
  for (const QString& path : std::as_const(m_searchPaths)) {
    const QDir dir(path);
    if (!dir.exists()) {
      qCWarning(lcPlugins).noquote() << "plugin search path" << path << "does not exist";
      continue;
    }
    // Sorted by name so that reports list plugins the same way on every machine; the load
    // order itself is decided in resolve().
    const QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& folder : folders) {
      const QString pluginDir = dir.absoluteFilePath(folder);
      if (QFileInfo::exists(QDir(pluginDir).filePath(QStringLiteral("plugin.json")))) {
        readPlugin(pluginDir);
      }
    }
  }
  qCDebug(lcPlugins) << "discovered" << m_specs.size() << "plugins in" << m_searchPaths;
}

void PluginManager::readPlugin(const QString& directory) {
  m_specs.push_back(std::unique_ptr<PluginSpec>(new PluginSpec(directory, m_face)));
  PluginSpec& spec = *m_specs.back();
  ManifestResult result = Manifest::fromFile(spec.manifestPath());
  spec.m_manifestErrors = result.errors;
  spec.m_manifestWarnings = result.warnings;
  spec.m_id = !result.declaredId.isEmpty() ? result.declaredId : QFileInfo(directory).fileName();
  for (const ManifestError& warning : std::as_const(result.warnings)) {
    qCWarning(lcPlugins).noquote() << spec.manifestPath() + u':' << warning.message;
  }
  if (result.ok()) {
    spec.m_manifest = std::move(*result.manifest);
    return;
  }
  if (!result.readable) {
    fail(spec, ErrorReason::ManifestUnreadable,
         QCoreApplication::translate("PluginManager", "plugin %1 has an unreadable manifest: %2")
             .arg(spec.m_id, result.errorSummary()));
    return;
  }
  fail(spec, ErrorReason::ManifestInvalid,
       QCoreApplication::translate("PluginManager", "plugin %1 has an invalid manifest %2: %3")
           .arg(spec.m_id, spec.manifestPath(), result.errorSummary()));
}

} // namespace simpul::sdk
