// simpulctl demo as a process: the demo database ./run.sh opens, checked in the file itself
// and through a real simpul-data started on it.
#include "cli_fixture.h"
#include "client/connection.h"
#include "domain/nik.h"

#include <csignal>
#include <gmock/gmock.h>
#include <set>

namespace simpul::testing {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

using Rows = std::vector<std::vector<std::string>>;

// The accounts of the default plan, in the order they are listed.
const std::vector<std::string> kFixedUsers = {"admin", "dinsos", "viewer", "ipsm",
                                              "tksk",  "kades",  "psm"};

class SimpulctlDemoTest : public SimpulctlTest {
protected:
  ProcessResult demo(const std::string& db, const std::vector<std::string>& extra = {},
                     std::map<std::string, std::string> env = {}) const {
    std::vector<std::string> args{"demo", "--db", db, "--wilayah", SIMPUL_TEST_WILAYAH_CSV};
    args.insert(args.end(), extra.begin(), extra.end());
    return simpulctl(args, "admin", std::move(env));
  }

  // Every row of `sql`, each column as text.
  static Rows query(const std::string& db, const std::string& sql) {
    storage::OpenOptions options;
    options.readOnly = true;
    storage::Database database = storage::Database::open(db, options);
    auto statement = database.prepare(sql);
    Rows rows;
    while (statement.step()) {
      std::vector<std::string> row;
      for (int c = 0; c < statement.columnCount(); ++c) {
        row.push_back(statement.columnText(c));
      }
      rows.push_back(std::move(row));
    }
    return rows;
  }

  static std::map<std::string, std::int64_t> rowCounts(const std::string& db) {
    std::map<std::string, std::int64_t> counts;
    for (const char* table : {"core_users", "core_role_bindings", "core_persons", "core_audit",
                              "core_wilayah", "core_sessions"}) {
      counts[table] = queryInt(db, std::string("SELECT count(*) FROM ") + table);
    }
    return counts;
  }

  // username → its line of the logins file, split at tabs (header checked and dropped).
  static std::map<std::string, std::vector<std::string>> readLogins(const std::string& path) {
    std::map<std::string, std::vector<std::string>> logins;
    const auto lines = splitLines(readFile(path));
    EXPECT_FALSE(lines.empty()) << path;
    for (std::size_t i = 1; i < lines.size(); ++i) {
      std::vector<std::string> fields(1);
      for (char c : lines[i]) {
        if (c == '\t') {
          fields.emplace_back();
        } else {
          fields.back().push_back(c);
        }
      }
      EXPECT_EQ(fields.size(), 5u) << "line " << i;
      logins[fields[0]] = fields;
    }
    return logins;
  }

  std::string loginsFile() const { return m_dir.file("demo-logins.txt"); }

  // simpul-data on dbPath(), up when its socket accepts a connection.
  void startServer() {
    m_server = std::make_unique<ChildProcess>(
        std::vector<std::string>{SIMPUL_DATA_PATH, "--db", dbPath(), "--listen", address()},
        environmentWith({}, {}), m_dir.file("server.log"));
    auto channel = client::openChannel(address());
    const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (!channel->WaitForConnected(std::chrono::system_clock::now() +
                                      std::chrono::milliseconds(200))) {
      ASSERT_TRUE(m_server->running()) << readFile(m_dir.file("server.log"));
      ASSERT_LT(std::chrono::steady_clock::now(), giveUp) << readFile(m_dir.file("server.log"));
    }
  }
  void TearDown() override {
    if (m_server) {
      m_server->stop(SIGKILL, std::chrono::seconds(5));
    }
  }
  std::string address() const { return "unix:" + m_dir.file("s.sock"); }
  ProcessResult ctl(std::vector<std::string> args, const std::string& who) const {
    args.insert(args.begin(), {"--server", address()});
    return simpulctl(std::move(args), who);
  }

  std::unique_ptr<ChildProcess> m_server;
};

TEST_F(SimpulctlDemoTest, CreatesEveryAccountWithItsRoleAndWilayahAndAPrivateLoginsFile) {
  const ProcessResult r = demo(dbPath());
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("memuat wilayah… 91599/91599"));
  EXPECT_THAT(r.out, HasSubstr("synthetic data"));

  // Every account has exactly one binding, at the level its role works at.
  const Rows users = query(dbPath(), "SELECT u.username, b.role, ifnull(b.wilayah_code, '*'), "
                                     "ifnull(w.level, 0), u.display_name FROM core_users u "
                                     "JOIN core_role_bindings b ON b.user_id = u.id LEFT JOIN "
                                     "core_wilayah w ON w.code = b.wilayah_code ORDER BY u.id");
  ASSERT_GE(users.size(), kFixedUsers.size());
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_users"),
            static_cast<std::int64_t>(users.size()));
  std::map<std::string, std::vector<std::string>> byName;
  for (const auto& row : users) {
    byName[row[0]] = row;
    EXPECT_THAT(row[4], HasSubstr(" ")) << "display name from the names file: " << row[0];
  }
  const auto expect = [&](const std::string& user, const std::string& role, const char* level) {
    ASSERT_TRUE(byName.contains(user)) << user;
    EXPECT_EQ(byName[user][1], role) << user;
    EXPECT_EQ(byName[user][3], level) << user;
    if (byName[user][2] != "*") {
      EXPECT_TRUE(byName[user][2].starts_with("32.04")) << user << " at " << byName[user][2];
    }
  };
  expect("admin", "admin", "0");
  EXPECT_EQ(byName["admin"][2], "*");
  expect("dinsos", "dinsos", "2");
  expect("viewer", "viewer", "2");
  expect("ipsm", "ipsm_pengurus", "2");
  EXPECT_EQ(byName["dinsos"][2], "32.04");
  expect("tksk", "tksk", "3");
  expect("kades", "kepala_desa", "4");
  expect("psm", "psm", "4");
  const std::string kecamatan = byName["tksk"][2];
  EXPECT_EQ(byName["kades"][2], byName["psm"][2]);
  EXPECT_TRUE(byName["psm"][2].starts_with(kecamatan + ".")) << "the desa is in the kecamatan";

  // psm.2, psm.3... each at a further desa of the same kecamatan, at most 8 psm in all.
  const std::int64_t desaInKecamatan = queryInt(
      dbPath(), "SELECT count(*) FROM core_wilayah WHERE parent_code = '" + kecamatan + "'");
  const std::int64_t psmCount = std::min<std::int64_t>(desaInKecamatan, 8);
  EXPECT_EQ(static_cast<std::int64_t>(users.size()), 6 + psmCount);
  std::set<std::string> psmDesa;
  for (std::int64_t i = 1; i <= psmCount; ++i) {
    const std::string name = i == 1 ? "psm" : "psm." + std::to_string(i);
    expect(name, "psm", "4");
    EXPECT_TRUE(byName[name][2].starts_with(kecamatan + ".")) << name;
    psmDesa.insert(byName[name][2]);
  }
  EXPECT_EQ(static_cast<std::int64_t>(psmDesa.size()), psmCount) << "one desa each";

  // The logins file: private, a header, every account with its role, wilayah and password;
  // the table on stdout shows the same.
  EXPECT_EQ(fileMode(loginsFile()), 0600);
  EXPECT_EQ(splitLines(readFile(loginsFile())).front(),
            "username\trole\twilayah_code\twilayah_name\tpassword");
  const auto logins = readLogins(loginsFile());
  EXPECT_EQ(logins.size(), users.size());
  for (const auto& [name, row] : byName) {
    ASSERT_TRUE(logins.contains(name)) << name;
    const auto& line = logins.at(name);
    EXPECT_EQ(line[1], row[1]) << name;
    EXPECT_EQ(line[2], row[2]) << name;
    EXPECT_GE(line[4].size(), 12u) << name;
    EXPECT_THAT(r.out, HasSubstr(line[4])) << name;
    EXPECT_THAT(r.out, HasSubstr(line[2] + "  " + line[3])) << name;
  }
  EXPECT_EQ(logins.at("dinsos")[3], "Kabupaten Bandung");
  EXPECT_NE(logins.at("dinsos")[4], logins.at("viewer")[4]);
  // Only hashes in the database.
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_users WHERE password_hash NOT LIKE "
                               "'$argon2id$%' OR password_hash = '" +
                                   logins.at("dinsos")[4] + "'"),
            0);
}

TEST_F(SimpulctlDemoTest, PersonsHaveValidDistinctNiksInsideTheKabupaten) {
  const ProcessResult r = demo(dbPath(), {"--persons", "120"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const std::int64_t psmUsers =
      queryInt(dbPath(), "SELECT count(*) FROM core_role_bindings WHERE role = 'psm'");
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_persons"), 120 + psmUsers);

  const Rows persons = query(dbPath(), "SELECT p.nik, p.sex, p.birth_date, p.wilayah_code, "
                                       "w.level, w.parent_code FROM core_persons p LEFT JOIN "
                                       "core_wilayah w ON w.code = p.wilayah_code");
  std::set<std::string> niks;
  std::set<std::string> desa;
  domain::NikParseOptions options;
  options.referenceDate = domain::CivilDate{2025, 1, 1};
  for (const auto& p : persons) {
    const auto nik = domain::Nik::parse(p[0], options);
    ASSERT_TRUE(nik.ok()) << nik.error().message.en; // never the NIK itself
    EXPECT_TRUE(niks.insert(p[0]).second) << "two persons share a NIK";
    EXPECT_EQ(p[1], nik.value().sex() == domain::Sex::Female ? "2" : "1");
    EXPECT_EQ(p[2], nik.value().birthDate().toIsoString());
    EXPECT_GE(nik.value().birthDate().year, 1940);
    EXPECT_LE(nik.value().birthDate().year, 2024);
    EXPECT_EQ(p[4], "4") << "the address is a desa/kelurahan";
    EXPECT_TRUE(p[3].starts_with("32.04.")) << p[3];
    EXPECT_EQ(nik.value().kecamatan().dotted(), p[5]) << "the NIK's kecamatan is where they live";
    desa.insert(p[3]);
  }
  EXPECT_GT(desa.size(), 20u) << "spread over the kab/kota's desa";
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_persons WHERE sex = 2"),
            queryInt(dbPath(), "SELECT count(*) FROM core_persons WHERE substr(nik, 7, 2) > '40'"));
  EXPECT_GT(queryInt(dbPath(), "SELECT count(*) FROM core_persons WHERE sex = 2"), 20);
  EXPECT_GT(queryInt(dbPath(), "SELECT count(*) FROM core_persons WHERE sex = 1"), 20);

  // Every psm account has its own person record, in its own desa.
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_users u JOIN core_role_bindings b ON "
                               "b.user_id = u.id AND b.role = 'psm' JOIN core_persons p ON "
                               "p.full_name = u.display_name AND p.wilayah_code = b.wilayah_code"),
            psmUsers);

  // Audited as "simpulctl demo": each account, its binding and each person; no NIK, no name.
  const std::int64_t users = queryInt(dbPath(), "SELECT count(*) FROM core_users");
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_audit WHERE actor = 'simpulctl demo'"),
            2 * users + 120 + psmUsers);
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_audit WHERE actor <> 'simpulctl demo'"),
            0);
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_audit a JOIN core_persons p ON "
                               "a.resource = 'persons/' || p.id AND a.wilayah_code = "
                               "p.wilayah_code"),
            120 + psmUsers);
  for (const auto& p : persons) {
    ASSERT_THAT(r.out + r.err, Not(HasSubstr(p[0]))) << "a NIK was printed";
  }
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_audit a JOIN core_persons p ON "
                               "instr(a.changed_fields || a.resource, p.nik) > 0 OR "
                               "instr(a.changed_fields, p.full_name) > 0"),
            0);
}

TEST_F(SimpulctlDemoTest, DinsosLogsInToARealServerAndTheAuditChainVerifies) {
  const ProcessResult r = demo(dbPath(), {"--persons", "30"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const auto logins = readLogins(loginsFile());
  startServer();
  if (HasFatalFailure()) {
    return;
  }

  for (const std::string user : {"dinsos", "psm", "admin"}) {
    const ProcessResult login =
        ctl({"login", "--user", user, "--password-file", passwordFile(logins.at(user)[4])}, user);
    ASSERT_EQ(login.exitCode, 0) << user << "\n" << describe(login);
  }
  ProcessResult who = ctl({"whoami"}, "dinsos");
  ASSERT_EQ(who.exitCode, 0) << describe(who);
  EXPECT_THAT(splitLines(who.out), Contains("user\tdinsos"));
  EXPECT_THAT(splitLines(who.out), Contains("role\tdinsos@32.04"));
  EXPECT_THAT(splitLines(who.out), Contains("permission\tcore.person.read_nik"));

  who = ctl({"whoami"}, "psm");
  ASSERT_EQ(who.exitCode, 0) << describe(who);
  EXPECT_THAT(splitLines(who.out), Contains("role\tpsm@" + logins.at("psm")[2]));

  // A wrong password is still refused: the passwords are the file's, not anything.
  const ProcessResult wrong =
      ctl({"login", "--user", "viewer", "--password-file", passwordFile(logins.at("dinsos")[4])},
          "viewer");
  EXPECT_EQ(wrong.exitCode, 1) << describe(wrong);

  const ProcessResult verify = ctl({"audit", "verify"}, "admin");
  ASSERT_EQ(verify.exitCode, 0) << describe(verify);
  EXPECT_THAT(verify.out,
              HasSubstr("audit chain intact: " +
                        std::to_string(queryInt(dbPath(), "SELECT count(*) FROM core_audit"))));
}

TEST_F(SimpulctlDemoTest, TheSameSeedGivesTheSameDataButNewPasswords) {
  const std::string other = m_dir.file("other.db");
  const std::string third = m_dir.file("third.db");
  const std::vector<std::string> options = {"--seed", "7",           "--persons",
                                            "60",     "--kabupaten", "3273"};
  ProcessResult r = demo(dbPath(), options);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  r = demo(other, {"--seed", "7", "--persons", "60", "--kabupaten", "32.73", "--logins-file",
                   m_dir.file("other-logins.txt")});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  r = demo(third, {"--seed", "8", "--persons", "60", "--kabupaten", "32.73", "--logins-file",
                   m_dir.file("third-logins.txt")});
  ASSERT_EQ(r.exitCode, 0) << describe(r);

  const std::string persons =
      "SELECT nik, full_name, sex, birth_date, wilayah_code, rw, rt FROM core_persons ORDER BY id";
  const std::string users = "SELECT u.username, u.display_name, b.role, ifnull(b.wilayah_code, "
                            "'') FROM core_users u JOIN core_role_bindings b ON b.user_id = u.id "
                            "ORDER BY u.id";
  EXPECT_EQ(query(dbPath(), persons).size(), query(other, persons).size());
  EXPECT_TRUE(query(dbPath(), persons) == query(other, persons)) << "same seed, same persons";
  EXPECT_TRUE(query(dbPath(), users) == query(other, users)) << "same seed, same accounts";
  EXPECT_FALSE(query(dbPath(), persons) == query(third, persons)) << "the seed matters";
  EXPECT_EQ(queryInt(dbPath(), "SELECT count(*) FROM core_persons WHERE wilayah_code NOT LIKE "
                               "'32.73.%'"),
            0);
  EXPECT_EQ(readLogins(loginsFile()).at("dinsos")[2], "32.73");
  EXPECT_EQ(readLogins(loginsFile()).at("dinsos")[3], "Kota Bandung");
  EXPECT_NE(readLogins(loginsFile()).at("dinsos")[4],
            readLogins(m_dir.file("other-logins.txt")).at("dinsos")[4]);
  EXPECT_EQ(fileMode(m_dir.file("other-logins.txt")), 0600);
}

TEST_F(SimpulctlDemoTest, ARerunOnAPopulatedDatabaseChangesNothing) {
  ProcessResult r = demo(dbPath(), {"--persons", "20"});
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const auto before = rowCounts(dbPath());
  const std::string file = readFile(loginsFile());

  r = demo(dbPath(), {"--persons", "40", "--seed", "9"});
  EXPECT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("nothing was changed"));
  EXPECT_THAT(r.out, HasSubstr(readLogins(loginsFile()).at("dinsos")[4]))
      << "the saved logins are shown again";
  EXPECT_EQ(rowCounts(dbPath()), before);
  EXPECT_EQ(readFile(loginsFile()), file);

  // A database made by init: its users are kept, and there is no demo logins file to show.
  const std::string initDb = m_dir.file("sub/init.db");
  std::filesystem::create_directories(m_dir.file("sub"));
  ASSERT_EQ(initDatabase(initDb).exitCode, 0);
  const auto initCounts = rowCounts(initDb);
  r = demo(initDb);
  EXPECT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_THAT(r.out, HasSubstr("no demo logins file"));
  EXPECT_EQ(rowCounts(initDb), initCounts);
  EXPECT_EQ(fileMode(m_dir.file("sub/demo-logins.txt")), -1);
}

TEST_F(SimpulctlDemoTest, ABadKabupatenOrOptionIsRefusedWithNothingWritten) {
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--kabupaten", "32.99"}, "32.99"},       // well formed, not in the list
      {{"--kabupaten", "32.04.12"}, "32.04.12"}, // a kecamatan
      {{"--kabupaten", "bandung"}, "bandung"},   // not a code
      {{"--persons", "many"}, "--persons"},
      {{"--persons", "1000000"}, "--persons"},
      {{"--seed", "-1"}, "--seed"},
  };
  for (const auto& [extra, named] : cases) {
    const ProcessResult r = demo(dbPath(), extra);
    EXPECT_EQ(r.exitCode, 2) << extra.front() << "\n" << describe(r);
    EXPECT_THAT(r.err, HasSubstr(named));
    EXPECT_EQ(fileMode(dbPath()), -1) << extra.back() << ": no database may be created";
    EXPECT_EQ(fileMode(loginsFile()), -1);
  }

  // A names file that is missing is found out before the database is made.
  const ProcessResult r = demo(dbPath(), {}, {{"SIMPUL_DATA_DIR", m_dir.file("nowhere")}});
  EXPECT_EQ(r.exitCode, 1) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("indonesian_names_faker.csv"));
  EXPECT_EQ(fileMode(dbPath()), -1);
}

TEST_F(SimpulctlDemoTest, IsListedInTheHelp) {
  ProcessResult r = simpulctl({"--help"});
  EXPECT_THAT(r.out, HasSubstr("  demo "));
  r = simpulctl({"demo", "--help"});
  EXPECT_EQ(r.exitCode, 0) << describe(r);
  for (const char* option : {"--db PATH", "--kabupaten CODE", "--seed N", "--persons N",
                             "--logins-file FILE", "--wilayah FILE", "--names FILE"}) {
    EXPECT_THAT(r.out, HasSubstr(option));
  }
  EXPECT_THAT(r.out, Not(HasSubstr("--server")));
  r = simpulctl({"demo"});
  EXPECT_EQ(r.exitCode, 2) << describe(r);
  EXPECT_THAT(r.err, HasSubstr("--db"));
}

} // namespace
} // namespace simpul::testing
