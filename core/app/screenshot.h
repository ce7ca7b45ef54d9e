#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

class QQuickItem;
class QQuickWindow;

namespace simpul::app {

// --screenshot: once the page the run waits for is ready, lets one frame render, saves the
// window as a PNG (and, with --dump-texts, the visible texts) and reports done(). If no page
// gets ready in time, the window is saved anyway and done() reports the timeout.
class Screenshot : public QObject {
  Q_OBJECT

public:
  struct Config {
    QString file;      // the PNG
    QString textsFile; // "" = no texts
    QString page;      // the page id to wait for; "" = the first page that gets ready
    int timeoutMs = 30000;
  };

  explicit Screenshot(Config config, QObject* parent = nullptr);

  // The window to capture; the timeout runs from here.
  void watch(QQuickWindow* window);
  // App.pageReady(pageId) arrived.
  void pageReady(const QString& pageId);

  // Every visible text below `root`, in tree order, without repeats: the `text` of items
  // that have one (Text, Label, Button, TextField…; never a password field's), a text
  // field's placeholder while it is empty, and the `title` of visible items that carry one.
  static QStringList visibleTexts(QQuickItem* root);

signals:
  // exitCode 0: saved after the page was ready; 1: saved after the timeout, or not saved.
  // `message` says what happened (for stderr) when it is not 0.
  void done(int exitCode, const QString& message);

private:
  void capture(bool timedOut);
  void save(bool timedOut);

  Config m_config;
  QPointer<QQuickWindow> m_window;
  QTimer m_timeout;
  bool m_capturing = false;
  QStringList m_readyPages;
};

} // namespace simpul::app
