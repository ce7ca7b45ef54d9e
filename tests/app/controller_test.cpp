// AppController against a real simpul-data (in this process) and a real ClientSession: the
// plugins' navigation and widgets follow the signed-in user's permissions, the language
// switch retranslates, plugins that cannot load show up failed, and plugin pages are created
// or refused with a reason.
#include "app/app_controller.h"
#include "app/client_plugins.h"
#include "app_test_support.h"
#include "client/qt/client_session.h"
#include "client/qt/paged_list_model.h"
#include "fake_client_face.h"
#include "storage/database.h"

#include <QAbstractListModel>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QSettings>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace simpul::app {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::waitFor;

QStringList column(const QAbstractListModel* model, const QByteArray& role) {
  const int key = model->roleNames().key(role, -1);
  QStringList values;
  for (int row = 0; row < model->rowCount(); ++row) {
    values.append(model->data(model->index(row, 0), key).toString());
  }
  return values;
}

class ControllerTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_TRUE(m_dir.isValid());
    testing::addUser(m_server.dbPath(), "viewer1", "viewer", "32.04");
  }
  void TearDown() override {
    m_controller.reset();
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
  }

  AppController::Config config() const {
    AppController::Config c;
    c.options.server = m_server.address();
    c.paths.pluginsDir = m_dir.filePath(QStringLiteral("plugins"));
    c.paths.translationsDir = QStringLiteral(SIMPUL_TEST_TRANSLATIONS_DIR);
    c.paths.referenceDataDir = QStringLiteral(SIMPUL_TEST_DATA_DIR);
    c.version = QStringLiteral("1.2.3");
    c.settingsFile = m_dir.filePath(QStringLiteral("simpul.conf"));
    return c;
  }
  AppController& start(AppController::Config c, bool withFace = true) {
    m_controller = std::make_unique<AppController>(std::move(c), &m_session, &m_engine);
    if (withFace) {
      m_controller->clientPlugins().addFace(QStringLiteral("fake"), &m_face,
                                            QStringLiteral(SIMPUL_TEST_FAKE_PLUGIN_DIR));
    }
    m_controller->start();
    return *m_controller;
  }
  void login(const QString& user, const QString& password) {
    m_session.login(user, password);
    ASSERT_TRUE(waitFor([&] { return m_session.signedIn() || !m_session.loginError().isEmpty(); }));
    ASSERT_TRUE(m_session.signedIn()) << m_session.loginError().toStdString();
  }

  testing::InProcessServer m_server;
  QTemporaryDir m_dir;
  client::ClientSession m_session;
  QQmlEngine m_engine;
  testing::FakeClientFace m_face;
  std::unique_ptr<AppController> m_controller;
};

TEST_F(ControllerTest, ARemoteServerIsReadyAtOnceAndTheFaceGetsTheEngineAndSession) {
  AppController& app = start(config());
  EXPECT_FALSE(app.embedded());
  EXPECT_EQ(app.serverState(), "ready");
  EXPECT_EQ(app.serverAddress(), m_server.address());
  EXPECT_EQ(m_face.engine, &m_engine);
  EXPECT_EQ(m_face.session, &m_session);
  EXPECT_EQ(app.session(), &m_session);
}

TEST_F(ControllerTest, NavigationAndWidgetsShowOnlyWhatTheUserMaySee) {
  AppController& app = start(config());
  // Signed out: nothing at all, not even the entries open to everyone.
  EXPECT_EQ(app.navigation()->rowCount(), 0);
  EXPECT_EQ(app.dashboardWidgets()->rowCount(), 0);

  login(QStringLiteral("viewer1"), QStringLiteral("viewer1-password-1"));
  ASSERT_TRUE(waitFor([&] { return app.navigation()->rowCount() > 0; }));
  // viewer holds core.person.read but not core.person.write or core.user.manage.
  EXPECT_THAT(column(app.navigation(), "entryId"), ElementsAre("fake.all", "fake.read"));
  EXPECT_THAT(column(app.navigation(), "title"), ElementsAre("Panduan", "Data penduduk"));
  EXPECT_THAT(column(app.navigation(), "module"), ElementsAre("Simpul.Fake", "Simpul.Fake"));
  EXPECT_THAT(column(app.navigation(), "page"), ElementsAre("GuidePage", "ReadPage"));
  EXPECT_THAT(column(app.navigation(), "pluginId"), ElementsAre("fake", "fake"));
  EXPECT_THAT(column(app.dashboardWidgets(), "widgetId"), ElementsAre("fake.summary"));
  EXPECT_THAT(column(app.dashboardWidgets(), "qmlType"), ElementsAre("SummaryWidget"));

  m_session.logout();
  ASSERT_TRUE(waitFor([&] { return !m_session.signedIn(); }));
  EXPECT_EQ(app.navigation()->rowCount(), 0);
  EXPECT_EQ(app.dashboardWidgets()->rowCount(), 0);

  // The administrator holds every permission.
  login(QStringLiteral("admin"), QString::fromLatin1(testing::kAdminPassword));
  EXPECT_THAT(column(app.navigation(), "entryId"),
              ElementsAre("fake.all", "fake.write", "fake.read"));
  EXPECT_THAT(column(app.dashboardWidgets(), "widgetId"),
              ElementsAre("fake.summary", "fake.users"));
}

TEST_F(ControllerTest, SwitchingLanguageRetranslatesAndIsSaved) {
  AppController& app = start(config());
  login(QStringLiteral("viewer1"), QStringLiteral("viewer1-password-1"));
  EXPECT_EQ(app.language(), "id");
  QQmlComponent probe(&m_engine, QUrl::fromLocalFile(QStringLiteral(SIMPUL_TEST_SOURCE_DIR
                                                                    "/data/LanguageProbe.qml")));
  std::unique_ptr<QObject> text(probe.create());
  ASSERT_TRUE(text) << probe.errorString().toStdString();
  EXPECT_EQ(text->property("text").toString(), "Beranda uji");

  app.setLanguage(QStringLiteral("en"));
  EXPECT_EQ(app.language(), "en");
  EXPECT_EQ(QLocale().language(), QLocale::English);
  // qsTr() bindings follow engine->retranslate(); C++ tr() the installed translator.
  EXPECT_EQ(text->property("text").toString(), "Test home");
  EXPECT_THAT(column(app.navigation(), "title"), ElementsAre("Guide", "Persons"));
  EXPECT_THAT(column(app.dashboardWidgets(), "title"), ElementsAre("Summary"));
  EXPECT_EQ(QCoreApplication::translate("FakePlugin", "Halo plugin"), "Hello plugin")
      << "the plugin's own translations/<id>_en.qm is installed too";
  QQuickItem parent;
  EXPECT_EQ(app.createPage(QStringLiteral("Bad Module"), QStringLiteral("Page"), &parent), nullptr);
  EXPECT_THAT(app.pageError().toStdString(), HasSubstr("Not a valid module"));

  app.setLanguage(QStringLiteral("id"));
  EXPECT_EQ(text->property("text").toString(), "Beranda uji");
  EXPECT_THAT(column(app.navigation(), "title"), ElementsAre("Panduan", "Data penduduk"));
  EXPECT_EQ(QCoreApplication::translate("FakePlugin", "Halo plugin"), "Halo plugin");
  EXPECT_EQ(QLocale().language(), QLocale::Indonesian);

  app.setLanguage(QStringLiteral("en"));
  app.setLanguage(QStringLiteral("fr")); // refused, nothing changes
  EXPECT_EQ(app.language(), "en");
  app.setTheme(QStringLiteral("dark"));
  app.setConfiguredServer(QStringLiteral("  10.0.0.5:50051 "));
  m_controller.reset();
  QSettings saved(config().settingsFile, QSettings::IniFormat);
  EXPECT_EQ(saved.value("language").toString(), "en");
  EXPECT_EQ(saved.value("theme").toString(), "dark");
  EXPECT_EQ(saved.value("server").toString(), "10.0.0.5:50051");

  // The next start reads them; --lang overrides the saved language for one run.
  AppController& again = start(config(), false);
  EXPECT_EQ(again.language(), "en");
  EXPECT_EQ(again.theme(), "dark");
  EXPECT_EQ(again.configuredServer(), "10.0.0.5:50051");
  EXPECT_EQ(again.serverAddress(), m_server.address()) << "--server wins over the setting";
  m_controller.reset();
  AppController::Config overridden = config();
  overridden.options.language = QStringLiteral("id");
  EXPECT_EQ(start(overridden, false).language(), "id");
}

TEST_F(ControllerTest, APluginThatCannotLoadIsListedFailedAndTheAppGoesOn) {
  const QDir plugins(m_dir.filePath(QStringLiteral("plugins")));
  ASSERT_TRUE(plugins.mkpath(QStringLiteral("broken")));
  ASSERT_TRUE(plugins.mkpath(QStringLiteral("garbled")));
  QFile manifest(plugins.filePath(QStringLiteral("broken/plugin.json")));
  ASSERT_TRUE(manifest.open(QIODevice::WriteOnly));
  manifest.write(R"({"id": "broken", "name": {"id": "Rusak", "en": "Broken"},
    "version": "1.0.0", "coreApi": "^1.0", "vendor": "Uji",
    "faces": {"server": false, "client": true}})");
  manifest.close();
  QFile garbled(plugins.filePath(QStringLiteral("garbled/plugin.json")));
  ASSERT_TRUE(garbled.open(QIODevice::WriteOnly));
  garbled.write("{ not json");
  garbled.close();

  AppController& app = start(config());
  const QAbstractListModel* rows = app.plugins();
  ASSERT_EQ(rows->rowCount(), 2);
  const QStringList ids = column(rows, "pluginId");
  const int broken = static_cast<int>(ids.indexOf("broken"));
  ASSERT_GE(broken, 0);
  const auto value = [&](int row, const QByteArray& role) {
    return rows->data(rows->index(row, 0), rows->roleNames().key(role)).toString();
  };
  EXPECT_EQ(value(broken, "clientState"), "failed");
  EXPECT_THAT(value(broken, "clientError").toStdString(), HasSubstr("broken"));
  EXPECT_EQ(value(broken, "name"), "Rusak");
  EXPECT_EQ(value(broken, "version"), "1.0.0");
  EXPECT_EQ(value(broken, "vendor"), "Uji");
  EXPECT_EQ(value(broken, "hasClientFace"), "true");
  EXPECT_EQ(value(1 - broken, "clientState"), "failed");
  EXPECT_FALSE(value(1 - broken, "clientError").isEmpty());
  EXPECT_EQ(app.serverState(), "ready");

  // After sign-in the server's view is merged in: this server runs no plugins.
  login(QStringLiteral("admin"), QString::fromLatin1(testing::kAdminPassword));
  ASSERT_TRUE(waitFor([&] { return !app.about().value("serverVersion").toString().isEmpty(); }));
  EXPECT_EQ(value(broken, "serverState"), "");
  EXPECT_THAT(column(app.navigation(), "entryId"), ::testing::Contains("fake.all"))
      << "the working face still contributes";
}

TEST_F(ControllerTest, AFaceThatThrowsIsDisabledNotFatal) {
  m_face.throwOnRegister = true;
  AppController& app = start(config());
  EXPECT_THAT(app.clientPlugins().hostError("fake").toStdString(), HasSubstr("cannot register"));
  login(QStringLiteral("admin"), QString::fromLatin1(testing::kAdminPassword));
  EXPECT_EQ(app.navigation()->rowCount(), 0);
}

TEST_F(ControllerTest, CreatesPagesFromModulesAndExplainsFailures) {
  AppController& app = start(config(), false);
  QQuickItem parent;
  QObject* page = app.createPage(QStringLiteral("QtQuick"), QStringLiteral("Rectangle"), &parent);
  ASSERT_NE(page, nullptr) << app.pageError().toStdString();
  auto* item = qobject_cast<QQuickItem*>(page);
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->parentItem(), &parent);
  EXPECT_EQ(page->parent(), &parent);
  EXPECT_TRUE(app.pageError().isEmpty());

  EXPECT_EQ(
      app.createPage(QStringLiteral("Simpul.NoSuchPlugin"), QStringLiteral("MainPage"), &parent),
      nullptr);
  EXPECT_THAT(app.pageError().toStdString(), HasSubstr("Simpul.NoSuchPlugin"));
  EXPECT_THAT(app.pageError().toStdString(), HasSubstr("MainPage"));
  // Names only: anything else would be QML code.
  EXPECT_EQ(
      app.createPage(QStringLiteral("QtQuick"), QStringLiteral("Item {}\nRectangle"), &parent),
      nullptr);
  EXPECT_THAT(app.pageError().toStdString(), HasSubstr("tidak sah"));
  // A good page after a failure: the error goes.
  EXPECT_NE(app.createPage(QStringLiteral("QtQuick"), QStringLiteral("Item"), &parent), nullptr);
  EXPECT_TRUE(app.pageError().isEmpty());
}

TEST_F(ControllerTest, AboutNamesTheVersionsAndTheDataLicences) {
  AppController& app = start(config(), false);
  const QVariantMap about = app.about();
  EXPECT_EQ(about.value("appVersion").toString(), "1.2.3");
  EXPECT_EQ(about.value("coreApiVersion").toString(), "1.0.0");
  EXPECT_EQ(about.value("qtVersion").toString(), QString::fromLatin1(qVersion()));
  EXPECT_FALSE(about.value("grpcVersion").toString().isEmpty());
  EXPECT_FALSE(about.value("protobufVersion").toString().isEmpty());
  const QVariantList licences = about.value("licences").toList();
  ASSERT_FALSE(licences.isEmpty());
  QStringList titles;
  for (const QVariant& licence : licences) {
    titles.append(licence.toMap().value("title").toString());
    EXPECT_FALSE(licence.toMap().value("text").toString().isEmpty());
  }
  EXPECT_THAT(titles, ::testing::Contains("cahyadsn wilayah"));
  login(QStringLiteral("admin"), QString::fromLatin1(testing::kAdminPassword));
  ASSERT_TRUE(waitFor([&] { return !app.about().value("serverVersion").toString().isEmpty(); }));
  EXPECT_EQ(app.about().value("serverVersion").toString(), SIMPUL_TEST_VERSION);
}

TEST_F(ControllerTest, TheInboxListsAndCountsTheUsersItemsInTheUiLanguage) {
  {
    // Two items for readers of persons in the viewer's kabupaten, one elsewhere.
    storage::Database db = storage::Database::open(m_server.dbPath().toStdString());
    db.exec("INSERT INTO core_inbox (module, kind, resource, wilayah_code, permission, title_id, "
            "title_en, create_time_ms, due_time_ms) VALUES "
            "('fake', 'record.verify', 'fake/records/1', '32.04.01', 'core.person.read', "
            " 'Periksa data 1', 'Check record 1', 1700000000000, 1800000000000), "
            "('fake', 'record.verify', 'fake/records/2', '32.04', 'core.person.read', "
            " 'Periksa data 2', 'Check record 2', 1700000001000, NULL), "
            "('fake', 'record.verify', 'fake/records/3', '33.01', 'core.person.read', "
            " 'Periksa data 3', 'Check record 3', 1700000002000, NULL)");
  }
  AppController& app = start(config(), false);
  EXPECT_EQ(app.inboxCount(), -1);
  login(QStringLiteral("viewer1"), QStringLiteral("viewer1-password-1"));
  ASSERT_TRUE(waitFor([&] { return app.inboxCount() >= 0 && app.inbox()->rowCount() == 2; }));
  EXPECT_EQ(app.inboxCount(), 2);
  EXPECT_THAT(column(app.inbox(), "title"), ElementsAre("Periksa data 1", "Periksa data 2"));
  EXPECT_THAT(column(app.inbox(), "resource"), ElementsAre("fake/records/1", "fake/records/2"));
  EXPECT_THAT(column(app.inbox(), "dueTime"), ElementsAre("2027-01-15T08:00:00Z", ""));
  EXPECT_THAT(column(app.inbox(), "createTime")[0].toStdString(), HasSubstr("2023-11-14T"));

  app.setLanguage(QStringLiteral("en"));
  ASSERT_TRUE(waitFor([&] {
    return column(app.inbox(), "title") == QStringList{"Check record 1", "Check record 2"};
  })) << column(app.inbox(), "title").join(", ").toStdString();

  m_session.logout();
  ASSERT_TRUE(waitFor([&] { return !m_session.signedIn(); }));
  EXPECT_EQ(app.inboxCount(), -1);
  ASSERT_TRUE(waitFor([&] { return app.inbox()->rowCount() == 0 && !app.inbox()->loading(); }));
}

} // namespace
} // namespace simpul::app
