// The Qt Quick Test runner of tests/qml: every tst_*.qml in this directory runs against a
// real simpul-data in process (see test_support.h), offscreen, in the Fusion style the
// desktop uses.
#include "client/qt/client_session.h"
#include "quick_test_environment.h"
#include "session_registry.h"
#include "test_support.h"

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
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
    QByteArray csv = qgetenv("SIMPUL_DATA_DIR");
    const std::string wilayahCsv =
        csv.isEmpty() ? std::string(SIMPUL_TEST_WILAYAH_CSV) : csv.toStdString() + "/wilayah.csv";
    try {
      m_support.start(wilayahCsv);
    } catch (const std::exception& e) {
      std::fprintf(stderr, "qml tests: cannot start simpul-data: %s\n", e.what());
      std::exit(2);
    }
  }

  // Once per test file: each file gets its own engine, all share the server and session.
  void qmlEngineAvailable(QQmlEngine* engine) {
    engine->addImportPath(QStringLiteral(SIMPUL_QML_IMPORT_DIR));
    simpul::components::attachSession(engine, m_support.session());
    engine->rootContext()->setContextProperty(QStringLiteral("TestSupport"), &m_support);
  }

  void cleanupTestCase() { m_support.signOut(); }

private:
  simpul::testing::QuickTestEnvironment m_environment{"simpul-qml-runtime"};
  simpul::testing::TestSupport m_support;
};

QUICK_TEST_MAIN_WITH_SETUP(qml_components, Setup)

#include "qml_test_main.moc"
