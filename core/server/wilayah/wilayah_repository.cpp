#include "server/wilayah/wilayah_repository.h"

#include "domain/wilayah_code.h"
#include "server/api_error.h"
#include "simpul/core/v1/wilayah.pb.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <array>

namespace simpul::server {

namespace v1 = simpul::core::v1;

namespace {

const char* levelNameId(int level) {
  static constexpr std::array<const char*, 4> kNames{"provinsi", "kabupaten/kota", "kecamatan",
                                                     "desa/kelurahan"};
  return level >= 1 && level <= 4 ? kNames[static_cast<std::size_t>(level - 1)] : "?";
}

// The English names happen to be the Indonesian words: they are the official terms.
const char* levelNameEn(int level) {
  return levelNameId(level);
}

v1::WilayahType typeFromSlug(std::string_view slug) {
  if (slug == "provinsi") {
    return v1::WILAYAH_TYPE_PROVINSI;
  }
  if (slug == "kabupaten") {
    return v1::WILAYAH_TYPE_KABUPATEN;
  }
  if (slug == "kota") {
    return v1::WILAYAH_TYPE_KOTA;
  }
  if (slug == "kecamatan") {
    return v1::WILAYAH_TYPE_KECAMATAN;
  }
  if (slug == "kelurahan") {
    return v1::WILAYAH_TYPE_KELURAHAN;
  }
  if (slug == "desa") {
    return v1::WILAYAH_TYPE_DESA;
  }
  if (slug == "desa_adat") {
    return v1::WILAYAH_TYPE_DESA_ADAT;
  }
  return v1::WILAYAH_TYPE_UNSPECIFIED;
}

std::optional<WilayahRow> selectByCode(storage::Database& db, const std::string& dotted) {
  storage::Statement stmt =
      db.prepare(std::string("SELECT ") + kWilayahColumns + " FROM core_wilayah WHERE code = ?1");
  stmt.bind(1, dotted);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return wilayahRowFrom(stmt);
}

} // namespace

WilayahRow wilayahRowFrom(const storage::Statement& stmt) {
  WilayahRow row;
  row.code = stmt.columnText(0);
  row.name = stmt.columnText(1);
  row.level = stmt.columnInt(2);
  row.parentCode = stmt.columnText(3);
  row.type = stmt.columnText(4);
  return row;
}

domain::WilayahCode parseWilayahCode(std::string_view text, std::string_view field) {
  auto parsed = domain::WilayahCode::parse(text);
  if (!parsed) {
    // The text is not echoed: a malformed "code" may be anything the user typed into the
    // wrong field, a NIK included. The domain message names the problem without the digits.
    throw ApiError::invalidArgument(std::string(field), "WILAYAH_MALFORMED",
                                    "Kode wilayah tidak valid: " + parsed.error().message.id,
                                    "Invalid region code: " + parsed.error().message.en);
  }
  return parsed.value();
}

std::optional<WilayahRow> findWilayah(storage::Database& db, std::string_view code) {
  const auto parsed = domain::WilayahCode::parse(code);
  if (!parsed) {
    return std::nullopt;
  }
  return selectByCode(db, parsed.value().dotted());
}

WilayahRow requireWilayah(storage::Database& db, std::string_view code, std::string_view field,
                          std::optional<int> requiredLevel) {
  // A well-formed code is at most ten digits in region shape: naming it is safe and helps.
  const std::string dotted = parseWilayahCode(code, field).dotted();
  std::optional<WilayahRow> row = selectByCode(db, dotted);
  if (!row) {
    throw ApiError::invalidArgument(
        std::string(field), "WILAYAH_UNKNOWN",
        "Kode wilayah " + dotted + " tidak ada dalam daftar wilayah resmi",
        "Region code " + dotted + " is not in the official region list");
  }
  if (requiredLevel && row->level != *requiredLevel) {
    throw ApiError::invalidArgument(std::string(field), "WILAYAH_WRONG_LEVEL",
                                    "Wilayah " + dotted + " adalah " + levelNameId(row->level) +
                                        ", sedangkan yang diminta " + levelNameId(*requiredLevel),
                                    "Region " + dotted + " is a " + levelNameEn(row->level) +
                                        ", but a " + levelNameEn(*requiredLevel) + " is required");
  }
  return std::move(*row);
}

void toProto(const WilayahRow& row, v1::Wilayah* out) {
  out->set_name("wilayah/" + row.code);
  out->set_code(row.code);
  out->set_display_name(row.name);
  out->set_level(row.level >= 1 && row.level <= 4 ? static_cast<v1::WilayahLevel>(row.level)
                                                  : v1::WILAYAH_LEVEL_UNSPECIFIED);
  out->set_type(typeFromSlug(row.type));
  out->set_parent_code(row.parentCode);
}

std::string wilayahSearchName(std::string_view name) {
  std::string lower(name);
  for (char& c : lower) {
    // ASCII only: the official names are ASCII apart from a few apostrophes (’), and a
    // locale-dependent tolower would make the stored column depend on the server's locale.
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  for (std::string_view prefix : {"kabupaten ", "kab. ", "kota "}) {
    if (lower.starts_with(prefix)) {
      return lower.substr(prefix.size());
    }
  }
  return lower;
}

} // namespace simpul::server
