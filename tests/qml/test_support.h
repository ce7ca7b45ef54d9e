#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <memory>
#include <string>

namespace simpul::client {
class ClientSession;
}
namespace simpul::server {
class DataServer;
}

namespace simpul::testing {

// `TestSupport` in the QML tests: a real simpul-data in process (temporary directory, real
// SQLite file with the official wilayah list, unix socket), one ClientSession connected to
// it, and the known test users:
//   admin       admin        everywhere             password "admin-password-1"
//   dinsos.bdg  dinsos       32.04 (Kab. Bandung)   "dinsos.bdg-password-1"
//   psm.desa    psm          32.04.05.2001 (desa)   "psm.desa-password-1"
//   tksk.dua    tksk         32.04.05 and 32.04.12  "tksk.dua-password-1"
// The wilayah queries read the database file directly, so a test can compare what the UI
// shows with what is stored without going through the code under test.
class TestSupport : public QObject {
  Q_OBJECT
  Q_PROPERTY(QString adminPassword READ adminPassword CONSTANT)
  Q_PROPERTY(QStringList usernames READ usernames CONSTANT)
  Q_PROPERTY(QString serverAddress READ serverAddress CONSTANT)

public:
  explicit TestSupport(QObject* parent = nullptr);
  ~TestSupport() override;

  // Starts the server and connects the session; throws when that fails.
  void start(const std::string& wilayahCsv);
  void stop();
  client::ClientSession* session() const { return m_session.get(); }

  QString adminPassword() const;
  QStringList usernames() const;
  QString serverAddress() const;

  // Starts signing in as one of the users above (signing out another user first); wait for
  // Client.session.signedIn / username with tryCompare.
  Q_INVOKABLE void signInAs(const QString& username);
  Q_INVOKABLE void signOut();
  Q_INVOKABLE QString passwordOf(const QString& username) const;
  // From the database file: the codes of the children of `parentCode` ("" = provinsi) in
  // code order, and their number.
  Q_INVOKABLE QStringList childCodes(const QString& parentCode) const;
  Q_INVOKABLE int childCount(const QString& parentCode) const;
  // The official name of a wilayah ("" when unknown).
  Q_INVOKABLE QString wilayahName(const QString& code) const;

private:
  std::string m_dir;
  std::string m_dbPath;
  std::string m_address;
  std::unique_ptr<server::DataServer> m_server;
  std::unique_ptr<client::ClientSession> m_session;
};

} // namespace simpul::testing
