#pragma once

#include "sdk/sdk_export.h"

#include <QString>
#include <QStringList>
#include <compare>
#include <optional>
#include <utility>

namespace simpul::sdk {

// Why a version or a version range was refused.
enum class VersionErrorReason {
  Empty,                // nothing to parse
  Malformed,            // not major.minor.patch, or stray characters
  LeadingZero,          // "01" (semver forbids it in numbers and numeric pre-release parts)
  NumberTooLarge,       // does not fit an int
  InvalidPreRelease,    // empty or non [0-9A-Za-z-] pre-release identifier
  InvalidBuildMetadata, // empty or non [0-9A-Za-z-] build identifier
  InvalidRange,         // a range's operator or structure is wrong ("=>1.0", "1.0 ||", "1 - 2")
};

struct VersionError {
  VersionErrorReason reason = VersionErrorReason::Malformed;
  QString message; // English source text, already translated when a translator is installed
};

// A parsed value or the reason it could not be parsed.
template <class T> class [[nodiscard]] ParseResult {
public:
  ParseResult(T value) : m_value(std::move(value)) {}
  ParseResult(VersionError error) : m_error(std::move(error)) {}

  bool ok() const { return m_value.has_value(); }
  explicit operator bool() const { return ok(); }
  const T& value() const {
    Q_ASSERT(ok());
    return *m_value;
  }
  const T& operator*() const { return value(); }
  const T* operator->() const { return &value(); }
  const VersionError& error() const { return m_error; }

private:
  std::optional<T> m_value;
  VersionError m_error;
};

// A Semantic Versioning 2.0.0 version: major.minor.patch[-pre.release][+build.metadata].
// Ordering and equality follow semver precedence, so build metadata is kept (and printed)
// but never compared: 1.0.0+a == 1.0.0+b.
class SIMPUL_SDK_EXPORT Version {
public:
  Version() = default; // 0.0.0
  Version(int major, int minor, int patch, QStringList preRelease = {},
          QStringList buildMetadata = {});

  // Strict semver: no leading "v", no surrounding spaces, no missing parts.
  static ParseResult<Version> parse(QStringView text);

  int majorVersion() const { return m_major; }
  int minorVersion() const { return m_minor; }
  int patchVersion() const { return m_patch; }
  const QStringList& preRelease() const { return m_preRelease; }
  const QStringList& buildMetadata() const { return m_build; }
  bool isPreRelease() const { return !m_preRelease.isEmpty(); }
  // Same major.minor.patch, whatever the pre-release and build parts.
  bool sameCore(const Version& other) const;

  QString toString() const;

  // Semver precedence: <0, 0, >0.
  int compare(const Version& other) const;

  friend bool operator==(const Version& a, const Version& b) { return a.compare(b) == 0; }
  friend std::strong_ordering operator<=>(const Version& a, const Version& b) {
    return a.compare(b) <=> 0;
  }

private:
  int m_major = 0;
  int m_minor = 0;
  int m_patch = 0;
  QStringList m_preRelease;
  QStringList m_build;
};

// The core API version this SDK was built as (SIMPUL_CORE_API_VERSION in the top-level
// CMakeLists.txt). A plugin's "coreApi" range is checked against it.
SIMPUL_SDK_EXPORT Version coreApiVersion();

} // namespace simpul::sdk
