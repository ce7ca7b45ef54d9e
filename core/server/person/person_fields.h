#pragma once

#include "domain/civil_date.h"
#include "server/person/person_repository.h"
#include "server/time_util.h"

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace google::protobuf {
class FieldMask;
}

namespace simpul::core::v1 {
class Person;
}

namespace simpul::storage {
class Database;
}

namespace simpul::server {

// The one boundary between the Person message and PersonRecord: shape checks of each field,
// the NIK rules, and the conversion back with the NIK masked or not. Every error is
// ApiError(INVALID_ARGUMENT) on "person.<path>" and never quotes the value.

using FieldPaths = std::set<std::string, std::less<>>;

std::string personName(std::int64_t id); // "persons/12"
// The id in "persons/<id>"; INVALID_ARGUMENT on `field` otherwise.
std::int64_t parsePersonName(std::string_view name, std::string_view field);

// The leaf paths of a person a request can set: nik, no_kk, full_name, sex, birth_date,
// birth_place, address.wilayah_code, address.dusun, address.rw, address.rt, address.street.
const std::vector<std::string_view>& personLeafPaths();
// The mask's paths as leaves ("address" becomes its five leaves). INVALID_ARGUMENT on
// "update_mask" when the mask is empty or names a path outside the list above.
FieldPaths expandUpdateMask(const google::protobuf::FieldMask& mask);

// Copies the field at a leaf path from `in` into `record`, trimmed and checked for shape
// (NIK and No. KK digits, a real date, lengths). The NIK rules that need the database or
// other fields are reconcileWithNik's.
void copyPersonField(const simpul::core::v1::Person& in, std::string_view path,
                     PersonRecord& record);

// After the fields in `applied` were copied into `record`: when the NIK was among them,
// checks it fully (structure, date against `today`, kecamatan in core_wilayah); then makes
// sex and birth date agree with the NIK, filling them from it when they were applied empty
// (an unspecified sex, no birth date). A NIK stored before these rules that no longer
// parses is left alone when it was not applied.
void reconcileWithNik(storage::Database& db, PersonRecord& record, const FieldPaths& applied,
                      domain::CivilDate today);

// The leaf paths whose values differ between two versions of a person.
std::vector<std::string> changedPaths(const PersonRecord& before, const PersonRecord& after);
// The leaf paths that hold a value (for the audit of a create).
std::vector<std::string> filledPaths(const PersonRecord& person);

// The date a NIK is judged on: the calendar day in WIT (UTC+9), Indonesia's easternmost
// zone, so that a birth "today" anywhere in the country is never in the future.
domain::CivilDate referenceDate(TimePoint now);

// The person as the caller may see it: the NIK masked (and nik_masked set) unless showNik.
void toProto(const PersonRecord& person, bool showNik, simpul::core::v1::Person* out);

} // namespace simpul::server
