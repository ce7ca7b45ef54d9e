#include "server/transport/command_line.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <vector>

namespace simpul::server {
namespace {

using ::testing::HasSubstr;

ServerCommandLineResult parse(std::vector<std::string_view> args) {
  return parseServerCommandLine(args);
}

std::string errorOf(std::vector<std::string_view> args) {
  const auto result = parse(std::move(args));
  EXPECT_FALSE(result.commandLine.has_value());
  return result.error;
}

TEST(ServerCommandLine, MinimalTakesDefaults) {
  const auto result = parse({"--db", "/var/lib/simpul/data.db", "--listen", "unix:/run/s.sock"});
  ASSERT_TRUE(result.commandLine) << result.error;
  const ServerCommandLine& c = *result.commandLine;
  EXPECT_EQ(c.dbPath, "/var/lib/simpul/data.db");
  EXPECT_EQ(c.listen, "unix:/run/s.sock");
  EXPECT_EQ(c.pluginsDir, "");
  EXPECT_EQ(c.tlsCert, "");
  EXPECT_EQ(c.tlsKey, "");
  EXPECT_EQ(c.maxAttachmentBytes, 16 * 1024 * 1024);
  EXPECT_EQ(c.sessionTtl, std::chrono::hours(12));
  EXPECT_FALSE(c.showHelp);
  EXPECT_FALSE(c.showVersion);
  EXPECT_TRUE(result.error.empty());
}

TEST(ServerCommandLine, EveryOptionInBothForms) {
  const auto result = parse({"--db=d.db", "--listen", "0.0.0.0:50051", "--plugins=/opt/plugins",
                             "--tls-cert", "c.pem", "--tls-key=k.pem", "--max-attachment-bytes",
                             "1048576", "--session-ttl-minutes=90"});
  ASSERT_TRUE(result.commandLine) << result.error;
  const ServerCommandLine& c = *result.commandLine;
  EXPECT_EQ(c.dbPath, "d.db");
  EXPECT_EQ(c.listen, "0.0.0.0:50051");
  EXPECT_EQ(c.pluginsDir, "/opt/plugins");
  EXPECT_EQ(c.tlsCert, "c.pem");
  EXPECT_EQ(c.tlsKey, "k.pem");
  EXPECT_EQ(c.maxAttachmentBytes, 1048576);
  EXPECT_EQ(c.sessionTtl, std::chrono::minutes(90));
}

TEST(ServerCommandLine, ValueMayContainEqualsSign) {
  const auto result = parse({"--db=a=b.db", "--listen=127.0.0.1:1"});
  ASSERT_TRUE(result.commandLine) << result.error;
  EXPECT_EQ(result.commandLine->dbPath, "a=b.db");
}

TEST(ServerCommandLine, HelpAndVersionNeedNothingElse) {
  auto help = parse({"--help"});
  ASSERT_TRUE(help.commandLine) << help.error;
  EXPECT_TRUE(help.commandLine->showHelp);
  auto shortHelp = parse({"-h"});
  ASSERT_TRUE(shortHelp.commandLine) << shortHelp.error;
  EXPECT_TRUE(shortHelp.commandLine->showHelp);
  auto version = parse({"--version"});
  ASSERT_TRUE(version.commandLine) << version.error;
  EXPECT_TRUE(version.commandLine->showVersion);
  EXPECT_FALSE(version.commandLine->showHelp);
}

TEST(ServerCommandLine, HelpDoesNotHideAMistypedOption) {
  EXPECT_EQ(errorOf({"--help", "--dbb", "x"}), "unknown option --dbb (see --help)");
}

TEST(ServerCommandLine, RequiredOptions) {
  EXPECT_THAT(errorOf({}), HasSubstr("missing required option --db"));
  EXPECT_THAT(errorOf({"--listen", "unix:/s"}), HasSubstr("missing required option --db"));
  EXPECT_THAT(errorOf({"--db", "x.db"}), HasSubstr("missing required option --listen"));
}

TEST(ServerCommandLine, UnknownOptionIsNamed) {
  EXPECT_EQ(errorOf({"--db", "x", "--listen", "unix:/s", "--port", "1"}),
            "unknown option --port (see --help)");
  EXPECT_EQ(errorOf({"--verbose=1"}), "unknown option --verbose (see --help)");
  EXPECT_THAT(errorOf({"-d", "x"}), HasSubstr("unexpected argument '-d'"));
  EXPECT_THAT(errorOf({"data.db"}), HasSubstr("unexpected argument 'data.db'"));
  EXPECT_THAT(errorOf({"--"}), HasSubstr("unexpected argument '--'"));
}

TEST(ServerCommandLine, MissingValueIsNamed) {
  EXPECT_EQ(errorOf({"--listen", "unix:/s", "--db"}), "missing value for --db");
  EXPECT_EQ(errorOf({"--db", "--listen", "unix:/s"}),
            "missing value for --db (found option --listen instead)");
  EXPECT_EQ(errorOf({"--db=", "--listen", "unix:/s"}), "empty value for --db");
  EXPECT_EQ(errorOf({"--db", "x", "--listen", ""}), "empty value for --listen");
}

TEST(ServerCommandLine, OddPathWithEqualsForm) {
  const auto result = parse({"--db=--odd.db", "--listen", "unix:/s"});
  ASSERT_TRUE(result.commandLine) << result.error;
  EXPECT_EQ(result.commandLine->dbPath, "--odd.db");
}

TEST(ServerCommandLine, FlagsTakeNoValue) {
  EXPECT_EQ(errorOf({"--help=yes"}), "option --help takes no value");
  EXPECT_EQ(errorOf({"--version="}), "option --version takes no value");
}

TEST(ServerCommandLine, RepeatedOptionIsRefused) {
  EXPECT_EQ(errorOf({"--db", "a", "--db=b", "--listen", "unix:/s"}),
            "option --db given more than once");
}

TEST(ServerCommandLine, TlsNeedsBothHalves) {
  EXPECT_THAT(errorOf({"--db", "x", "--listen", "h:1", "--tls-cert", "c.pem"}),
              HasSubstr("--tls-cert needs --tls-key"));
  EXPECT_THAT(errorOf({"--db", "x", "--listen", "h:1", "--tls-key", "k.pem"}),
              HasSubstr("--tls-key needs --tls-cert"));
}

TEST(ServerCommandLine, NumbersAreChecked) {
  const std::vector<std::string_view> base = {"--db", "x", "--listen", "unix:/s"};
  auto with = [&](std::string_view option, std::string_view value) {
    auto args = base;
    args.push_back(option);
    args.push_back(value);
    return errorOf(args);
  };
  for (const std::string_view bad : {"0", "-5", "12abc", "1.5", "99999999999999999999", " 7"}) {
    EXPECT_THAT(with("--max-attachment-bytes", bad),
                HasSubstr("--max-attachment-bytes: expected a whole number from 1 to"))
        << bad;
    EXPECT_THAT(with("--session-ttl-minutes", bad),
                HasSubstr("--session-ttl-minutes: expected a whole number from 1 to"))
        << bad;
  }
  EXPECT_THAT(with("--session-ttl-minutes", "99999999"), HasSubstr("got '99999999'"));
  EXPECT_THAT(with("--max-attachment-bytes", "2199023255553"), HasSubstr("1099511627776"));
}

TEST(ServerCommandLine, UsageExplainsEveryOption) {
  const std::string usage = serverUsage();
  for (const char* option :
       {"--db", "--listen", "--plugins", "--tls-cert", "--tls-key", "--max-attachment-bytes",
        "--session-ttl-minutes", "--version", "--help", "unix:/", "[::1]:", "TLS"}) {
    EXPECT_THAT(usage, HasSubstr(option));
  }
  EXPECT_EQ(usage.back(), '\n');
}

} // namespace
} // namespace simpul::server
