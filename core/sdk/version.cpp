#include "sdk/version.h"

#include "sdk/version_grammar_p.h"

#include <QCoreApplication>
#include <limits>

#ifndef SIMPUL_CORE_API_VERSION_STRING
#error "SIMPUL_CORE_API_VERSION_STRING must be defined by core/sdk/CMakeLists.txt"
#endif

namespace simpul::sdk {

namespace detail {

VersionError versionError(VersionErrorReason reason, const QString& message) {
  return VersionError{reason, message};
}

std::optional<int> parseNumber(QStringView part, QStringView whole, VersionError* error) {
  const QString quoted = whole.toString();
  if (part.isEmpty()) {
    *error = versionError(
        VersionErrorReason::Malformed,
        QCoreApplication::translate("Version", "\"%1\" has an empty numeric part").arg(quoted));
    return std::nullopt;
  }
  qint64 value = 0;
  for (QChar c : part) {
    if (c < u'0' || c > u'9') {
      *error = versionError(VersionErrorReason::Malformed,
                            QCoreApplication::translate("Version", "\"%1\": \"%2\" is not a number")
                                .arg(quoted, part.toString()));
      return std::nullopt;
    }
    value = value * 10 + (c.unicode() - u'0');
    if (value > std::numeric_limits<int>::max()) {
      *error = versionError(
          VersionErrorReason::NumberTooLarge,
          QCoreApplication::translate("Version", "\"%1\": %2 is too large").arg(quoted, part));
      return std::nullopt;
    }
  }
  if (part.size() > 1 && part.front() == u'0') {
    *error = versionError(
        VersionErrorReason::LeadingZero,
        QCoreApplication::translate("Version", "\"%1\": %2 has a leading zero").arg(quoted, part));
    return std::nullopt;
  }
  return static_cast<int>(value);
}

static bool isIdentifierChar(QChar c) {
  return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
         c == u'-';
}

static bool isNumeric(QStringView s) {
  return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

std::optional<QStringList> parseIdentifiers(QStringView part, bool preRelease, QStringView whole,
                                            VersionError* error) {
  const auto reason =
      preRelease ? VersionErrorReason::InvalidPreRelease : VersionErrorReason::InvalidBuildMetadata;
  const QString what = preRelease ? QCoreApplication::translate("Version", "pre-release")
                                  : QCoreApplication::translate("Version", "build metadata");
  QStringList out;
  for (QStringView id : part.split(u'.')) {
    if (id.isEmpty()) {
      *error = versionError(
          reason, QCoreApplication::translate("Version", "\"%1\" has an empty %2 identifier")
                      .arg(whole.toString(), what));
      return std::nullopt;
    }
    if (!std::all_of(id.begin(), id.end(), isIdentifierChar)) {
      *error = versionError(
          reason, QCoreApplication::translate(
                      "Version", "\"%1\": %2 identifier \"%3\" may hold only [0-9A-Za-z-]")
                      .arg(whole.toString(), what, id.toString()));
      return std::nullopt;
    }
    if (preRelease && id.size() > 1 && id.front() == u'0' && isNumeric(id)) {
      *error = versionError(
          VersionErrorReason::LeadingZero,
          QCoreApplication::translate(
              "Version", "\"%1\": numeric pre-release identifier %2 has a leading zero")
              .arg(whole.toString(), id.toString()));
      return std::nullopt;
    }
    out.append(id.toString());
  }
  return out;
}

} // namespace detail

Version::Version(int major, int minor, int patch, QStringList preRelease, QStringList buildMetadata)
    : m_major(major), m_minor(minor), m_patch(patch), m_preRelease(std::move(preRelease)),
      m_build(std::move(buildMetadata)) {
  Q_ASSERT(major >= 0 && minor >= 0 && patch >= 0);
}

ParseResult<Version> Version::parse(QStringView text) {
  VersionError error;
  if (text.isEmpty()) {
    return detail::versionError(VersionErrorReason::Empty,
                                QCoreApplication::translate("Version", "empty version"));
  }
  QStringView rest = text;
  QStringList build;
  if (const auto plus = rest.indexOf(u'+'); plus >= 0) {
    auto ids = detail::parseIdentifiers(rest.mid(plus + 1), false, text, &error);
    if (!ids) {
      return error;
    }
    build = std::move(*ids);
    rest = rest.left(plus);
  }
  QStringList pre;
  // The first '-' starts the pre-release; later ones belong to its identifiers ("1.0.0-x-y").
  if (const auto dash = rest.indexOf(u'-'); dash >= 0) {
    auto ids = detail::parseIdentifiers(rest.mid(dash + 1), true, text, &error);
    if (!ids) {
      return error;
    }
    pre = std::move(*ids);
    rest = rest.left(dash);
  }
  const auto parts = rest.split(u'.');
  if (parts.size() != 3) {
    return detail::versionError(
        VersionErrorReason::Malformed,
        QCoreApplication::translate("Version", "\"%1\" is not of the form major.minor.patch")
            .arg(text.toString()));
  }
  int numbers[3] = {};
  for (int i = 0; i < 3; ++i) {
    const auto n = detail::parseNumber(parts[i], text, &error);
    if (!n) {
      return error;
    }
    numbers[i] = *n;
  }
  return Version(numbers[0], numbers[1], numbers[2], std::move(pre), std::move(build));
}

bool Version::sameCore(const Version& other) const {
  return m_major == other.m_major && m_minor == other.m_minor && m_patch == other.m_patch;
}

QString Version::toString() const {
  QString s = QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
  if (!m_preRelease.isEmpty()) {
    s += u'-' + m_preRelease.join(u'.');
  }
  if (!m_build.isEmpty()) {
    s += u'+' + m_build.join(u'.');
  }
  return s;
}

// Semver 2.0.0 §11: numeric identifiers compare numerically and rank below alphanumeric ones,
// alphanumeric ones compare in ASCII order, and a longer list wins when all before are equal.
static int comparePreRelease(const QStringList& a, const QStringList& b) {
  // A release ranks above any of its pre-releases.
  if (a.isEmpty() || b.isEmpty()) {
    return int(a.isEmpty()) - int(b.isEmpty());
  }
  const auto n = std::min(a.size(), b.size());
  for (qsizetype i = 0; i < n; ++i) {
    const bool an = detail::isNumeric(a[i]);
    const bool bn = detail::isNumeric(b[i]);
    if (an && bn) {
      // No leading zeros, so the longer string is the larger number.
      if (a[i].size() != b[i].size()) {
        return a[i].size() < b[i].size() ? -1 : 1;
      }
    } else if (an != bn) {
      return an ? -1 : 1;
    }
    if (const int c = a[i].compare(b[i], Qt::CaseSensitive); c != 0) {
      return c < 0 ? -1 : 1;
    }
  }
  return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

int Version::compare(const Version& other) const {
  if (m_major != other.m_major) {
    return m_major < other.m_major ? -1 : 1;
  }
  if (m_minor != other.m_minor) {
    return m_minor < other.m_minor ? -1 : 1;
  }
  if (m_patch != other.m_patch) {
    return m_patch < other.m_patch ? -1 : 1;
  }
  return comparePreRelease(m_preRelease, other.m_preRelease);
}

Version coreApiVersion() {
  // Validated by core/sdk/CMakeLists.txt at configure time, so parsing cannot fail here.
  static const Version version =
      Version::parse(QStringLiteral(SIMPUL_CORE_API_VERSION_STRING)).value();
  return version;
}

} // namespace simpul::sdk
