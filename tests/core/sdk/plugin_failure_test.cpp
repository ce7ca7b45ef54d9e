// PluginManager with plugins that must be refused: one scenario, one reason (or cascade) each.
// Every test checks the state, the reason and the words of the message.

#include "plugin_test_support.h"
#include "sdk/server_face.h"

#include <QLoggingCategory>

using namespace simpul::sdk;
using sdktest::PluginScenarioTest;
using sdktest::scenarioDir;
using ::testing::HasSubstr;

namespace {

using PluginFailureTest = PluginScenarioTest;

TEST_F(PluginFailureTest, BadJsonIsUnreadableAndItsDependentIsDisabled) {
  auto manager = runScenario("bad_json");
  // The id cannot be read from broken JSON: the folder name stands in for it.
  expectPlugin(*manager, "broken", PluginState::Failed, ErrorReason::ManifestUnreadable,
               {"broken", "not valid JSON", "offset"});
  expectPlugin(*manager, "neighbour", PluginState::Failed, ErrorReason::DependencyFailed,
               {"neighbour is disabled because its dependency broken failed", "not valid JSON"});
  EXPECT_EQ(manager->plugin(QStringLiteral("broken"))->manifest(), nullptr);
}

TEST_F(PluginFailureTest, MissingKeyIsNamed) {
  auto manager = runScenario("missing_key");
  expectPlugin(*manager, "noversion", PluginState::Failed, ErrorReason::ManifestInvalid,
               {"noversion", "invalid manifest", "\"version\" is missing"});
  const auto* spec = manager->plugin(QStringLiteral("noversion"));
  ASSERT_EQ(spec->manifestErrors().size(), 1);
  EXPECT_EQ(str(spec->manifestErrors()[0].key), "version");
}

TEST_F(PluginFailureTest, SeveralBadKeysAreEachNamed) {
  auto manager = runScenario("bad_keys");
  expectPlugin(*manager, "messy", PluginState::Failed, ErrorReason::ManifestInvalid,
               {"\"id\"", "\"name.en\"", "\"version\"", "\"coreApi\"",
                "\"dependencies[0].version\"", "\"faces.server\""});
  EXPECT_EQ(manager->plugin(QStringLiteral("messy"))->manifestErrors().size(), 6);
  EXPECT_EQ(manager->plugin(QStringLiteral("messy"))->manifestWarnings().size(), 1);
}

TEST_F(PluginFailureTest, MissingDependency) {
  auto manager = runScenario("missing_dependency");
  expectPlugin(*manager, "needy", PluginState::Failed, ErrorReason::MissingDependency,
               {"needy requires ghost ^1.0 but it is not installed"});
  EXPECT_TRUE(calls().isEmpty()); // refused before any library was loaded
}

TEST_F(PluginFailureTest, CycleIsNamedAndItsDependentsDisabled) {
  auto manager = runScenario("cycle");
  for (const char* id : {"a", "b", "c"}) {
    expectPlugin(*manager, id, PluginState::Failed, ErrorReason::DependencyCycle,
                 {"dependency cycle: a -> b -> c -> a"});
  }
  expectPlugin(*manager, "d", PluginState::Failed, ErrorReason::DependencyFailed,
               {"d is disabled because its dependency a failed", "cycle: a -> b -> c -> a"});
  expectPlugin(*manager, "e", PluginState::Running, ErrorReason::None);
  EXPECT_EQ(sdktest::idsOf(manager->plugins()).first(), QStringLiteral("e"));
}

TEST_F(PluginFailureTest, IncompatibleCoreApi) {
  auto manager = runScenario("core_api");
  expectPlugin(*manager, "future", PluginState::Failed, ErrorReason::CoreApiMismatch,
               {"future requires core API ^2.0 but this core provides 1.0.0"});
  expectPlugin(*manager, "follower", PluginState::Failed, ErrorReason::DependencyFailed,
               {"dependency future failed", "core API ^2.0"});
  expectPlugin(*manager, "current", PluginState::Running, ErrorReason::None);
}

TEST_F(PluginFailureTest, CoreApiIsCheckedAgainstTheManagersVersion) {
  PluginManager manager(Face::Server, Version(2, 3, 0));
  manager.addSearchPath(scenarioDir("core_api"));
  manager.run();
  expectPlugin(manager, "future", PluginState::Running, ErrorReason::None);
  expectPlugin(manager, "follower", PluginState::Failed, ErrorReason::CoreApiMismatch,
               {"this core provides 2.3.0"});
  expectPlugin(manager, "current", PluginState::Failed, ErrorReason::CoreApiMismatch,
               {"current requires core API >=1.0.0 <2.0.0"});
}

TEST_F(PluginFailureTest, DependencyVersionMismatchCascadesWithTheReason) {
  auto manager = runScenario("dependency_version");
  expectPlugin(*manager, "ipsm", PluginState::Running, ErrorReason::None);
  expectPlugin(*manager, "pmks", PluginState::Failed, ErrorReason::DependencyVersionMismatch,
               {"pmks requires ipsm ^2.0 but 1.3.0 is installed"});
  // Transitive: lansia needs pmks, which needs a newer ipsm; the root cause travels along.
  expectPlugin(*manager, "lansia", PluginState::Failed, ErrorReason::DependencyFailed,
               {"lansia is disabled because its dependency pmks failed",
                "pmks requires ipsm ^2.0 but 1.3.0 is installed"});
}

TEST_F(PluginFailureTest, InitializeThrowsAndItsDependentIsDisabled) {
  auto manager = runScenario("init_failure");
  expectPlugin(*manager, "thrower", PluginState::Failed, ErrorReason::InitializeThrew,
               {"thrower threw during initialize", "fixture exploded"});
  expectPlugin(*manager, "thrower_dep", PluginState::Failed, ErrorReason::DependencyFailed,
               {"dependency thrower failed", "fixture exploded"});
  expectPlugin(*manager, "bystander", PluginState::Running, ErrorReason::None);
  EXPECT_FALSE(calls().contains(QStringLiteral("thrower_dep initialize")));
  EXPECT_FALSE(calls().contains(QStringLiteral("thrower shutdown")));
}

TEST_F(PluginFailureTest, InitializeReturnsFalseWithItsMessage) {
  auto manager = runScenario("init_failure");
  expectPlugin(*manager, "refuser", PluginState::Failed, ErrorReason::InitializeFailed,
               {"refuser failed to initialize", "the fixture refuses to start"});
  expectPlugin(*manager, "refuser_dep", PluginState::Failed, ErrorReason::DependencyFailed,
               {"dependency refuser failed", "the fixture refuses to start"});
  manager->shutdown();
  EXPECT_FALSE(calls().contains(QStringLiteral("refuser shutdown")));
  EXPECT_TRUE(calls().contains(QStringLiteral("bystander shutdown")));
  // A failed plugin's library is still unloaded.
  EXPECT_TRUE(calls().contains(QStringLiteral("refuser destroyed")));
}

TEST_F(PluginFailureTest, AHostRefusesALoadedPluginAndItsDependentsFollow) {
  PluginManager manager(Face::Server);
  manager.addSearchPath(scenarioDir("chain"));
  manager.discover();
  manager.resolve();
  manager.load();
  EXPECT_FALSE(manager.refuse(QStringLiteral("nobody"), QStringLiteral("x")));
  ASSERT_TRUE(
      manager.refuse(QStringLiteral("b"), QStringLiteral("b: its schema migration failed")));
  EXPECT_FALSE(manager.refuse(QStringLiteral("b"), QStringLiteral("twice"))); // no longer Loaded
  manager.initialize();
  expectPlugin(manager, "a", PluginState::Running, ErrorReason::None);
  expectPlugin(manager, "b", PluginState::Failed, ErrorReason::RefusedByHost,
               {"its schema migration failed"});
  expectPlugin(manager, "c", PluginState::Failed, ErrorReason::DependencyFailed,
               {"dependency b failed", "its schema migration failed"});
  EXPECT_FALSE(calls().contains(QStringLiteral("b initialize")));
  manager.shutdown();
  EXPECT_EQ(manager.plugin(QStringLiteral("b"))->face(), nullptr); // its library was unloaded
  expectPlugin(manager, "b", PluginState::Failed, ErrorReason::RefusedByHost);
}

TEST_F(PluginFailureTest, InitializeThrowsSomethingThatIsNotAnException) {
  auto manager = runScenario("init_failure");
  expectPlugin(*manager, "oddball", PluginState::Failed, ErrorReason::InitializeThrew,
               {"oddball threw a non-standard exception during initialize"});
}

TEST_F(PluginFailureTest, ExtensionsInitializedThrows) {
  auto manager = runScenario("extensions_failure");
  expectPlugin(*manager, "base", PluginState::Running, ErrorReason::None);
  expectPlugin(*manager, "late", PluginState::Failed, ErrorReason::InitializeThrew,
               {"late threw during extensionsInitialized", "late fixture failure"});
  expectPlugin(*manager, "late_dep", PluginState::Failed, ErrorReason::DependencyFailed,
               {"dependency late failed"});
  manager->shutdown();
  // Their initialize() succeeded, so all three are shut down, dependents first.
  EXPECT_EQ(calls().filter(QStringLiteral(" shutdown")),
            (QStringList{QStringLiteral("late_dep shutdown"), QStringLiteral("late shutdown"),
                         QStringLiteral("base shutdown")}));
  EXPECT_FALSE(calls().contains(QStringLiteral("late_dep extensionsInitialized")));
}

TEST_F(PluginFailureTest, IdMismatchBetweenManifestAndLibrary) {
  auto manager = runScenario("id_mismatch");
  expectPlugin(*manager, "claimed", PluginState::Failed, ErrorReason::IdMismatch,
               {"libclaimed_server.so", "\"actual\"", "\"claimed\""});
}

TEST_F(PluginFailureTest, MissingLibrary) {
  auto manager = runScenario("missing_library");
  expectPlugin(*manager, "hollow", PluginState::Failed, ErrorReason::LibraryMissing,
               {"hollow declares a server face", "libhollow_server.so is missing"});
}

TEST_F(PluginFailureTest, LibraryOfAnotherInterface) {
  auto manager = runScenario("wrong_interface");
  expectPlugin(*manager, "stranger", PluginState::Failed, ErrorReason::WrongInterface,
               {"implements org.example.NotAFace/1.0, not org.simpul.ServerFace/1.0"});
}

TEST_F(PluginFailureTest, PluginClassNotImplementingTheFace) {
  auto manager = runScenario("wrong_interface");
  expectPlugin(*manager, "impostor", PluginState::Failed, ErrorReason::WrongInterface,
               {"does not implement org.simpul.ServerFace/1.0"});
}

TEST_F(PluginFailureTest, FileThatIsNotALibrary) {
  auto manager = runScenario("load_failed");
  expectPlugin(*manager, "garbage", PluginState::Failed, ErrorReason::LoadFailed,
               {"garbage", "libgarbage_server.so is not a Qt plugin"});
}

TEST_F(PluginFailureTest, DuplicateIdRefusesEveryCopy) {
  auto manager = runScenario("duplicate");
  int copies = 0;
  for (const PluginSpec* spec : manager->plugins()) {
    if (spec->id() == u"twin") {
      ++copies;
      EXPECT_EQ(spec->state(), PluginState::Failed);
      EXPECT_EQ(spec->error().reason, ErrorReason::DuplicateId);
      EXPECT_THAT(str(spec->error().message), HasSubstr("twin is installed more than once"));
      EXPECT_THAT(str(spec->error().message), HasSubstr("/duplicate/twin_copy"));
    }
  }
  EXPECT_EQ(copies, 2);
  expectPlugin(*manager, "needs_twin", PluginState::Failed, ErrorReason::DependencyFailed,
               {"dependency twin failed", "more than once"});
}

// One warning line per failed plugin on simpul.sdk.plugins.
QStringList g_pluginWarnings;
void captureWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message) {
  if (type == QtWarningMsg && qstrcmp(context.category, "simpul.sdk.plugins") == 0) {
    g_pluginWarnings.append(message);
  }
}

TEST_F(PluginFailureTest, EachFailureIsLoggedOnce) {
  g_pluginWarnings.clear();
  const QtMessageHandler previous = qInstallMessageHandler(captureWarnings);
  auto manager = runScenario("init_failure");
  qInstallMessageHandler(previous);
  EXPECT_EQ(g_pluginWarnings.size(), manager->failedPlugins().size());
  EXPECT_EQ(manager->failedPlugins().size(), 5);
  for (const PluginSpec* spec : manager->failedPlugins()) {
    EXPECT_TRUE(g_pluginWarnings.contains(spec->error().message)) << str(spec->id());
  }
}

} // namespace
