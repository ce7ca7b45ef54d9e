// PluginManager with plugins that load and run: order, lifecycle, faces, moved folders.

#include "plugin_test_support.h"
#include "sdk/client_face.h"
#include "sdk/server_face.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace simpul::sdk;
using sdktest::idsOf;
using sdktest::PluginScenarioTest;
using sdktest::scenarioDir;

namespace {

using PluginManagerTest = PluginScenarioTest;

QStringList list(std::initializer_list<const char*> items) {
  QStringList out;
  for (const char* item : items) {
    out.append(QString::fromUtf8(item));
  }
  return out;
}

TEST_F(PluginManagerTest, ChainRunsDependenciesFirstAndShutsDownInReverse) {
  auto manager = runScenario("chain");
  EXPECT_EQ(idsOf(manager->plugins()), list({"a", "b", "c"}));
  for (const char* id : {"a", "b", "c"}) {
    expectPlugin(*manager, id, PluginState::Running, ErrorReason::None);
  }
  EXPECT_TRUE(manager->failedPlugins().isEmpty());
  manager->shutdown();
  for (const char* id : {"a", "b", "c"}) {
    expectPlugin(*manager, id, PluginState::Stopped, ErrorReason::None);
  }
  // Each dependent reached its dependency's face through PluginContext during initialize().
  EXPECT_EQ(calls(), list({"a initialize", "b initialize", "b sees a", "c initialize", "c sees b",
                           "a extensionsInitialized", "b extensionsInitialized",
                           "c extensionsInitialized", "c shutdown", "b shutdown", "a shutdown",
                           "c destroyed", "b destroyed", "a destroyed"}));
}

TEST_F(PluginManagerTest, EachStepMovesThePluginsOneState) {
  PluginManager manager(Face::Server);
  manager.addSearchPath(scenarioDir("chain"));
  manager.discover();
  ASSERT_EQ(manager.plugins().size(), 3);
  EXPECT_EQ(manager.plugin(QStringLiteral("b"))->state(), PluginState::Read);
  manager.resolve();
  EXPECT_EQ(manager.plugin(QStringLiteral("b"))->state(), PluginState::Resolved);
  EXPECT_EQ(manager.plugin(QStringLiteral("b"))->face(), nullptr);
  manager.load();
  EXPECT_EQ(manager.plugin(QStringLiteral("b"))->state(), PluginState::Loaded);
  EXPECT_NE(manager.plugin(QStringLiteral("b"))->face(), nullptr);
  EXPECT_TRUE(calls().isEmpty()); // loading runs no plugin code beyond the constructor
  manager.initialize();
  EXPECT_EQ(manager.plugin(QStringLiteral("b"))->state(), PluginState::Running);
  manager.shutdown();
  EXPECT_EQ(manager.plugin(QStringLiteral("b"))->state(), PluginState::Stopped);
  EXPECT_EQ(manager.plugin(QStringLiteral("b"))->face(), nullptr);
}

TEST_F(PluginManagerTest, ManifestDetailsAreAvailableForReports) {
  auto manager = runScenario("chain");
  const PluginSpec* a = manager->plugin(QStringLiteral("a"));
  ASSERT_NE(a, nullptr);
  ASSERT_NE(a->manifest(), nullptr);
  EXPECT_EQ(str(a->manifest()->name.en), "Alpha");
  EXPECT_EQ(str(a->manifest()->permissions.value(0).name), "a.record.read");
  EXPECT_EQ(str(QDir(a->directory()).dirName()), "a");
  EXPECT_TRUE(a->libraryPath().endsWith(u"/a/liba_server.so"));
  EXPECT_TRUE(a->manifestWarnings().isEmpty());
}

TEST_F(PluginManagerTest, FacesAreReachableWhileRunning) {
  auto manager = runScenario("chain");
  const QList<ServerFace*> faces = manager->runningFaces<ServerFace>();
  ASSERT_EQ(faces.size(), 3);
  EXPECT_EQ(faces[0], manager->face(QStringLiteral("a")));
  EXPECT_EQ(faces[0]->migrations().size(), 1u);
  EXPECT_TRUE(manager->runningFaces<ClientFace>().isEmpty());
  EXPECT_EQ(manager->face(QStringLiteral("nope")), nullptr);
  manager->shutdown();
  EXPECT_EQ(manager->face(QStringLiteral("a")), nullptr);
  EXPECT_TRUE(manager->runningFaces<ServerFace>().isEmpty());
}

TEST_F(PluginManagerTest, IndependentPluginsLoadByIdAfterTheirDependencies) {
  auto manager = runScenario("ordering");
  // Folder 00_yankee is discovered first but sorts by its id; alpha waits for zeta, delta for
  // bravo.
  EXPECT_EQ(idsOf(manager->plugins()),
            list({"bravo", "charlie", "delta", "yankee", "zeta", "alpha"}));
  EXPECT_EQ(manager->runningFaces<ServerFace>().size(), 6);
  const QStringList initialized = calls().filter(QStringLiteral(" initialize"));
  EXPECT_EQ(initialized, list({"bravo initialize", "charlie initialize", "delta initialize",
                               "yankee initialize", "zeta initialize", "alpha initialize"}));
}

TEST_F(PluginManagerTest, OrderIsTheSameOnEveryRun) {
  const QStringList first = idsOf(runScenario("ordering")->plugins());
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(idsOf(runScenario("ordering")->plugins()), first);
  }
}

TEST_F(PluginManagerTest, ServerProcessSkipsClientOnlyPlugins) {
  auto manager = runScenario("faces", Face::Server);
  expectPlugin(*manager, "srv", PluginState::Running, ErrorReason::None);
  expectPlugin(*manager, "both", PluginState::Running, ErrorReason::None);
  for (const char* id : {"cli", "cli_needs_srv"}) {
    expectPlugin(*manager, id, PluginState::Resolved, ErrorReason::None);
    EXPECT_TRUE(manager->plugin(QString::fromUtf8(id))->isSkipped()) << id;
  }
  EXPECT_FALSE(manager->plugin(QStringLiteral("srv"))->isSkipped());
  EXPECT_TRUE(manager->failedPlugins().isEmpty());
}

TEST_F(PluginManagerTest, ClientProcessLoadsClientFaces) {
  auto manager = runScenario("faces", Face::Client);
  EXPECT_EQ(idsOf(manager->plugins()), list({"both", "cli", "srv", "cli_needs_srv"}));
  expectPlugin(*manager, "srv", PluginState::Resolved, ErrorReason::None);
  EXPECT_TRUE(manager->plugin(QStringLiteral("srv"))->isSkipped());
  // A dependency without a face here does not block its dependent; it just has no face to
  // reach.
  expectPlugin(*manager, "cli_needs_srv", PluginState::Running, ErrorReason::None);
  EXPECT_TRUE(calls().contains(QStringLiteral("cli_needs_srv lacks srv")));
  const QList<ClientFace*> faces = manager->runningFaces<ClientFace>();
  ASSERT_EQ(faces.size(), 3);
  EXPECT_EQ(str(faces[0]->qmlModuleUri()), "Simpul.Fixture");
  ASSERT_EQ(faces[0]->navigation().size(), 1u);
  EXPECT_EQ(str(faces[0]->navigation()[0].title.in(u"id")), "Beranda");
  EXPECT_EQ(str(faces[0]->navigation()[0].permission), "both.home.view");
}

TEST_F(PluginManagerTest, TwoManagersRunSideBySide) {
  auto server = runScenario("faces", Face::Server);
  auto client = runScenario("faces", Face::Client);
  EXPECT_EQ(server->runningFaces<ServerFace>().size(), 2);
  EXPECT_EQ(client->runningFaces<ClientFace>().size(), 3);
  // "both" has one face object per library, so the two processes' views stay apart.
  EXPECT_NE(server->face(QStringLiteral("both")), client->face(QStringLiteral("both")));
}

// The libraries carry only $ORIGIN-relative RUNPATH entries, so copying a plugin folder
// elsewhere keeps it loadable: libsimpul_sdk.so.1 is matched by soname against the copy this
// process already loaded. Checked by hand too: `ldd` on the copy shows libsimpul_sdk "not
// found" (nothing loaded it there), and loading it in a host that links the SDK works, as here.
TEST_F(PluginManagerTest, MovedPluginFolderStillLoads) {
  const QString target = m_dir.filePath(QStringLiteral("moved/a"));
  ASSERT_TRUE(QDir().mkpath(target));
  const QDir source(scenarioDir("chain") + QStringLiteral("/a"));
  for (const QString& file : {QStringLiteral("plugin.json"), QStringLiteral("liba_server.so")}) {
    ASSERT_TRUE(QFile::copy(source.filePath(file), target + u'/' + file)) << str(file);
  }
  PluginManager manager(Face::Server);
  manager.addSearchPath(m_dir.filePath(QStringLiteral("moved")));
  EXPECT_TRUE(manager.run());
  expectPlugin(manager, "a", PluginState::Running, ErrorReason::None);
  EXPECT_TRUE(manager.plugin(QStringLiteral("a"))->directory().startsWith(m_dir.path()));
}

TEST_F(PluginManagerTest, PluginLibrariesHaveNoAbsoluteRunpath) {
  const QString readelf = QStandardPaths::findExecutable(QStringLiteral("readelf"));
  if (readelf.isEmpty()) {
    GTEST_SKIP() << "readelf not installed";
  }
  QProcess process;
  process.start(readelf,
                {QStringLiteral("-d"), scenarioDir("chain") + QStringLiteral("/a/liba_server.so")});
  ASSERT_TRUE(process.waitForFinished());
  const QString dynamic = QString::fromUtf8(process.readAllStandardOutput());
  const QStringList runpath = dynamic.split(u'\n').filter(QStringLiteral("RUNPATH"));
  ASSERT_EQ(runpath.size(), 1) << str(dynamic);
  EXPECT_THAT(str(runpath[0]), ::testing::HasSubstr("[$ORIGIN:$ORIGIN/"));
  EXPECT_THAT(str(runpath[0]), ::testing::Not(::testing::HasSubstr(":/")));
  EXPECT_TRUE(dynamic.contains(QStringLiteral("libsimpul_sdk.so.")));
}

TEST_F(PluginManagerTest, EmptyOrMissingSearchPathsFindNothing) {
  PluginManager manager(Face::Server);
  manager.addSearchPath(m_dir.path());
  manager.addSearchPath(m_dir.filePath(QStringLiteral("does-not-exist")));
  EXPECT_TRUE(manager.run());
  EXPECT_TRUE(manager.plugins().isEmpty());
  EXPECT_EQ(manager.searchPaths().size(), 2);
}

TEST_F(PluginManagerTest, ShutdownTwiceIsHarmlessAndRediscoverWorks) {
  auto manager = runScenario("chain");
  manager->shutdown();
  manager->shutdown();
  EXPECT_EQ(calls().filter(QStringLiteral(" shutdown")).size(), 3);
  EXPECT_TRUE(manager->run());
  expectPlugin(*manager, "c", PluginState::Running, ErrorReason::None);
}

TEST_F(PluginManagerTest, DiscoverIsRefusedWhilePluginsAreLoaded) {
  auto manager = runScenario("chain");
  manager->discover();
  expectPlugin(*manager, "a", PluginState::Running, ErrorReason::None);
}

TEST_F(PluginManagerTest, DestructorShutsDown) {
  runScenario("chain").reset();
  EXPECT_EQ(calls().filter(QStringLiteral(" shutdown")).size(), 3);
  EXPECT_EQ(calls().filter(QStringLiteral(" destroyed")).size(), 3);
}

} // namespace
