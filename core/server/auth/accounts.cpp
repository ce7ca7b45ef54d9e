#include "server/auth/accounts.h"

#include "domain/wilayah_code.h"
#include "server/api_error.h"
#include "server/auth/password.h"
#include "server/auth/session_store.h"
#include "server/auth/user_rows.h"
#include "storage/database.h"
#include "storage/error.h"
#include "storage/statement.h"

#include <algorithm>
#include <cctype>

namespace simpul::server {

namespace {

constexpr std::size_t kMaxDisplayNameChars = 200;

bool isUsernameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

} // namespace

void requireValidUsername(std::string_view username, std::string_view field) {
  if (username.size() < 3 || username.size() > 64 ||
      !std::all_of(username.begin(), username.end(), isUsernameChar)) {
    throw ApiError::invalidArgument(
        std::string(field), "BAD_USERNAME",
        "Nama pengguna harus 3-64 karakter: huruf kecil a-z, angka, titik, garis bawah atau "
        "tanda hubung.",
        "A username has 3-64 characters: lowercase a-z, digits, dot, underscore or hyphen.");
  }
}

void requireValidDisplayName(std::string_view displayName, std::string_view field) {
  std::size_t chars = 0;
  bool control = false;
  for (const char c : displayName) {
    const auto byte = static_cast<unsigned char>(c);
    chars += (byte & 0xC0) != 0x80 ? 1 : 0;
    control = control || byte < 0x20 || byte == 0x7F;
  }
  if (chars > kMaxDisplayNameChars || control) {
    throw ApiError::invalidArgument(
        std::string(field), "BAD_DISPLAY_NAME",
        "Nama tampilan paling banyak 200 karakter, tanpa karakter kendali.",
        "A display name has at most 200 characters and no control characters.");
  }
}

void requireAcceptablePassword(std::string_view password, std::string_view username,
                               std::string_view field) {
  if (auto error = checkPasswordPolicy(password, field)) {
    throw *error;
  }
  std::string lower(password);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  // Equality only: a password that merely contains the name ("admin-password-1") is not
  // weak for that reason alone, and refusing it would refuse many sound passphrases.
  if (!username.empty() && lower == username) {
    throw ApiError::invalidArgument(std::string(field), "PASSWORD_IS_USERNAME",
                                    "Kata sandi tidak boleh sama dengan nama pengguna.",
                                    "The password must not be the username.");
  }
}

std::int64_t createUser(storage::Database& tx, std::string_view username,
                        std::string_view displayName, std::string_view password, TimePoint now) {
  requireValidUsername(username, "user.username");
  requireValidDisplayName(displayName, "user.display_name");
  requireAcceptablePassword(password, username, "password");
  return createUserWithHash(tx, username, displayName, hashPassword(password), now);
}

std::int64_t createUserWithHash(storage::Database& tx, std::string_view username,
                                std::string_view displayName, std::string_view passwordHash,
                                TimePoint now) {
  requireValidUsername(username, "user.username");
  requireValidDisplayName(displayName, "user.display_name");
  if (findUserId(tx, username)) {
    throw ApiError::alreadyExists("user.username", "USERNAME_TAKEN", "Nama pengguna sudah dipakai.",
                                  "The username is taken.");
  }
  const std::int64_t ms = toMillis(now);
  tx.prepare("INSERT INTO core_users (username, display_name, password_hash, disabled, etag, "
             "create_time_ms, update_time_ms) VALUES (?, ?, ?, 0, ?, ?, ?)")
      .bindAll(username, displayName, passwordHash, newEtag(), ms, ms)
      .run();
  return tx.lastInsertRowid();
}

void setPasswordHash(storage::Database& tx, std::int64_t userId, std::string_view passwordHash,
                     TimePoint now) {
  const int changed =
      tx.prepare("UPDATE core_users SET password_hash = ?, etag = ?, update_time_ms = ? "
                 "WHERE id = ?")
          .bindAll(passwordHash, newEtag(), toMillis(now), userId)
          .run();
  if (changed == 0) {
    throw userNotFound();
  }
  revokeUserSessions(tx, userId);
}

std::string requireKnownWilayah(storage::Database& db, std::string_view wilayahCode,
                                std::string_view field) {
  if (wilayahCode.empty()) {
    return {};
  }
  const auto parsed = domain::WilayahCode::parse(wilayahCode);
  if (!parsed) {
    throw ApiError::invalidArgument(std::string(field), "BAD_WILAYAH_CODE",
                                    "Kode wilayah tidak valid.", "The wilayah code is malformed.");
  }
  std::string dotted = parsed->dotted();
  auto stmt = db.prepare("SELECT 1 FROM core_wilayah WHERE code = ?");
  stmt.bind(1, dotted);
  if (!stmt.step()) {
    throw ApiError::invalidArgument(std::string(field), "UNKNOWN_WILAYAH",
                                    "Wilayah tidak ada dalam daftar resmi.",
                                    "No such wilayah in the official list.");
  }
  return dotted;
}

std::int64_t grantRole(storage::Database& tx, std::int64_t userId, std::string_view role,
                       std::string_view wilayahCode, TimePoint now) {
  if (!roleExists(tx, role)) {
    throw ApiError::invalidArgument("role", "UNKNOWN_ROLE", "Peran tidak dikenal.",
                                    "Unknown role.");
  }
  const std::string dotted = requireKnownWilayah(tx, wilayahCode, "wilayah_code");
  {
    auto user = tx.prepare("SELECT 1 FROM core_users WHERE id = ?");
    user.bind(1, userId);
    if (!user.step()) {
      throw userNotFound();
    }
  }
  auto existing = tx.prepare("SELECT 1 FROM core_role_bindings WHERE user_id = ? AND role = ? "
                             "AND ifnull(wilayah_code, '') = ?");
  existing.bindAll(userId, role, dotted);
  if (existing.step()) {
    throw ApiError::alreadyExists("role", "ROLE_ALREADY_GRANTED",
                                  "Peran ini sudah diberikan di wilayah tersebut.",
                                  "This role is already granted in that wilayah.");
  }
  auto insert = tx.prepare("INSERT INTO core_role_bindings (user_id, role, wilayah_code, "
                           "create_time_ms) VALUES (?, ?, ?, ?)");
  insert.bindAll(userId, role);
  if (dotted.empty()) {
    insert.bindNull(3);
  } else {
    insert.bind(3, dotted);
  }
  insert.bind(4, toMillis(now)).run();
  return tx.lastInsertRowid();
}

std::optional<std::int64_t> findUserId(storage::Database& db, std::string_view username) {
  auto stmt = db.prepare("SELECT id FROM core_users WHERE username = ?");
  stmt.bind(1, username);
  if (!stmt.step()) {
    return std::nullopt;
  }
  return stmt.columnInt64(0);
}

bool roleExists(storage::Database& db, std::string_view role) {
  auto stmt = db.prepare("SELECT 1 FROM core_roles WHERE name = ?");
  stmt.bind(1, role);
  return stmt.step();
}

std::vector<std::string> rolePermissions(storage::Database& db, std::string_view role) {
  // ?1 twice: admin's all_permissions covers permissions registered later (plugins').
  auto stmt = db.prepare(
      "SELECT p.name FROM core_permissions p WHERE "
      "EXISTS (SELECT 1 FROM core_roles r WHERE r.name = ?1 AND r.all_permissions = 1) OR "
      "EXISTS (SELECT 1 FROM core_role_permissions rp WHERE rp.role = ?1 "
      "AND rp.permission = p.name) "
      "ORDER BY p.name");
  stmt.bind(1, role);
  std::vector<std::string> names;
  while (stmt.step()) {
    names.push_back(stmt.columnText(0));
  }
  return names;
}

Principal loadPrincipal(storage::Database& db, std::int64_t userId) {
  Principal principal;
  {
    auto user = db.prepare("SELECT username, display_name FROM core_users WHERE id = ?");
    user.bind(1, userId);
    if (!user.step()) {
      throw storage::StorageError(storage::ErrorCode::NotFound, "loadPrincipal: no such user");
    }
    principal.userId = userId;
    principal.username = user.columnText(0);
    principal.displayName = user.columnText(1);
  }
  auto bindings = db.prepare("SELECT id, role, wilayah_code FROM core_role_bindings "
                             "WHERE user_id = ? ORDER BY id");
  bindings.bind(1, userId);
  while (bindings.step()) {
    principal.bindings.push_back(
        {bindings.columnInt64(0), bindings.columnText(1), bindings.columnText(2)});
  }
  for (const RoleBindingRef& binding : principal.bindings) {
    const Scope where =
        binding.wilayahCode.empty() ? Scope::everywhere() : Scope::within({binding.wilayahCode});
    for (std::string& permission : rolePermissions(db, binding.role)) {
      principal.permissions[std::move(permission)].merge(where);
    }
  }
  return principal;
}

} // namespace simpul::server
