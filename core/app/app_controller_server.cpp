// The server half of AppController: the embedded service's life (first start, start, retry)
// or the remote address, and the automatic sign-in once the server is there.
#include "app/app_controller.h"
#include "app/database_setup.h"
#include "app/embedded_server.h"
#include "client/qt/client_session.h"

#include <QFileInfo>
#include <QLocale>
#include <exception>

namespace simpul::app {

void AppController::setServerState(const QString& state, const QString& error) {
  if (state == m_serverState && error == m_serverError) {
    return;
  }
  m_serverState = state;
  m_serverError = error;
  emit serverStateChanged();
}

void AppController::setProgress(double progress, const QString& text) {
  m_serverProgress = progress;
  m_serverStatusText = text;
  emit serverProgressChanged();
}

void AppController::startServer() {
  if (!m_embedded) {
    try {
      m_session->connectTo(m_serverAddress);
    } catch (const std::exception& e) {
      setServerState(QStringLiteral("failed"),
                     tr("Alamat server %1 tidak bisa dipakai: %2")
                         .arg(m_serverAddress, QString::fromUtf8(e.what())));
      return;
    }
    emit serverAddressChanged();
    setServerState(QStringLiteral("ready"));
    autoLogin();
    return;
  }
  if (!QFileInfo::exists(m_config.paths.dbPath)) {
    setProgress(-1, QString());
    setServerState(QStringLiteral("setup"));
    return;
  }
  setProgress(-1, tr("Menjalankan layanan data…"));
  setServerState(QStringLiteral("starting"));
  m_server = std::make_unique<EmbeddedServer>(EmbeddedServer::Config{
      .program = m_config.paths.dataProgram,
      .dbPath = m_config.paths.dbPath,
      .pluginsDir = m_config.paths.pluginsDir,
      .socketDir = {},
  });
  connect(m_server.get(), &EmbeddedServer::ready, this,
          [this] { serverReady(m_server->address()); });
  connect(m_server.get(), &EmbeddedServer::failed, this, [this](const QString& error) {
    m_pendingPassword.fill(QLatin1Char('\0'));
    m_pendingPassword.clear();
    setServerState(QStringLiteral("failed"),
                   tr("Layanan data tidak bisa berjalan.\n%1").arg(error));
  });
  m_server->start();
}

void AppController::serverReady(const QString& address) {
  m_serverAddress = address;
  emit serverAddressChanged();
  try {
    m_session->connectTo(address);
  } catch (const std::exception& e) {
    setServerState(QStringLiteral("failed"), QString::fromUtf8(e.what()));
    return;
  }
  setProgress(1, QString());
  setServerState(QStringLiteral("ready"));
  autoLogin();
}

void AppController::autoLogin() {
  if (!m_pendingLogin.isEmpty()) {
    const QString username = std::exchange(m_pendingLogin, QString());
    QString password = std::exchange(m_pendingPassword, QString());
    m_session->login(username, password);
    password.fill(QLatin1Char('\0'));
    return;
  }
  const QString token = qEnvironmentVariable("SIMPUL_TOKEN");
  if (!token.isEmpty()) {
    m_session->resumeWithToken(token);
  }
}

void AppController::createFirstAdmin(const QString& username, const QString& password) {
  if (m_serverState != QLatin1String("setup") || !m_embedded) {
    return;
  }
  const auto refuse = [this](const QString& error) {
    m_setupError = error;
    emit setupErrorChanged();
  };
  if (username.trimmed().isEmpty()) {
    refuse(tr("Isi nama pengguna administrator."));
    return;
  }
  if (password.isEmpty()) {
    refuse(tr("Isi kata sandi administrator."));
    return;
  }
  refuse(QString());
  m_setup = std::make_unique<DatabaseSetup>(DatabaseSetup::Config{
      .ctlProgram = m_config.paths.ctlProgram,
      .dbPath = m_config.paths.dbPath,
      .wilayahCsv = m_config.paths.wilayahCsv,
  });
  connect(m_setup.get(), &DatabaseSetup::progress, this, [this](qint64 rows, qint64 total) {
    const QLocale locale;
    setProgress(total > 0 ? double(rows) / double(total) : -1,
                total > 0 ? tr("Memuat daftar wilayah… %1 dari %2")
                                .arg(locale.toString(rows), locale.toString(total))
                          : tr("Memuat daftar wilayah… %1").arg(locale.toString(rows)));
  });
  connect(m_setup.get(), &DatabaseSetup::finished, this,
          [this, username](bool ok, const QString& error, bool badInput) {
            m_setup.release()->deleteLater();
            if (ok) {
              // The new administrator is signed in as soon as the service answers.
              m_pendingLogin = username.trimmed();
              startServer();
              return;
            }
            m_pendingPassword.fill(QLatin1Char('\0'));
            m_pendingPassword.clear();
            if (badInput) {
              m_setupError = error;
              emit setupErrorChanged();
              setServerState(QStringLiteral("setup"));
            } else {
              setServerState(QStringLiteral("failed"),
                             tr("Basis data tidak bisa dibuat.\n%1").arg(error));
            }
          });
  m_pendingPassword = password;
  setProgress(-1, tr("Menyiapkan basis data…"));
  setServerState(QStringLiteral("initializing"));
  m_setup->start(username.trimmed(), password);
}

void AppController::retryServer() {
  if (m_serverState != QLatin1String("failed")) {
    return;
  }
  m_server.reset();
  setServerState(QStringLiteral("starting"));
  startServer();
}

} // namespace simpul::app
