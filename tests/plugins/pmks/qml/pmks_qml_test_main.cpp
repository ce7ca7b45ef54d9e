// The Qt Quick Test runner of the Simpul.Pmks pages: every tst_*.qml in this directory runs
// against a real simpul-data in process with the pmks plugin loaded (pmks_qml_support.h),
// offscreen, in the Fusion style the desktop uses, with the plugin's QML module on the
// import path as the desktop host puts it there.
#include "client/qt/client_session.h"
#include "pmks_qml_support.h"
#include "quick_test_environment.h"
#include "session_registry.h"

#include <QByteArray>
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest/quicktest.h>
#include <cstdio>
#include <cstdlib>

class Setup : public QObject {
  Q_OBJECT

public:
  // m_environment is set up before the QGuiApplication exists (see quick_test_environment.h).
  Setup() = default;

  ~Setup() override { m_support.stop(); }

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
  simpul::testing::QuickTestEnvironment m_environment{"simpul-pmks-qml-runtime"};
  simpul::testing::PmksSupport m_support;
};

QUICK_TEST_MAIN_WITH_SETUP(pmks_qml, Setup)

#include "pmks_qml_test_main.moc"
