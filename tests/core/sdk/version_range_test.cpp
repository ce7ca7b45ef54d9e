#include "sdk/version_range.h"
#include "test_printers.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using simpul::sdk::Version;
using simpul::sdk::VersionErrorReason;
using simpul::sdk::VersionRange;

namespace {

VersionRange range(const char* text) {
  const auto r = VersionRange::parse(QString::fromUtf8(text));
  EXPECT_TRUE(r.ok()) << text << ": " << str(r.error().message);
  return r.ok() ? *r : VersionRange();
}

Version version(const char* text) {
  return Version::parse(QString::fromUtf8(text)).value();
}

struct Containment {
  const char* range;
  const char* version;
  bool contained;
};

// Test names under ctest come from these, so they must be stable and readable.
void PrintTo(const Containment& p, std::ostream* os) {
  *os << '\'' << p.range << "' " << (p.contained ? "has " : "lacks ") << p.version;
}

class VersionRangeContains : public ::testing::TestWithParam<Containment> {};

TEST_P(VersionRangeContains, Version) {
  const Containment& p = GetParam();
  EXPECT_EQ(range(p.range).contains(version(p.version)), p.contained)
      << p.range << " contains " << p.version << " -> " << str(range(p.range).toComparatorString());
}

INSTANTIATE_TEST_SUITE_P(
    Ranges, VersionRangeContains,
    ::testing::Values(
        Containment{"*", "0.0.1", true}, Containment{"*", "3.0.0-beta", true},
        Containment{"1.2.3", "1.2.3", true}, Containment{"1.2.3", "1.2.4", false},
        Containment{"=1.2.3", "1.2.3+build", true}, Containment{">=1.0.0 <2.0.0", "1.9.9", true},
        Containment{">=1.0.0 <2.0.0", "2.0.0", false},
        Containment{">=1.0.0 <2.0.0", "0.9.0", false},
        Containment{">=1.0.0 <2.0.0", "2.0.0-alpha", false}, // npm pre-release rule
        Containment{"^1.2.3", "1.2.3", true}, Containment{"^1.2.3", "1.99.0", true},
        Containment{"^1.2.3", "1.2.2", false}, Containment{"^1.2.3", "2.0.0", false},
        Containment{"^0.2.3", "0.2.9", true}, Containment{"^0.2.3", "0.3.0", false},
        Containment{"^0.0.3", "0.0.3", true}, Containment{"^0.0.3", "0.0.4", false},
        Containment{"~1.2.3", "1.2.9", true}, Containment{"~1.2.3", "1.3.0", false},
        Containment{"^1.2", "1.2.0", true}, Containment{"^1.2", "1.1.9", false},
        Containment{"^1.2", "2.0.0", false}, Containment{"~1.2", "1.2.7", true},
        Containment{"~1.2", "1.3.0", false}, Containment{"1.2", "1.2.5", true},
        Containment{"1.x", "1.9.0", true}, Containment{"1.x", "2.0.0", false},
        Containment{">=1.0", "1.0.0", true}, Containment{">=1.0", "7.0.0", true},
        Containment{">1.2", "1.2.9", false}, Containment{">1.2", "1.3.0", true},
        Containment{"<=1.2", "1.2.9", true}, Containment{"<=1.2", "1.3.0", false},
        Containment{">= 1.0.0", "1.5.0", true}, Containment{"^1.0 || ^3.0", "3.1.0", true},
        Containment{"^1.0 || ^3.0", "2.0.0", false},
        Containment{"^1.2.3-beta.2", "1.2.3-beta.4", true},
        Containment{"^1.2.3-beta.2", "1.2.4-beta.1", false},
        Containment{"^1.2.3-beta.2", "1.5.0", true}, Containment{"<*", "0.0.0", false}));

struct Desugaring {
  const char* range;
  const char* comparators;
};

void PrintTo(const Desugaring& p, std::ostream* os) {
  *os << '\'' << p.range << '\'';
}

class VersionRangeDesugars : public ::testing::TestWithParam<Desugaring> {};

TEST_P(VersionRangeDesugars, ToComparators) {
  EXPECT_EQ(str(range(GetParam().range).toComparatorString()), GetParam().comparators);
}

INSTANTIATE_TEST_SUITE_P(
    Ranges, VersionRangeDesugars,
    ::testing::Values(Desugaring{"*", "*"}, Desugaring{"x", "*"}, Desugaring{"1.2.3", "=1.2.3"},
                      Desugaring{"^1.2.3", ">=1.2.3 <2.0.0"},
                      Desugaring{"^0.2.3", ">=0.2.3 <0.3.0"},
                      Desugaring{"^0.0.3", ">=0.0.3 <0.0.4"}, Desugaring{"^1.2", ">=1.2.0 <2.0.0"},
                      Desugaring{"^0.0", ">=0.0.0 <0.1.0"}, Desugaring{"^1", ">=1.0.0 <2.0.0"},
                      Desugaring{"~1.2.3", ">=1.2.3 <1.3.0"}, Desugaring{"~1", ">=1.0.0 <2.0.0"},
                      Desugaring{"1.2", ">=1.2.0 <1.3.0"}, Desugaring{">1", ">=2.0.0"},
                      Desugaring{"<=1.2", "<1.3.0"}, Desugaring{">=1.0 <2", ">=1.0.0 <2.0.0"},
                      Desugaring{"1 || 3.1", ">=1.0.0 <2.0.0 || >=3.1.0 <3.2.0"}));

struct InvalidRange {
  const char* text;
  VersionErrorReason reason;
};

void PrintTo(const InvalidRange& p, std::ostream* os) {
  *os << '\'' << p.text << '\'';
}

class VersionRangeRejects : public ::testing::TestWithParam<InvalidRange> {};

TEST_P(VersionRangeRejects, WithTypedReason) {
  const auto r = VersionRange::parse(QString::fromUtf8(GetParam().text));
  ASSERT_FALSE(r.ok()) << GetParam().text;
  EXPECT_EQ(r.error().reason, GetParam().reason) << str(r.error().message);
  EXPECT_FALSE(r.error().message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Ranges, VersionRangeRejects,
    ::testing::Values(InvalidRange{"", VersionErrorReason::Empty},
                      InvalidRange{"   ", VersionErrorReason::Empty},
                      InvalidRange{"=>1.0", VersionErrorReason::InvalidRange},
                      InvalidRange{">=", VersionErrorReason::InvalidRange},
                      InvalidRange{"^1.0 ||", VersionErrorReason::InvalidRange},
                      InvalidRange{"1.0.0 - 2.0.0", VersionErrorReason::InvalidRange},
                      InvalidRange{"1.2.3.4", VersionErrorReason::Malformed},
                      InvalidRange{"1.x.3", VersionErrorReason::Malformed},
                      InvalidRange{"1.2-beta", VersionErrorReason::Malformed},
                      InvalidRange{"^01.2", VersionErrorReason::LeadingZero},
                      InvalidRange{"abc", VersionErrorReason::Malformed}));

TEST(VersionRange, ToStringKeepsWhatWasWrittenWithNormalisedSpaces) {
  EXPECT_EQ(str(range("^2.0").toString()), "^2.0");
  EXPECT_EQ(str(range("  >=1.0    <2.0.0 ||^3 ").toString()), ">=1.0 <2.0.0 || ^3");
  EXPECT_EQ(str(range(">= 1.0").toString()), ">=1.0");
  EXPECT_EQ(str(VersionRange().toString()), "*");
  EXPECT_TRUE(VersionRange().acceptsAny());
  EXPECT_FALSE(range("^1.0").acceptsAny());
}

} // namespace
