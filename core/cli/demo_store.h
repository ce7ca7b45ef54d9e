#pragma once

// The database side of `simpulctl demo`: reading the demo's kab/kota from core_wilayah and
// writing the planned accounts and persons through the same functions the services use
// (accounts.h, the person field checks), each audited as "simpulctl demo".

#include "cli/demo_data.h"
#include "server/time_util.h"

#include <optional>
#include <string>
#include <vector>

namespace simpul::storage {
class Database;
}

namespace simpul::cli::demo {

inline constexpr std::string_view kDemoActor = "simpulctl demo";

// The kab/kota `code` (dotted) with its kecamatan and desa; nullopt when core_wilayah has no
// level-2 row with that code.
std::optional<DemoArea> loadArea(storage::Database& db, const std::string& code);
// Whether the wilayah CSV has a kab/kota row with this dotted code: the check made before a
// new database is created, so a wrong --kabupaten leaves no file behind. nullopt when the
// file cannot be read (initializeDatabase then says why).
std::optional<bool> csvHasKabupaten(const std::string& csvPath, const std::string& code);

// Writes the plan inside the caller's transaction: each user (with its hash, same order as
// plan.users) and role binding, each person, and an audit row for each. Throws ApiError
// when a value breaks a rule the services enforce.
void writePlan(storage::Database& tx, const DemoPlan& plan,
               const std::vector<std::string>& passwordHashes, server::TimePoint now);

} // namespace simpul::cli::demo
