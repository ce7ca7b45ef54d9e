#include "server/auth/sodium_ready.h"

#include <sodium.h>
#include <stdexcept>

namespace simpul::server {

void ensureSodium() {
  // sodium_init() is itself idempotent, but a function-local static makes the failure sticky
  // and the check free after the first call.
  static const bool ready = sodium_init() >= 0;
  if (!ready) {
    throw std::runtime_error("libsodium could not be initialised");
  }
}

} // namespace simpul::server
