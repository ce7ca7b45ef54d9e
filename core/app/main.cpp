// simpul: the desktop host. See DesktopApp (app/desktop_app.h) for what it sets up and
// parseCommandLine (app/command_line.h) for its options.
#include "app/command_line.h"
#include "app/desktop_app.h"
#include "app/qml_warnings.h"

#include <QGuiApplication>
#include <QQuickStyle>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

#ifndef SIMPUL_VERSION
#error "SIMPUL_VERSION must be defined by the build (core/app/CMakeLists.txt)"
#endif

namespace {

int g_signalPipe[2] = {-1, -1};

extern "C" void forwardSignal(int signal) {
  const auto byte = static_cast<char>(signal);
  [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

// SIGINT and SIGTERM end the event loop, so the destructors stop the embedded simpul-data
// instead of leaving it running.
void quitOnSignals(QCoreApplication& app) {
  if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
    return;
  }
  auto* notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
  QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
    char byte = 0;
    [[maybe_unused]] const auto read = ::read(g_signalPipe[1], &byte, 1);
    // The shell's convention for "ended by signal N".
    QCoreApplication::exit(128 + byte);
  });
  struct sigaction action {};
  action.sa_handler = forwardSignal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  ::sigaction(SIGINT, &action, nullptr);
  ::sigaction(SIGTERM, &action, nullptr);
}

} // namespace

int main(int argc, char** argv) {
  using namespace simpul::app;
  QStringList arguments;
  for (int i = 0; i < argc; ++i) {
    arguments.append(QString::fromLocal8Bit(argv[i]));
  }
  // Before QGuiApplication: --help, --version and usage errors need no display.
  const CommandLineResult parsed = parseCommandLine(arguments, QStringLiteral(SIMPUL_VERSION));
  if (!parsed.options) {
    std::fputs(qPrintable(parsed.output), stdout);
    std::fputs(qPrintable(parsed.error), stderr);
    return parsed.exitCode;
  }

  installQmlWarningCounter();
  QCoreApplication::setApplicationName(QStringLiteral("simpul"));
  QCoreApplication::setApplicationVersion(QStringLiteral(SIMPUL_VERSION));
  QGuiApplication::setApplicationDisplayName(QStringLiteral("Simpul"));
  QGuiApplication::setDesktopFileName(QStringLiteral("simpul"));
  // Fusion draws every control itself, also on the offscreen platform (see TOOLCHAIN.md).
  QQuickStyle::setStyle(QStringLiteral("Fusion"));
  QGuiApplication app(argc, argv);
  quitOnSignals(app);

  const AppOptions& options = *parsed.options;
  DesktopApp::Config config;
  config.options = options;
  config.paths = AppPaths::fromExecutableDir(QCoreApplication::applicationDirPath(),
                                             options.plugins, options.wilayah, options.db);
  config.version = QStringLiteral(SIMPUL_VERSION);
  DesktopApp desktop(config);
  const int early = desktop.start();
  if (early >= 0) {
    return early;
  }
  QObject::connect(&desktop, &DesktopApp::finished, &app, &QCoreApplication::exit,
                   Qt::QueuedConnection);
  return QGuiApplication::exec();
}
