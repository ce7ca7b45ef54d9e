// The example third-party plugin (tests/core/sdk/example_plugin), built out of tree against
// a fresh install of the SDK by the ctest fixture sdk.example_plugin.build, loads and runs in
// a host built from this tree.
#include "sdk/plugin_manager.h"
#include "sdk/server_face.h"

#include <QFileInfo>
#include <gtest/gtest.h>

namespace {

using simpul::sdk::Face;
using simpul::sdk::PluginManager;
using simpul::sdk::PluginState;
using simpul::sdk::ServerFace;

const QString kPlugins = QStringLiteral(SDK_EXAMPLE_PLUGINS);

TEST(ExamplePlugin, BuiltAgainstTheInstalledSdkRunsInTheHost) {
  ASSERT_TRUE(QFileInfo::exists(kPlugins + QStringLiteral("/org.example.hello/plugin.json")))
      << "the example plugin was not built; see the test sdk.example_plugin.build";
  PluginManager manager(Face::Server);
  manager.addSearchPath(kPlugins);
  EXPECT_TRUE(manager.run());

  const auto* spec = manager.plugin(QStringLiteral("org.example.hello"));
  ASSERT_NE(spec, nullptr);
  EXPECT_EQ(spec->state(), PluginState::Running) << spec->error().message.toStdString();
  ASSERT_NE(spec->manifest(), nullptr);
  EXPECT_EQ(spec->manifest()->version.toString(), QStringLiteral("0.3.1"));
  ASSERT_EQ(spec->manifest()->permissions.size(), 1);
  EXPECT_EQ(spec->manifest()->permissions.front().name,
            QStringLiteral("org.example.hello.greeting.read"));

  const auto faces = manager.runningFaces<ServerFace>();
  ASSERT_EQ(faces.size(), 1);
  const auto migrations = faces.front()->migrations();
  ASSERT_EQ(migrations.size(), 1u);
  EXPECT_EQ(migrations.front().version, 1);
  EXPECT_TRUE(migrations.front().sql.contains(QStringLiteral("org_example_hello_greeting")));
}

TEST(ExamplePlugin, HasNoClientFaceAndIsSkippedByTheDesktopHost) {
  PluginManager manager(Face::Client);
  manager.addSearchPath(kPlugins);
  EXPECT_TRUE(manager.run());
  const auto* spec = manager.plugin(QStringLiteral("org.example.hello"));
  ASSERT_NE(spec, nullptr);
  EXPECT_TRUE(spec->isSkipped());
  EXPECT_EQ(spec->state(), PluginState::Resolved);
  EXPECT_FALSE(spec->hasFailed());
}

} // namespace
