#pragma once

// Readable GoogleTest output for Qt and SDK types (otherwise gtest prints their bytes).

#include "sdk/plugin_spec.h"
#include "sdk/version.h"

#include <QString>
#include <QStringList>
#include <ostream>
#include <string>

inline void PrintTo(const QString& s, std::ostream* os) {
  *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QStringList& list, std::ostream* os) {
  *os << '[' << list.join(QStringLiteral(", ")).toStdString() << ']';
}

namespace simpul::sdk {

inline void PrintTo(const Version& v, std::ostream* os) {
  *os << v.toString().toStdString();
}
inline void PrintTo(PluginState state, std::ostream* os) {
  *os << toString(state).toStdString();
}
inline void PrintTo(ErrorReason reason, std::ostream* os) {
  *os << toString(reason).toStdString();
}
inline void PrintTo(VersionErrorReason reason, std::ostream* os) {
  *os << "VersionErrorReason(" << static_cast<int>(reason) << ')';
}

} // namespace simpul::sdk

inline std::string str(const QString& s) {
  return s.toStdString();
}
