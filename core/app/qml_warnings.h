#pragma once

namespace simpul::app {

// Installs a message handler that passes every message on to the previous one and counts
// the warnings QML and JavaScript produce (category "qml"/"js", or a location in a .qml
// file), so `--screenshot` runs can fail on them. Idempotent.
void installQmlWarningCounter();
int qmlWarningCount();
void resetQmlWarningCount(); // tests

} // namespace simpul::app
