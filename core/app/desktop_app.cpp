#include "app/desktop_app.h"

#include "app/app_controller.h"
#include "app/first_frame.h"
#include "app/qml_warnings.h"
#include "app/screenshot.h"
#include "client/qt/client_session.h"
#include "session_registry.h"

#include <QHash>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <cstdio>
#include <mutex>

namespace simpul::app {

namespace {

constexpr int kDefaultWidth = 1366;
constexpr int kDefaultHeight = 768;

QHash<QQmlEngine*, QPointer<AppController>>& controllers() {
  static QHash<QQmlEngine*, QPointer<AppController>> map;
  return map;
}

void printError(const QString& text) {
  std::fputs(qPrintable(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n')),
             stderr);
  std::fflush(stderr);
}

} // namespace

void registerAppSingleton() {
  static std::once_flag once;
  std::call_once(once, [] {
    qmlRegisterSingletonType<AppController>(
        "Simpul.App", 1, 0, "App", [](QQmlEngine* engine, QJSEngine*) -> QObject* {
          AppController* controller = controllers().value(engine);
          if (controller != nullptr) {
            // The controller belongs to DesktopApp, not to the engine.
            QJSEngine::setObjectOwnership(controller, QJSEngine::CppOwnership);
          }
          return controller;
        });
  });
}

void setAppController(QQmlEngine* engine, AppController* controller) {
  registerAppSingleton();
  if (controller != nullptr) {
    controllers().insert(engine, controller);
  } else {
    controllers().remove(engine);
  }
}

DesktopApp::DesktopApp(Config config, QObject* parent)
    : QObject(parent), m_config(std::move(config)) {}

DesktopApp::~DesktopApp() {
  m_screenshot.reset();
  m_firstFrame.reset();
  if (m_engine) {
    setAppController(m_engine.get(), nullptr);
  }
  m_engine.reset();
  m_controller.reset();
  m_session.reset();
}

int DesktopApp::start() {
  QString password;
  if (!m_config.options.login.isEmpty()) {
    QString error;
    password = readPasswordFile(m_config.options.passwordFile, &error);
    if (!error.isEmpty()) {
      printError(QStringLiteral("simpul: ") + error);
      return 2;
    }
  }
  m_session = std::make_unique<client::ClientSession>();
  m_engine = std::make_unique<QQmlApplicationEngine>();
  m_engine->addImportPath(m_config.paths.qmlDir);
  components::attachSession(m_engine.get(), m_session.get());
  m_controller = std::make_unique<AppController>(
      AppController::Config{m_config.options, m_config.paths, m_config.version,
                            m_config.settingsFile},
      m_session.get(), m_engine.get());
  setAppController(m_engine.get(), m_controller.get());
  if (!m_config.options.login.isEmpty()) {
    m_controller->setAutoLogin(m_config.options.login, password);
    password.fill(QLatin1Char('\0'));
  }

  if (!m_config.options.screenshot.isEmpty()) {
    m_screenshot = std::make_unique<Screenshot>(Screenshot::Config{
        .file = m_config.options.screenshot,
        .textsFile = m_config.options.dumpTexts,
        .page = m_config.options.page,
        .timeoutMs = m_config.screenshotTimeoutMs,
    });
    connect(m_controller.get(), &AppController::pageReadyReported, m_screenshot.get(),
            &Screenshot::pageReady);
    connect(m_screenshot.get(), &Screenshot::done, this, &DesktopApp::runDone);
  }
  if (m_config.options.exitAfterFirstFrame) {
    m_firstFrame = std::make_unique<FirstFrame>(FirstFrame::Config{
        .page = m_config.options.page,
        .timeoutMs = m_config.screenshotTimeoutMs,
    });
    connect(m_controller.get(), &AppController::pageReadyReported, m_firstFrame.get(),
            &FirstFrame::pageReady);
    // A data service that cannot start shows its error page, never the page waited for.
    connect(m_controller.get(), &AppController::serverStateChanged, m_firstFrame.get(), [this] {
      if (m_controller->serverState() == QLatin1String("failed")) {
        m_firstFrame->serverFailed(m_controller->serverError());
      }
    });
    connect(m_firstFrame.get(), &FirstFrame::done, this, &DesktopApp::runDone);
  }

  m_controller->start();
  m_engine->loadData(m_config.rootQml);
  const QList<QObject*> roots = m_engine->rootObjects();
  m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.constFirst());
  if (m_window.isNull()) {
    printError(tr("simpul: jendela utama tidak bisa dimuat (lihat pesan QML di atas)"));
    return 1;
  }
  if (m_window->width() <= 0 || m_window->height() <= 0) {
    m_window->resize(kDefaultWidth, kDefaultHeight);
  }
  if (m_window->title().isEmpty()) {
    m_window->setTitle(QStringLiteral("Simpul"));
  }
  if (!m_window->isVisible()) {
    m_window->show();
  }
  if (m_screenshot) {
    m_screenshot->watch(m_window);
  }
  if (m_firstFrame) {
    m_firstFrame->watch(m_window);
  }
  return -1;
}

void DesktopApp::runDone(int exitCode, const QString& message) {
  if (!message.isEmpty()) {
    printError(QStringLiteral("simpul: ") + message);
  }
  const int warnings = qmlWarningCount();
  if (warnings > 0) {
    printError(QStringLiteral("simpul: %1 QML warnings").arg(warnings));
    if (exitCode == 0) {
      exitCode = 3;
    }
  }
  emit finished(exitCode);
}

} // namespace simpul::app
