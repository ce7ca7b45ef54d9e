#pragma once

#include "sdk/sdk_export.h"
#include "sdk/version.h"

#include <QList>
#include <QString>

namespace simpul::sdk {

// A set of acceptable versions, written the way npm and Cargo users expect:
//
//   *                    any version (pre-releases too)
//   1.2.3   =1.2.3       exactly that version
//   >=1.0.0 <2.0.0       comparators separated by spaces must all hold
//   ^1.2.3               compatible: >=1.2.3 <2.0.0   (^0.2.3: <0.3.0, ^0.0.3: <0.0.4)
//   ~1.2.3               patch updates: >=1.2.3 <1.3.0
//   1.2  ^1.2  >=1.0  1.x  partial versions fill the missing parts sensibly (1.2 = >=1.2.0 <1.3.0)
//   ^1.0 || ^2.0         alternatives: any one may hold
//
// Pre-releases follow npm's rule: a pre-release version is accepted only by an alternative
// that names a pre-release of the same major.minor.patch, so ">=1.0.0 <2.0.0" does not let
// 2.0.0-alpha in by accident. "*" is the exception and accepts everything.
class SIMPUL_SDK_EXPORT VersionRange {
public:
  enum class Op { Equal, Less, LessOrEqual, Greater, GreaterOrEqual };
  struct Comparator {
    Op op = Op::Equal;
    Version version;
  };
  // An empty comparator list accepts every version.
  using ComparatorSet = QList<Comparator>;

  VersionRange(); // "*"

  static ParseResult<VersionRange> parse(QStringView text);

  bool contains(const Version& version) const;
  bool acceptsAny() const;

  // The range as written, with whitespace normalised; this is what messages quote.
  QString toString() const;
  // The desugared comparators, e.g. "^1.2" -> ">=1.2.0 <2.0.0".
  QString toComparatorString() const;

  const QList<ComparatorSet>& alternatives() const { return m_alternatives; }

private:
  QString m_text;
  QList<ComparatorSet> m_alternatives;
};

} // namespace simpul::sdk
