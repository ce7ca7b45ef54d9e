// demo: the offline demo database `./run.sh` opens: the real wilayah list, accounts for every
// default role in one real kab/kota and synthetic persons, with the logins printed and kept in
// a file only the owner can read.
#include "cli/commands.h"
#include "cli/demo_data.h"
#include "cli/demo_logins.h"
#include "cli/demo_store.h"
#include "cli/offline_setup.h"
#include "domain/wilayah_code.h"
#include "server/api_error.h"
#include "server/auth/accounts.h"
#include "server/auth/password.h"
#include "server/data_server.h"
#include "storage/error.h"
#include "storage/store.h"

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <limits>
#include <ostream>
#include <sstream>
#include <unistd.h>

#ifndef SIMPUL_DEFAULT_WILAYAH_CSV
#error "SIMPUL_DEFAULT_WILAYAH_CSV must be defined by the build (core/cli/CMakeLists.txt)"
#endif
#ifndef SIMPUL_DEFAULT_NAMES_CSV
#error "SIMPUL_DEFAULT_NAMES_CSV must be defined by the build (core/cli/CMakeLists.txt)"
#endif

namespace simpul::cli {

namespace {

constexpr std::string_view kDefaultKabupaten = "32.04";
constexpr std::uint64_t kDefaultSeed = 1;
constexpr std::uint64_t kDefaultPersons = 300;
constexpr std::uint64_t kMaxPersons = 100000;
constexpr std::string_view kLoginsFileName = "demo-logins.txt";
constexpr std::string_view kEverywhereCode = "*";

std::uint64_t numberOption(const ParsedArguments& args, std::string_view option,
                           std::uint64_t fallback, std::uint64_t max) {
  const auto text = args.value(option);
  if (!text) {
    return fallback;
  }
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (text->empty() || ec != std::errc() || end != text->data() + text->size() || value > max) {
    throw UsageError(std::string(option) + " harus bilangan 0-" + std::to_string(max) + " / " +
                     std::string(option) + " must be a number from 0 to " + std::to_string(max));
  }
  return value;
}

std::string kabupatenOption(const ParsedArguments& args) {
  const std::string text = args.value("--kabupaten").value_or(std::string(kDefaultKabupaten));
  const auto code = domain::WilayahCode::parse(text);
  if (!code || code.value().level() != domain::WilayahLevel::KabupatenKota) {
    // Echoed only when short: a long number typed here by mistake could be a NIK.
    const std::string shown = text.size() <= 13 ? text + ": " : "";
    throw UsageError("--kabupaten " + shown +
                     "bukan kode kabupaten/kota / not a kab/kota code (e.g. 32.04)");
  }
  return code.value().dotted();
}

std::string unknownKabupaten(const std::string& code) {
  return "--kabupaten " + code +
         ": tidak ada dalam daftar wilayah / no such kab/kota in the wilayah list";
}

void showExisting(Invocation& call, const std::string& loginsPath) {
  call.out() << "basis data sudah punya pengguna; tidak ada yang diubah / the database already "
                "has users; nothing was changed\n";
  std::ifstream in(loginsPath, std::ios::binary);
  if (!in) {
    call.out() << "berkas akun demo tidak ada / no demo logins file at " << loginsPath << '\n';
    return;
  }
  std::ostringstream content;
  content << in.rdbuf();
  if (const auto logins = demo::parseLoginsFile(content.str())) {
    demo::printLogins(call.out(), *logins);
  } else {
    call.out() << content.str();
  }
  call.out() << "(dari / from " << loginsPath << ")\n";
}

struct DatabaseState {
  bool users = false;
  bool wilayah = false;
  std::optional<demo::DemoArea> area; // when wilayah
};

DatabaseState inspect(const std::string& path, const std::string& kabupaten) {
  DatabaseState state;
  std::error_code ignored;
  if (!std::filesystem::exists(path, ignored)) {
    return state;
  }
  try {
    storage::OpenOptions options;
    options.create = false;
    storage::Database db = storage::Database::open(path, options);
    state.users = hasRows(db, "core_users");
    state.wilayah = hasRows(db, "core_wilayah");
    if (state.wilayah) {
      state.area = demo::loadArea(db, kabupaten);
    }
  } catch (const storage::StorageError&) {
    // not a database (yet): initializeDatabase will say what is wrong
  }
  return state;
}

// One random password per user, each acceptable to the server's policy, and their hashes
// (computed in parallel: ~0.1 s each, outside the write transaction).
std::vector<std::string> makePasswords(const demo::DemoPlan& plan,
                                       std::vector<std::string>& hashes) {
  std::vector<std::string> passwords;
  for (const demo::DemoUser& user : plan.users) {
    std::string password;
    for (bool accepted = false; !accepted;) {
      password = demo::randomPassword();
      try {
        server::requireAcceptablePassword(password, user.username, "password");
        accepted = true;
      } catch (const server::ApiError&) {
      }
    }
    passwords.push_back(std::move(password));
  }
  std::vector<std::future<std::string>> pending;
  for (const std::string& password : passwords) {
    pending.push_back(
        std::async(std::launch::async, [&password] { return server::hashPassword(password); }));
  }
  for (auto& hash : pending) {
    hashes.push_back(hash.get());
  }
  return passwords;
}

int demoCommand(Invocation& call) {
  const ParsedArguments& args = call.args();
  const auto dbPath = args.value("--db");
  if (!dbPath) {
    throw UsageError("`simpulctl demo` needs --db PATH");
  }
  const std::string kabupaten = kabupatenOption(args);
  const std::uint64_t seed =
      numberOption(args, "--seed", kDefaultSeed, std::numeric_limits<std::uint64_t>::max());
  const auto persons =
      static_cast<int>(numberOption(args, "--persons", kDefaultPersons, kMaxPersons));
  const std::filesystem::path dbDir = std::filesystem::path(*dbPath).parent_path();
  const std::string loginsPath =
      args.value("--logins-file")
          .value_or((dbDir.empty() ? std::filesystem::path(".") : dbDir) / kLoginsFileName);

  const DatabaseState state = inspect(*dbPath, kabupaten);
  if (state.users) {
    showExisting(call, loginsPath);
    return kExitOk;
  }
  const std::string csv = dataFile(args, "--wilayah", "wilayah.csv", SIMPUL_DEFAULT_WILAYAH_CSV);
  if ((state.wilayah && !state.area) ||
      (!state.wilayah && demo::csvHasKabupaten(csv, kabupaten) == false)) {
    throw UsageError(unknownKabupaten(kabupaten));
  }
  demo::NameList names;
  try {
    names = demo::loadNames(
        dataFile(args, "--names", "indonesian_names_faker.csv", SIMPUL_DEFAULT_NAMES_CSV));
  } catch (const std::runtime_error& e) {
    throw CommandError(e.what());
  }

  WilayahProgress progress(call.err(), countCsvRows(csv));
  try {
    server::initializeDatabase(*dbPath, csv, std::ref(progress));
  } catch (const std::exception& e) {
    progress.finish();
    throw CommandError("inisialisasi gagal / init failed on " + *dbPath + ": " + e.what());
  }
  progress.finish();

  const auto store = storage::Store::open(*dbPath);
  const auto area =
      store->read([&](storage::Database& db) { return demo::loadArea(db, kabupaten); });
  if (!area) {
    throw UsageError(unknownKabupaten(kabupaten));
  }
  demo::DemoPlan plan;
  try {
    plan = demo::planDemo(seed, *area, names, persons);
  } catch (const std::runtime_error& e) {
    throw CommandError(e.what());
  }

  call.err() << "membuat kata sandi " << plan.users.size() << " akun demo… / hashing passwords…\n"
             << std::flush;
  std::vector<std::string> hashes;
  std::vector<std::string> passwords = makePasswords(plan, hashes);
  std::vector<demo::Login> logins;
  for (std::size_t i = 0; i < plan.users.size(); ++i) {
    const demo::DemoUser& u = plan.users[i];
    logins.push_back({u.username, u.role,
                      u.wilayahCode.empty() ? std::string(kEverywhereCode) : u.wilayahCode,
                      u.wilayahName, passwords[i]});
  }

  call.err() << "menulis " << plan.users.size() << " akun dan " << plan.persons.size()
             << " penduduk demo… / writing the demo accounts and persons…\n"
             << std::flush;
  bool fileWritten = false;
  bool created = false;
  try {
    created = store->write([&](storage::Database& tx) {
      if (hasRows(tx, "core_users")) {
        return false; // someone else got there first
      }
      demo::writePlan(tx, plan, hashes, std::chrono::system_clock::now());
      // Last, inside the transaction: if the file cannot be written nothing is kept, and
      // there are never accounts whose passwords nobody knows.
      demo::writeLoginsFile(loginsPath, logins);
      fileWritten = true;
      return true;
    });
  } catch (const CommandError&) {
    throw;
  } catch (const std::exception& e) {
    if (fileWritten) {
      std::error_code ignored;
      std::filesystem::remove(loginsPath, ignored);
    }
    const auto* api = dynamic_cast<const server::ApiError*>(&e);
    throw CommandError("data demo tidak dibuat / demo data not created: " +
                       (api ? api->field() + ": " + api->messageEn() : std::string(e.what())));
  }
  if (!created) {
    showExisting(call, loginsPath);
    return kExitOk;
  }

  demo::printLogins(call.out(), logins);
  call.out() << plan.persons.size() << " penduduk sintetis di / synthetic persons in "
             << area->kabupaten.code << ' ' << area->kabupaten.name << "; akun disimpan di / "
             << "logins saved in " << loginsPath << " (0600)\n";
  return kExitOk;
}

} // namespace

std::vector<CommandSpec> demoCommands() {
  return {
      {.name = "demo",
       .synopsis = "--db PATH [--kabupaten CODE] [--seed N] [--persons N] [--logins-file FILE] "
                   "[--wilayah FILE] [--names FILE]",
       .summary = "Create a demo database: accounts for every role, synthetic persons (offline).",
       .details =
           "Works on the file directly; no server may run on it yet. Creates or migrates the\n"
           "database like `init`, then, only when it has no users yet, creates in one kab/kota\n"
           "(default 32.04, Kabupaten Bandung) the accounts admin (everywhere), dinsos, viewer,\n"
           "ipsm (ipsm_pengurus) at the kab/kota, tksk at one kecamatan, kades (kepala_desa)\n"
           "and psm at one of its desa, psm.2, psm.3... at further desa of it, each with a\n"
           "random password, and synthetic persons (names from the names file, structurally\n"
           "valid NIKs), all audited as \"simpulctl demo\". The same seed gives the same\n"
           "data except the passwords. Prints the logins and writes them to --logins-file\n"
           "(default demo-logins.txt beside the database, mode 0600). On a database that\n"
           "already has users it changes nothing and prints the saved logins file.\n"
           "Defaults: $SIMPUL_DATA_DIR/wilayah.csv and indonesian_names_faker.csv, "
           "else\n" SIMPUL_DEFAULT_WILAYAH_CSV "\n" SIMPUL_DEFAULT_NAMES_CSV "\n",
       .options = {{"--db", "PATH", "the SQLite database file (created if missing)"},
                   {"--kabupaten", "CODE", "the kab/kota of the demo (default 32.04)"},
                   {"--seed", "N", "seed of the synthetic data (default 1)"},
                   {"--persons", "N", "synthetic persons besides the PSM's own (default 300)"},
                   {"--logins-file", "FILE", "where to write the logins (default beside --db)"},
                   {"--wilayah", "FILE", "the wilayah CSV (code,name,level,parent_code,type)"},
                   {"--names", "FILE", "the names CSV (name,kind,gender,sources)"}},
       .needsServer = false,
       .run = demoCommand},
  };
}

} // namespace simpul::cli
