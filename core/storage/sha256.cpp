#include "storage/sha256.h"

#include <new>
#include <sodium.h>
#include <stdexcept>

namespace simpul::storage {

namespace {

// sodium_init() is idempotent and thread-safe, but once is enough; a static local gives
// that for free.
void ensureSodium() {
  static const int result = sodium_init();
  if (result < 0) {
    throw std::runtime_error("libsodium could not be initialised");
  }
}

std::string toHex(const unsigned char (&digest)[crypto_hash_sha256_BYTES]) {
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return std::string(hex, crypto_hash_sha256_BYTES * 2);
}

} // namespace

std::string sha256Hex(std::string_view data) {
  ensureSodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return toHex(digest);
}

Sha256::Sha256() {
  // The header keeps sodium.h out of every includer by reserving raw storage; check here
  // that it is big and aligned enough for the real state.
  static_assert(sizeof(crypto_hash_sha256_state) <= sizeof(m_state));
  static_assert(alignof(crypto_hash_sha256_state) <= 64);
  ensureSodium();
  auto* state = new (m_state) crypto_hash_sha256_state;
  crypto_hash_sha256_init(state);
}

void Sha256::update(std::string_view data) {
  auto* state = std::launder(reinterpret_cast<crypto_hash_sha256_state*>(m_state));
  crypto_hash_sha256_update(state, reinterpret_cast<const unsigned char*>(data.data()),
                            data.size());
}

std::string Sha256::finishHex() {
  auto* state = std::launder(reinterpret_cast<crypto_hash_sha256_state*>(m_state));
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(state, digest);
  return toHex(digest);
}

} // namespace simpul::storage
