#include "sdk/version.h"
#include "test_printers.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using simpul::sdk::Version;
using simpul::sdk::VersionErrorReason;

namespace {

struct ValidVersion {
  const char* text;
  int major;
  int minor;
  int patch;
  QStringList preRelease;
  QStringList build;
};

// Test names under ctest come from these, so they must be stable and readable.
void PrintTo(const ValidVersion& p, std::ostream* os) {
  *os << '\'' << p.text << '\'';
}

class VersionParsesValid : public ::testing::TestWithParam<ValidVersion> {};

TEST_P(VersionParsesValid, PartsAndRoundTrip) {
  const ValidVersion& p = GetParam();
  const auto v = Version::parse(QString::fromUtf8(p.text));
  ASSERT_TRUE(v.ok()) << str(v.error().message);
  EXPECT_EQ(v->majorVersion(), p.major);
  EXPECT_EQ(v->minorVersion(), p.minor);
  EXPECT_EQ(v->patchVersion(), p.patch);
  EXPECT_EQ(v->preRelease(), p.preRelease);
  EXPECT_EQ(v->buildMetadata(), p.build);
  EXPECT_EQ(str(v->toString()), p.text);
}

INSTANTIATE_TEST_SUITE_P(
    Semver, VersionParsesValid,
    ::testing::Values(
        ValidVersion{"0.0.0", 0, 0, 0, {}, {}}, ValidVersion{"1.2.3", 1, 2, 3, {}, {}},
        ValidVersion{"10.20.30", 10, 20, 30, {}, {}},
        ValidVersion{"1.0.0-alpha", 1, 0, 0, {"alpha"}, {}},
        ValidVersion{"1.0.0-alpha.1", 1, 0, 0, {"alpha", "1"}, {}},
        ValidVersion{"1.0.0-0.3.7", 1, 0, 0, {"0", "3", "7"}, {}},
        ValidVersion{"1.0.0-x-y-z.--", 1, 0, 0, {"x-y-z", "--"}, {}},
        ValidVersion{"1.0.0+20130313144700", 1, 0, 0, {}, {"20130313144700"}},
        ValidVersion{"1.0.0-beta+exp.sha.5114f85", 1, 0, 0, {"beta"}, {"exp", "sha", "5114f85"}},
        ValidVersion{"1.0.0+001", 1, 0, 0, {}, {"001"}},
        ValidVersion{"2147483647.0.0", 2147483647, 0, 0, {}, {}}));

struct InvalidVersion {
  const char* text;
  VersionErrorReason reason;
};

void PrintTo(const InvalidVersion& p, std::ostream* os) {
  *os << '\'' << p.text << '\'';
}

class VersionRejectsInvalid : public ::testing::TestWithParam<InvalidVersion> {};

TEST_P(VersionRejectsInvalid, WithTypedReason) {
  const auto v = Version::parse(QString::fromUtf8(GetParam().text));
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.error().reason, GetParam().reason);
  EXPECT_FALSE(v.error().message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Semver, VersionRejectsInvalid,
    ::testing::Values(InvalidVersion{"", VersionErrorReason::Empty},
                      InvalidVersion{"1", VersionErrorReason::Malformed},
                      InvalidVersion{"1.2", VersionErrorReason::Malformed},
                      InvalidVersion{"1.2.3.4", VersionErrorReason::Malformed},
                      InvalidVersion{"v1.2.3", VersionErrorReason::Malformed},
                      InvalidVersion{" 1.2.3", VersionErrorReason::Malformed},
                      InvalidVersion{"1.2.x", VersionErrorReason::Malformed},
                      InvalidVersion{"01.2.3", VersionErrorReason::LeadingZero},
                      InvalidVersion{"1.2.3-01", VersionErrorReason::LeadingZero},
                      InvalidVersion{"1.2.3-", VersionErrorReason::InvalidPreRelease},
                      InvalidVersion{"1.2.3-a..b", VersionErrorReason::InvalidPreRelease},
                      InvalidVersion{"1.2.3-a_b", VersionErrorReason::InvalidPreRelease},
                      InvalidVersion{"1.2.3+", VersionErrorReason::InvalidBuildMetadata},
                      InvalidVersion{"1.2.3+a+b", VersionErrorReason::InvalidBuildMetadata},
                      InvalidVersion{"2147483648.0.0", VersionErrorReason::NumberTooLarge}));

TEST(Version, PrecedenceFollowsTheSemverSpecExample) {
  // Semver 2.0.0 §11's own example chain, each strictly below the next.
  const char* chain[] = {"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta",
                         "1.0.0-beta",  "1.0.0-beta.2",  "1.0.0-beta.11",
                         "1.0.0-rc.1",  "1.0.0",         "2.0.0",
                         "2.1.0",       "2.1.1",         "10.0.0"};
  const int n = static_cast<int>(std::size(chain));
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      const Version a = Version::parse(QString::fromUtf8(chain[i])).value();
      const Version b = Version::parse(QString::fromUtf8(chain[j])).value();
      EXPECT_EQ(a < b, i < j) << chain[i] << " vs " << chain[j];
      EXPECT_EQ(a == b, i == j) << chain[i] << " vs " << chain[j];
    }
  }
}

TEST(Version, BuildMetadataIsKeptButNotCompared) {
  const Version a = Version::parse(u"1.0.0+a").value();
  const Version b = Version::parse(u"1.0.0+b").value();
  EXPECT_EQ(a, b);
  EXPECT_FALSE(a < b || b < a);
  EXPECT_EQ(str(a.toString()), "1.0.0+a");
}

TEST(Version, NumericPartsCompareAsNumbers) {
  EXPECT_LT(Version(1, 9, 0), Version(1, 10, 0));
  EXPECT_LT(Version(1, 0, 0, {QStringLiteral("9")}), Version(1, 0, 0, {QStringLiteral("10")}));
  // Numeric identifiers rank below alphanumeric ones.
  EXPECT_LT(Version(1, 0, 0, {QStringLiteral("999")}), Version(1, 0, 0, {QStringLiteral("a")}));
  EXPECT_TRUE(Version(1, 2, 3, {QStringLiteral("rc")}).sameCore(Version(1, 2, 3)));
}

TEST(Version, CoreApiVersionIsTheConfiguredOne) {
  EXPECT_EQ(str(simpul::sdk::coreApiVersion().toString()), EXPECTED_CORE_API_VERSION);
}

} // namespace
