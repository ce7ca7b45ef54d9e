#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <map>
#include <memory>
#include <string>

namespace simpul::client {
class ClientSession;
}
namespace simpul::server {
class DataServer;
}

namespace simpul::testing {

// `PmksSupport` in the Simpul.Pmks Quick Tests: a real simpul-data in process with the pmks
// plugin loaded from the build tree (temporary directory, real SQLite file, unix socket), one
// ClientSession for the pages, and direct gRPC calls (as a named user) to put records in
// place and to read the truth the pages must show. Users, all in Kabupaten Bandung:
//   psm.desa    psm          32.04.05.2001 (Cileunyi Kulon)
//   psm.lain    psm          32.04.05.2002 (Cileunyi Wetan)
//   kades.desa  kepala_desa  32.04.05.2001
//   dinsos.bdg  dinsos       32.04
// Passwords are "<username>-password-1".
class PmksSupport : public QObject {
  Q_OBJECT

public:
  explicit PmksSupport(QObject* parent = nullptr);
  ~PmksSupport() override;

  void start(const std::string& wilayahCsv, const std::string& pluginsDir);
  void stop();
  client::ClientSession* session() const { return m_session.get(); }

  Q_INVOKABLE void signInAs(const QString& username);
  Q_INVOKABLE void signOut();
  // A structurally valid NIK of kecamatan Cileunyi (320405), born 10 May 1980.
  Q_INVOKABLE QString nikFor(int serial, bool female) const;
  // CreateRecord as `username`: a person record of `type` for nikFor(serial, female) in
  // `desa`; returns the record's name ("" on failure, with the reason on stderr).
  Q_INVOKABLE QString createRecord(const QString& username, int type, int serial, bool female,
                                   const QString& period, const QString& desa);
  // One workflow step ("submit", "verify", "validate", "return") as `username`; the new
  // status, or -1 on failure.
  Q_INVOKABLE int step(const QString& username, const QString& action, const QString& name);
  // GetRecord as dinsos.bdg: the record's status.
  Q_INVOKABLE int statusOf(const QString& name);
  // GetRecap as `username`: [{wilayahCode, typeOrder, male, female, total}] in answer order.
  Q_INVOKABLE QVariantList recap(const QString& username, const QString& wilayahCode,
                                 const QString& period, int level, int status);
  // Part H (exports): a path for `fileName` in the server's temporary directory (removed at
  // the end); a CSV or XLSX file read with TableReader as [header, row, ...], each an array
  // of texts ([] when it cannot be read); a file's bytes as Latin-1 text ("" when missing).
  Q_INVOKABLE QString exportPath(const QString& fileName) const;
  Q_INVOKABLE QVariantList readExportTable(const QString& path) const;
  Q_INVOKABLE QString readExportFile(const QString& path) const;
  // Part G (import wizard): `text` written as UTF-8 to `fileName` in the server's temporary
  // directory, returning its path ("" when it cannot be written); a file read as UTF-8 text
  // ("" when missing).
  Q_INVOKABLE QString writeTextFile(const QString& fileName, const QString& text) const;
  Q_INVOKABLE QString readTextFile(const QString& path) const;
  // Part K (record photos): a `width`×`height` image (a gradient) written as `format` ("PNG",
  // "JPG") to `fileName` in the server's temporary directory, returning its path ("" when
  // it cannot be written); GetRecord as dinsos.bdg: the record's attachments; attaching a
  // file without the pages.
  Q_INVOKABLE QString writeImageFile(const QString& fileName, int width, int height,
                                     const QString& format) const;
  Q_INVOKABLE QStringList attachmentsOf(const QString& name);
  // As `username`: the file at `path` uploaded (AttachmentService) and appended to the
  // record's attachments (UpdateRecord); the attachment's name, "" on failure.
  Q_INVOKABLE QString attachFile(const QString& username, const QString& name, const QString& path);

private:
  std::string tokenOf(const std::string& username);

  std::string m_dir;
  std::string m_address;
  std::unique_ptr<server::DataServer> m_server;
  std::unique_ptr<client::ClientSession> m_session;
  std::map<std::string, std::string> m_tokens;
};

} // namespace simpul::testing
