// The Qt Quick Test runner of the Simpul.Pmks pages: every tst_*.qml in this directory runs
// against a real simpul-data in process with the pmks plugin loaded (pmks_qml_support.h),
// offscreen, in the Fusion style the desktop uses, with the plugin's QML module on the
// import path as the desktop host puts it there.
#include "client/qt/client_session.h"
#include "pmks_qml_support.h"
#include "session_registry.h"

#include <QByteArray>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQuickTest/quicktest.h>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Qt wants XDG_RUNTIME_DIR to be a directory of mode 0700 owned by us (see tests/qml).
std::string ensureRuntimeDir() {
  const QByteArray current = qgetenv("XDG_RUNTIME_DIR");
  struct stat info {};
  if (!current.isEmpty() && ::stat(current.constData(), &info) == 0 && S_ISDIR(info.st_mode) &&
      (info.st_mode & 0777) == 0700 && info.st_uid == ::getuid()) {
    return {};
  }
  std::string pattern =
      (std::filesystem::temp_directory_path() / "simpul-pmks-qml-runtime-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot create a runtime directory");
  }
  qputenv("XDG_RUNTIME_DIR", QByteArray::fromStdString(pattern));
  return pattern;
}

} // namespace

class Setup : public QObject {
  Q_OBJECT

public:
  Setup() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
      qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    m_runtimeDir = ensureRuntimeDir();
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
  }

  ~Setup() override {
    m_support.stop();
    if (!m_runtimeDir.empty()) {
      std::error_code ignored;
      std::filesystem::remove_all(m_runtimeDir, ignored);
    }
  }

public slots:
  void applicationAvailable() {
    const QByteArray dataDir = qgetenv("SIMPUL_DATA_DIR");
    const std::string wilayahCsv = dataDir.isEmpty() ? std::string(SIMPUL_TEST_WILAYAH_CSV)
                                                     : dataDir.toStdString() + "/wilayah.csv";
    try {
      m_support.start(wilayahCsv, PMKS_PLUGINS_DIR);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "pmks qml tests: cannot start simpul-data: %s\n", e.what());
      std::exit(2);
    }
  }

  void qmlEngineAvailable(QQmlEngine* engine) {
    engine->addImportPath(QStringLiteral(SIMPUL_QML_IMPORT_DIR));
    engine->addImportPath(QStringLiteral(PMKS_PLUGINS_DIR "/pmks/qml"));
    simpul::components::attachSession(engine, m_support.session());
    engine->rootContext()->setContextProperty(QStringLiteral("PmksSupport"), &m_support);
  }

  void cleanupTestCase() { m_support.signOut(); }

private:
  std::string m_runtimeDir;
  simpul::testing::PmksSupport m_support;
};

QUICK_TEST_MAIN_WITH_SETUP(pmks_qml, Setup)

#include "pmks_qml_test_main.moc"
