#pragma once

#include "app/app_paths.h"
#include "app/command_line.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QUrl>
#include <memory>

class QQmlApplicationEngine;
class QQmlEngine;

namespace simpul::client {
class ClientSession;
}

namespace simpul::app {

class AppController;
class FirstFrame;
class Screenshot;

// Makes `import Simpul.App` give each engine its own AppController (the one set with
// setAppController). Registered once per process; a test may create several engines.
void registerAppSingleton();
void setAppController(QQmlEngine* engine, AppController* controller);

// The whole desktop host: the session, the QML engine (with the components' session, the
// App singleton and the plugins' types), the controller and, for --screenshot, the capture
// (for --exit-after-first-frame, the first-frame watch).
// main() parses the command line, creates the QGuiApplication and runs one of these.
class DesktopApp : public QObject {
  Q_OBJECT

public:
  struct Config {
    AppOptions options;
    AppPaths paths;
    QString version;
    QString settingsFile; // "" = the user's settings
    // The window's QML; the shell by default.
    QByteArray rootQml = QByteArrayLiteral("import Simpul.Shell\nMain {}\n");
    int screenshotTimeoutMs = 30000;
  };

  explicit DesktopApp(Config config, QObject* parent = nullptr);
  // The QML objects go first, then the controller (embedded service, plugins), then the
  // session.
  ~DesktopApp() override;

  // Sets everything up and shows the window. Returns an exit code when the app must end
  // at once (unreadable password file: 2; the window's QML did not load: 1), else -1: run
  // the event loop until finished().
  int start();

  QQmlApplicationEngine* engine() const { return m_engine.get(); }
  AppController* controller() const { return m_controller.get(); }
  client::ClientSession* session() const { return m_session.get(); }
  QQuickWindow* window() const { return m_window; }

signals:
  // --screenshot or --exit-after-first-frame is done: the process should exit with this
  // code.
  void finished(int exitCode);

private:
  void runDone(int exitCode, const QString& message);

  Config m_config;
  std::unique_ptr<client::ClientSession> m_session;
  std::unique_ptr<QQmlApplicationEngine> m_engine;
  std::unique_ptr<AppController> m_controller;
  std::unique_ptr<Screenshot> m_screenshot;
  std::unique_ptr<FirstFrame> m_firstFrame;
  QPointer<QQuickWindow> m_window;
};

} // namespace simpul::app
