#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <memory>

class QTemporaryDir;

namespace simpul::app {

class HealthCheck;

// The desktop's own simpul-data: a child process on a unix socket in a private directory
// (mode 0700), started on an existing database and watched until its health check answers
// SERVING. Stopped with SIGTERM (then SIGKILL after 5 s) by stop() or the destructor.
//
//   EmbeddedServer server({.program = ".../simpul-data", .dbPath = db, .pluginsDir = dir});
//   connect(&server, &EmbeddedServer::ready, ...);   // address() is usable now
//   connect(&server, &EmbeddedServer::failed, ...);  // errorText() says why
//   server.start();
//
// A child that exits before it is ready, or that does not get ready within the timeout, is a
// failure whose text ends with the last lines the child wrote to stderr (its reason, e.g. a
// database refused by a migration check) and its exit code. A child that dies later fails
// the same way.
class EmbeddedServer : public QObject {
  Q_OBJECT

public:
  enum class State { Stopped, Starting, Ready, Failed };

  struct Config {
    QString program;    // simpul-data
    QString dbPath;     // must exist (first start is DatabaseSetup's job)
    QString pluginsDir; // "" or missing: no --plugins
    // Where the socket goes: "" = $XDG_RUNTIME_DIR/simpul, else a private temporary dir.
    QString socketDir;
    int readyTimeoutMs = 20000;
  };

  explicit EmbeddedServer(Config config, QObject* parent = nullptr);
  ~EmbeddedServer() override; // stop()

  void start();
  // SIGTERM, up to 5 s, then SIGKILL. Blocks until the child is gone. Idempotent.
  void stop();

  State state() const { return m_state; }
  // "unix:/…/simpul-<pid>.sock" once started.
  QString address() const { return m_address; }
  QString errorText() const { return m_error; }
  // The child's pid while it runs, else 0.
  qint64 processId() const;
  // The last lines of the child's stderr (at most ~64 KiB kept).
  QString recentOutput() const;

signals:
  void stateChanged();
  void ready();
  void failed(const QString& errorText);

private:
  void setState(State state);
  void fail(const QString& why);
  void readStderr();
  void poll();
  void childFinished(int exitCode, QProcess::ExitStatus status);
  QString childReport() const;
  bool prepareSocketDir(QString* error);

  Config m_config;
  State m_state = State::Stopped;
  QProcess m_process;
  QString m_address;
  QString m_socketPath;
  QString m_error;
  QByteArray m_stderr;
  std::unique_ptr<QTemporaryDir> m_tempDir;
  std::unique_ptr<HealthCheck> m_check;
  int m_checkGeneration = 0;
  QTimer m_pollTimer;
  QElapsedTimer m_startedAt;
};

} // namespace simpul::app
