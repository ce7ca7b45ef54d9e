// The wilayah loader and repository against a real SQLite file with the core schema, without
// a server: small hand-written lists for each kind of bad row, and the official list itself.
#include "server/api_error.h"
#include "server/schema/core_schema.h"
#include "server/wilayah/wilayah_loader.h"
#include "server/wilayah/wilayah_repository.h"
#include "storage/database.h"
#include "storage/migration.h"
#include "storage/transaction.h"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

namespace simpul::server {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

constexpr const char* kHeader = "code,name,level,parent_code,type\n";
// Lines 2-6 after the header: a valid little list reused by the bad-row cases.
constexpr const char* kGoodRows = "32,Jawa Barat,1,,provinsi\n"
                                  "32.04,Kabupaten Bandung,2,32,kabupaten\n"
                                  "32.04.12,Dayeuhkolot,3,32.04,kecamatan\n"
                                  "32.04.12.2003,Cangkuang Wetan,4,32.04.12,desa\n"
                                  "32.73,Kota Bandung,2,32,kota\n";

class WilayahLoaderTest : public ::testing::Test {
protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "simpul-wilayah-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    m_dir = pattern;
    m_db = storage::Database::open(m_dir + "/test.db");
    storage::migrate(m_db, {coreSchema()});
  }
  void TearDown() override {
    m_db = storage::Database();
    std::error_code ignored;
    fs::remove_all(m_dir, ignored);
  }

  std::string writeCsv(const std::string& content) {
    const std::string path = m_dir + "/wilayah.csv";
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  // Loads in a transaction that commits only when the load succeeds, like initializeDatabase.
  WilayahLoadReport load(const std::string& path,
                         const std::function<void(std::int64_t)>& progress = {}) {
    storage::Transaction tx(m_db, storage::Transaction::Mode::Immediate);
    WilayahLoadReport report = loadWilayahCsv(m_db, path, progress);
    tx.commit();
    return report;
  }

  std::int64_t count(const std::string& where = "1") {
    auto stmt = m_db.prepare("SELECT count(*) FROM core_wilayah WHERE " + where);
    EXPECT_TRUE(stmt.step());
    return stmt.columnInt64(0);
  }

  std::string column(const std::string& column, const std::string& code) {
    auto stmt = m_db.prepare("SELECT ifnull(" + column +
                             ", '<null>') FROM core_wilayah "
                             "WHERE code = ?1");
    stmt.bind(1, code);
    EXPECT_TRUE(stmt.step()) << code;
    return stmt.columnText(0);
  }

  std::string m_dir;
  storage::Database m_db;
};

TEST_F(WilayahLoaderTest, LoadsAGoodListWithQuotedFieldsAndCrlf) {
  const std::string path =
      writeCsv(std::string(kHeader) + kGoodRows +
               "32.04.12.1001,\"Pasawahan, \"\"Lama\"\"\",4,32.04.12,kelurahan\r\n"
               "\n"
               "12,Sumatera Utara,1,,provinsi\r\n");
  EXPECT_EQ(load(path).rows, 7);
  EXPECT_EQ(count(), 7);
  EXPECT_EQ(column("name", "32.04.12.1001"), "Pasawahan, \"Lama\"");
  EXPECT_EQ(column("name", "12"), "Sumatera Utara"); // no stray \r
  EXPECT_EQ(column("parent_code", "32"), "<null>");
  EXPECT_EQ(column("parent_code", "32.04.12.2003"), "32.04.12");
  EXPECT_EQ(column("level", "32.04.12"), "3");
  EXPECT_EQ(column("type", "32.73"), "kota");
  EXPECT_EQ(column("search_name", "32.04"), "bandung");
  EXPECT_EQ(column("search_name", "32.73"), "bandung");
  EXPECT_EQ(column("search_name", "32.04.12.2003"), "cangkuang wetan");
}

TEST(WilayahSearchName, LowercasesAndDropsOneLeadingKabupatenOrKota) {
  EXPECT_EQ(wilayahSearchName("Kabupaten Bandung Barat"), "bandung barat");
  EXPECT_EQ(wilayahSearchName("Kota Bandung"), "bandung");
  EXPECT_EQ(wilayahSearchName("KAB. Bandung"), "bandung");
  EXPECT_EQ(wilayahSearchName("Kotabaru"), "kotabaru"); // no space: part of the name
  EXPECT_EQ(wilayahSearchName("Regapu’u"), "regapu’u"); // non-ASCII bytes untouched
  EXPECT_EQ(wilayahSearchName("Kota Kota Baru"), "kota baru");
}

struct BadRow {
  const char* name;
  std::string rows; // appended after the header and kGoodRows (lines 2-6)
  int line;
  const char* what;
};

// Names the case in test listings instead of dumping the struct's bytes.
void PrintTo(const BadRow& row, std::ostream* out) {
  *out << row.name;
}

class WilayahLoaderBadRowTest : public WilayahLoaderTest,
                                public ::testing::WithParamInterface<BadRow> {};

TEST_P(WilayahLoaderBadRowTest, NamesTheLineAndLoadsNothing) {
  const BadRow& bad = GetParam();
  const std::string path = writeCsv(std::string(kHeader) + kGoodRows + bad.rows);
  try {
    load(path);
    FAIL() << "loaded a list with a bad row";
  } catch (const std::runtime_error& e) {
    const std::string message = e.what();
    EXPECT_THAT(message, HasSubstr("wilayah.csv line " + std::to_string(bad.line) + ": "));
    EXPECT_THAT(message, HasSubstr(bad.what));
  }
  EXPECT_EQ(count(), 0) << "the transaction must roll back the rows before the bad one";
}

INSTANTIATE_TEST_SUITE_P(
    EachKind, WilayahLoaderBadRowTest,
    ::testing::Values(
        BadRow{"MalformedCode",
               "32.04.12.2004,Cangkuang Kulon,4,32.04.12,desa\n"
               "32.4.12,Baleendah,3,32.04,kecamatan\n",
               8, "is not a Kemendagri code"},
        BadRow{"PlainCode", "320413,Baleendah,3,32.04,kecamatan\n", 7, "not written dotted"},
        BadRow{"LevelMismatch", "32.04.13,Baleendah,2,32.04,kecamatan\n", 7, "level column"},
        BadRow{"WrongParent", "32.04.13,Baleendah,3,32.73,kecamatan\n", 7, "parent_code column"},
        BadRow{"ParentNotListedBefore", "33.01,Kabupaten Cilacap,2,33,kabupaten\n", 7,
               "not listed before"},
        BadRow{"UnknownType", "32.04.13,Baleendah,3,32.04,district\n", 7, "unknown type"},
        BadRow{"TypeNotTheCodes", "32.05,Kabupaten Garut,2,32,kota\n", 7,
               "is a kabupaten by its digits"},
        BadRow{"EmptyName", "32.04.13,  ,3,32.04,kecamatan\n", 7, "empty name"},
        BadRow{"WrongFieldCount", "32.04.13,Bale,endah,3,32.04,kecamatan\n", 7,
               "expected 5 fields"},
        BadRow{"UnclosedQuote", "32.04.13,\"Baleendah,3,32.04,kecamatan\n", 7, "not closed"},
        BadRow{"TextAfterQuote", "32.04.13,\"Bale\"endah,3,32.04,kecamatan\n", 7,
               "after the closing quote"},
        BadRow{"DuplicateCode", "32.04,Kabupaten Bandung,2,32,kabupaten\n", 7, "appears twice"}),
    [](const ::testing::TestParamInfo<BadRow>& param) { return std::string(param.param.name); });

TEST_F(WilayahLoaderTest, RefusesAWrongHeaderOnLineOne) {
  const std::string path = writeCsv(std::string("kode,nama,level,parent,type\n") + kGoodRows);
  EXPECT_THROW(
      {
        try {
          load(path);
        } catch (const std::runtime_error& e) {
          EXPECT_THAT(e.what(), HasSubstr("wilayah.csv line 1: "));
          throw;
        }
      },
      std::runtime_error);
}

TEST_F(WilayahLoaderTest, RefusesToRunOutsideATransaction) {
  const std::string path = writeCsv(std::string(kHeader) + kGoodRows);
  EXPECT_THROW(loadWilayahCsv(m_db, path), std::logic_error);
  EXPECT_EQ(count(), 0);
}

TEST_F(WilayahLoaderTest, ReportsAMissingFile) {
  storage::Transaction tx(m_db, storage::Transaction::Mode::Immediate);
  EXPECT_THROW(loadWilayahCsv(m_db, m_dir + "/missing.csv"), std::runtime_error);
}

TEST_F(WilayahLoaderTest, FindAndRequireWilayah) {
  load(writeCsv(std::string(kHeader) + kGoodRows));
  const auto plain = findWilayah(m_db, "3204122003");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->code, "32.04.12.2003");
  EXPECT_EQ(plain->name, "Cangkuang Wetan");
  EXPECT_EQ(plain->level, 4);
  EXPECT_EQ(plain->parentCode, "32.04.12");
  EXPECT_EQ(plain->type, "desa");
  EXPECT_FALSE(findWilayah(m_db, "32.x"));
  EXPECT_FALSE(findWilayah(m_db, "32.05"));
  EXPECT_EQ(requireWilayah(m_db, "32.04", "f", 2).name, "Kabupaten Bandung");

  const auto reasonOf = [&](std::string_view code, std::optional<int> level) {
    try {
      requireWilayah(m_db, code, "person.address.wilayah_code", level);
    } catch (const ApiError& e) {
      EXPECT_EQ(e.code(), grpc::StatusCode::INVALID_ARGUMENT);
      EXPECT_EQ(e.field(), "person.address.wilayah_code");
      EXPECT_FALSE(e.messageId().empty());
      EXPECT_FALSE(e.messageEn().empty());
      return e.reason();
    }
    return std::string("no error");
  };
  EXPECT_EQ(reasonOf("3204122003123456", std::nullopt), "WILAYAH_MALFORMED");
  EXPECT_EQ(reasonOf("", std::nullopt), "WILAYAH_MALFORMED");
  EXPECT_EQ(reasonOf("32.04.12.2999", 4), "WILAYAH_UNKNOWN");
  EXPECT_EQ(reasonOf("32.04.12", 4), "WILAYAH_WRONG_LEVEL");
  EXPECT_EQ(reasonOf("32.04.12", std::nullopt), "no error");
}

TEST_F(WilayahLoaderTest, LoadsTheOfficialList) {
  const char* dataDir = std::getenv("SIMPUL_DATA_DIR");
  ASSERT_TRUE(dataDir != nullptr && *dataDir != '\0') << "run through ctest (SIMPUL_DATA_DIR)";
  std::vector<std::int64_t> progress;
  // The times are recorded for the test report, not asserted: speed goals belong to the
  // benchmarks, where a baseline is measured in the same run.
  const std::clock_t cpuStart = std::clock();
  const auto wallStart = std::chrono::steady_clock::now();
  const WilayahLoadReport report = load(std::string(dataDir) + "/wilayah.csv",
                                        [&](std::int64_t rows) { progress.push_back(rows); });
  const double cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
  const auto wallMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - wallStart)
                          .count();
  RecordProperty("load_cpu_ms", static_cast<int>(cpuSeconds * 1000));
  RecordProperty("load_wall_ms", static_cast<int>(wallMs));

  EXPECT_EQ(report.rows, 91'599);
  EXPECT_EQ(count(), 91'599);
  EXPECT_EQ(count("level = 1"), 38);
  EXPECT_EQ(count("level = 2"), 514);
  EXPECT_EQ(count("level = 3"), 7'285);
  EXPECT_EQ(count("level = 4"), 83'762);
  EXPECT_EQ(column("name", "12.07.28.1007"), "Lubuk Pakam I,II"); // a quoted name
  ASSERT_EQ(progress.size(), 10u);
  EXPECT_EQ(progress.front(), 10'000);
  EXPECT_EQ(progress[8], 90'000);
  EXPECT_EQ(progress.back(), 91'599);
}

} // namespace
} // namespace simpul::server
