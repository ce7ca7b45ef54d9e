// The tests of the desktop host run with a QGuiApplication on the offscreen platform, in the
// Fusion style the app uses, with private runtime, config and data directories so that
// nothing of the user's is read or written.
#include "app/qml_warnings.h"

#include <QDir>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
  QTemporaryDir home(QDir::temp().filePath(QStringLiteral("simpul-app-test-")));
  if (!home.isValid()) {
    return 1;
  }
  // QTemporaryDir makes the directory 0700, which Qt wants of XDG_RUNTIME_DIR.
  qputenv("XDG_RUNTIME_DIR", QFile::encodeName(home.path()));
  QDir(home.path()).mkpath(QStringLiteral("config"));
  QDir(home.path()).mkpath(QStringLiteral("data"));
  qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
  qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
  qputenv("QT_QPA_PLATFORM", "offscreen");
  qunsetenv("SIMPUL_TOKEN");
  simpul::app::installQmlWarningCounter();
  QQuickStyle::setStyle(QStringLiteral("Fusion"));
  QGuiApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
