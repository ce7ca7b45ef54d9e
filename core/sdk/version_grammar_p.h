#pragma once

// Pieces of the semver grammar shared by Version::parse and VersionRange::parse.
// Internal to libsimpul_sdk: not exported, not for plugins.

#include "sdk/version.h"

#include <QStringList>
#include <QStringView>
#include <optional>

namespace simpul::sdk::detail {

VersionError versionError(VersionErrorReason reason, const QString& message);

// A decimal number without a leading zero that fits an int. `whole` is the text being parsed,
// quoted in the message.
std::optional<int> parseNumber(QStringView part, QStringView whole, VersionError* error);

// Dot-separated identifiers of [0-9A-Za-z-]; numeric pre-release identifiers must not have a
// leading zero (build metadata identifiers may).
std::optional<QStringList> parseIdentifiers(QStringView part, bool preRelease, QStringView whole,
                                            VersionError* error);

} // namespace simpul::sdk::detail
