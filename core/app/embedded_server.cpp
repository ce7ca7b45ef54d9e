#include "app/embedded_server.h"

#include "app/health_check.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace simpul::app {

namespace {

constexpr qsizetype kMaxStderrBytes = 64 * 1024;
constexpr int kReportLines = 6;
// How often start() looks for the socket (a stat; then one health check at a time). The
// window waits on it: at 100 ms the login page came up to 100 ms after simpul-data was
// listening (tests/bench/quick, bench_first_frame).
constexpr int kPollIntervalMs = 10;
constexpr std::chrono::milliseconds kCheckDeadline{1000};
constexpr int kStopGraceMs = 5000;

// A directory only this user can enter: created 0700, or an existing one of ours tightened
// to 0700. Another user's directory, or a symlink, is refused.
bool makePrivateDir(const QString& path, QString* error) {
  if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST) {
    *error = QCoreApplication::translate("simpul::app::EmbeddedServer",
                                         "folder soket %1 tidak bisa dibuat: %2")
                 .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
  }
  struct stat info {};
  if (::lstat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISDIR(info.st_mode) ||
      info.st_uid != ::getuid() ||
      ((info.st_mode & 0077) != 0 && ::chmod(QFile::encodeName(path).constData(), 0700) != 0)) {
    *error = QCoreApplication::translate("simpul::app::EmbeddedServer",
                                         "folder soket %1 bukan folder pribadi pengguna ini")
                 .arg(path);
    return false;
  }
  return true;
}

} // namespace

EmbeddedServer::EmbeddedServer(Config config, QObject* parent)
    : QObject(parent), m_config(std::move(config)) {
  m_pollTimer.setInterval(kPollIntervalMs);
  connect(&m_pollTimer, &QTimer::timeout, this, &EmbeddedServer::poll);
  connect(&m_process, &QProcess::readyReadStandardError, this, &EmbeddedServer::readStderr);
  connect(&m_process, &QProcess::finished, this, &EmbeddedServer::childFinished);
  connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
    if (error == QProcess::FailedToStart) {
      fail(tr("%1 tidak bisa dijalankan: %2").arg(m_config.program, m_process.errorString()));
    }
  });
  // simpul-data writes only its log; nobody reads its stdout.
  m_process.setStandardOutputFile(QProcess::nullDevice());
  // The child goes when this process goes, even if it is killed without a chance to stop it.
  m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
  m_process.setStandardInputFile(QProcess::nullDevice());
}

EmbeddedServer::~EmbeddedServer() {
  stop();
}

qint64 EmbeddedServer::processId() const {
  return m_process.state() == QProcess::NotRunning ? 0 : m_process.processId();
}

QString EmbeddedServer::recentOutput() const {
  return QString::fromUtf8(m_stderr);
}

void EmbeddedServer::setState(State state) {
  if (m_state != state) {
    m_state = state;
    emit stateChanged();
  }
}

bool EmbeddedServer::prepareSocketDir(QString* error) {
  QString dir = m_config.socketDir;
  if (dir.isEmpty()) {
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir()) {
      dir = QDir(runtime).filePath(QStringLiteral("simpul"));
    }
  }
  if (dir.isEmpty()) {
    // QTemporaryDir creates its directory 0700.
    m_tempDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("simpul-")));
    if (!m_tempDir->isValid()) {
      *error =
          tr("folder sementara untuk soket tidak bisa dibuat: %1").arg(m_tempDir->errorString());
      return false;
    }
    dir = m_tempDir->path();
  } else if (!makePrivateDir(dir, error)) {
    return false;
  }
  m_socketPath =
      QDir(dir).filePath(QStringLiteral("simpul-%1.sock").arg(QCoreApplication::applicationPid()));
  // Left behind by an earlier process that had the same pid and was killed.
  QFile::remove(m_socketPath);
  m_address = QStringLiteral("unix:") + m_socketPath;
  return true;
}

void EmbeddedServer::start() {
  if (m_state == State::Starting || m_state == State::Ready) {
    return;
  }
  stop();
  m_error.clear();
  m_stderr.clear();
  setState(State::Starting);
  if (!QFileInfo::exists(m_config.dbPath)) {
    fail(tr("basis data %1 tidak ada").arg(m_config.dbPath));
    return;
  }
  QString error;
  if (!prepareSocketDir(&error)) {
    fail(error);
    return;
  }
  QStringList args{QStringLiteral("--db"), m_config.dbPath, QStringLiteral("--listen"), m_address};
  if (!m_config.pluginsDir.isEmpty() && QFileInfo(m_config.pluginsDir).isDir()) {
    args << QStringLiteral("--plugins") << m_config.pluginsDir;
  }
  m_startedAt.start();
  m_process.start(m_config.program, args);
  m_pollTimer.start();
}

void EmbeddedServer::poll() {
  if (m_state != State::Starting) {
    m_pollTimer.stop();
    return;
  }
  if (m_startedAt.elapsed() > m_config.readyTimeoutMs) {
    readStderr();
    const QString report = childReport();
    const QString why =
        tr("simpul-data belum siap setelah %1 detik").arg(m_config.readyTimeoutMs / 1000);
    fail(report.isEmpty() ? why : why + QStringLiteral(":\n") + report);
    return;
  }
  // One check at a time, and only once the socket exists (connecting earlier only fails).
  if (m_check || m_process.state() != QProcess::Running || !QFileInfo::exists(m_socketPath)) {
    return;
  }
  const int generation = ++m_checkGeneration;
  m_check = std::make_unique<HealthCheck>(m_address, kCheckDeadline, this,
                                          [this, generation](bool serving) {
                                            if (generation != m_checkGeneration) {
                                              return;
                                            }
                                            m_check.reset();
                                            if (serving && m_state == State::Starting) {
                                              m_pollTimer.stop();
                                              setState(State::Ready);
                                              emit ready();
                                            }
                                          });
}

void EmbeddedServer::readStderr() {
  m_stderr.append(m_process.readAllStandardError());
  if (m_stderr.size() > kMaxStderrBytes) {
    m_stderr.remove(0, m_stderr.size() - kMaxStderrBytes);
  }
}

QString EmbeddedServer::childReport() const {
  QStringList lines = QString::fromUtf8(m_stderr).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  if (lines.size() > kReportLines) {
    lines = lines.mid(lines.size() - kReportLines);
  }
  return lines.join(QLatin1Char('\n'));
}

void EmbeddedServer::childFinished(int exitCode, QProcess::ExitStatus status) {
  readStderr();
  if (m_state != State::Starting && m_state != State::Ready) {
    return;
  }
  const QString how = status == QProcess::CrashExit
                          ? tr("simpul-data berhenti tiba-tiba (sinyal)")
                          : tr("simpul-data berhenti dengan kode keluar %1").arg(exitCode);
  const QString report = childReport();
  fail(report.isEmpty() ? how : how + QStringLiteral(":\n") + report);
}

void EmbeddedServer::fail(const QString& why) {
  m_pollTimer.stop();
  ++m_checkGeneration;
  m_check.reset();
  if (m_state == State::Failed) {
    return;
  }
  // Failed before the kill, so childFinished() does not report it a second time.
  m_state = State::Failed;
  m_error = why;
  if (m_process.state() != QProcess::NotRunning) {
    // A child that never got ready (timeout) must not linger.
    m_process.kill();
    m_process.waitForFinished(kStopGraceMs);
  }
  emit stateChanged();
  emit failed(m_error);
}

void EmbeddedServer::stop() {
  m_pollTimer.stop();
  ++m_checkGeneration;
  m_check.reset();
  const State before = m_state;
  // Stopped before the signal, so childFinished() does not report this as a failure.
  m_state = State::Stopped;
  if (m_process.state() != QProcess::NotRunning) {
    m_process.terminate();
    if (!m_process.waitForFinished(kStopGraceMs)) {
      m_process.kill();
      m_process.waitForFinished(kStopGraceMs);
    }
  }
  if (!m_socketPath.isEmpty()) {
    QFile::remove(m_socketPath);
  }
  m_tempDir.reset();
  if (before != State::Stopped) {
    emit stateChanged();
  }
}

} // namespace simpul::app
