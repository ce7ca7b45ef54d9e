#pragma once

#include "domain/wilayah_code.h"
#include "server/host.h"

#include <optional>
#include <string>
#include <string_view>

namespace simpul::storage {
class Database;
class Statement;
} // namespace simpul::storage

namespace simpul::core::v1 {
class Wilayah;
}

namespace simpul::server {

// Read access to core_wilayah, the official region list. The Host implementation and the
// services call these; nothing else in the server should query core_wilayah by hand.

// The columns a WilayahRow is read from, in the order wilayahRowFrom expects them.
inline constexpr const char* kWilayahColumns = "code, name, level, ifnull(parent_code, ''), type";
WilayahRow wilayahRowFrom(const storage::Statement& stmt);

// The code in `text` (dotted or plain); throws ApiError(INVALID_ARGUMENT) on `field` with
// reason WILAYAH_MALFORMED when it is not a Kemendagri code. Says nothing about existence.
domain::WilayahCode parseWilayahCode(std::string_view text, std::string_view field);

// The wilayah with this code, written dotted ("32.04") or plain ("3204"). nullopt when the
// code is malformed or not in the list: callers that must tell the two apart use
// requireWilayah.
std::optional<WilayahRow> findWilayah(storage::Database& db, std::string_view code);

// Like findWilayah, but throws ApiError(INVALID_ARGUMENT) on `field` with reason
//   WILAYAH_MALFORMED   the text is not a Kemendagri code,
//   WILAYAH_UNKNOWN     the code is well formed but not in the list,
//   WILAYAH_WRONG_LEVEL the wilayah is not at requiredLevel (1 provinsi .. 4 desa/kelurahan).
WilayahRow requireWilayah(storage::Database& db, std::string_view code, std::string_view field,
                          std::optional<int> requiredLevel = std::nullopt);

// name "wilayah/<dotted code>", display_name the official name, level and type as enums.
void toProto(const WilayahRow& row, simpul::core::v1::Wilayah* out);

// The text core_wilayah.search_name holds for a name, and the form a search prefix is brought
// to before it is compared: ASCII letters lowercased, one leading "kabupaten ", "kab. " or
// "kota " dropped, so "bandung" finds both "Kabupaten Bandung" and "Kota Bandung".
std::string wilayahSearchName(std::string_view name);

} // namespace simpul::server
