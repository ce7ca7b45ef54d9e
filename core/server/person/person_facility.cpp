#include "server/person/person_facility.h"

#include "server/api_error.h"
#include "server/person/person_fields.h"
#include "server/person/person_repository.h"
#include "server/scope.h"
#include "server/time_util.h"
#include "simpul/core/v1/person.pb.h"

#include <charconv>

namespace simpul::server {

namespace {

namespace v1 = simpul::core::v1;

constexpr int kDesaLevel = 4;

PersonFacts factsOf(const PersonRecord& person, bool created) {
  return PersonFacts{person.id,  person.nik,       person.noKk,        person.fullName,
                     person.sex, person.birthDate, person.wilayahCode, created};
}

// "YYYY-MM-DD" into a Date message; anything else is left unset for copyPersonField to judge
// as a missing date (the shape of the input is the plugin's to check).
void setDate(std::string_view iso, v1::Date* out) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') {
    return;
  }
  int year = 0;
  int month = 0;
  int day = 0;
  const char* s = iso.data();
  if (std::from_chars(s, s + 4, year).ec != std::errc() ||
      std::from_chars(s + 5, s + 7, month).ec != std::errc() ||
      std::from_chars(s + 8, s + 10, day).ec != std::errc()) {
    return;
  }
  out->set_year(year);
  out->set_month(month);
  out->set_day(day);
}

} // namespace

PersonFacts ensureRegistryPerson(Host& host, storage::Database& tx, const Principal& actor,
                                 const PersonInput& input, std::string_view method) {
  if (const auto existing = findPersonByNik(tx, input.nik, Scope::everywhere())) {
    return factsOf(*existing, false);
  }
  v1::Person in;
  in.set_nik(input.nik);
  in.set_no_kk(input.noKk);
  in.set_full_name(input.fullName);
  in.set_sex(static_cast<v1::Sex>(input.sex));
  if (!input.birthDate.empty()) {
    setDate(input.birthDate, in.mutable_birth_date());
  }
  v1::Address* address = in.mutable_address();
  address->set_wilayah_code(input.wilayahCode);
  address->set_dusun(input.dusun);
  address->set_rw(input.rw);
  address->set_rt(input.rt);

  PersonRecord created;
  FieldPaths applied;
  for (std::string_view path : personLeafPaths()) {
    copyPersonField(in, path, created);
    applied.emplace(path);
  }
  created.wilayahCode =
      host.requireWilayah(tx, created.wilayahCode, "person.address.wilayah_code", kDesaLevel).code;
  const TimePoint now = host.now();
  reconcileWithNik(tx, created, applied, referenceDate(now));
  created.etag = newEtag();
  created.createTimeMs = created.updateTimeMs = toMillis(now);
  created.id = insertPerson(tx, created, actor.userId);
  host.audit(tx, actor,
             AuditRecord{std::string(method), personName(created.id), filledPaths(created),
                         created.wilayahCode});
  return factsOf(created, true);
}

std::optional<PersonFacts> findRegistryPerson(storage::Database& db, std::int64_t id) {
  if (const auto person = findPerson(db, id, Scope::everywhere())) {
    return factsOf(*person, false);
  }
  return std::nullopt;
}

} // namespace simpul::server
