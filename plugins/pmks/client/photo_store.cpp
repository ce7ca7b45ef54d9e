#include "photo_store.h"

#include <QBuffer>
#include <QImageReader>
#include <QQmlEngine>

namespace simpul::pmks::ui {

PhotoStore::PhotoStore(qint64 spareBytes) : m_spareBytes(spareBytes) {}

void PhotoStore::hold(const QString& key, const QByteArray& bytes) {
  std::lock_guard lock(m_mutex);
  Entry& entry = m_entries[key];
  if (entry.bytes.isNull()) {
    entry.bytes = bytes;
  }
  ++entry.holders;
  entry.lastUse = ++m_clock;
}

bool PhotoStore::holdExisting(const QString& key) {
  std::lock_guard lock(m_mutex);
  const auto found = m_entries.find(key);
  if (found == m_entries.end()) {
    return false;
  }
  ++found->holders;
  found->lastUse = ++m_clock;
  return true;
}

void PhotoStore::release(const QString& key) {
  std::lock_guard lock(m_mutex);
  const auto found = m_entries.find(key);
  if (found == m_entries.end() || found->holders == 0) {
    return;
  }
  --found->holders;
  found->lastUse = ++m_clock;
  trimLocked();
}

QByteArray PhotoStore::bytes(const QString& key) const {
  std::lock_guard lock(m_mutex);
  const auto found = m_entries.constFind(key);
  return found == m_entries.constEnd() ? QByteArray() : found->bytes;
}

void PhotoStore::trimLocked() {
  for (;;) {
    qint64 spare = 0;
    auto oldest = m_entries.end();
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
      if (it->holders == 0) {
        spare += it->bytes.size();
        if (oldest == m_entries.end() || it->lastUse < oldest->lastUse) {
          oldest = it;
        }
      }
    }
    if (spare <= m_spareBytes || oldest == m_entries.end()) {
      return;
    }
    m_entries.erase(oldest);
  }
}

PhotoImageProvider::PhotoImageProvider(std::shared_ptr<PhotoStore> store)
    : QQuickImageProvider(QQmlImageProviderBase::Image,
                          QQmlImageProviderBase::ForceAsynchronousImageLoading),
      m_store(std::move(store)) {}

QImage PhotoImageProvider::requestImage(const QString& id, QSize* size,
                                        const QSize& requestedSize) {
  QByteArray data = m_store->bytes(id);
  if (data.isNull()) {
    return {};
  }
  QBuffer buffer(&data);
  buffer.open(QIODevice::ReadOnly);
  QImageReader reader(&buffer);
  reader.setAutoTransform(true); // phone photos say their orientation in EXIF
  const QSize stored = reader.size();
  const bool turned = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
  const QSize full = turned ? stored.transposed() : stored;
  if (size != nullptr) {
    *size = full;
  }
  if (full.isValid()) {
    // A zero side of the requested size leaves that side free, as in Image.sourceSize.
    const QSize box(requestedSize.width() > 0 ? requestedSize.width() : full.width(),
                    requestedSize.height() > 0 ? requestedSize.height() : full.height());
    if (full.width() > box.width() || full.height() > box.height()) {
      QSize fitted = full.scaled(box, Qt::KeepAspectRatio);
      fitted = fitted.expandedTo(QSize(1, 1));
      // The reader scales before it turns the image.
      reader.setScaledSize(turned ? fitted.transposed() : fitted);
    }
  }
  return reader.read();
}

std::shared_ptr<PhotoStore> PhotoImageProvider::storeFor(QQmlEngine* engine) {
  if (engine == nullptr) {
    return std::make_shared<PhotoStore>();
  }
  if (auto* provider =
          dynamic_cast<PhotoImageProvider*>(engine->imageProvider(QString::fromLatin1(kId)))) {
    return provider->m_store;
  }
  auto store = std::make_shared<PhotoStore>();
  engine->addImageProvider(QString::fromLatin1(kId), new PhotoImageProvider(store)); // owned
  return store;
}

QString PhotoImageProvider::sourceOf(const QString& key) {
  return QStringLiteral("image://") + QLatin1String(kId) + QLatin1Char('/') + key;
}

} // namespace simpul::pmks::ui
