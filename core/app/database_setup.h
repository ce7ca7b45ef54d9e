#pragma once

#include <QObject>
#include <QProcess>
#include <QString>

namespace simpul::app {

// The embedded service's first start: `simpulctl init` creates the database (core schema,
// the official wilayah list, the first administrator) as <db>.new, which is renamed to <db>
// only when init succeeded, so an interrupted first start never leaves a half-made database
// that the next start would take for a real one. The password goes to simpulctl's stdin
// (--admin-password-file /dev/stdin), never on a command line.
class DatabaseSetup : public QObject {
  Q_OBJECT

public:
  struct Config {
    QString ctlProgram; // simpulctl
    QString dbPath;
    QString wilayahCsv;
  };

  explicit DatabaseSetup(Config config, QObject* parent = nullptr);
  ~DatabaseSetup() override; // kills a running init and removes <db>.new

  // Starts init; progress() while the wilayah list loads, then finished().
  void start(const QString& username, const QString& password);
  bool running() const { return m_process.state() != QProcess::NotRunning; }

  // simpulctl's error message ("field: id text / en text"), the half in `language`.
  static QString pickLanguage(const QString& message, const QString& language);

signals:
  void progress(qint64 rows, qint64 total);
  // ok: the database exists now. Otherwise `error` says why, and `badInput` tells a refused
  // username or password (the person can correct it) from a failure of the machine.
  void finished(bool ok, const QString& error, bool badInput);

private:
  void readStderr();
  void processFinished(int exitCode, QProcess::ExitStatus status);
  void removeLeftovers() const;
  QString newPath() const { return m_config.dbPath + QStringLiteral(".new"); }

  Config m_config;
  QProcess m_process;
  QByteArray m_pending;     // stderr not yet split into lines
  QStringList m_errorLines; // stderr lines other than progress
};

} // namespace simpul::app
