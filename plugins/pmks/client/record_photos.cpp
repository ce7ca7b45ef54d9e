#include "record_photos.h"

#include "client/qt/client_session.h"
#include "photo_store.h"
#include "photo_transfer.h"
#include "record_rows.h"
#include "session_registry.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <QLocale>
#include <QQmlEngine>
#include <QUrl>
#include <algorithm>
#include <chrono>
#include <utility>

namespace simpul::pmks::ui {

namespace v1 = simpul::pmks::v1;
using simpul::client::CallStatus;
using simpul::client::ClientSession;

namespace {

// A slow link may need minutes for 8 MiB; a download is smaller than the largest upload.
constexpr std::chrono::seconds kUploadDeadline{300};
constexpr std::chrono::seconds kDownloadDeadline{120};

} // namespace

RecordPhotoList::RecordPhotoList(QObject* parent) : QObject(parent) {}

RecordPhotoList::~RecordPhotoList() {
  if (m_store) {
    for (const QString& key : std::as_const(m_held)) {
      m_store->release(key);
    }
  }
}

void RecordPhotoList::setSession(ClientSession* session) {
  m_session = session;
}

void RecordPhotoList::componentComplete() {
  setSession(simpul::components::sessionFor(this));
  m_store = PhotoImageProvider::storeFor(qmlEngine(this));
  showPhotos(m_attachments);
}

void RecordPhotoList::setRecord(const QVariantMap& record) {
  const QString name = record.value(QStringLiteral("name")).toString();
  const QString etag = record.value(QStringLiteral("etag")).toString();
  // Another record, or the newer copy a stale change asked for: the old message is moot.
  if (name != m_name || (m_stale && etag != m_etag)) {
    setError({});
  }
  m_record = record;
  m_name = name;
  m_etag = etag;
  m_attachments = record.value(QStringLiteral("attachments")).toStringList();
  emit recordChanged();
  showPhotos(m_attachments);
}

QVariantList RecordPhotoList::photos() const {
  QVariantList out;
  for (const Photo& photo : m_photos) {
    const char* state = photo.state == State::Ready     ? "ready"
                        : photo.state == State::Loading ? "loading"
                                                        : "failed";
    out.append(QVariantMap{
        {QStringLiteral("name"), photo.name},
        {QStringLiteral("key"), photo.key},
        {QStringLiteral("state"), QString::fromLatin1(state)},
        {QStringLiteral("source"),
         photo.state == State::Ready ? PhotoImageProvider::sourceOf(photo.key) : QString()},
        {QStringLiteral("message"), photo.message},
    });
  }
  return out;
}

// The list follows `names`: photos already here keep their state (a failed download is tried
// again), new ones are taken from the store or queued for download, and the store gets back
// the ones no longer shown.
void RecordPhotoList::showPhotos(const QStringList& names) {
  if (!m_store) {
    return; // before componentComplete
  }
  QList<Photo> next;
  QSet<QString> keys;
  for (const QString& name : names) {
    const auto same = std::find_if(m_photos.begin(), m_photos.end(),
                                   [&](const Photo& p) { return p.name == name; });
    if (same != m_photos.end()) {
      next.append(*same);
      if (same->state == State::Failed && same->retryable) {
        next.last().state = State::Loading; // the record was loaded again: so is the photo
        next.last().message.clear();
      }
    } else {
      Photo photo;
      photo.name = name;
      photo.key = photoKey(name);
      if (photo.key.isEmpty()) {
        photo.state = State::Failed;
        photo.message = tr("Nama lampiran tidak dikenal.");
      } else if (m_held.contains(photo.key) || m_store->holdExisting(photo.key)) {
        m_held.insert(photo.key);
        photo.state = State::Ready;
      }
      next.append(photo);
    }
    keys.insert(next.last().key);
  }
  for (auto it = m_held.begin(); it != m_held.end();) {
    if (!keys.contains(*it)) {
      m_store->release(*it);
      it = m_held.erase(it);
    } else {
      ++it;
    }
  }
  m_photos = next;
  emit photosChanged();
  downloadNext();
}

// One download at a time, so the photos never crowd out the page's other calls.
void RecordPhotoList::downloadNext() {
  if (!m_downloading.isEmpty() || m_session == nullptr) {
    return;
  }
  const auto waiting = std::find_if(m_photos.begin(), m_photos.end(),
                                    [](const Photo& p) { return p.state == State::Loading; });
  if (waiting == m_photos.end()) {
    return;
  }
  m_downloading = waiting->key;
  const QString name = waiting->name;
  const QString key = waiting->key;
  m_session->dispatch(
      this,
      [this, name, key](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                        CallStatus& status) -> ClientSession::Delivery {
        auto download = std::make_shared<PhotoDownload>(downloadPhoto(name, key, context, channel));
        status = download->status;
        return [this, key, download] {
          downloaded(key, *download);
        };
      },
      kDownloadDeadline);
}

void RecordPhotoList::downloaded(const QString& key, const PhotoDownload& download) {
  m_downloading.clear();
  const PhotoProblem problem = download.problem;
  const bool good = problem == PhotoProblem::None && download.status.ok();
  if (good) {
    m_store->hold(key, download.bytes); // for this list, or as a spare when no longer shown
  }
  bool shown = false;
  for (Photo& photo : m_photos) {
    if (photo.key == key && photo.state == State::Loading) {
      shown = true;
      photo.state = good ? State::Ready : State::Failed;
      photo.retryable = !good && problem == PhotoProblem::None; // the call failed, not the photo
      photo.message = good                            ? QString()
                      : problem != PhotoProblem::None ? problemText(problem, 0)
                                                      : download.status.message;
    }
  }
  if (good && shown && !m_held.contains(key)) {
    m_held.insert(key);
  } else if (good) {
    m_store->release(key);
  }
  emit photosChanged();
  downloadNext();
}

void RecordPhotoList::attach(const QString& path) {
  if (busy()) {
    return;
  }
  if (m_session == nullptr || m_name.isEmpty()) {
    setError(tr("Data PMKS belum dimuat."));
    return;
  }
  QString local = path.trimmed();
  if (local.startsWith(QLatin1String("file:"))) {
    local = QUrl(local).toLocalFile();
  }
  if (local.isEmpty()) {
    setError(tr("Pilih berkas foto terlebih dahulu."));
    return;
  }
  if (m_attachments.size() >= kMaxPhotos) {
    setError(tr("Satu data PMKS paling banyak memuat %1 foto.").arg(kMaxPhotos));
    return;
  }
  setError({});
  begin();
  const QString recordName = m_name;
  m_session->dispatch(
      this,
      [this, local, recordName](grpc::ClientContext& context,
                                const std::shared_ptr<grpc::Channel>& channel,
                                CallStatus& status) -> ClientSession::Delivery {
        auto upload = std::make_shared<PhotoUpload>(uploadPhoto(local, context, channel));
        status = upload->status;
        return [this, recordName, upload] {
          uploaded(recordName, *upload);
        };
      },
      kUploadDeadline);
}

void RecordPhotoList::uploaded(const QString& recordName, const PhotoUpload& upload) {
  if (recordName != m_name) {
    end(); // the page shows another record now
    return;
  }
  if (upload.problem != PhotoProblem::None) {
    setError(problemText(upload.problem, upload.size));
  } else if (!upload.status.ok()) {
    setError(upload.status.message);
  } else if (m_attachments.contains(upload.name)) {
    setError(tr("Foto ini sudah ada pada data ini."));
  } else if (m_attachments.size() >= kMaxPhotos) {
    setError(tr("Satu data PMKS paling banyak memuat %1 foto.").arg(kMaxPhotos));
  } else {
    // Kept as a spare: the thumbnail needs no download of what was just sent.
    const QString key = photoKey(upload.name);
    if (m_store && !key.isEmpty()) {
      m_store->hold(key, upload.bytes);
      m_store->release(key);
    }
    saveAttachments(m_attachments + QStringList{upload.name});
  }
  end();
}

void RecordPhotoList::remove(const QString& name) {
  if (busy() || m_session == nullptr || !m_attachments.contains(name)) {
    return;
  }
  setError({});
  QStringList names = m_attachments;
  names.removeAll(name);
  saveAttachments(names);
}

void RecordPhotoList::saveAttachments(const QStringList& names) {
  v1::UpdateRecordRequest request;
  request.mutable_record()->set_name(m_name.toStdString());
  request.mutable_record()->set_etag(m_etag.toStdString());
  for (const QString& name : names) {
    request.mutable_record()->add_attachments(name.toStdString());
  }
  request.mutable_update_mask()->add_paths("attachments");
  begin();
  const QString recordName = m_name;
  m_session->call<v1::Record>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                v1::Record* out) {
        return v1::PmksService::NewStub(channel)->UpdateRecord(&context, request, out);
      },
      [this, recordName](const CallStatus& status, const v1::Record& record) {
        if (recordName == m_name) {
          if (status.ok()) {
            setRecord(recordDetail(record));
            emit saved(m_record);
          } else if (status.code == static_cast<int>(grpc::StatusCode::ABORTED)) {
            setError(tr("Data ini sudah diubah di tempat lain sejak dibuka. Muat ulang data ini, "
                        "lalu coba lagi."),
                     true);
          } else {
            setError(status.message);
          }
        }
        end();
      });
}

QString RecordPhotoList::problemText(PhotoProblem problem, qint64 size) const {
  switch (problem) {
  case PhotoProblem::Missing:
    return tr("Berkas tidak ditemukan.");
  case PhotoProblem::Empty:
    return tr("Berkas itu kosong.");
  case PhotoProblem::TooLarge:
    return tr("Foto terlalu besar (%1 MB). Ukuran foto paling besar %2 MB.")
        .arg(QLocale().toString(static_cast<double>(size) / (1024.0 * 1024.0), 'f', 1))
        .arg(maxPhotoMegabytes());
  case PhotoProblem::NotImage:
    return tr("Hanya foto JPEG atau PNG yang dapat ditambahkan.");
  case PhotoProblem::Unreadable:
    return tr("Berkas tidak dapat dibaca.");
  case PhotoProblem::Damaged:
    return tr("Foto yang diterima rusak. Coba buka lagi data ini.");
  case PhotoProblem::TooLargeToShow:
    return tr("Lampiran ini terlalu besar untuk ditampilkan.");
  case PhotoProblem::NotShowable:
    return tr("Lampiran ini bukan gambar yang dapat ditampilkan.");
  case PhotoProblem::None:
    break;
  }
  return {};
}

void RecordPhotoList::setError(const QString& error, bool stale) {
  if (error != m_error || stale != m_stale) {
    m_error = error;
    m_stale = stale;
    emit errorChanged();
  }
}

void RecordPhotoList::begin() {
  if (++m_busy == 1) {
    emit busyChanged();
  }
}

void RecordPhotoList::end() {
  if (--m_busy == 0) {
    emit busyChanged();
  }
}

} // namespace simpul::pmks::ui
