#pragma once

// The bytes of the record photos the pages show, in memory only (a photo of a person's home
// is personal data: it is never written to disk), and the image provider that gives them to
// QML as "image://pmksphoto/<sha256>". One store per QML engine, shared by every
// RecordPhotoList of that engine; the provider decodes (and scales down) on Qt Quick's image
// loading thread.

#include <QByteArray>
#include <QHash>
#include <QQuickImageProvider>
#include <QString>
#include <cstdint>
#include <memory>
#include <mutex>

class QQmlEngine;

namespace simpul::pmks::ui {

class PhotoStore {
public:
  // spareBytes: how much of the photos nobody holds any more is kept for a page opened again.
  explicit PhotoStore(qint64 spareBytes = 32 * 1024 * 1024);

  // Keeps `bytes` under `key` (their SHA-256 in hex) until each hold is released. Holding
  // a key twice only counts: the key says what the bytes are.
  void hold(const QString& key, const QByteArray& bytes);
  // Takes one more hold on a key that is stored (held or spare); false when it is not.
  bool holdExisting(const QString& key);
  // Gives one hold back; a photo nobody holds becomes spare, the oldest spare ones are
  // dropped beyond spareBytes.
  void release(const QString& key);
  // The bytes under `key`, null when none. Thread-safe, like every method.
  QByteArray bytes(const QString& key) const;

private:
  struct Entry {
    QByteArray bytes;
    int holders = 0;
    std::uint64_t lastUse = 0;
  };
  void trimLocked();

  mutable std::mutex m_mutex;
  QHash<QString, Entry> m_entries;
  qint64 m_spareBytes;
  std::uint64_t m_clock = 0;
};

class PhotoImageProvider : public QQuickImageProvider {
public:
  static constexpr const char* kId = "pmksphoto";

  explicit PhotoImageProvider(std::shared_ptr<PhotoStore> store);

  // `id` is a key of the store. The image is scaled down (never up) to fit requestedSize,
  // with the photo's EXIF orientation applied; *size is its full size. A null image when
  // the key is not stored or the bytes are not an image.
  QImage requestImage(const QString& id, QSize* size, const QSize& requestedSize) override;

  // The store behind `engine`'s provider, registering a provider first when it has none.
  static std::shared_ptr<PhotoStore> storeFor(QQmlEngine* engine);
  // "image://pmksphoto/<key>".
  static QString sourceOf(const QString& key);

private:
  std::shared_ptr<PhotoStore> m_store;
};

} // namespace simpul::pmks::ui
