#include "server/auth/token.h"

#include "server/auth/sodium_ready.h"
#include "storage/sha256.h"

#include <array>
#include <sodium.h>

namespace simpul::server {

namespace {
constexpr std::size_t kTokenBytes = 32;
constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
static_assert(sodium_base64_ENCODED_LEN(kTokenBytes, kVariant) == kTokenChars + 1);
} // namespace

std::string newToken() {
  ensureSodium();
  std::array<unsigned char, kTokenBytes> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  std::array<char, kTokenChars + 1> text{};
  sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), kVariant);
  sodium_memzero(bytes.data(), bytes.size());
  return std::string(text.data(), kTokenChars);
}

std::string tokenHash(std::string_view token) {
  return storage::sha256Hex(token);
}

} // namespace simpul::server
