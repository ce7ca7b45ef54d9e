#pragma once

namespace simpul::server {

// libsodium must be initialised once before its random generator and KDF are used (it picks
// the CPU-specific implementations). Thread-safe and cheap after the first call; throws
// std::runtime_error when libsodium cannot start (then no password or token is safe to make).
void ensureSodium();

} // namespace simpul::server
