#pragma once

#include "server/api_error.h"
#include "simpul/core/v1/user.pb.h"

#include <cstdint>
#include <google/protobuf/field_mask.pb.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::storage {
class Database;
class Statement;
} // namespace simpul::storage

namespace simpul::server {

// Rows of core_users and core_role_bindings as AuthService and UserService return them, and
// the resource names of the API ("users/<username>", "users/<username>/roleBindings/<id>").

struct UserRow {
  std::int64_t id = 0;
  std::string username;
  std::string displayName;
  bool disabled = false;
  std::string etag;
  std::int64_t createTimeMs = 0;
  std::int64_t updateTimeMs = 0;
};

struct BindingRow {
  std::int64_t id = 0;
  std::int64_t userId = 0;
  std::string username;
  std::string role;
  std::string wilayahCode; // "" = everywhere
  std::int64_t createTimeMs = 0;
};

// The columns readUserRow expects, for queries on core_users aliased `u`.
inline constexpr const char* kUserColumns =
    "u.id, u.username, u.display_name, u.disabled, u.etag, u.create_time_ms, u.update_time_ms";
// The columns readBindingRow expects, for core_role_bindings `b` joined with core_users `u`.
inline constexpr const char* kBindingColumns =
    "b.id, b.user_id, u.username, b.role, b.wilayah_code, b.create_time_ms";

UserRow readUserRow(const storage::Statement& stmt);
BindingRow readBindingRow(const storage::Statement& stmt);

std::optional<UserRow> findUserRow(storage::Database& db, std::string_view username);
std::optional<UserRow> findUserRowById(storage::Database& db, std::int64_t userId);
std::optional<BindingRow> findBindingRow(storage::Database& db, std::int64_t bindingId);
std::vector<BindingRow> bindingRowsOfUser(storage::Database& db, std::int64_t userId);

void toProto(const UserRow& row, simpul::core::v1::User* out);
void toProto(const BindingRow& row, simpul::core::v1::RoleBinding* out);

std::string userName(std::string_view username); // "users/<username>"
std::string bindingName(std::string_view username, std::int64_t bindingId);

// "users/<username>" → username; INVALID_ARGUMENT on `field` when it is not such a name.
std::string parseUserName(std::string_view name, std::string_view field);
struct BindingName {
  std::string username;
  std::int64_t id = 0;
};
// "users/<username>/roleBindings/<id>"; INVALID_ARGUMENT on `field` otherwise.
BindingName parseBindingName(std::string_view name, std::string_view field);

// UpdateUser's mask, checked: only these paths, at least one (INVALID_ARGUMENT on
// "update_mask" otherwise).
struct UserMask {
  bool displayName = false;
  bool disabled = false;
};
UserMask parseUserMask(const google::protobuf::FieldMask& mask);

// ABORTED/STALE_ETAG on "user.etag". Not ApiError::staleEtag(name), whose message would quote
// the username.
ApiError staleUserEtag();

// NOT_FOUND for a user that is missing or outside the caller's scope (the same answer for
// both). Not ApiError::notFound(name): a username is often a person's name, and names stay
// out of error messages.
ApiError userNotFound(std::string field = {});
ApiError bindingNotFound(std::string field = {});

} // namespace simpul::server
