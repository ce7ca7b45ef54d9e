#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::storage {
class Database;
}

namespace simpul::server {

class Scope;

// One row of core_persons. Every field but id, etag and the times is personal data: never
// log it, never put it into a message.
struct PersonRecord {
  std::int64_t id = 0;
  std::string nik;
  std::string noKk;
  std::string fullName;
  int sex = 0;           // as simpul.core.v1.Sex: 0 unspecified, 1 male, 2 female
  std::string birthDate; // ISO 8601 ("1985-03-05"); "" when unknown (NULL in the table)
  std::string birthPlace;
  std::string wilayahCode; // dotted desa/kelurahan of the address
  std::string dusun;
  std::string rw;
  std::string rt;
  std::string street;
  std::string etag;
  std::int64_t createTimeMs = 0;
  std::int64_t updateTimeMs = 0;
};

// Reads take the caller's scope and apply it in the SQL (Scope::sqlCondition on
// wilayah_code): a row outside it is not there, exactly like a missing one.
std::optional<PersonRecord> findPerson(storage::Database& db, std::int64_t id, const Scope& scope);
std::optional<PersonRecord> findPersonByNik(storage::Database& db, std::string_view nik,
                                            const Scope& scope);
// Persons in scope with id > afterId, by id, at most `limit` of them.
std::vector<PersonRecord> listPersons(storage::Database& db, const Scope& scope,
                                      std::int64_t afterId, int limit);

// Whether another person (id != exceptId) already has this NIK, whatever its wilayah: the
// NIK is unique across the whole registry.
bool nikRegistered(storage::Database& db, std::string_view nik, std::int64_t exceptId = 0);

// Inserts the person (id ignored) and returns its new id.
std::int64_t insertPerson(storage::Database& tx, const PersonRecord& person,
                          std::int64_t createdBy);
// Writes every field but id, create time and creator.
void updatePerson(storage::Database& tx, const PersonRecord& person);

} // namespace simpul::server
