#include "client_singleton.h"

#include "session_registry.h"

#include <QQmlEngine>

namespace simpul::components {

Client::Client(client::ClientSession* session, QObject* parent)
    : QObject(parent), m_session(session) {}

Client* Client::create(QQmlEngine* qmlEngine, QJSEngine* /*jsEngine*/) {
  // The engine owns the singleton (JavaScript ownership); the session stays the host's.
  return new Client(sessionFor(qmlEngine));
}

client::ClientSession* Client::session() const {
  return m_session.data();
}

} // namespace simpul::components
