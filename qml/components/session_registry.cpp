#include "session_registry.h"

#include "client/qt/client_session.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QQmlEngine>

namespace simpul::components {

namespace {

// Engines are few (one per window or per test file), so one guarded map is enough. QPointer
// clears itself when the session goes first.
struct Registry {
  QMutex mutex;
  QHash<const QQmlEngine*, QPointer<client::ClientSession>> sessions;
};

Registry& registry() {
  static Registry instance;
  return instance;
}

} // namespace

void attachSession(QQmlEngine* engine, client::ClientSession* session) {
  if (engine == nullptr) {
    return;
  }
  Registry& r = registry();
  QMutexLocker lock(&r.mutex);
  const bool known = r.sessions.contains(engine);
  r.sessions.insert(engine, session);
  if (!known) {
    QObject::connect(engine, &QObject::destroyed, [engine] {
      Registry& reg = registry();
      QMutexLocker relock(&reg.mutex);
      reg.sessions.remove(engine);
    });
  }
}

client::ClientSession* sessionFor(const QQmlEngine* engine) {
  if (engine == nullptr) {
    return nullptr;
  }
  Registry& r = registry();
  QMutexLocker lock(&r.mutex);
  return r.sessions.value(engine).data();
}

client::ClientSession* sessionFor(const QObject* object) {
  return object == nullptr ? nullptr : sessionFor(qmlEngine(object));
}

} // namespace simpul::components
