// The "done when" of issue 5: 100,000 generated rows over the desa of Kabupaten Bandung
// (32.04), some of them deliberately bad, imported with `simpulctl pmks import` as Dinas
// Sosial straight to VALIDATED; then `simpulctl pmks recap --level kecamatan --format csv`
// must equal the counts computed from the generated good rows. Real processes throughout.
#include "client/connection.h"
#include "domain/pmks_catalog.h"
#include "process.h"
#include "test_support.h"

#include <csignal>
#include <fstream>
#include <gmock/gmock.h>
#include <map>
#include <random>
#include <sstream>

namespace simpul::testing {
namespace {

constexpr int kRows = 100000;
constexpr int kPeriodYear = 2025;

std::vector<std::string> splitCsvLine(const std::string& line) {
  std::vector<std::string> fields(1);
  for (char c : line) {
    if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

struct Wilayah {
  std::string code;
  std::string name;
};

struct Generated {
  int bad = 0;
  // (kecamatan code, type order) -> {male, female}
  std::map<std::pair<std::string, int>, std::pair<long, long>> counts;
};

// Writes the import file; deterministic (fixed seed).
Generated generate(const std::string& path) {
  std::vector<Wilayah> desa;
  std::map<std::string, std::string> kecamatanNames;
  {
    std::ifstream in(SIMPUL_TEST_WILAYAH_CSV);
    std::string line;
    while (std::getline(in, line)) {
      if (!line.starts_with("32.04.")) {
        continue;
      }
      const auto f = splitCsvLine(line); // code,name,level,parent_code,type (no commas inside)
      if (f[2] == "3") {
        kecamatanNames[f[0]] = f[1];
      } else if (f[2] == "4") {
        desa.push_back({f[0], f[1]});
      }
    }
  }
  std::vector<std::string> male, female;
  {
    std::ifstream in(SIMPUL_TEST_NAMES_CSV);
    std::string line;
    while (std::getline(in, line)) {
      const auto f = splitCsvLine(line);
      if (f.size() >= 3 && f[1] == "first_name") {
        (f[2] == "P" ? female : male).push_back(f[0]);
      }
    }
  }
  std::vector<const domain::PmksType*> types;
  for (const auto& type : domain::pmksTypes()) {
    if (type.subjectKind == domain::PmksSubjectKind::Person) {
      types.push_back(&type);
    }
  }
  EXPECT_GT(desa.size(), 200u);
  EXPECT_FALSE(male.empty());
  EXPECT_FALSE(female.empty());

  std::mt19937 rng(20250501);
  auto pick = [&](std::size_t n) {
    return static_cast<std::size_t>(rng() % n);
  };
  std::map<std::string, int> serials; // NIK prefix -> last serial: every NIK unique
  Generated g;
  std::ofstream out(path, std::ios::binary);
  out << "nik,no_kk,nama,jenis_kelamin,tanggal_lahir,kode_wilayah,dusun,rw,rt,jenis_pmks,"
         "jenis_disabilitas,periode,keterangan\n";
  for (int i = 0; i < kRows; ++i) {
    const Wilayah& w = desa[pick(desa.size())];
    const domain::PmksType& type = *types[pick(types.size())];
    bool isFemale = type.sexRule.only ? *type.sexRule.only == domain::Sex::Female : rng() % 2 == 1;
    const auto& rule = type.ageRule;
    int lo = rule.min ? rule.min->years + (rule.min->inclusive ? 0 : 1) : 0;
    int hi = rule.max ? rule.max->years - (rule.max->inclusive ? 0 : 1) : 90;
    hi = std::min(hi, 90);
    const int age = lo + static_cast<int>(pick(static_cast<std::size_t>(hi - lo + 1)));
    // Born in kPeriodYear - age, on or before 28 Dec: that age at the period's end.
    const int year = kPeriodYear - age;
    const int month = 1 + static_cast<int>(pick(12));
    const int day = 1 + static_cast<int>(pick(28));
    char nik[64];
    const std::string kecamatan = w.code.substr(0, 8); // 32.04.05
    const std::string prefix =
        kecamatan.substr(0, 2) + kecamatan.substr(3, 2) + kecamatan.substr(6, 2);
    char date[40]; // room for any int, so the compiler sees no truncation
    std::snprintf(date, sizeof date, "%02d%02d%02d", day + (isFemale ? 40 : 0), month, year % 100);
    const int serial = ++serials[prefix + date];
    std::snprintf(nik, sizeof nik, "%s%s%04d", prefix.c_str(), date, serial);
    char birth[40];
    std::snprintf(birth, sizeof birth, "%04d-%02d-%02d", year, month, day);
    std::string birthText = birth;
    std::string wilayah = w.code;
    bool bad = false;
    if (i % 997 == 13) {
      birthText = "31-02-2020"; // no such day
      bad = true;
    } else if (i % 1499 == 7) {
      wilayah = "32.04.99.9999"; // no such desa
      bad = true;
    }
    const auto& names = isFemale ? female : male;
    out << nik << ",," << names[pick(names.size())] << ' ' << names[pick(names.size())] << ','
        << (isFemale ? 'P' : 'L') << ',' << birthText << ',' << wilayah << ",,001,002,"
        << type.order << ',' << (type.needsDisabilityKinds ? "fisik" : "") << ',' << kPeriodYear
        << ",\n";
    if (bad) {
      ++g.bad;
    } else {
      auto& c = g.counts[{kecamatan, type.order}];
      (isFemale ? c.second : c.first) += 1;
    }
  }
  return g;
}

TEST(PmksCliEndToEnd, HundredThousandRowsImportedAndRecappedPerKecamatan) {
  TempDir dir;
  const std::map<std::string, std::string> home = {{"XDG_CONFIG_HOME", dir.file("config")},
                                                   {"HOME", dir.file("home")}};
  const auto env = environmentWith(home, {"SIMPUL_TOKEN", "SIMPUL_SERVER", "SIMPUL_PLUGINS"});
  const std::string address = "unix:" + dir.file("s.sock");
  auto ctl = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {SIMPULCTL_PATH, "--server", address, "--plugins", PMKS_PLUGINS_DIR});
    return runProcess(args, env, std::chrono::seconds(3000));
  };
  auto describe = [](const ProcessResult& r) {
    return "exit " + std::to_string(r.exitCode) + "\n--- stdout\n" + r.out + "--- stderr\n" +
           r.err.substr(0, 4000);
  };
  writeFile(dir.file("pw"), "admin-password-1\n");
  writeFile(dir.file("pw2"), "dinsos-password-1\n");
  ProcessResult r =
      runProcess({SIMPULCTL_PATH, "init", "--db", dir.file("db"), "--admin", "admin",
                  "--admin-password-file", dir.file("pw"), "--wilayah", SIMPUL_TEST_WILAYAH_CSV},
                 env);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  ChildProcess server({SIMPUL_DATA_PATH, "--db", dir.file("db"), "--listen", address, "--plugins",
                       PMKS_PLUGINS_DIR},
                      env, dir.file("server.log"));
  auto channel = client::openChannel(address);
  while (!channel->WaitForConnected(std::chrono::system_clock::now() +
                                    std::chrono::milliseconds(200))) {
    ASSERT_TRUE(server.running()) << readFile(dir.file("server.log"));
  }
  for (const std::vector<std::string>& step : std::vector<std::vector<std::string>>{
           {"login", "--user", "admin", "--password-file", dir.file("pw")},
           {"user", "add", "dinsos1", "--display-name", "Dinas Sosial", "--password-file",
            dir.file("pw2")},
           {"user", "grant", "dinsos1", "dinsos", "--wilayah", "32.04"},
           {"login", "--user", "dinsos1", "--password-file", dir.file("pw2")}}) {
    r = ctl(step);
    ASSERT_EQ(r.exitCode, 0) << describe(r);
  }

  const std::string file = dir.file("pmks.csv");
  const Generated g = generate(file);
  const int good = kRows - g.bad;
  const auto started = std::chrono::steady_clock::now();
  r = ctl({"pmks", "import", file, "--status", "validated", "--errors", dir.file("errors.csv")});
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
  std::cout << "import of " << kRows << " rows: " << seconds.count() << " s ("
            << kRows / seconds.count() << " rows/s)\n";
  EXPECT_EQ(r.exitCode, 1) << describe(r) << "\nsome rows are bad on purpose";
  EXPECT_THAT(r.out, ::testing::HasSubstr(
                         "dibaca / read:                 " + std::to_string(kRows) + "\n"));
  EXPECT_THAT(
      r.out, ::testing::HasSubstr("dibuat / created:              " + std::to_string(good) + "\n"));
  EXPECT_THAT(r.out, ::testing::HasSubstr(
                         "gagal / failed:                " + std::to_string(g.bad) + "\n"));
  const auto errorLines = splitLines(readFile(dir.file("errors.csv")));
  ASSERT_EQ(errorLines.size(), static_cast<std::size_t>(g.bad) + 1);
  EXPECT_EQ(errorLines[0], "baris,kolom,alasan\r");
  EXPECT_THAT(r.err, ::testing::HasSubstr("mengimpor / importing… 100%"));

  r = ctl({"pmks", "recap", "--wilayah", "32.04", "--period", std::to_string(kPeriodYear),
           "--level", "kecamatan", "--format", "csv"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  std::map<std::string, std::string> names;
  {
    std::ifstream in(SIMPUL_TEST_WILAYAH_CSV);
    std::string line;
    while (std::getline(in, line)) {
      const auto f = splitCsvLine(line);
      names[f[0]] = f[1];
    }
  }
  std::vector<std::string> expected = {
      "kode_wilayah,nama_wilayah,jenis_pmks,nama_jenis,laki_laki,perempuan,jumlah"};
  for (const auto& [key, count] : g.counts) {
    const std::string typeName = domain::findPmksTypeByOrder(key.second)->name.id;
    const bool quote = typeName.find_first_of(",\"") != std::string::npos;
    expected.push_back(key.first + ',' + names[key.first] + ',' + std::to_string(key.second) + ',' +
                       (quote ? '"' + typeName + '"' : typeName) + ',' +
                       std::to_string(count.first) + ',' + std::to_string(count.second) + ',' +
                       std::to_string(count.first + count.second));
  }
  EXPECT_EQ(splitLines(r.out), expected);
  server.stop(SIGTERM, std::chrono::seconds(30));
}

} // namespace
} // namespace simpul::testing
