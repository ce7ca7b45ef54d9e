#include "server/principal.h"

namespace simpul::server {

bool Principal::holdsAnywhere(std::string_view permission) const {
  auto it = permissions.find(permission);
  return it != permissions.end() && !it->second.isNowhere();
}

Scope Principal::scopeOf(std::string_view permission) const {
  auto it = permissions.find(permission);
  return it == permissions.end() ? Scope::nowhere() : it->second;
}

bool Principal::holdsAt(std::string_view permission, std::string_view wilayahCode) const {
  auto it = permissions.find(permission);
  return it != permissions.end() && it->second.contains(wilayahCode);
}

} // namespace simpul::server
