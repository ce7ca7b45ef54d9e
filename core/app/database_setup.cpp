#include "app/database_setup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <csignal>
#include <sys/prctl.h>

namespace simpul::app {

namespace {

const QStringList kSqliteSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                  QStringLiteral("-journal")};

} // namespace

DatabaseSetup::DatabaseSetup(Config config, QObject* parent)
    : QObject(parent), m_config(std::move(config)) {
  m_process.setStandardOutputFile(QProcess::nullDevice());
  // The child goes when this process goes, even if it is killed without a chance to stop it.
  m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
  connect(&m_process, &QProcess::readyReadStandardError, this, &DatabaseSetup::readStderr);
  connect(&m_process, &QProcess::finished, this, &DatabaseSetup::processFinished);
  connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
    if (error == QProcess::FailedToStart) {
      emit finished(
          false,
          tr("%1 tidak bisa dijalankan: %2").arg(m_config.ctlProgram, m_process.errorString()),
          false);
    }
  });
}

DatabaseSetup::~DatabaseSetup() {
  if (running()) {
    m_process.disconnect(this);
    m_process.kill();
    m_process.waitForFinished(5000);
    removeLeftovers();
  }
}

void DatabaseSetup::removeLeftovers() const {
  for (const QString& suffix : kSqliteSuffixes) {
    QFile::remove(newPath() + suffix);
  }
}

void DatabaseSetup::start(const QString& username, const QString& password) {
  if (running()) {
    return;
  }
  m_pending.clear();
  m_errorLines.clear();
  removeLeftovers();
  const QString dir = QFileInfo(m_config.dbPath).absolutePath();
  if (!QDir().mkpath(dir)) {
    emit finished(false, tr("folder %1 tidak bisa dibuat").arg(dir), false);
    return;
  }
  m_process.start(m_config.ctlProgram,
                  {QStringLiteral("init"), QStringLiteral("--db"), newPath(),
                   QStringLiteral("--admin"), username, QStringLiteral("--admin-password-file"),
                   QStringLiteral("/dev/stdin"), QStringLiteral("--wilayah"), m_config.wilayahCsv});
  if (!m_process.waitForStarted(10000)) {
    return; // errorOccurred reported it
  }
  QByteArray line = password.toUtf8();
  line.append('\n');
  m_process.write(line);
  line.fill('\0');
  m_process.closeWriteChannel();
}

void DatabaseSetup::readStderr() {
  static const QRegularExpression progressLine(QStringLiteral("(\\d+)(?:/(\\d+))?\\s*$"));
  m_pending.append(m_process.readAllStandardError());
  qsizetype end = 0;
  while ((end = m_pending.indexOf('\n')) >= 0) {
    const QString line = QString::fromUtf8(m_pending.left(end)).trimmed();
    m_pending.remove(0, end + 1);
    if (line.startsWith(QStringLiteral("memuat wilayah"))) {
      const auto match = progressLine.match(line);
      if (match.hasMatch()) {
        emit progress(match.captured(1).toLongLong(), match.captured(2).toLongLong());
      }
    } else if (!line.isEmpty()) {
      m_errorLines.append(line);
    }
  }
}

QString DatabaseSetup::pickLanguage(const QString& message, const QString& language) {
  QString text = message;
  // "simpulctl init: --admin-password-file: Kata sandi … / The password …"
  static const QRegularExpression prefix(
      QStringLiteral("^(?:simpulctl[^:]*:\\s*)?(?:(?:--)?[a-z][a-z0-9_.-]*:\\s+)?"));
  text.remove(prefix);
  const QStringList halves = text.split(QStringLiteral(" / "));
  if (halves.size() == 2) {
    return (language == QLatin1String("en") ? halves.at(1) : halves.at(0)).trimmed();
  }
  return text.trimmed();
}

void DatabaseSetup::processFinished(int exitCode, QProcess::ExitStatus status) {
  readStderr();
  if (!m_pending.isEmpty()) {
    m_errorLines.append(QString::fromUtf8(m_pending).trimmed());
    m_pending.clear();
  }
  if (status == QProcess::NormalExit && exitCode == 0) {
    bool renamed = true;
    // The WAL would hold committed rows if init left it; it moves with the file.
    for (const QString& suffix : kSqliteSuffixes) {
      if (QFileInfo::exists(newPath() + suffix)) {
        renamed = renamed && QFile::rename(newPath() + suffix, m_config.dbPath + suffix);
      }
    }
    if (renamed) {
      emit finished(true, QString(), false);
    } else {
      emit finished(false,
                    tr("%1 tidak bisa diganti nama menjadi %2").arg(newPath(), m_config.dbPath),
                    false);
    }
    return;
  }
  removeLeftovers();
  QString reason;
  for (auto it = m_errorLines.crbegin(); it != m_errorLines.crend(); ++it) {
    if (it->startsWith(QStringLiteral("simpulctl"))) {
      reason = *it;
      break;
    }
  }
  if (reason.isEmpty() && !m_errorLines.isEmpty()) {
    reason = m_errorLines.constLast();
  }
  const QString language =
      QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("id");
  // simpulctl exits 2 for a usage error: here, a username or password it refused.
  const bool badInput = status == QProcess::NormalExit && exitCode == 2;
  QString text = pickLanguage(reason, language);
  if (!badInput) {
    const QString how = status == QProcess::CrashExit
                            ? tr("simpulctl init berhenti tiba-tiba")
                            : tr("simpulctl init gagal (kode keluar %1)").arg(exitCode);
    text = text.isEmpty() ? how : how + QStringLiteral(": ") + text;
  }
  emit finished(false, text, badInput);
}

} // namespace simpul::app
