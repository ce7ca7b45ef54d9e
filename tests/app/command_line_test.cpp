// simpul's command line: what it accepts, what it refuses (exit 2, saying what), and the
// password file rule; also through the real program for --version and a usage error.
#include "app/command_line.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace simpul::app {
namespace {

using ::testing::HasSubstr;

CommandLineResult parse(QStringList args) {
  args.prepend(QStringLiteral("simpul"));
  return parseCommandLine(args, QStringLiteral("9.8.7"));
}

TEST(CommandLine, TakesEveryOption) {
  const CommandLineResult r =
      parse({"--server", "unix:/run/s.sock", "--lang", "en", "--screenshot", "/tmp/a.png",
             "--dump-texts", "/tmp/a.txt", "--page", "inbox", "--login", "dinsos",
             "--password-file", "/tmp/pw", "--plugins", "/opt/plugins"});
  ASSERT_TRUE(r.options) << r.error.toStdString();
  EXPECT_EQ(r.options->server, "unix:/run/s.sock");
  EXPECT_EQ(r.options->language, "en");
  EXPECT_EQ(r.options->screenshot, "/tmp/a.png");
  EXPECT_EQ(r.options->dumpTexts, "/tmp/a.txt");
  EXPECT_EQ(r.options->page, "inbox");
  EXPECT_EQ(r.options->login, "dinsos");
  EXPECT_EQ(r.options->passwordFile, "/tmp/pw");
  EXPECT_EQ(r.options->plugins, "/opt/plugins");

  const CommandLineResult embedded =
      parse({"--db=/tmp/x.db", "--wilayah", "/tmp/w.csv", "--lang=id"});
  ASSERT_TRUE(embedded.options) << embedded.error.toStdString();
  EXPECT_EQ(embedded.options->db, "/tmp/x.db");
  EXPECT_EQ(embedded.options->wilayah, "/tmp/w.csv");
  EXPECT_EQ(embedded.options->language, "id");
  EXPECT_TRUE(embedded.options->server.isEmpty());

  const CommandLineResult none = parse({});
  ASSERT_TRUE(none.options);
  EXPECT_TRUE(none.options->screenshot.isEmpty());
  EXPECT_FALSE(none.options->exitAfterFirstFrame);

  const CommandLineResult firstFrame = parse({"--exit-after-first-frame", "--page", "login"});
  ASSERT_TRUE(firstFrame.options) << firstFrame.error.toStdString();
  EXPECT_TRUE(firstFrame.options->exitAfterFirstFrame);
}

TEST(CommandLine, VersionAndHelpExitZeroWithoutOptions) {
  const CommandLineResult version = parse({"--version"});
  EXPECT_FALSE(version.options);
  EXPECT_EQ(version.exitCode, 0);
  EXPECT_EQ(version.output, "simpul 9.8.7\n");
  const CommandLineResult help = parse({"--help"});
  EXPECT_FALSE(help.options);
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_THAT(help.output.toStdString(), HasSubstr("Usage: simpul [options]"));
  EXPECT_THAT(help.output.toStdString(), HasSubstr("--screenshot <FILE>"));
  EXPECT_THAT(help.output.toStdString(), HasSubstr("--lang <id|en>"));
  EXPECT_THAT(help.output.toStdString(), HasSubstr("--exit-after-first-frame"));
}

struct BadLine {
  std::string name;
  QStringList args;
  std::string mentions;
};

void PrintTo(const BadLine& line, std::ostream* out) {
  *out << line.name;
}

class CommandLineRefuses : public ::testing::TestWithParam<BadLine> {};

TEST_P(CommandLineRefuses, WithExitTwoAndTheReason) {
  const CommandLineResult r = parse(GetParam().args);
  EXPECT_FALSE(r.options);
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_TRUE(r.output.isEmpty());
  EXPECT_THAT(r.error.toStdString(), HasSubstr(GetParam().mentions));
  EXPECT_THAT(r.error.toStdString(), HasSubstr("simpul --help"));
}

INSTANTIATE_TEST_SUITE_P(
    Bad, CommandLineRefuses,
    ::testing::Values(
        BadLine{"UnknownOption", {"--bogus"}, "bogus"},
        BadLine{"UnknownLanguage", {"--lang", "fr"}, "fr"},
        BadLine{"CapitalLanguage", {"--lang", "EN"}, "--lang"},
        BadLine{"MissingValue", {"--server"}, "server"},
        BadLine{"PositionalArgument", {"extra"}, "extra"},
        BadLine{"TextsWithoutScreenshot", {"--dump-texts", "/tmp/t"}, "--screenshot"},
        BadLine{"LoginWithoutPasswordFile", {"--login", "admin"}, "--password-file"},
        BadLine{"PasswordFileWithoutLogin", {"--password-file", "/tmp/pw"}, "--login"},
        BadLine{"DatabaseWithRemoteServer", {"--server", "unix:/s", "--db", "/tmp/x.db"}, "--db"},
        BadLine{"FirstFrameWithScreenshot",
                {"--exit-after-first-frame", "--screenshot", "/tmp/a.png"},
                "--exit-after-first-frame"},
        BadLine{"RepeatedOption", {"--page", "a", "--page", "b"}, "--page"},
        BadLine{"EmptyValue", {"--screenshot="}, "--screenshot"}),
    [](const ::testing::TestParamInfo<BadLine>& line) { return line.param.name; });

TEST(PasswordFile, ReadsTheFirstLineOfAPrivateFile) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("pw"));
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("secret-pass-1\r\nsecond line\n");
  file.close();
  ASSERT_TRUE(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
  QString error;
  EXPECT_EQ(readPasswordFile(path, &error), "secret-pass-1");
  EXPECT_TRUE(error.isEmpty()) << error.toStdString();
}

TEST(PasswordFile, RefusesAFileOthersCanReadAnEmptyOneAndAMissingOne) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("pw"));
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("secret-pass-1\n");
  file.close();
  ASSERT_TRUE(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                  QFile::ReadOther));
  QString error;
  EXPECT_TRUE(readPasswordFile(path, &error).isEmpty());
  EXPECT_THAT(error.toStdString(), HasSubstr("chmod 600"));

  const QString empty = dir.filePath(QStringLiteral("empty"));
  QFile emptyFile(empty);
  ASSERT_TRUE(emptyFile.open(QIODevice::WriteOnly));
  emptyFile.close();
  ASSERT_TRUE(emptyFile.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
  error.clear();
  EXPECT_TRUE(readPasswordFile(empty, &error).isEmpty());
  EXPECT_THAT(error.toStdString(), HasSubstr("kosong"));

  error.clear();
  EXPECT_TRUE(readPasswordFile(dir.filePath(QStringLiteral("missing")), &error).isEmpty());
  EXPECT_FALSE(error.isEmpty());
}

// The program itself: no display needed for these, and the exit codes are the documented ones.
TEST(SimpulProgram, PrintsItsVersionAndRefusesABadLanguage) {
  QProcess version;
  version.start(QStringLiteral(SIMPUL_APP_PATH), {QStringLiteral("--version")});
  ASSERT_TRUE(version.waitForFinished(30000));
  EXPECT_EQ(version.exitCode(), 0);
  EXPECT_EQ(version.readAllStandardOutput().toStdString(),
            std::string("simpul ") + SIMPUL_TEST_VERSION + "\n");

  QProcess bad;
  bad.start(QStringLiteral(SIMPUL_APP_PATH), {QStringLiteral("--lang"), QStringLiteral("de")});
  ASSERT_TRUE(bad.waitForFinished(30000));
  EXPECT_EQ(bad.exitCode(), 2);
  EXPECT_THAT(bad.readAllStandardError().toStdString(), HasSubstr("--lang"));
}

TEST(SimpulProgram, RefusesAPasswordFileOthersCanRead) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("pw"));
  QFile file(path);
  ASSERT_TRUE(file.open(QIODevice::WriteOnly));
  file.write("secret-pass-1\n");
  file.close();
  ASSERT_TRUE(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
  QProcess app;
  app.start(QStringLiteral(SIMPUL_APP_PATH),
            {QStringLiteral("--server"), QStringLiteral("unix:") + dir.filePath("none.sock"),
             QStringLiteral("--login"), QStringLiteral("admin"), QStringLiteral("--password-file"),
             path});
  ASSERT_TRUE(app.waitForFinished(30000));
  EXPECT_EQ(app.exitCode(), 2);
  const std::string err = app.readAllStandardError().toStdString();
  EXPECT_THAT(err, HasSubstr("chmod 600"));
  EXPECT_THAT(err, ::testing::Not(HasSubstr("secret-pass-1")));
}

} // namespace
} // namespace simpul::app
