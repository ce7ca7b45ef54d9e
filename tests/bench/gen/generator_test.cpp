// Checks the benchmarks' data generator (generator.h) on 2,000 rows: valid NIKs that agree
// with sex and birth date, every row within its type's rules, unique subjects, the import
// CSV's header, determinism, and a database (writeDatabase, rawInsert) whose recap counts
// equal a direct count. The template database is made as run.sh makes it: simpulctl init,
// then simpul-data once for the plugin migrations.

#include "bench_server.h"
#include "domain/nik.h"
#include "domain/period.h"
#include "domain/pmks_catalog.h"
#include "generator.h"
#include "sqlite_util.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <set>
#include <sstream>

namespace simpul::bench {
namespace {

constexpr std::int64_t kRows = 2000;

GenOptions options(std::uint64_t seed = 1) {
  GenOptions o;
  o.wilayahCsv = BENCH_GEN_WILAYAH_CSV;
  o.namesCsv = BENCH_GEN_NAMES_CSV;
  o.rows = kRows;
  o.seed = seed;
  return o;
}

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<GenRow> generate(GenOptions o) {
  Generator generator(o);
  std::vector<GenRow> rows;
  GenRow row;
  while (generator.next(row)) {
    rows.push_back(row);
  }
  return rows;
}

void checkRows(const std::vector<GenRow>& rows) {
  ASSERT_EQ(static_cast<std::int64_t>(rows.size()), kRows);
  domain::NikParseOptions nikOptions;
  nikOptions.referenceDate = domain::CivilDate{2026, 1, 1};
  std::set<std::string> niks;
  std::set<std::tuple<std::string, int, std::string>> subjects;
  std::map<int, int> byType;
  int secondRecords = 0;
  std::string previousNik;
  for (const GenRow& row : rows) {
    SCOPED_TRACE("person " + std::to_string(row.personIndex));
    const auto nik = domain::Nik::parse(row.nik, nikOptions);
    ASSERT_TRUE(nik.ok());
    EXPECT_EQ(nik->birthDate().toIsoString(), row.birthDate);
    EXPECT_EQ(nik->sex(), row.sex == 2 ? domain::Sex::Female : domain::Sex::Male);
    const std::string& desa = row.desaCode; // 32.04.05.2001
    EXPECT_EQ(row.nik.substr(0, 6), desa.substr(0, 2) + desa.substr(3, 2) + desa.substr(6, 2));
    EXPECT_TRUE(desa.starts_with("32.")) << desa;
    EXPECT_EQ(desa.size(), 13u);
    if (row.newPerson) {
      EXPECT_TRUE(niks.insert(row.nik).second) << "NIK repeated for a new person";
    } else {
      EXPECT_EQ(row.nik, previousNik) << "a second record follows its person's first";
      ++secondRecords;
    }
    previousNik = row.nik;
    const auto* type = domain::findPmksTypeByOrder(row.pmksType);
    ASSERT_NE(type, nullptr);
    EXPECT_NE(type->subjectKind, domain::PmksSubjectKind::Community);
    const auto birth = domain::CivilDate::parseIso(row.birthDate);
    ASSERT_TRUE(birth);
    const int age = domain::CivilDate::ageInYears(*birth, domain::Period::parse(row.period)->end());
    const auto violation =
        domain::checkSubject(*type, age, row.sex == 2 ? domain::Sex::Female : domain::Sex::Male);
    EXPECT_FALSE(violation) << "type " << row.pmksType << " age " << age;
    EXPECT_FALSE(domain::checkDisabilityKinds(
        *type, row.disability.empty() ? std::vector<std::string>{}
                                      : std::vector<std::string>{row.disability}));
    if (type->subjectKind == domain::PmksSubjectKind::Family) {
      EXPECT_EQ(row.noKk.size(), 16u);
      EXPECT_EQ(row.noKk.find_first_not_of("0123456789"), std::string::npos);
    } else {
      EXPECT_TRUE(row.noKk.empty());
    }
    EXPECT_EQ(row.sensitive, type->sensitive);
    EXPECT_TRUE(subjects.insert({row.subjectKey(), row.pmksType, row.period}).second)
        << "the same subject twice for one type and period";
    ++byType[row.pmksType];
  }
  // Mostly fakir miskin, then lanjut usia; about 5% of persons with a second record.
  EXPECT_GT(byType[24], kRows / 2);
  EXPECT_GT(byType[8], kRows / 20);
  EXPECT_GT(secondRecords, kRows / 50);
  EXPECT_LT(secondRecords, kRows / 10);
}

TEST(BenchGenerator, RowsAreValidAndUnique) {
  checkRows(generate(options()));
  GenOptions mixed = options();
  mixed.mixedPeriodsAndStatuses = true;
  checkRows(generate(mixed));
}

TEST(BenchGenerator, CsvHasTheImportHeaderAndIsDeterministic) {
  WorkDir dir;
  writeCsv(options(1), dir.file("a.csv"));
  writeCsv(options(1), dir.file("b.csv"));
  writeCsv(options(2), dir.file("c.csv"));
  const std::string a = readAll(dir.file("a.csv"));
  EXPECT_EQ(a, readAll(dir.file("b.csv")));
  EXPECT_NE(a, readAll(dir.file("c.csv")));
  EXPECT_TRUE(a.starts_with("nik,no_kk,nama,jenis_kelamin,tanggal_lahir,kode_wilayah,dusun,rw,"
                            "rt,jenis_pmks,jenis_disabilitas,periode,keterangan\n"));
  EXPECT_EQ(std::count(a.begin(), a.end(), '\n'), kRows + 1);
  const std::vector<GenRow> rows = generate(options(1));
  EXPECT_NE(a.find('\n' + csvLine(rows[kRows - 1]) + '\n'), std::string::npos);
}

class BenchDatabase : public ::testing::Test {
protected:
  static void SetUpTestSuite() {
    s_dir = new WorkDir;
    std::ofstream(s_dir->file("admin.pw")) << "bench-admin-password-1\n";
    const auto result = testing::runProcess(
        {SIMPULCTL_PATH, "init", "--db", templatePath(), "--admin", "admin",
         "--admin-password-file", s_dir->file("admin.pw"), "--wilayah", BENCH_GEN_WILAYAH_CSV},
        testing::environmentWith({{"HOME", s_dir->file("")}}, {}));
    ASSERT_EQ(result.exitCode, 0) << result.err;
    BenchServer server(templatePath()); // runs the plugin migrations
  }
  static void TearDownTestSuite() {
    delete s_dir;
    s_dir = nullptr;
  }
  static std::string templatePath() { return s_dir->file("template.db"); }
  static WorkDir* s_dir;
};
WorkDir* BenchDatabase::s_dir = nullptr;

// Rows of (period, wilayah prefix, type, status, sex, n) that differ between the recap
// counts at `level` and a direct count of the records.
std::int64_t recapDifferences(sql::Db& db, int level, int length) {
  const std::string direct = "SELECT period, substr(wilayah_code, 1, " + std::to_string(length) +
                             "), pmks_type, status, sex, count(*) FROM pmks_records GROUP BY 1, "
                             "2, 3, 4, 5";
  const std::string recap = "SELECT period, wilayah_code, pmks_type, status, sex, n FROM "
                            "pmks_recap_counts WHERE level = " +
                            std::to_string(level) + " AND n != 0";
  return db.scalar("SELECT count(*) FROM (" + direct + " EXCEPT " + recap + ")") +
         db.scalar("SELECT count(*) FROM (" + recap + " EXCEPT " + direct + ")");
}

TEST_F(BenchDatabase, WriteDatabaseFillsConsistentRecapCounts) {
  const std::string out = s_dir->file("db.db");
  const WriteDbStats stats = writeDatabase(options(), templatePath(), out);
  EXPECT_EQ(stats.records, kRows);
  sql::Db db(out, SQLITE_OPEN_READONLY);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM pmks_records"), kRows);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM core_persons"), stats.persons);
  EXPECT_GT(db.scalar("SELECT count(*) FROM pmks_records WHERE period = '2024'"), 0);
  EXPECT_GT(db.scalar("SELECT count(*) FROM pmks_records WHERE status != 4"), 0);
  EXPECT_GT(db.scalar("SELECT count(*) FROM pmks_recap_counts WHERE level = 1"), 0);
  for (const auto& [level, length] : {std::pair{1, 2}, {2, 5}, {3, 8}, {4, 13}}) {
    EXPECT_EQ(recapDifferences(db, level, length), 0) << "level " << level;
  }
  EXPECT_EQ(db.scalar("SELECT count(*) FROM pmks_records r JOIN core_persons p ON p.id = "
                      "r.person_id WHERE p.sex != r.sex"),
            0);
}

TEST_F(BenchDatabase, RawInsertStoresRowsAndPersons) {
  const std::string out = s_dir->file("raw.db");
  {
    sql::Db source(templatePath(), SQLITE_OPEN_READONLY);
    source.exec("VACUUM INTO '" + out + "'");
  }
  const std::vector<GenRow> rows = generate(options());
  const RawInsertStats stats = rawInsert(out, rows);
  EXPECT_EQ(stats.rows, kRows);
  EXPECT_GT(stats.seconds, 0);
  sql::Db db(out, SQLITE_OPEN_READONLY);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM pmks_records WHERE status = 4 AND period = '2025'"),
            kRows);
  EXPECT_EQ(db.scalar("SELECT count(*) FROM core_persons"),
            std::count_if(rows.begin(), rows.end(), [](const GenRow& r) { return r.newPerson; }));
}

} // namespace
} // namespace simpul::bench
