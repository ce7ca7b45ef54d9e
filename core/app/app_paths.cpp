#include "app/app_paths.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifndef SIMPUL_DEFAULT_DATA_DIR
#error "SIMPUL_DEFAULT_DATA_DIR must be defined by the build (core/app/CMakeLists.txt)"
#endif

namespace simpul::app {

QString defaultReferenceDataDir() {
  const QString fromEnvironment = qEnvironmentVariable("SIMPUL_DATA_DIR");
  return fromEnvironment.isEmpty() ? QStringLiteral(SIMPUL_DEFAULT_DATA_DIR) : fromEnvironment;
}

QString defaultDatabasePath() {
  // Written out rather than through QStandardPaths::AppDataLocation so that it does not
  // depend on the organization and application names set on QCoreApplication (tests).
  const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
  return QDir(dataHome).filePath(QStringLiteral("simpul/simpul.db"));
}

AppPaths AppPaths::fromExecutableDir(const QString& binDir, const QString& pluginsOverride,
                                     const QString& wilayahOverride, const QString& dbOverride) {
  const QDir bin(binDir);
  AppPaths paths;
  paths.dataProgram = bin.filePath(QStringLiteral("simpul-data"));
  paths.ctlProgram = bin.filePath(QStringLiteral("simpulctl"));
  paths.pluginsDir = pluginsOverride.isEmpty()
                         ? QDir::cleanPath(bin.filePath(QStringLiteral("../plugins")))
                         : QDir(pluginsOverride).absolutePath();
  paths.qmlDir = QDir::cleanPath(bin.filePath(QStringLiteral("../qml")));
  paths.translationsDir = QDir::cleanPath(bin.filePath(QStringLiteral("../translations")));
  paths.referenceDataDir = defaultReferenceDataDir();
  paths.wilayahCsv = wilayahOverride.isEmpty()
                         ? QDir(paths.referenceDataDir).filePath(QStringLiteral("wilayah.csv"))
                         : QFileInfo(wilayahOverride).absoluteFilePath();
  paths.dbPath =
      dbOverride.isEmpty() ? defaultDatabasePath() : QFileInfo(dbOverride).absoluteFilePath();
  return paths;
}

} // namespace simpul::app
