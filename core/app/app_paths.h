#pragma once

#include <QString>

namespace simpul::app {

// Where the desktop host finds its programs and files. fromExecutableDir() gives the layout
// of a build tree or an installation (<prefix>/bin/simpul beside simpul-data and simpulctl,
// <prefix>/plugins, <prefix>/qml, <prefix>/translations); tests fill the fields themselves.
struct AppPaths {
  QString dataProgram;      // simpul-data
  QString ctlProgram;       // simpulctl
  QString pluginsDir;       // client faces, and simpul-data's --plugins in embedded mode
  QString qmlDir;           // added to the engine's import path
  QString translationsDir;  // simpul_en.qm
  QString referenceDataDir; // wilayah.csv and the LICENSE_*.txt shown in About
  QString wilayahCsv;
  QString dbPath; // the embedded service's database

  // --plugins, --wilayah and --db override the defaults when not empty.
  static AppPaths fromExecutableDir(const QString& binDir, const QString& pluginsOverride = {},
                                    const QString& wilayahOverride = {},
                                    const QString& dbOverride = {});
};

// $SIMPUL_DATA_DIR when set, else the directory the build was configured with.
QString defaultReferenceDataDir();
// QStandardPaths::AppDataLocation for application "simpul" without an organization:
// $XDG_DATA_HOME/simpul/simpul.db.
QString defaultDatabasePath();

} // namespace simpul::app
