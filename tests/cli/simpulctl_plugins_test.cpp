// simpulctl and the CLI faces of plugins (sdk/cli_face.h), as real processes: the fixture
// plugins built into <build>/tests/cli/plugins ("hello" works, "broken" has no library).
#include "cli_fixture.h"

#include <filesystem>
#include <gmock/gmock.h>

namespace simpul::testing {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

class SimpulctlPluginsTest : public SimpulctlTest {
protected:
  // simpulctl --plugins <fixture plugins> args...
  ProcessResult withPlugins(std::vector<std::string> args) const {
    args.insert(args.begin(), {"--plugins", SIMPUL_TEST_CLI_PLUGINS});
    return simpulctl(std::move(args));
  }
};

TEST_F(SimpulctlPluginsTest, HelpListsPluginCommandsAndNamesWhatCouldNotLoad) {
  const ProcessResult r = withPlugins({"--help"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("Commands from plugins:\n  hello greet"));
  EXPECT_THAT(r.out, HasSubstr("hello plugins"));
  EXPECT_THAT(r.out, HasSubstr("--plugins DIR"));
  EXPECT_THAT(r.err, HasSubstr("simpulctl: plugin broken: "));
  EXPECT_THAT(r.err, HasSubstr("simpulctl: plugin hello: command 'whoami' clashes"));
  EXPECT_THAT(r.err, Not(HasSubstr("simpul.sdk.plugins"))) << "reported once, not logged too";

  const ProcessResult group = withPlugins({"hello"});
  EXPECT_EQ(group.exitCode, 2) << describe(group);
  EXPECT_THAT(group.err, HasSubstr("hello greet NAME"));
}

TEST_F(SimpulctlPluginsTest, APluginCommandRunsAndABrokenPluginDoesNotStopIt) {
  ProcessResult r = withPlugins({"hello", "greet", "dunia"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_EQ(r.out, "halo dunia\n");
  EXPECT_THAT(r.err, HasSubstr("plugin broken"));

  r = withPlugins({"hello", "greet", "--help"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("Usage: simpulctl hello greet NAME"));
  EXPECT_THAT(r.out, HasSubstr("--fail HOW"));

  // The core's whoami, not the plugin's impostor.
  r = withPlugins({"whoami", "--help"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("signed-in user"));
  EXPECT_THAT(r.out, Not(HasSubstr("impostor")));
}

TEST_F(SimpulctlPluginsTest, PluginCommandLinesAreCheckedAndItsErrorsMapToExitCodes) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"hello", "greet"},                 // NAME missing
           {"hello", "greet", "a", "b"},       // one too many
           {"hello", "greet", "a", "--bogus"}, // not its option
           {"hello", "greet", "a", "--fail"},  // option without its value
           {"hello", "nothing"}}) {            // no such command in the group
    const ProcessResult r = withPlugins(args);
    EXPECT_EQ(r.exitCode, 2) << describe(r);
    EXPECT_EQ(r.out, "") << describe(r);
  }
  ProcessResult r = withPlugins({"hello", "greet", "a", "--fail", "usage"});
  EXPECT_EQ(r.exitCode, 2) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("simpulctl hello greet: --fail usage: as asked"));
  EXPECT_THAT(r.err, HasSubstr("Run `simpulctl hello greet --help`"));

  r = withPlugins({"hello", "greet", "a", "--fail", "failure"});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("simpulctl: gagal sesuai permintaan / failed as asked"));

  // A server command without a server: the usage error simpulctl's own commands give.
  r = withPlugins({"hello", "plugins"});
  EXPECT_EQ(r.exitCode, 2) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("SIMPUL_SERVER"));
}

TEST_F(SimpulctlPluginsTest, PluginsComeFromTheEnvironmentOrBesideSimpulctl) {
  ProcessResult r =
      simpulctl({"hello", "greet", "env"}, "admin", {{"SIMPUL_PLUGINS", SIMPUL_TEST_CLI_PLUGINS}});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_EQ(r.out, "halo env\n");

  // Without either: <simpulctl's folder>/../plugins. A copy of simpulctl in bin/ beside a
  // plugins/ folder holding a copy of hello.
  namespace fs = std::filesystem;
  const fs::path root = m_dir.path() / "install";
  fs::create_directories(root / "bin");
  fs::create_directories(root / "plugins");
  fs::copy_file(SIMPULCTL_PATH, root / "bin" / "simpulctl");
  fs::copy(fs::path(SIMPUL_TEST_CLI_PLUGINS) / "hello", root / "plugins" / "hello",
           fs::copy_options::recursive);
  r = runProcess({(root / "bin" / "simpulctl").string(), "hello", "greet", "beside"},
                 environmentWith({}, {"SIMPUL_PLUGINS", "SIMPUL_SERVER", "SIMPUL_TOKEN"}));
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_EQ(r.out, "halo beside\n");
  EXPECT_THAT(r.err, Not(HasSubstr("plugin directory")));

  // A named folder that does not exist is worth saying; the core commands still work.
  r = simpulctl({"--plugins", m_dir.file("nowhere"), "--version"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("simpulctl "));
  EXPECT_THAT(r.err, HasSubstr("plugin directory " + m_dir.file("nowhere") + " does not exist"));
  // ...and a command no plugin provides is unknown.
  r = simpulctl({"hello", "greet", "x"});
  EXPECT_EQ(r.exitCode, 2) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("unknown command 'hello'"));
}

} // namespace
} // namespace simpul::testing
