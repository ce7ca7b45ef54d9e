#include "app/qml_warnings.h"

#include <QRegularExpression>
#include <QString>
#include <QtGlobal>
#include <atomic>
#include <cstring>
#include <mutex>

namespace simpul::app {

namespace {

std::atomic<int> g_count{0};
QtMessageHandler g_previous = nullptr;

bool isQmlMessage(const QMessageLogContext& context, const QString& message) {
  if (context.category != nullptr &&
      (std::strcmp(context.category, "qml") == 0 || std::strcmp(context.category, "js") == 0)) {
    return true;
  }
  if (context.file != nullptr && QByteArray(context.file).endsWith(".qml")) {
    return true;
  }
  // Engine warnings carry their location in the text: "qrc:/…/Page.qml:12:5: …", or
  // "<Unknown File>:3: …" for QML made from a string (a plugin page, Qt.createQmlObject).
  static const QRegularExpression location(
      QStringLiteral("(\\.qml:\\d+(:\\d+)?:|^<Unknown File>:\\d+)"));
  return location.match(message).hasMatch();
}

void countingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  if (type != QtDebugMsg && type != QtInfoMsg && isQmlMessage(context, message)) {
    ++g_count;
  }
  if (g_previous != nullptr) {
    g_previous(type, context, message);
  }
}

} // namespace

void installQmlWarningCounter() {
  static std::once_flag once;
  std::call_once(once, [] { g_previous = qInstallMessageHandler(countingHandler); });
}

int qmlWarningCount() {
  return g_count.load();
}

void resetQmlWarningCount() {
  g_count = 0;
}

} // namespace simpul::app
