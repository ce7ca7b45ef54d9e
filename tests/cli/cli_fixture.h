#pragma once

#include "process.h"
#include "storage/database.h"
#include "test_support.h"

#include <cstdint>
#include <gtest/gtest.h>
#include <map>
#include <string>
#include <vector>

namespace simpul::testing {

inline constexpr const char* kAdminPassword = "admin-password-1";
inline constexpr std::int64_t kWilayahRows = 91599; // data rows of ../shared/data/wilayah.csv

// Runs simpulctl as a real process in a scratch directory: each "person" (admin, psm1...)
// has its own XDG_CONFIG_HOME, so their token files are apart; HOME points into the scratch
// directory too, and SIMPUL_TOKEN/SIMPUL_SERVER from the caller's environment are removed.
// SIMPUL_PLUGINS is the scratch directory (no plugins) unless the caller sets it, so what
// happens to be built under build/plugins does not change these tests.
class SimpulctlTest : public ::testing::Test {
protected:
  std::string dbPath() const { return m_dir.file("db"); }
  std::string configHome(const std::string& who) const { return m_dir.file("config-" + who); }
  std::string tokenFile(const std::string& who) const { return configHome(who) + "/simpul/token"; }

  // A file holding `password` and a newline.
  std::string passwordFile(const std::string& password = kAdminPassword) {
    const std::string path = m_dir.file("pw-" + std::to_string(++m_files));
    writeFile(path, password + "\n");
    return path;
  }

  ProcessResult simpulctl(std::vector<std::string> args, const std::string& who = "admin",
                          std::map<std::string, std::string> env = {}) const {
    env.emplace("XDG_CONFIG_HOME", configHome(who));
    env.emplace("HOME", m_dir.file("home"));
    env.emplace("SIMPUL_PLUGINS", m_dir.path().string());
    args.insert(args.begin(), SIMPULCTL_PATH);
    return runProcess(args,
                      environmentWith(env, {"SIMPUL_TOKEN", "SIMPUL_SERVER", "SIMPUL_TLS_CA"}));
  }

  ProcessResult initDatabase(const std::string& db) {
    return simpulctl({"init", "--db", db, "--admin", "admin", "--admin-password-file",
                      passwordFile(), "--wilayah", SIMPUL_TEST_WILAYAH_CSV});
  }

  static std::int64_t queryInt(const std::string& db, const std::string& sql) {
    storage::OpenOptions options;
    options.readOnly = true;
    storage::Database database = storage::Database::open(db, options);
    auto statement = database.prepare(sql);
    EXPECT_TRUE(statement.step()) << sql;
    return statement.columnInt64(0);
  }

  TempDir m_dir;
  int m_files = 0;
};

// Everything a failed run printed, for assertion messages.
inline std::string describe(const ProcessResult& r) {
  return "exit " + std::to_string(r.exitCode) +
         (r.signal ? " signal " + std::to_string(r.signal) : "") +
         (r.timedOut ? " (timed out)" : "") + "\n--- stdout\n" + r.out + "--- stderr\n" + r.err;
}

} // namespace simpul::testing
