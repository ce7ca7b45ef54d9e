#pragma once

#include "storage/database.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <gtest/gtest.h>
#include <string>
#include <unistd.h>

namespace simpul::storage::testing {

// A fixture with a fresh directory of its own, removed afterwards, so tests share no files
// and can run in parallel (ctest runs each test as its own process).
class TempDirTest : public ::testing::Test {
protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    m_dir = std::filesystem::temp_directory_path() /
            ("simpul-storage-" + std::string(info->name()) + "-" + std::to_string(::getpid()) +
             "-" + std::to_string(stamp) + "-" + std::to_string(counter++));
    std::filesystem::create_directories(m_dir);
  }

  void TearDown() override {
    std::error_code ignored;
    std::filesystem::remove_all(m_dir, ignored);
  }

  std::string path(const std::string& name) const { return (m_dir / name).string(); }
  const std::filesystem::path& dir() const { return m_dir; }

private:
  std::filesystem::path m_dir;
};

// The one value of a query that returns one row and column.
inline std::int64_t queryInt(Database& db, std::string_view sql) {
  Statement stmt = db.prepare(sql);
  EXPECT_TRUE(stmt.step()) << sql;
  return stmt.columnInt64(0);
}

inline std::string queryText(Database& db, std::string_view sql) {
  Statement stmt = db.prepare(sql);
  EXPECT_TRUE(stmt.step()) << sql;
  return stmt.columnText(0);
}

} // namespace simpul::storage::testing
