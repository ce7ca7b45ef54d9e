#include "sdk/version_range.h"

#include "sdk/version_grammar_p.h"

#include <QCoreApplication>
#include <limits>

namespace simpul::sdk {

namespace {

using detail::versionError;

// A version in a range may leave out parts or write them as x, X or * ("1", "1.2", "1.x").
struct PartialVersion {
  std::optional<int> major;
  std::optional<int> minor;
  std::optional<int> patch;
  QStringList preRelease;
};

bool isWildcard(QStringView s) {
  return s == u"*" || s == u"x" || s == u"X";
}

std::optional<PartialVersion> parsePartial(QStringView token, VersionError* error) {
  QStringView rest = token;
  // Build metadata means nothing in a range; it is checked for form and then dropped.
  if (const auto plus = rest.indexOf(u'+'); plus >= 0) {
    if (!detail::parseIdentifiers(rest.mid(plus + 1), false, token, error)) {
      return std::nullopt;
    }
    rest = rest.left(plus);
  }
  PartialVersion v;
  bool hasPreRelease = false;
  if (const auto dash = rest.indexOf(u'-'); dash >= 0) {
    auto ids = detail::parseIdentifiers(rest.mid(dash + 1), true, token, error);
    if (!ids) {
      return std::nullopt;
    }
    v.preRelease = std::move(*ids);
    hasPreRelease = true;
    rest = rest.left(dash);
  }
  const auto parts = rest.split(u'.');
  if (parts.size() > 3) {
    *error = versionError(VersionErrorReason::Malformed,
                          QCoreApplication::translate("Version", "\"%1\" has more than three parts")
                              .arg(token.toString()));
    return std::nullopt;
  }
  std::optional<int>* fields[3] = {&v.major, &v.minor, &v.patch};
  bool wildcardSeen = false;
  for (qsizetype i = 0; i < parts.size(); ++i) {
    if (isWildcard(parts[i])) {
      wildcardSeen = true;
      continue;
    }
    if (wildcardSeen) {
      *error = versionError(
          VersionErrorReason::Malformed,
          QCoreApplication::translate("Version", "\"%1\": a number cannot follow a wildcard")
              .arg(token.toString()));
      return std::nullopt;
    }
    const auto n = detail::parseNumber(parts[i], token, error);
    if (!n) {
      return std::nullopt;
    }
    *fields[i] = *n;
  }
  if (hasPreRelease && !v.patch) {
    *error = versionError(
        VersionErrorReason::Malformed,
        QCoreApplication::translate("Version", "\"%1\": a pre-release needs major.minor.patch")
            .arg(token.toString()));
    return std::nullopt;
  }
  return v;
}

std::optional<int> bump(int n) {
  if (n == std::numeric_limits<int>::max()) {
    return std::nullopt;
  }
  return n + 1;
}

using Op = VersionRange::Op;
using Comparator = VersionRange::Comparator;

// Nothing is below the lowest possible version, 0.0.0-0.
Comparator matchNothing() {
  return {Op::Less, Version(0, 0, 0, {QStringLiteral("0")})};
}

void addLess(VersionRange::ComparatorSet* out, std::optional<int> major, std::optional<int> minor,
             std::optional<int> patch) {
  // An upper bound past INT_MAX is no upper bound at all.
  if (major && minor && patch) {
    out->append({Op::Less, Version(*major, *minor, *patch)});
  }
}

void addAtLeast(VersionRange::ComparatorSet* out, std::optional<int> major,
                std::optional<int> minor, std::optional<int> patch) {
  if (major && minor && patch) {
    out->append({Op::GreaterOrEqual, Version(*major, *minor, *patch)});
  } else {
    out->append(matchNothing());
  }
}

// Turns one "<op><partial>" term into plain comparators (npm's desugaring).
void desugar(QStringView op, const PartialVersion& p, VersionRange::ComparatorSet* out) {
  const bool plain = op.isEmpty() || op == u"=";
  if (!p.major) {
    if (op == u"<" || op == u">") {
      out->append(matchNothing());
    }
    return; // "*", ">=*", "^*" ... accept anything
  }
  const int major = *p.major;
  if (!p.minor) {
    if (plain || op == u"^" || op == u"~") {
      out->append({Op::GreaterOrEqual, Version(major, 0, 0)});
      addLess(out, bump(major), 0, 0);
    } else if (op == u">=") {
      out->append({Op::GreaterOrEqual, Version(major, 0, 0)});
    } else if (op == u">") {
      addAtLeast(out, bump(major), 0, 0);
    } else if (op == u"<") {
      out->append({Op::Less, Version(major, 0, 0)});
    } else { // <=
      addLess(out, bump(major), 0, 0);
    }
    return;
  }
  const int minor = *p.minor;
  if (!p.patch) {
    if (plain || op == u"~") {
      out->append({Op::GreaterOrEqual, Version(major, minor, 0)});
      addLess(out, major, bump(minor), 0);
    } else if (op == u"^") {
      out->append({Op::GreaterOrEqual, Version(major, minor, 0)});
      if (major > 0) {
        addLess(out, bump(major), 0, 0);
      } else {
        addLess(out, 0, bump(minor), 0);
      }
    } else if (op == u">=") {
      out->append({Op::GreaterOrEqual, Version(major, minor, 0)});
    } else if (op == u">") {
      addAtLeast(out, major, bump(minor), 0);
    } else if (op == u"<") {
      out->append({Op::Less, Version(major, minor, 0)});
    } else { // <=
      addLess(out, major, bump(minor), 0);
    }
    return;
  }
  const Version v(major, minor, *p.patch, p.preRelease);
  if (plain) {
    out->append({Op::Equal, v});
  } else if (op == u"^") {
    out->append({Op::GreaterOrEqual, v});
    if (major > 0) {
      addLess(out, bump(major), 0, 0);
    } else if (minor > 0) {
      addLess(out, 0, bump(minor), 0);
    } else {
      addLess(out, 0, 0, bump(*p.patch));
    }
  } else if (op == u"~") {
    out->append({Op::GreaterOrEqual, v});
    addLess(out, major, bump(minor), 0);
  } else if (op == u">=") {
    out->append({Op::GreaterOrEqual, v});
  } else if (op == u">") {
    out->append({Op::Greater, v});
  } else if (op == u"<") {
    out->append({Op::Less, v});
  } else { // <=
    out->append({Op::LessOrEqual, v});
  }
}

bool isOperatorChar(QChar c) {
  return c == u'<' || c == u'>' || c == u'=' || c == u'^' || c == u'~';
}

bool isKnownOperator(QStringView op) {
  return op.isEmpty() || op == u"=" || op == u"<" || op == u"<=" || op == u">" || op == u">=" ||
         op == u"^" || op == u"~";
}

bool satisfies(const Comparator& c, const Version& v) {
  const int cmp = v.compare(c.version);
  switch (c.op) {
  case Op::Equal:
    return cmp == 0;
  case Op::Less:
    return cmp < 0;
  case Op::LessOrEqual:
    return cmp <= 0;
  case Op::Greater:
    return cmp > 0;
  case Op::GreaterOrEqual:
    return cmp >= 0;
  }
  return false;
}

QString opString(Op op) {
  switch (op) {
  case Op::Equal:
    return QStringLiteral("=");
  case Op::Less:
    return QStringLiteral("<");
  case Op::LessOrEqual:
    return QStringLiteral("<=");
  case Op::Greater:
    return QStringLiteral(">");
  case Op::GreaterOrEqual:
    return QStringLiteral(">=");
  }
  return {};
}

} // namespace

VersionRange::VersionRange() : m_text(QStringLiteral("*")), m_alternatives{ComparatorSet{}} {}

ParseResult<VersionRange> VersionRange::parse(QStringView text) {
  const QStringView trimmed = text.trimmed();
  if (trimmed.isEmpty()) {
    return versionError(VersionErrorReason::Empty,
                        QCoreApplication::translate(
                            "Version", "empty version range (write * to accept any version)"));
  }
  VersionRange range;
  range.m_alternatives.clear();
  QStringList normalisedAlternatives;
  VersionError error;
  for (QStringView alternative : trimmed.split(u"||")) {
    ComparatorSet set;
    QStringList terms;
    qsizetype i = 0;
    const qsizetype n = alternative.size();
    auto skipSpaces = [&] {
      while (i < n && alternative[i].isSpace()) {
        ++i;
      }
    };
    for (skipSpaces(); i < n; skipSpaces()) {
      const qsizetype opStart = i;
      while (i < n && isOperatorChar(alternative[i])) {
        ++i;
      }
      const QStringView op = alternative.mid(opStart, i - opStart);
      skipSpaces(); // ">= 1.0" is accepted as ">=1.0"
      const qsizetype versionStart = i;
      while (i < n && !alternative[i].isSpace()) {
        ++i;
      }
      const QStringView token = alternative.mid(versionStart, i - versionStart);
      if (!isKnownOperator(op)) {
        return versionError(
            VersionErrorReason::InvalidRange,
            QCoreApplication::translate("Version", "\"%1\": unknown operator \"%2\"")
                .arg(trimmed.toString(), op.toString()));
      }
      if (token.isEmpty()) {
        return versionError(
            VersionErrorReason::InvalidRange,
            QCoreApplication::translate("Version", "\"%1\": operator \"%2\" has no version")
                .arg(trimmed.toString(), op.toString()));
      }
      if (token == u"-") {
        return versionError(VersionErrorReason::InvalidRange,
                            QCoreApplication::translate(
                                "Version", "\"%1\": hyphen ranges are not supported, write >=A <=B")
                                .arg(trimmed.toString()));
      }
      const auto partial = parsePartial(token, &error);
      if (!partial) {
        return error;
      }
      desugar(op, *partial, &set);
      terms.append(op.toString() + token.toString());
    }
    if (terms.isEmpty()) {
      return versionError(VersionErrorReason::InvalidRange,
                          QCoreApplication::translate("Version", "\"%1\" has an empty alternative")
                              .arg(trimmed.toString()));
    }
    range.m_alternatives.append(set);
    normalisedAlternatives.append(terms.join(u' '));
  }
  range.m_text = normalisedAlternatives.join(QStringLiteral(" || "));
  return range;
}

bool VersionRange::contains(const Version& version) const {
  for (const ComparatorSet& set : m_alternatives) {
    if (set.isEmpty()) {
      return true;
    }
    const bool allHold = std::all_of(set.begin(), set.end(),
                                     [&](const Comparator& c) { return satisfies(c, version); });
    if (!allHold) {
      continue;
    }
    if (version.isPreRelease()) {
      const bool optedIn = std::any_of(set.begin(), set.end(), [&](const Comparator& c) {
        return c.version.isPreRelease() && c.version.sameCore(version);
      });
      if (!optedIn) {
        continue;
      }
    }
    return true;
  }
  return false;
}

bool VersionRange::acceptsAny() const {
  return std::any_of(m_alternatives.begin(), m_alternatives.end(),
                     [](const ComparatorSet& set) { return set.isEmpty(); });
}

QString VersionRange::toString() const {
  return m_text;
}

QString VersionRange::toComparatorString() const {
  QStringList alternatives;
  for (const ComparatorSet& set : m_alternatives) {
    if (set.isEmpty()) {
      alternatives.append(QStringLiteral("*"));
      continue;
    }
    QStringList parts;
    for (const Comparator& c : set) {
      parts.append(opString(c.op) + c.version.toString());
    }
    alternatives.append(parts.join(u' '));
  }
  return alternatives.join(QStringLiteral(" || "));
}

} // namespace simpul::sdk
