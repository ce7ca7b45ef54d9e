#pragma once

// The SDK's one logging category, "simpul.sdk.plugins". Internal: hosts filter it by name
// (QT_LOGGING_RULES="simpul.sdk.plugins.debug=true").

#include <QLoggingCategory>

namespace simpul::sdk {
Q_DECLARE_LOGGING_CATEGORY(lcPlugins)
}
