#pragma once

#include "server/scope.h"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::server {

struct RoleBindingRef {
  std::int64_t id = 0;
  std::string role;
  std::string wilayahCode; // "" = everywhere
};

// Who is calling, with what it may do where. Built once per call from the session token
// (core/server/auth/session_store.h) and read-only afterwards.
class Principal {
public:
  std::int64_t userId = 0;
  std::string username;
  std::string displayName;
  std::vector<RoleBindingRef> bindings;
  // permission → where it is held (merged over every binding that gives it).
  std::map<std::string, Scope, std::less<>> permissions;

  bool holdsAnywhere(std::string_view permission) const;
  Scope scopeOf(std::string_view permission) const; // nowhere when not held
  bool holdsAt(std::string_view permission, std::string_view wilayahCode) const;
};

} // namespace simpul::server
