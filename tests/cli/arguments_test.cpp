// simpulctl's argument parsing, help texts and small helpers, without a process.
#include "cli/command.h"
#include "cli/commands.h"
#include "cli/password_input.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <set>

namespace simpul::cli {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

CommandSpec grantSpec() {
  return {.name = "user grant",
          .synopsis = "USER ROLE [--wilayah CODE]",
          .summary = "Give a role.",
          .options = {{"--wilayah", "CODE", "where"}, {"--force", "", "a flag"}},
          .minPositionals = 2,
          .maxPositionals = 2,
          .run = [](Invocation&) {
            return kExitOk;
          }};
}

ParsedArguments parse(std::vector<std::string> args) {
  return parseArguments(args, grantSpec(), serverOptions());
}

std::string usageError(std::vector<std::string> args) {
  try {
    parse(std::move(args));
  } catch (const UsageError& e) {
    return e.what();
  }
  return "<accepted>";
}

TEST(ParseArguments, OptionsWithSpaceOrEqualsFlagsAndPositionals) {
  const auto parsed =
      parse({"psm1", "--wilayah", "32.04.12.2003", "psm", "--force", "--server=unix:/s.sock"});
  EXPECT_THAT(parsed.positionals, ElementsAre("psm1", "psm"));
  EXPECT_EQ(parsed.value("--wilayah"), "32.04.12.2003");
  EXPECT_EQ(parsed.value("--server"), "unix:/s.sock");
  EXPECT_TRUE(parsed.has("--force"));
  EXPECT_EQ(parsed.value("--force"), std::nullopt) << "a flag has no value";
  EXPECT_FALSE(parsed.has("--tls-ca"));
}

TEST(ParseArguments, DoubleDashEndsOptions) {
  const auto parsed = parse({"--", "--odd-user", "psm"});
  EXPECT_THAT(parsed.positionals, ElementsAre("--odd-user", "psm"));
}

TEST(ParseArguments, RefusesMistakesWithAMessageNamingThem) {
  EXPECT_THAT(usageError({"a", "b", "--wilayha", "32"}), HasSubstr("unknown option --wilayha"));
  EXPECT_THAT(usageError({"a", "b", "--wilayah"}), HasSubstr("missing value for --wilayah"));
  EXPECT_THAT(usageError({"a", "b", "--wilayah", "--force"}),
              HasSubstr("missing value for --wilayah"));
  EXPECT_THAT(usageError({"a", "b", "--wilayah="}), HasSubstr("empty value for --wilayah"));
  EXPECT_THAT(usageError({"a", "b", "--force=yes"}), HasSubstr("--force takes no value"));
  EXPECT_THAT(usageError({"a", "b", "--wilayah", "1", "--wilayah", "2"}),
              HasSubstr("more than once"));
  EXPECT_THAT(usageError({"a"}), HasSubstr("missing argument"));
  EXPECT_THAT(usageError({"a", "b", "c"}), HasSubstr("unexpected argument 'c'"));
}

TEST(ParseArguments, HelpNeedsNoPositionals) {
  EXPECT_TRUE(parse({"--help"}).has("--help"));
  EXPECT_TRUE(parse({"-h"}).has("--help"));
}

TEST(ParseArguments, ServerOptionsOnlyForServerCommands) {
  const CommandSpec offline{.name = "restore", .needsServer = false};
  const std::vector<std::string> args = {"--server", "unix:/s"};
  EXPECT_THROW(parseArguments(args, offline), UsageError);
}

TEST(CommandHelp, ShowsSynopsisOptionsAndServerOptions) {
  const std::string help = commandHelp(grantSpec());
  EXPECT_THAT(help, HasSubstr("Usage: simpulctl user grant USER ROLE [--wilayah CODE]"));
  EXPECT_THAT(help, HasSubstr("--wilayah CODE"));
  EXPECT_THAT(help, HasSubstr("--server ADDR"));
  EXPECT_THAT(help, HasSubstr("--help"));
  CommandSpec offline = grantSpec();
  offline.needsServer = false;
  EXPECT_THAT(commandHelp(offline), Not(HasSubstr("--server")));
}

TEST(Commands, EveryCommandIsNamedOnceAndRunnable) {
  std::set<std::string> names;
  for (const auto& group : {initCommands(), loginCommands(), userCommands(), wilayahCommands(),
                            auditCommands(), backupCommands(), pluginCommands()}) {
    for (const auto& command : group) {
      EXPECT_TRUE(names.insert(std::string(command.name)).second) << command.name;
      EXPECT_TRUE(static_cast<bool>(command.run)) << command.name;
      EXPECT_FALSE(command.summary.empty()) << command.name;
      EXPECT_LE(command.minPositionals, command.maxPositionals) << command.name;
      EXPECT_THAT(commandHelp(command), HasSubstr("Usage: simpulctl " + std::string(command.name)));
    }
  }
  for (const char* expected : {"init", "login", "logout", "user add", "user grant", "user list",
                               "user revoke", "wilayah get", "wilayah children", "wilayah search",
                               "audit verify", "backup", "restore", "plugins"}) {
    EXPECT_EQ(names.count(expected), 1u) << expected;
  }
}

TEST(ForEachPage, FollowsTokensUntilTheLastPage) {
  std::vector<std::string> asked;
  forEachPage([&](const std::string& token) {
    asked.push_back(token);
    return token.empty() ? std::string("p2") : token == "p2" ? std::string("p3") : std::string();
  });
  EXPECT_THAT(asked, ElementsAre("", "p2", "p3"));
}

TEST(ForEachPage, StopsAServerThatRepeatsAToken) {
  int calls = 0;
  EXPECT_THROW(forEachPage([&](const std::string&) {
                 ++calls;
                 return std::string("same");
               }),
               CommandError);
  EXPECT_EQ(calls, 2);
}

TEST(NewRequestId, IsLongRandomHex) {
  const std::string a = newRequestId();
  EXPECT_EQ(a.size(), 32u);
  EXPECT_EQ(a.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_NE(a, newRequestId());
}

TEST(PasswordFile, TheFirstLineWithoutItsLineEnding) {
  simpul::testing::TempDir dir;
  const std::string file = dir.file("pw");
  simpul::testing::writeFile(file, "rahasia-sekali-1\nsecond line\n");
  EXPECT_EQ(readPasswordFile(file), "rahasia-sekali-1");
  simpul::testing::writeFile(file, "rahasia-sekali-2\r\n");
  EXPECT_EQ(readPasswordFile(file), "rahasia-sekali-2");
  simpul::testing::writeFile(file, "no-newline-at-end");
  EXPECT_EQ(readPasswordFile(file), "no-newline-at-end");
}

TEST(PasswordFile, RefusesAnEmptyFirstLineOrAMissingFile) {
  simpul::testing::TempDir dir;
  const std::string file = dir.file("pw");
  simpul::testing::writeFile(file, "\nsecret-on-line-two\n");
  try {
    readPasswordFile(file);
    ADD_FAILURE() << "an empty first line was accepted";
  } catch (const CommandError& e) {
    EXPECT_THAT(e.what(), HasSubstr(file));
    EXPECT_THAT(e.what(), Not(HasSubstr("secret-on-line-two")));
  }
  EXPECT_THROW(readPasswordFile(dir.file("missing")), CommandError);
}

TEST(ObtainPassword, AFileWinsOverThePrompt) {
  simpul::testing::TempDir dir;
  simpul::testing::writeFile(dir.file("pw"), "dari-berkas-123\n");
  EXPECT_EQ(obtainPassword(dir.file("pw"), "--password-file", "?", true), "dari-berkas-123");
}

} // namespace
} // namespace simpul::cli
