#include "server/auth/password.h"

#include "server/auth/sodium_ready.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <semaphore>
#include <sodium.h>
#include <stdexcept>
#include <thread>

namespace simpul::server {

namespace {

// Each argon2id run holds MEMLIMIT_INTERACTIVE (64 MiB) and one core for its duration.
// Letting every gRPC thread run one at once would let a burst of logins take gigabytes and
// starve every other call, so runs queue for one of a few slots instead.
std::counting_semaphore<>& kdfSlots() {
  static std::counting_semaphore<> slots(
      static_cast<std::ptrdiff_t>(std::max(2u, std::thread::hardware_concurrency())));
  return slots;
}

class KdfSlot {
public:
  KdfSlot() { kdfSlots().acquire(); }
  ~KdfSlot() { kdfSlots().release(); }
  KdfSlot(const KdfSlot&) = delete;
  KdfSlot& operator=(const KdfSlot&) = delete;
};

// libsodium takes a pointer and a length; an empty string_view may carry a null pointer.
const char* bytesOf(std::string_view text) {
  return text.empty() ? "" : text.data();
}

bool looksLikeArgon2Hash(std::string_view hash) {
  return hash.size() < crypto_pwhash_STRBYTES &&
         (hash.starts_with("$argon2id$") || hash.starts_with("$argon2i$"));
}

// The hash an unknown user's password is checked against: same algorithm and limits as real
// ones, of a random password nobody knows. Made on first use.
const std::string& dummyHash() {
  static const std::string hash = [] {
    ensureSodium();
    std::array<unsigned char, 32> secret{};
    randombytes_buf(secret.data(), secret.size());
    std::string text(reinterpret_cast<const char*>(secret.data()), secret.size());
    sodium_memzero(secret.data(), secret.size());
    return hashPassword(text);
  }();
  return hash;
}

std::size_t codePointCount(std::string_view text) {
  // Counts the bytes that start a UTF-8 sequence; invalid UTF-8 still counts every byte that
  // is not a continuation byte, which is good enough for a length rule.
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool isOneCharacterRepeated(std::string_view text) {
  // Compares code points by their UTF-8 bytes: split at the first sequence boundary.
  std::size_t firstLen = 1;
  while (firstLen < text.size() && (static_cast<unsigned char>(text[firstLen]) & 0xC0) == 0x80) {
    ++firstLen;
  }
  const std::string_view first = text.substr(0, firstLen);
  for (std::size_t i = 0; i < text.size(); i += firstLen) {
    if (text.substr(i, firstLen) != first) {
      return false;
    }
  }
  return true;
}

bool isStraightRun(std::string_view text) {
  // "0123456789", "abcdefghij", "9876543210": every byte one up (or one down) from the last.
  const auto step = [&](int direction) {
    for (std::size_t i = 1; i < text.size(); ++i) {
      const int a = std::tolower(static_cast<unsigned char>(text[i - 1]));
      const int b = std::tolower(static_cast<unsigned char>(text[i]));
      if (b - a != direction) {
        return false;
      }
    }
    return true;
  };
  return step(1) || step(-1);
}

bool isCommonPassword(std::string_view text) {
  // The first entries of every guessing list, and their Indonesian counterparts. A short list
  // on purpose: the length rule and the login throttle do the real work.
  static constexpr std::array<std::string_view, 20> kCommon = {
      "password12",   "password123",  "password1234",  "passw0rd123",  "qwertyuiop",
      "qwerty1234",   "qwerty12345",  "1q2w3e4r5t",    "1qaz2wsx3edc", "iloveyou12",
      "admin12345",   "admin123456",  "administrator", "katasandi123", "katasandi",
      "bismillah123", "indonesia123", "rahasia123",    "rahasia1234",  "sayang12345"};
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(kCommon.begin(), kCommon.end(), lower) != kCommon.end();
}

} // namespace

std::string hashPassword(std::string_view password) {
  ensureSodium();
  std::array<char, crypto_pwhash_STRBYTES> out{};
  int rc = 0;
  {
    KdfSlot slot;
    rc = crypto_pwhash_str(out.data(), bytesOf(password), password.size(),
                           crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
  }
  if (rc != 0) {
    throw std::runtime_error("password hashing failed (out of memory)");
  }
  return std::string(out.data());
}

bool verifyPassword(std::string_view hash, std::string_view password) {
  ensureSodium();
  if (!looksLikeArgon2Hash(hash)) {
    burnPasswordCheck(password);
    return false;
  }
  const std::string terminated(hash); // crypto_pwhash_str_verify wants a C string
  KdfSlot slot;
  return crypto_pwhash_str_verify(terminated.c_str(), bytesOf(password), password.size()) == 0;
}

void burnPasswordCheck(std::string_view password) {
  const std::string& hash = dummyHash();
  KdfSlot slot;
  // The result is meaningless (nobody knows the dummy's password); only the cost matters.
  [[maybe_unused]] const int ignored =
      crypto_pwhash_str_verify(hash.c_str(), bytesOf(password), password.size());
}

std::optional<ApiError> checkPasswordPolicy(std::string_view password, std::string_view field) {
  if (password.size() > kMaxPasswordBytes) {
    return ApiError::invalidArgument(std::string(field), "PASSWORD_TOO_LONG",
                                     "Kata sandi terlalu panjang (paling banyak 1024 byte).",
                                     "The password is too long (at most 1024 bytes).");
  }
  if (codePointCount(password) < kMinPasswordChars) {
    return ApiError::invalidArgument(std::string(field), "PASSWORD_TOO_SHORT",
                                     "Kata sandi minimal 10 karakter.",
                                     "The password must have at least 10 characters.");
  }
  if (isOneCharacterRepeated(password) || isStraightRun(password) || isCommonPassword(password)) {
    return ApiError::invalidArgument(
        std::string(field), "PASSWORD_TOO_SIMPLE",
        "Kata sandi terlalu mudah ditebak; gunakan gabungan kata, angka atau tanda baca.",
        "The password is too easy to guess; combine words, digits or punctuation.");
  }
  return std::nullopt;
}

} // namespace simpul::server
