#include "server/auth/user_rows.h"

#include "server/auth/accounts.h"
#include "server/time_util.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <charconv>
#include <string>
#include <system_error>

namespace simpul::server {

namespace {

constexpr std::string_view kUsersPrefix = "users/";
constexpr std::string_view kBindingsInfix = "/roleBindings/";

bool isValidUsername(std::string_view username) {
  try {
    requireValidUsername(username, "");
    return true;
  } catch (const ApiError&) {
    return false;
  }
}

} // namespace

UserRow readUserRow(const storage::Statement& stmt) {
  return UserRow{stmt.columnInt64(0),    stmt.columnText(1), stmt.columnText(2),
                 stmt.columnInt(3) != 0, stmt.columnText(4), stmt.columnInt64(5),
                 stmt.columnInt64(6)};
}

BindingRow readBindingRow(const storage::Statement& stmt) {
  return BindingRow{stmt.columnInt64(0), stmt.columnInt64(1), stmt.columnText(2),
                    stmt.columnText(3),  stmt.columnText(4),  stmt.columnInt64(5)};
}

std::optional<UserRow> findUserRow(storage::Database& db, std::string_view username) {
  auto stmt =
      db.prepare(std::string("SELECT ") + kUserColumns + " FROM core_users u WHERE u.username = ?");
  stmt.bind(1, username);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return readUserRow(stmt);
}

std::optional<UserRow> findUserRowById(storage::Database& db, std::int64_t userId) {
  auto stmt =
      db.prepare(std::string("SELECT ") + kUserColumns + " FROM core_users u WHERE u.id = ?");
  stmt.bind(1, userId);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return readUserRow(stmt);
}

std::optional<BindingRow> findBindingRow(storage::Database& db, std::int64_t bindingId) {
  auto stmt = db.prepare(std::string("SELECT ") + kBindingColumns +
                         " FROM core_role_bindings b JOIN core_users u ON u.id = b.user_id "
                         "WHERE b.id = ?");
  stmt.bind(1, bindingId);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return readBindingRow(stmt);
}

std::vector<BindingRow> bindingRowsOfUser(storage::Database& db, std::int64_t userId) {
  auto stmt = db.prepare(std::string("SELECT ") + kBindingColumns +
                         " FROM core_role_bindings b JOIN core_users u ON u.id = b.user_id "
                         "WHERE b.user_id = ? ORDER BY b.id");
  stmt.bind(1, userId);
  std::vector<BindingRow> rows;
  while (stmt.step()) {
    rows.push_back(readBindingRow(stmt));
  }
  return rows;
}

void toProto(const UserRow& row, simpul::core::v1::User* out) {
  out->set_name(userName(row.username));
  out->set_username(row.username);
  out->set_display_name(row.displayName);
  out->set_disabled(row.disabled);
  out->set_etag(row.etag);
  setTimestamp(out->mutable_create_time(), row.createTimeMs);
  setTimestamp(out->mutable_update_time(), row.updateTimeMs);
}

void toProto(const BindingRow& row, simpul::core::v1::RoleBinding* out) {
  out->set_name(bindingName(row.username, row.id));
  out->set_username(row.username);
  out->set_role(row.role);
  out->set_wilayah_code(row.wilayahCode);
  setTimestamp(out->mutable_create_time(), row.createTimeMs);
}

std::string userName(std::string_view username) {
  return std::string(kUsersPrefix) + std::string(username);
}

std::string bindingName(std::string_view username, std::int64_t bindingId) {
  return userName(username) + std::string(kBindingsInfix) + std::to_string(bindingId);
}

std::string parseUserName(std::string_view name, std::string_view field) {
  if (name.starts_with(kUsersPrefix)) {
    const std::string_view username = name.substr(kUsersPrefix.size());
    if (isValidUsername(username)) {
      return std::string(username);
    }
  }
  throw ApiError::invalidArgument(std::string(field), "BAD_USER_NAME",
                                  "Nama sumber daya pengguna harus berbentuk users/<nama>.",
                                  "A user's resource name has the form users/<username>.");
}

BindingName parseBindingName(std::string_view name, std::string_view field) {
  const auto bad = [&] {
    return ApiError::invalidArgument(
        std::string(field), "BAD_ROLE_BINDING_NAME",
        "Nama sumber daya harus berbentuk users/<nama>/roleBindings/<id>.",
        "A role binding's resource name has the form users/<username>/roleBindings/<id>.");
  };
  if (!name.starts_with(kUsersPrefix)) {
    throw bad();
  }
  const std::string_view rest = name.substr(kUsersPrefix.size());
  const std::size_t infix = rest.find(kBindingsInfix);
  if (infix == std::string_view::npos) {
    throw bad();
  }
  const std::string_view username = rest.substr(0, infix);
  const std::string_view idText = rest.substr(infix + kBindingsInfix.size());
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(idText.data(), idText.data() + idText.size(), id);
  // to_string round trip: no sign, no leading zeros, nothing after the digits.
  if (!isValidUsername(username) || error != std::errc{} || end != idText.data() + idText.size() ||
      id <= 0 || std::to_string(id) != idText) {
    throw bad();
  }
  return BindingName{std::string(username), id};
}

ApiError staleUserEtag() {
  return ApiError(grpc::StatusCode::ABORTED, "user.etag", "STALE_ETAG",
                  "Pengguna ini telah diubah orang lain sejak Anda membukanya; muat ulang lalu "
                  "ulangi.",
                  "This user was changed by someone else since you read it; reload and try "
                  "again.");
}

UserMask parseUserMask(const google::protobuf::FieldMask& mask) {
  UserMask parsed;
  for (const std::string& path : mask.paths()) {
    if (path == "display_name") {
      parsed.displayName = true;
    } else if (path == "disabled") {
      parsed.disabled = true;
    } else {
      throw ApiError::invalidArgument("update_mask", "BAD_UPDATE_MASK",
                                      "update_mask hanya boleh memuat display_name dan disabled.",
                                      "update_mask may name only display_name and disabled.");
    }
  }
  if (!parsed.displayName && !parsed.disabled) {
    throw ApiError::invalidArgument("update_mask", "EMPTY_UPDATE_MASK", "update_mask wajib diisi.",
                                    "update_mask is required.");
  }
  return parsed;
}

ApiError userNotFound(std::string field) {
  return ApiError(grpc::StatusCode::NOT_FOUND, std::move(field), "NOT_FOUND",
                  "Pengguna tidak ditemukan.", "User not found.");
}

ApiError bindingNotFound(std::string field) {
  return ApiError(grpc::StatusCode::NOT_FOUND, std::move(field), "NOT_FOUND",
                  "Pemberian peran tidak ditemukan.", "Role binding not found.");
}

} // namespace simpul::server
