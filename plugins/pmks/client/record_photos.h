#pragma once

// RecordPhotoList: the photos of one PMKS record for RecordPhotos.qml. It downloads each
// photo (AttachmentService.DownloadAttachment) into memory and shows it through the engine's
// "pmksphoto" image provider (photo_store.h); attach() uploads a JPEG or PNG file
// (UploadAttachment) and adds it to the record, remove() takes one off, both with
// UpdateRecord on the mask "attachments" and the record's etag. Every call runs on the
// session's pool (ClientSession::dispatch); the photos never touch the disk.

#include "photo_transfer.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QQmlParserStatus>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace simpul::client {
class ClientSession;
} // namespace simpul::client

namespace simpul::pmks::ui {

class PhotoStore;

class RecordPhotoList : public QObject, public QQmlParserStatus {
  Q_OBJECT
  Q_INTERFACES(QQmlParserStatus)
  QML_ELEMENT
  // The record as RecordActions.record holds it (name, etag, attachments); {} for none.
  Q_PROPERTY(QVariantMap record READ record WRITE setRecord NOTIFY recordChanged)
  // The record's photos in its order: [{name, key, state ("loading", "ready", "failed"),
  // source ("image://pmksphoto/<key>" once ready, else ""), message (why it failed)}].
  Q_PROPERTY(QVariantList photos READ photos NOTIFY photosChanged)
  // An upload or a change of the record is in flight.
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  // Why the last attach/remove failed, for a person; "" after a success.
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
  // The last change met a record changed meanwhile (ABORTED): it must be reloaded first.
  Q_PROPERTY(bool stale READ stale NOTIFY errorChanged)
  Q_PROPERTY(int maxPhotos READ maxPhotos CONSTANT)
  Q_PROPERTY(int maxPhotoMegabytes READ maxPhotoMegabytes CONSTANT)

public:
  static constexpr int kMaxPhotos = 10; // as the server (record_attachments.h)

  explicit RecordPhotoList(QObject* parent = nullptr);
  ~RecordPhotoList() override;

  void setSession(simpul::client::ClientSession* session);

  QVariantMap record() const { return m_record; }
  void setRecord(const QVariantMap& record);
  QVariantList photos() const;
  bool busy() const { return m_busy > 0; }
  QString error() const { return m_error; }
  bool stale() const { return m_stale; }
  int maxPhotos() const { return kMaxPhotos; }
  int maxPhotoMegabytes() const { return static_cast<int>(kMaxPhotoBytes / (1024 * 1024)); }

  // Uploads the JPEG or PNG file at `path` (a local path or a file: URL, as FileDialog
  // gives) and adds it to the record. Refused with `error` when it is not a JPEG or PNG,
  // is larger than maxPhotoMegabytes, or the record holds maxPhotos already.
  Q_INVOKABLE void attach(const QString& path);
  // Takes the photo `name` ("attachments/<sha256>") off the record; the file stays in the
  // server's attachments (another record may hold the same content).
  Q_INVOKABLE void remove(const QString& name);

  void classBegin() override {}
  void componentComplete() override;

signals:
  void recordChanged();
  void photosChanged();
  void busyChanged();
  void errorChanged();
  // attach/remove changed the record: `record` is it now (recordDetail in record_rows.h).
  void saved(const QVariantMap& record);

private:
  enum class State { Loading, Ready, Failed };
  struct Photo {
    QString name;
    QString key; // the SHA-256 in hex, "" when the name is not an attachment's
    State state = State::Loading;
    QString message;
    bool retryable = false; // failed for the call's sake (server away...), not the content's
  };

  void showPhotos(const QStringList& names);
  void downloadNext();
  void downloaded(const QString& key, const PhotoDownload& download);
  void uploaded(const QString& recordName, const PhotoUpload& upload);
  void saveAttachments(const QStringList& names);
  QString problemText(PhotoProblem problem, qint64 size) const;
  void setError(const QString& error, bool stale = false);
  void begin();
  void end();

  QPointer<simpul::client::ClientSession> m_session;
  std::shared_ptr<PhotoStore> m_store;
  QVariantMap m_record;
  QString m_name;
  QString m_etag;
  QStringList m_attachments;
  QList<Photo> m_photos;
  QSet<QString> m_held;  // keys this list holds in the store
  QString m_downloading; // the key being downloaded, "" when none
  int m_busy = 0;
  QString m_error;
  bool m_stale = false;
};

} // namespace simpul::pmks::ui
