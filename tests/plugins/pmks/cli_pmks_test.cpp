// `simpulctl pmks import|recap` command lines that are refused before any server is asked
// (exit 2), and a file that cannot be read (exit 1). Real processes, real plugin folder.
#include "process.h"
#include "test_support.h"

#include <gmock/gmock.h>

namespace simpul::testing {
namespace {

using ::testing::HasSubstr;

class PmksCliTest : public ::testing::Test {
protected:
  ProcessResult pmks(std::vector<std::string> args) const {
    args.insert(args.begin(), {SIMPULCTL_PATH, "--plugins", PMKS_PLUGINS_DIR, "pmks"});
    return runProcess(args, environmentWith({{"XDG_CONFIG_HOME", m_dir.file("config")},
                                             {"HOME", m_dir.file("home")}},
                                            {"SIMPUL_TOKEN", "SIMPUL_SERVER", "SIMPUL_PLUGINS"}));
  }
  TempDir m_dir;
};

TEST_F(PmksCliTest, TheCommandsAreListed) {
  const ProcessResult r = pmks({});
  EXPECT_EQ(r.exitCode, 2) << r.err;
  EXPECT_THAT(r.err, HasSubstr("pmks import FILE"));
  EXPECT_THAT(r.err, HasSubstr("pmks recap --wilayah CODE --period P"));
  EXPECT_THAT(r.err, ::testing::Not(HasSubstr("plugin pmks:"))) << "the pmks CLI face loads";
}

TEST_F(PmksCliTest, WrongCommandLinesExitTwoAndNameTheProblem) {
  const std::string file = m_dir.file("a.csv");
  writeFile(file, "nik,nama\n");
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"import"}, "argument"},
      {{"import", file, file}, "argument"},
      {{"import", file, "--status", "approved"}, "--status: expected draft"},
      {{"import", file, "--status", "returned"}, "--status: expected draft"},
      {{"import", file, "--bogus"}, "--bogus"},
      {{"recap", "--period", "2025"}, "--wilayah is required"},
      {{"recap", "--wilayah", "32.04"}, "--period is required"},
      {{"recap", "--wilayah", "32.04", "--period", "2025", "--level", "rt"}, "--level: expected"},
      {{"recap", "--wilayah", "32.04", "--period", "2025", "--status", "x"}, "--status: expected"},
      {{"recap", "--wilayah", "32.04", "--period", "2025", "--format", "xml"},
       "--format: expected csv or table"},
      {{"recap", "--wilayah", "32.04", "--period", "2025"}, "SIMPUL_SERVER"}, // no server given
  };
  for (const auto& [args, message] : cases) {
    const ProcessResult r = pmks(args);
    EXPECT_EQ(r.exitCode, 2) << args.front() << ' ' << message << '\n' << r.err;
    EXPECT_THAT(r.err, HasSubstr(message));
    EXPECT_EQ(r.out, "");
  }
}

TEST_F(PmksCliTest, AFileThatCannotBeReadFailsWithExitOne) {
  const ProcessResult r = pmks({"import", m_dir.file("missing.csv")});
  EXPECT_EQ(r.exitCode, 1) << r.err;
  EXPECT_EQ(r.out, "");

  const ProcessResult errors =
      pmks({"import", m_dir.file("missing.csv"), "--errors", m_dir.file("no/such/dir.csv")});
  EXPECT_EQ(errors.exitCode, 1) << errors.err;
  EXPECT_THAT(errors.err, HasSubstr("cannot write"));
}

} // namespace
} // namespace simpul::testing
