#include "sdk/manifest.h"
#include "test_printers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using simpul::sdk::Face;
using simpul::sdk::Manifest;
using simpul::sdk::ManifestError;
using simpul::sdk::ManifestResult;
using ::testing::HasSubstr;

namespace {

// A valid manifest with one key replaced (or removed, with an empty value).
QByteArray manifestWith(const char* key, const char* jsonValue) {
  QByteArray base = R"({
    "id": "pmks",
    "name": {"id": "PMKS", "en": "Social welfare problems"},
    "version": "1.2.0",
    "coreApi": "^1.0",
    "faces": {"server": true, "client": true}
  })";
  QJsonParseError e;
  QJsonObject o = QJsonDocument::fromJson(base, &e).object();
  if (*jsonValue == '\0') {
    o.remove(QString::fromUtf8(key));
  } else {
    const QByteArray wrapped = QByteArray(R"({"v": )") + jsonValue + '}';
    o.insert(QString::fromUtf8(key), QJsonDocument::fromJson(wrapped).object().value(u"v"));
  }
  return QJsonDocument(o).toJson();
}

QStringList keys(const QList<ManifestError>& errors) {
  QStringList out;
  for (const ManifestError& e : errors) {
    out.append(e.key);
  }
  return out;
}

// Asserts exactly one error, on `key`, whose message names the key and contains `words`.
void expectSingleError(const ManifestResult& r, const char* key, const char* words) {
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.errors.size(), 1) << str(r.errorSummary());
  EXPECT_EQ(str(r.errors[0].key), key);
  EXPECT_THAT(str(r.errors[0].message), HasSubstr(key));
  EXPECT_THAT(str(r.errors[0].message), HasSubstr(words));
}

} // namespace

TEST(Manifest, ReadsEveryKeyOfAFullManifest) {
  const auto r = Manifest::fromJson(R"({
    "id": "org.example.hello",
    "name": {"id": "Halo", "en": "Hello"},
    "version": "2.1.0-rc.1",
    "coreApi": ">=1.0 <2.0.0",
    "description": "Contoh / Example",
    "vendor": "Example Org",
    "dependencies": [{"id": "pmks", "version": "^1.2"}],
    "permissions": [{"name": "org.example.hello.greeting.send",
                     "description": {"id": "Mengirim salam", "en": "Send greetings"}}],
    "faces": {"server": true, "client": false}
  })");
  ASSERT_TRUE(r.ok()) << str(r.errorSummary());
  EXPECT_TRUE(r.readable);
  EXPECT_TRUE(r.warnings.isEmpty());
  const Manifest& m = *r.manifest;
  EXPECT_EQ(str(m.id), "org.example.hello");
  EXPECT_EQ(str(m.name.id), "Halo");
  EXPECT_EQ(str(m.name.in(u"en")), "Hello");
  EXPECT_EQ(str(m.version.toString()), "2.1.0-rc.1");
  EXPECT_EQ(str(m.coreApi.toString()), ">=1.0 <2.0.0");
  EXPECT_EQ(str(m.description.en), "Contoh / Example");
  EXPECT_EQ(str(m.vendor), "Example Org");
  ASSERT_EQ(m.dependencies.size(), 1);
  EXPECT_EQ(str(m.dependencies[0].id), "pmks");
  EXPECT_TRUE(m.dependencies[0].version.contains(simpul::sdk::Version(1, 3, 0)));
  ASSERT_EQ(m.permissions.size(), 1);
  EXPECT_EQ(str(m.permissions[0].name), "org.example.hello.greeting.send");
  EXPECT_EQ(str(m.permissions[0].description.id), "Mengirim salam");
  EXPECT_TRUE(m.faces.has(Face::Server));
  EXPECT_FALSE(m.faces.has(Face::Client));
  EXPECT_TRUE(m.dependsOn(u"pmks"));
}

TEST(Manifest, PlainStringNameServesBothLanguages) {
  const auto r = Manifest::fromJson(manifestWith("name", R"("Dasawisma")"));
  ASSERT_TRUE(r.ok()) << str(r.errorSummary());
  EXPECT_EQ(str(r.manifest->name.id), "Dasawisma");
  EXPECT_EQ(str(r.manifest->name.en), "Dasawisma");
}

TEST(Manifest, MalformedJsonReportsParseErrorAndOffset) {
  const auto r = Manifest::fromJson(R"({"id": "pmks", "name": "x" "version": "1.0.0"})");
  ASSERT_FALSE(r.ok());
  EXPECT_FALSE(r.readable);
  ASSERT_EQ(r.errors.size(), 1);
  EXPECT_TRUE(r.errors[0].key.isEmpty());
  EXPECT_THAT(str(r.errors[0].message), HasSubstr("not valid JSON"));
  EXPECT_THAT(str(r.errors[0].message), HasSubstr("offset 28"));
}

TEST(Manifest, RootMustBeAnObject) {
  const auto r = Manifest::fromJson("[1, 2]");
  ASSERT_FALSE(r.ok());
  EXPECT_FALSE(r.readable);
  EXPECT_THAT(str(r.errorSummary()), HasSubstr("JSON object"));
}

TEST(Manifest, EveryMissingRequiredKeyIsNamed) {
  const auto r = Manifest::fromJson("{}");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.readable);
  EXPECT_EQ(keys(r.errors),
            (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("version"),
                         QStringLiteral("coreApi"), QStringLiteral("faces")}));
  for (const ManifestError& e : r.errors) {
    EXPECT_THAT(str(e.message), HasSubstr("is missing"));
  }
}

TEST(Manifest, MissingVersionIsTheOnlyError) {
  expectSingleError(Manifest::fromJson(manifestWith("version", "")), "version", "missing");
}

TEST(Manifest, IdMustBeLowercaseDottedSegments) {
  for (const char* bad : {R"("PMKS")", R"("1pmks")", R"("pmks.")", R"("pm-ks")", R"("org..x")"}) {
    SCOPED_TRACE(bad);
    expectSingleError(Manifest::fromJson(manifestWith("id", bad)), "id", "not a valid plugin id");
  }
  EXPECT_TRUE(Manifest::isValidId(u"org.example.hello_world2"));
  EXPECT_TRUE(Manifest::fromJson(manifestWith("id", R"("org.example.hello")")).ok());
}

TEST(Manifest, NameObjectNeedsBothLanguages) {
  expectSingleError(Manifest::fromJson(manifestWith("name", R"({"id": "PMKS"})")), "name.en",
                    "missing");
}

TEST(Manifest, WrongTypeIsNamed) {
  expectSingleError(Manifest::fromJson(manifestWith("version", "1")), "version",
                    "must be a string");
  expectSingleError(Manifest::fromJson(manifestWith("name", "42")), "name",
                    "must be a string or an object");
}

TEST(Manifest, VersionMustBeSemver) {
  expectSingleError(Manifest::fromJson(manifestWith("version", R"("1.2")")), "version",
                    "not a semantic version");
}

TEST(Manifest, CoreApiMustBeARange) {
  expectSingleError(Manifest::fromJson(manifestWith("coreApi", R"("=>1.0")")), "coreApi",
                    "not a version range");
}

TEST(Manifest, DependencyProblemsNameTheElement) {
  const auto r = Manifest::fromJson(manifestWith("dependencies", R"([
      {"id": "ipsm"},
      {"id": "IPSM", "version": "^1"},
      {"id": "pmks", "version": "^1"},
      {"id": "tksk", "version": "^1"},
      {"id": "tksk", "version": "^2"},
      "psm"])"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(keys(r.errors),
            (QStringList{QStringLiteral("dependencies[0].version"),
                         QStringLiteral("dependencies[1].id"), QStringLiteral("dependencies[2].id"),
                         QStringLiteral("dependencies[4].id"), QStringLiteral("dependencies[5]")}));
  EXPECT_THAT(str(r.errors[2].message), HasSubstr("cannot depend on itself"));
  EXPECT_THAT(str(r.errors[3].message), HasSubstr("listed twice"));
  EXPECT_THAT(str(r.errors[4].message), HasSubstr("must be an object"));
}

TEST(Manifest, DependenciesMustBeAnArray) {
  expectSingleError(Manifest::fromJson(manifestWith("dependencies", R"({"ipsm": "^1"})")),
                    "dependencies", "must be an array");
}

TEST(Manifest, PermissionMustStartWithOwnId) {
  expectSingleError(Manifest::fromJson(manifestWith(
                        "permissions", R"([{"name": "ipsm.record.read", "description": "x"}])")),
                    "permissions[0].name", "pmks.<resource>.<verb>");
}

TEST(Manifest, PermissionMustBeResourceDotVerbInLowercase) {
  for (const char* bad : {R"("pmks.record")", R"("pmks.Record.read")", R"("pmks.a.b.c")"}) {
    SCOPED_TRACE(bad);
    const QByteArray permissions = QByteArray(R"([{"name": )") + bad + R"(, "description": "x"}])";
    expectSingleError(Manifest::fromJson(manifestWith("permissions", permissions.constData())),
                      "permissions[0].name", "must have the form");
  }
}

TEST(Manifest, PermissionNamesAreUnique) {
  expectSingleError(Manifest::fromJson(manifestWith("permissions", R"([
      {"name": "pmks.record.read", "description": "x"},
      {"name": "pmks.record.read", "description": "y"}])")),
                    "permissions[1].name", "declared twice");
}

TEST(Manifest, PermissionNeedsDescription) {
  expectSingleError(
      Manifest::fromJson(manifestWith("permissions", R"([{"name": "pmks.record.read"}])")),
      "permissions[0].description", "missing");
}

TEST(Manifest, PermissionNamesItsDefaultRoles) {
  const ManifestResult r = Manifest::fromJson(manifestWith("permissions", R"([
      {"name": "pmks.record.verify", "description": "x", "roles": ["tksk", "dinsos", "tksk"]},
      {"name": "pmks.record.read", "description": "y"}])"));
  ASSERT_TRUE(r.ok()) << str(r.errorSummary());
  EXPECT_EQ(r.manifest->permissions[0].roles, QStringList({"tksk", "dinsos"}));
  EXPECT_TRUE(r.manifest->permissions[1].roles.isEmpty());
  EXPECT_TRUE(r.warnings.isEmpty());
}

TEST(Manifest, PermissionRolesMustBeLowercaseNames) {
  expectSingleError(Manifest::fromJson(manifestWith("permissions", R"([
      {"name": "pmks.record.read", "description": "x", "roles": ["tksk", "Kepala Desa"]}])")),
                    "permissions[0].roles", "lowercase role name");
  expectSingleError(Manifest::fromJson(manifestWith("permissions", R"([
      {"name": "pmks.record.read", "description": "x", "roles": "tksk"}])")),
                    "permissions[0].roles", "array of role names");
}

TEST(Manifest, AtLeastOneFace) {
  expectSingleError(
      Manifest::fromJson(manifestWith("faces", R"({"server": false, "client": false})")), "faces",
      "at least one");
  expectSingleError(Manifest::fromJson(manifestWith("faces", "{}")), "faces", "at least one");
}

TEST(Manifest, FaceFlagsMustBeBooleans) {
  expectSingleError(Manifest::fromJson(manifestWith("faces", R"({"server": "yes"})")),
                    "faces.server", "true or false");
}

TEST(Manifest, UnknownKeysAreWarningsNotErrors) {
  const auto r = Manifest::fromJson(manifestWith("homepage", R"("https://example.org")"));
  ASSERT_TRUE(r.ok()) << str(r.errorSummary());
  ASSERT_EQ(r.warnings.size(), 1);
  EXPECT_EQ(str(r.warnings[0].key), "homepage");
  EXPECT_THAT(str(r.warnings[0].message), HasSubstr("unknown key"));
}

TEST(Manifest, SeveralBadKeysAreAllReported) {
  const auto r =
      Manifest::fromFile(QStringLiteral(SDK_FIXTURES_SOURCE "/bad_keys/messy/plugin.json"));
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(r.readable);
  EXPECT_EQ(keys(r.errors),
            (QStringList{QStringLiteral("id"), QStringLiteral("name.en"), QStringLiteral("version"),
                         QStringLiteral("coreApi"), QStringLiteral("dependencies[0].version"),
                         QStringLiteral("faces.server")}));
  EXPECT_EQ(keys(r.warnings), QStringList{QStringLiteral("homepage")});
  EXPECT_TRUE(r.declaredId.isEmpty()); // "Messy-Plugin" is not a valid id
}

TEST(Manifest, FromFileReadsAFixture) {
  const auto r = Manifest::fromFile(QStringLiteral(SDK_FIXTURES_SOURCE "/chain/a/plugin.json"));
  ASSERT_TRUE(r.ok()) << str(r.errorSummary());
  EXPECT_EQ(str(r.manifest->id), "a");
  EXPECT_EQ(str(r.declaredId), "a");
}

TEST(Manifest, FromFileReportsAnUnreadableFile) {
  const auto r = Manifest::fromFile(QStringLiteral("/nonexistent/plugin.json"));
  ASSERT_FALSE(r.ok());
  EXPECT_FALSE(r.readable);
  EXPECT_THAT(str(r.errorSummary()), HasSubstr("cannot read /nonexistent/plugin.json"));
}
