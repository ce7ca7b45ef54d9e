// The CLI face: the "cli" manifest flag, its library name and interface id, and a
// PluginManager(Face::Cli) loading only CLI faces whose commands run through a CliInvocation.
#include "plugin_test_support.h"
#include "sdk/cli_face.h"
#include "sdk/server_face.h"

#include <sstream>

using namespace simpul::sdk;
using namespace sdktest;
using ::testing::HasSubstr;

namespace {

QByteArray manifestWithFaces(const char* faces) {
  return QByteArray(R"({"id": "tool", "name": "Tool", "version": "1.0.0", "coreApi": "^1.0",
                        "faces": )") +
         faces + '}';
}

TEST(CliManifest, ACliFaceAloneIsEnough) {
  const ManifestResult r = Manifest::fromJson(manifestWithFaces(R"({"cli": true})"));
  ASSERT_TRUE(r.ok()) << str(r.errorSummary());
  EXPECT_TRUE(r.manifest->faces.cli);
  EXPECT_TRUE(r.manifest->faces.has(Face::Cli));
  EXPECT_FALSE(r.manifest->faces.has(Face::Server));
  EXPECT_FALSE(r.manifest->faces.has(Face::Client));
  EXPECT_TRUE(r.warnings.isEmpty()) << "\"cli\" is a known key";
}

TEST(CliManifest, TheCliFlagMustBeABooleanAndNoFaceIsStillRefused) {
  ManifestResult r = Manifest::fromJson(manifestWithFaces(R"({"server": true, "cli": 1})"));
  ASSERT_EQ(r.errors.size(), 1);
  EXPECT_EQ(str(r.errors[0].key), "faces.cli");
  r = Manifest::fromJson(manifestWithFaces(R"({"cli": false})"));
  ASSERT_EQ(r.errors.size(), 1);
  EXPECT_THAT(str(r.errors[0].message), HasSubstr("\"cli\""));
}

TEST(CliManifest, LibraryNameAndInterfaceId) {
  EXPECT_EQ(str(toString(Face::Cli)), "cli");
  EXPECT_EQ(str(libraryFileName(QStringLiteral("org.example.hello"), Face::Cli)),
            "liborg_example_hello_cli.so");
  EXPECT_EQ(str(faceInterfaceId(Face::Cli)), "org.simpul.CliFace/1.0");
}

// A CliInvocation over string streams, as simpulctl's would be over stdout/stderr.
class FakeInvocation : public CliInvocation {
public:
  FakeInvocation(std::vector<std::string> positionals, std::map<std::string, std::string> values,
                 std::set<std::string> flags)
      : m_positionals(std::move(positionals)), m_values(std::move(values)),
        m_flags(std::move(flags)) {}
  const std::vector<std::string>& positionals() const override { return m_positionals; }
  std::optional<std::string> value(std::string_view option) const override {
    const auto it = m_values.find(std::string(option));
    return it == m_values.end() ? std::nullopt : std::optional(it->second);
  }
  bool has(std::string_view option) const override {
    return m_flags.contains(std::string(option)) || value(option).has_value();
  }
  std::ostream& out() override { return m_out; }
  std::ostream& err() override { return m_err; }
  bool errIsTerminal() const override { return false; }
  std::shared_ptr<grpc::Channel> channel() override {
    throw CliError::usage("no server in this test");
  }
  void prepare(grpc::ClientContext&, std::chrono::seconds) override {}
  void check(const grpc::Status&, const grpc::ClientContext&) override {}

  std::ostringstream m_out;
  std::ostringstream m_err;

private:
  std::vector<std::string> m_positionals;
  std::map<std::string, std::string> m_values;
  std::set<std::string> m_flags;
};

class CliFaceTest : public PluginScenarioTest {};

TEST_F(CliFaceTest, ACliProcessLoadsOnlyCliFaces) {
  auto manager = runScenario("cli_face", Face::Cli);
  expectPlugin(*manager, "tool", PluginState::Running, ErrorReason::None);
  expectPlugin(*manager, "both", PluginState::Running, ErrorReason::None);
  expectPlugin(*manager, "server_only", PluginState::Resolved, ErrorReason::None);
  EXPECT_TRUE(manager->plugin(QStringLiteral("server_only"))->isSkipped());
  EXPECT_TRUE(manager->plugin(QStringLiteral("tool"))->libraryPath().endsWith(u"/libtool_cli.so"));
  EXPECT_EQ(manager->runningFaces<CliFace>().size(), 2);
  EXPECT_TRUE(manager->runningFaces<ServerFace>().isEmpty());
  EXPECT_TRUE(calls().contains(QStringLiteral("tool initialize")));

  // The server process, for its part, never loads a CLI face.
  auto server = runScenario("cli_face", Face::Server);
  EXPECT_TRUE(server->plugin(QStringLiteral("tool"))->isSkipped());
  EXPECT_EQ(server->runningFaces<ServerFace>().size(), 2);
}

TEST_F(CliFaceTest, CommandsRunThroughTheInvocationAndThrowCliErrors) {
  auto manager = runScenario("cli_face", Face::Cli);
  auto* face = dynamic_cast<CliFace*>(manager->face(QStringLiteral("tool")));
  ASSERT_NE(face, nullptr);
  const std::vector<CliCommand> commands = face->commands();
  ASSERT_EQ(commands.size(), 1u);
  const CliCommand& greet = commands[0];
  EXPECT_EQ(greet.name, "tool greet");
  EXPECT_EQ(greet.minPositionals, 1u);
  ASSERT_EQ(greet.options.size(), 2u);
  EXPECT_EQ(greet.options[1].valueName, "HOW");

  FakeInvocation plain({"dunia"}, {}, {});
  EXPECT_EQ(greet.run(plain), kCliExitOk);
  EXPECT_EQ(plain.m_out.str(), "halo dunia\n");
  FakeInvocation loud({"dunia"}, {}, {"--shout"});
  EXPECT_EQ(greet.run(loud), kCliExitOk);
  EXPECT_EQ(loud.m_out.str(), "HALO dunia\n");

  // A CliError thrown in the plugin's library is caught here by its type: its type_info is
  // the SDK's, shared by the host and every plugin.
  FakeInvocation usage({"x"}, {{"--fail", "usage"}}, {});
  try {
    greet.run(usage);
    ADD_FAILURE() << "no CliError";
  } catch (const CliError& e) {
    EXPECT_EQ(e.exitCode(), kCliExitUsage);
    EXPECT_STREQ(e.what(), "bad usage requested");
  }
  FakeInvocation failure({"x"}, {{"--fail", "yes"}}, {});
  try {
    greet.run(failure);
    ADD_FAILURE() << "no CliError";
  } catch (const CliError& e) {
    EXPECT_EQ(e.exitCode(), kCliExitFailure);
  }
}

} // namespace
