#include "app/screenshot.h"

#include <QFile>
#include <QImage>
#include <QMetaProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSaveFile>
#include <QSet>

namespace simpul::app {

namespace {

// A frame normally follows an update() within a few ms; the software backend of the
// offscreen platform sometimes renders without a frameSwapped, hence the fallback.
constexpr int kFrameFallbackMs = 500;

QString stringProperty(const QObject* object, const char* name) {
  const QMetaObject* meta = object->metaObject();
  const int index = meta->indexOfProperty(name);
  if (index < 0) {
    return {};
  }
  const QVariant value = meta->property(index).read(object);
  return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

bool isSecret(const QObject* object) {
  const QMetaObject* meta = object->metaObject();
  const int index = meta->indexOfProperty("echoMode");
  // TextInput.Normal is 0; every other mode hides the text.
  return index >= 0 && meta->property(index).read(object).toInt() != 0;
}

void collect(QQuickItem* item, QStringList& texts, QSet<QString>& seen) {
  if (item == nullptr || !item->isVisible() || item->opacity() <= 0.0) {
    return;
  }
  const auto add = [&](const QString& text) {
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && !seen.contains(trimmed)) {
      seen.insert(trimmed);
      texts.append(trimmed);
    }
  };
  if (!isSecret(item)) {
    const QString text = stringProperty(item, "text");
    add(text);
    if (text.isEmpty()) {
      add(stringProperty(item, "placeholderText"));
    }
  }
  add(stringProperty(item, "title"));
  // Paint order, so the lines follow the screen roughly top to bottom.
  const QList<QQuickItem*> children = item->childItems();
  for (QQuickItem* child : children) {
    collect(child, texts, seen);
  }
}

} // namespace

Screenshot::Screenshot(Config config, QObject* parent)
    : QObject(parent), m_config(std::move(config)) {
  m_timeout.setSingleShot(true);
  m_timeout.setInterval(m_config.timeoutMs);
  connect(&m_timeout, &QTimer::timeout, this, [this] { capture(true); });
}

void Screenshot::watch(QQuickWindow* window) {
  m_window = window;
  m_timeout.start();
  for (const QString& page : std::as_const(m_readyPages)) {
    pageReady(page);
  }
}

void Screenshot::pageReady(const QString& pageId) {
  if (m_window.isNull()) {
    m_readyPages.append(pageId); // reported before the window was known
    return;
  }
  if (m_config.page.isEmpty() || pageId == m_config.page) {
    capture(false);
  }
}

QStringList Screenshot::visibleTexts(QQuickItem* root) {
  QStringList texts;
  QSet<QString> seen;
  collect(root, texts, seen);
  return texts;
}

void Screenshot::capture(bool timedOut) {
  if (m_capturing) {
    return;
  }
  m_capturing = true;
  m_timeout.stop();
  if (m_window.isNull()) {
    emit done(1, tr("tidak ada jendela untuk diambil gambarnya"));
    return;
  }
  // Let the ready page render once more before grabbing, so what it drew last is in it.
  auto* fallback = new QTimer(this);
  fallback->setSingleShot(true);
  auto fired = std::make_shared<bool>(false);
  const auto once = [this, fired, timedOut] {
    if (!*fired) {
      *fired = true;
      save(timedOut);
    }
  };
  connect(m_window, &QQuickWindow::frameSwapped, this, once, Qt::QueuedConnection);
  connect(fallback, &QTimer::timeout, this, once);
  fallback->start(kFrameFallbackMs);
  m_window->update();
}

void Screenshot::save(bool timedOut) {
  if (m_window.isNull()) {
    emit done(1, tr("jendela sudah tertutup sebelum gambarnya diambil"));
    return;
  }
  disconnect(m_window, &QQuickWindow::frameSwapped, this, nullptr);
  const QImage image = m_window->grabWindow();
  QString problem;
  if (image.isNull() || !image.save(m_config.file, "PNG")) {
    problem = tr("gambar tidak bisa disimpan ke %1").arg(m_config.file);
  }
  if (!m_config.textsFile.isEmpty()) {
    QSaveFile texts(m_config.textsFile);
    const QStringList lines = visibleTexts(m_window->contentItem());
    if (!texts.open(QIODevice::WriteOnly | QIODevice::Text) ||
        texts.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0 ||
        !texts.commit()) {
      problem = tr("teks tidak bisa disimpan ke %1").arg(m_config.textsFile);
    }
  }
  if (timedOut) {
    const QString why =
        m_config.page.isEmpty()
            ? tr("tidak ada halaman yang siap dalam %1 detik").arg(m_config.timeoutMs / 1000)
            : tr("halaman %1 tidak siap dalam %2 detik")
                  .arg(m_config.page)
                  .arg(m_config.timeoutMs / 1000);
    emit done(1, problem.isEmpty() ? why : why + QStringLiteral("; ") + problem);
    return;
  }
  emit done(problem.isEmpty() ? 0 : 1, problem);
}

} // namespace simpul::app
