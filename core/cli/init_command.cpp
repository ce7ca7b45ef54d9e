// init: the offline first steps on a database file, before any server runs on it: migrate
// the core schema, load the official wilayah list, create the first administrator.
#include "cli/commands.h"
#include "cli/offline_setup.h"
#include "cli/password_input.h"
#include "server/api_error.h"
#include "server/audit/audit_log.h"
#include "server/auth/accounts.h"
#include "server/data_server.h"
#include "storage/error.h"
#include "storage/store.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <unistd.h>

#ifndef SIMPUL_DEFAULT_WILAYAH_CSV
#error "SIMPUL_DEFAULT_WILAYAH_CSV must be defined by the build (core/cli/CMakeLists.txt)"
#endif

namespace simpul::cli {

namespace {

constexpr std::string_view kInitMethod = "simpulctl init";
constexpr std::string_view kAdminDisplayName = "Administrator";

std::string apiErrorText(const server::ApiError& e) {
  const std::string field = e.field().empty() ? "" : e.field() + ": ";
  return field + e.messageId() + " / " + e.messageEn();
}

// Whether the file is already a Simpul database with users. Read before asking for a
// password, so re-running init to migrate does not ask for one it will not use.
bool databaseHasUsers(const std::string& path) {
  std::error_code ignored;
  if (!std::filesystem::exists(path, ignored)) {
    return false;
  }
  try {
    storage::OpenOptions options;
    options.create = false;
    storage::Database db = storage::Database::open(path, options);
    return hasRows(db, "core_users");
  } catch (const storage::StorageError&) {
    return false; // not a database (yet): initializeDatabase will say what is wrong
  }
}

// Creates the first admin unless the database has users; false when it had some. One
// transaction: the user, the binding and their audit rows commit together or not at all.
bool createFirstAdmin(const std::string& dbPath, const std::string& username,
                      const std::string& password) {
  const auto store = storage::Store::open(dbPath);
  const auto now = std::chrono::system_clock::now();
  return store->write([&](storage::Database& tx) {
    auto users = tx.prepare("SELECT EXISTS (SELECT 1 FROM core_users)");
    if (users.step() && users.columnInt64(0) != 0) {
      return false;
    }
    const std::int64_t userId = server::createUser(tx, username, kAdminDisplayName, password, now);
    const std::int64_t bindingId = server::grantRole(tx, userId, "admin", "", now);
    const std::string resource = "users/" + username;
    server::appendAudit(
        tx, "simpulctl",
        server::AuditRecord{
            std::string(kInitMethod), resource, {"username", "display_name", "password"}, ""},
        now);
    server::appendAudit(tx, "simpulctl",
                        server::AuditRecord{std::string(kInitMethod),
                                            resource + "/roleBindings/" + std::to_string(bindingId),
                                            {"role", "wilayah_code"},
                                            ""},
                        now);
    return true;
  });
}

int init(Invocation& call) {
  const auto dbPath = call.args().value("--db");
  const auto admin = call.args().value("--admin");
  if (!dbPath || !admin) {
    throw UsageError("`simpulctl init` needs --db PATH and --admin USER");
  }
  try {
    server::requireValidUsername(*admin, "--admin");
  } catch (const server::ApiError& e) {
    throw UsageError(apiErrorText(e));
  }

  // The password is settled before the long wilayah load, so a typo or a missing terminal
  // fails at once and leaves the file untouched.
  const bool hasUsers = databaseHasUsers(*dbPath);
  std::string password;
  if (!hasUsers) {
    password = obtainPassword(call.args().value("--admin-password-file"), "--admin-password-file",
                              "Kata sandi admin / Admin password: ", true);
    try {
      server::requireAcceptablePassword(password, *admin, "--admin-password-file");
    } catch (const server::ApiError& e) {
      throw UsageError(apiErrorText(e));
    }
  }

  const std::string csv =
      dataFile(call.args(), "--wilayah", "wilayah.csv", SIMPUL_DEFAULT_WILAYAH_CSV);
  WilayahProgress progress(call.err(), countCsvRows(csv));
  std::int64_t loaded = 0;
  try {
    loaded = server::initializeDatabase(*dbPath, csv, std::ref(progress));
  } catch (const std::exception& e) {
    progress.finish();
    throw CommandError("inisialisasi gagal / init failed on " + *dbPath + ": " + e.what());
  }
  progress.finish();
  if (loaded > 0) {
    call.out() << loaded << " wilayah dimuat / wilayah loaded from " << csv << '\n';
  } else {
    call.out() << "skema diperbarui, wilayah sudah ada / schema up to date, wilayah already "
                  "loaded\n";
  }

  bool created = false;
  if (!password.empty()) {
    try {
      created = createFirstAdmin(*dbPath, *admin, password);
    } catch (const server::ApiError& e) {
      throw CommandError("admin tidak dibuat / admin not created: " + apiErrorText(e));
    } catch (const std::exception& e) {
      throw CommandError("admin tidak dibuat / admin not created: " + std::string(e.what()));
    }
    password.assign(password.size(), '\0');
  }
  if (!created) {
    call.err() << "basis data sudah punya pengguna, admin pertama tidak dibuat / the database "
                  "already has users, so no first admin was created (schema migrated); add "
                  "users with `simpulctl user add`\n";
    return kExitFailure;
  }
  call.out() << "admin pertama dibuat / first admin created: users/" << *admin
             << " (role admin everywhere)\n";
  return kExitOk;
}

} // namespace

std::vector<CommandSpec> initCommands() {
  return {
      {.name = "init",
       .synopsis = "--db PATH --admin USER [--wilayah FILE] [--admin-password-file FILE]",
       .summary = "Create or migrate a database file and create its first admin (offline).",
       .details =
           "Works on the file directly; no server may run on it yet. Migrates the core\n"
           "schema, loads the official wilayah list when the table is empty and creates USER\n"
           "with the admin role everywhere. The password comes from the first line of\n"
           "--admin-password-file or is asked for twice on the terminal; there is no\n"
           "default. On a database that already has users no admin is created (exit 1), but\n"
           "the schema is still migrated.\n"
           "The wilayah list defaults to $SIMPUL_DATA_DIR/wilayah.csv, "
           "else\n" SIMPUL_DEFAULT_WILAYAH_CSV "\n",
       .options = {{"--db", "PATH", "the SQLite database file (created if missing)"},
                   {"--admin", "USER", "username of the first admin"},
                   {"--wilayah", "FILE", "the wilayah CSV (code,name,level,parent_code,type)"},
                   {"--admin-password-file", "FILE",
                    "read the admin password from its first line"}},
       .needsServer = false,
       .run = init},
  };
}

} // namespace simpul::cli
