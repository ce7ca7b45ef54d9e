#pragma once

class QObject;
class QQmlEngine;

namespace simpul::client {
class ClientSession;
}

namespace simpul::components {

// Makes `session` the Client.session of every QML object created by `engine`. The host (and
// a test's setup) calls it before loading any QML; the engine does not own the session, and
// the link is dropped when either of them is destroyed.
void attachSession(QQmlEngine* engine, client::ClientSession* session);

// The session attached to `engine`, or null.
client::ClientSession* sessionFor(const QQmlEngine* engine);
// The session of the engine that created `object` (qmlEngine(object)), or null when the
// object was not created by QML or its engine has none.
client::ClientSession* sessionFor(const QObject* object);

} // namespace simpul::components
