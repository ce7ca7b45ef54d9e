#include "cli/demo_store.h"

#include "server/audit/audit_log.h"
#include "server/auth/accounts.h"
#include "server/person/person_fields.h"
#include "server/person/person_repository.h"
#include "server/wilayah/wilayah_repository.h"
#include "simpul/core/v1/person.pb.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <fstream>
#include <stdexcept>

namespace simpul::cli::demo {

namespace {

namespace v1 = simpul::core::v1;

constexpr int kDesaLevel = 4;

std::vector<Wilayah> selectWilayah(storage::Database& db, const std::string& sql,
                                   const std::string& parameter) {
  auto stmt = db.prepare(sql);
  stmt.bind(1, parameter);
  std::vector<Wilayah> out;
  while (stmt.step()) {
    out.push_back({stmt.columnText(0), stmt.columnText(1)});
  }
  return out;
}

void audit(storage::Database& tx, std::string resource, std::vector<std::string> fields,
           std::string wilayahCode, server::TimePoint now) {
  server::appendAudit(tx, kDemoActor,
                      server::AuditRecord{std::string(kDemoActor), std::move(resource),
                                          std::move(fields), std::move(wilayahCode)},
                      now);
}

// The person as a CreatePerson request would carry it, so that it passes the same field
// checks (copyPersonField, reconcileWithNik) as one typed in by a PSM.
v1::Person toRequest(const DemoPerson& p) {
  v1::Person in;
  in.set_nik(p.nik);
  in.set_full_name(p.fullName);
  in.set_sex(p.sex == domain::Sex::Female ? v1::SEX_FEMALE : v1::SEX_MALE);
  v1::Date* date = in.mutable_birth_date();
  date->set_year(p.birthDate.year);
  date->set_month(p.birthDate.month);
  date->set_day(p.birthDate.day);
  in.set_birth_place(p.birthPlace);
  v1::Address* address = in.mutable_address();
  address->set_wilayah_code(p.desaCode);
  address->set_rw(p.rw);
  address->set_rt(p.rt);
  return in;
}

void writePerson(storage::Database& tx, const DemoPerson& person, server::TimePoint now) {
  const v1::Person in = toRequest(person);
  server::PersonRecord record;
  server::FieldPaths applied;
  for (std::string_view path : server::personLeafPaths()) {
    server::copyPersonField(in, path, record);
    applied.emplace(path);
  }
  record.wilayahCode =
      server::requireWilayah(tx, record.wilayahCode, "person.address.wilayah_code", kDesaLevel)
          .code;
  server::reconcileWithNik(tx, record, applied, server::referenceDate(now));
  if (server::nikRegistered(tx, record.nik)) {
    throw std::runtime_error("a demo NIK is already registered"); // never the NIK itself
  }
  record.etag = server::newEtag();
  record.createTimeMs = record.updateTimeMs = server::toMillis(now);
  record.id = server::insertPerson(tx, record, 0);
  audit(tx, server::personName(record.id), server::filledPaths(record), record.wilayahCode, now);
}

} // namespace

std::optional<DemoArea> loadArea(storage::Database& db, const std::string& code) {
  const auto kabupaten =
      selectWilayah(db, "SELECT code, name FROM core_wilayah WHERE code = ?1 AND level = 2", code);
  if (kabupaten.empty()) {
    return std::nullopt;
  }
  DemoArea area;
  area.kabupaten = kabupaten.front();
  area.kecamatan = selectWilayah(
      db, "SELECT code, name FROM core_wilayah WHERE parent_code = ?1 AND level = 3 ORDER BY code",
      code);
  area.desa = selectWilayah(db,
                            "SELECT d.code, d.name FROM core_wilayah d JOIN core_wilayah k ON "
                            "d.parent_code = k.code WHERE k.parent_code = ?1 AND k.level = 3 AND "
                            "d.level = 4 ORDER BY d.code",
                            code);
  return area;
}

std::optional<bool> csvHasKabupaten(const std::string& csvPath, const std::string& code) {
  std::ifstream in(csvPath);
  if (!in) {
    return std::nullopt;
  }
  // Dotted kab/kota codes are always "NN.NN", so the row starts with the code and a comma.
  const std::string start = code + ",";
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with(start)) {
      return true;
    }
  }
  return false;
}

void writePlan(storage::Database& tx, const DemoPlan& plan,
               const std::vector<std::string>& passwordHashes, server::TimePoint now) {
  if (passwordHashes.size() != plan.users.size()) {
    throw std::logic_error("writePlan: one password hash per user");
  }
  for (std::size_t i = 0; i < plan.users.size(); ++i) {
    const DemoUser& user = plan.users[i];
    const std::int64_t userId =
        server::createUserWithHash(tx, user.username, user.displayName, passwordHashes[i], now);
    const std::int64_t bindingId = server::grantRole(tx, userId, user.role, user.wilayahCode, now);
    const std::string resource = "users/" + user.username;
    audit(tx, resource, {"username", "display_name", "password"}, "", now);
    audit(tx, resource + "/roleBindings/" + std::to_string(bindingId), {"role", "wilayah_code"},
          user.wilayahCode, now);
  }
  for (const DemoPerson& person : plan.persons) {
    writePerson(tx, person, now);
  }
}

} // namespace simpul::cli::demo
