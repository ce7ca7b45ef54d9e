#pragma once

#include <string>
#include <string_view>

namespace simpul::storage {

// Lowercase hex SHA-256 (libsodium). For checksums and the audit chain, not for passwords.
std::string sha256Hex(std::string_view data);

// Incremental form, for content streamed in chunks.
class Sha256 {
public:
  Sha256();
  void update(std::string_view data);
  std::string finishHex();

private:
  alignas(64) unsigned char m_state[128]; // crypto_hash_sha256_state (104 bytes)
};

} // namespace simpul::storage
