#include "server/auth/password.h"

#include <algorithm>
#include <chrono>
#include <gtest/gtest.h>
#include <ostream>
#include <string>

namespace simpul::server {
namespace {

TEST(Password, HashIsArgon2idAndVerifies) {
  const std::string hash = hashPassword("kopi-tubruk-pagi");
  EXPECT_TRUE(hash.starts_with("$argon2id$")) << hash;
  EXPECT_EQ(hash.find("kopi"), std::string::npos);
  EXPECT_TRUE(verifyPassword(hash, "kopi-tubruk-pagi"));
}

TEST(Password, WrongPasswordFails) {
  const std::string hash = hashPassword("kopi-tubruk-pagi");
  EXPECT_FALSE(verifyPassword(hash, "kopi-tubruk-sore"));
  EXPECT_FALSE(verifyPassword(hash, ""));
  EXPECT_FALSE(verifyPassword(hash, "Kopi-tubruk-pagi"));
}

TEST(Password, SaltMakesEveryHashDifferent) {
  const std::string a = hashPassword("kopi-tubruk-pagi");
  const std::string b = hashPassword("kopi-tubruk-pagi");
  EXPECT_NE(a, b);
  EXPECT_TRUE(verifyPassword(b, "kopi-tubruk-pagi"));
}

TEST(Password, MalformedHashIsAMismatch) {
  EXPECT_FALSE(verifyPassword("", "kopi-tubruk-pagi"));
  EXPECT_FALSE(verifyPassword("not a hash", "kopi-tubruk-pagi"));
  EXPECT_FALSE(verifyPassword("$argon2id$v=19$garbage", "kopi-tubruk-pagi"));
}

TEST(Password, BurnCostsAboutAsMuchAsARealCheck) {
  const std::string hash = hashPassword("kopi-tubruk-pagi");
  burnPasswordCheck("warm-up-the-dummy"); // the dummy hash is made on first use
  using Clock = std::chrono::steady_clock;
  // The fastest of three runs each, so a busy machine's preemption does not decide the test.
  auto verifyTime = Clock::duration::max();
  auto burnTime = Clock::duration::max();
  for (int i = 0; i < 3; ++i) {
    auto start = Clock::now();
    EXPECT_FALSE(verifyPassword(hash, "kopi-tubruk-sore"));
    verifyTime = std::min(verifyTime, Clock::now() - start);
    start = Clock::now();
    burnPasswordCheck("kopi-tubruk-sore");
    burnTime = std::min(burnTime, Clock::now() - start);
  }
  // Same algorithm and limits: the same cost within a wide margin.
  EXPECT_GT(burnTime * 3, verifyTime);
  EXPECT_GT(verifyTime * 3, burnTime);
}

struct PolicyCase {
  const char* password;
  const char* reason; // nullptr: accepted
};

// Names the case in test listings (ctest shows it): printable ASCII only, other bytes as %XX.
void PrintTo(const PolicyCase& c, std::ostream* out) {
  for (const char* p = c.password; *p != '\0'; ++p) {
    const auto byte = static_cast<unsigned char>(*p);
    if (byte >= 0x21 && byte < 0x7F) {
      *out << *p;
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      *out << '%' << kHex[byte >> 4] << kHex[byte & 0xF];
    }
  }
  *out << (c.password[0] == '\0' ? "(empty)" : "") << " -> "
       << (c.reason != nullptr ? c.reason : "accepted");
}

class PasswordPolicy : public ::testing::TestWithParam<PolicyCase> {};

TEST_P(PasswordPolicy, Judges) {
  SCOPED_TRACE(GetParam().password);
  const auto error = checkPasswordPolicy(GetParam().password, "password");
  if (GetParam().reason == nullptr) {
    EXPECT_FALSE(error.has_value()) << error->reason();
    return;
  }
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(error->field(), "password");
  EXPECT_EQ(error->reason(), GetParam().reason);
  // The message never quotes the password.
  if (std::string_view(GetParam().password).empty()) {
    return;
  }
  EXPECT_EQ(error->messageId().find(GetParam().password), std::string::npos);
  EXPECT_EQ(error->messageEn().find(GetParam().password), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PasswordPolicy,
    ::testing::Values(PolicyCase{"kopi-tubruk-pagi", nullptr}, PolicyCase{"tenchars!x", nullptr},
                      PolicyCase{"kopi susu 3", nullptr},
                      // characters are code points, not bytes: 10 (15 bytes) and 9 (13 bytes)
                      PolicyCase{"kopi\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9!", nullptr},
                      PolicyCase{"kopi\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9!", "PASSWORD_TOO_SHORT"},
                      PolicyCase{"ninechars", "PASSWORD_TOO_SHORT"},
                      PolicyCase{"", "PASSWORD_TOO_SHORT"},
                      PolicyCase{"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9", "PASSWORD_TOO_SHORT"},
                      PolicyCase{"aaaaaaaaaaaa", "PASSWORD_TOO_SIMPLE"},
                      PolicyCase{"\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                                 "\xc3\xa9\xc3\xa9",
                                 "PASSWORD_TOO_SIMPLE"},
                      PolicyCase{"0123456789", "PASSWORD_TOO_SIMPLE"},
                      PolicyCase{"9876543210", "PASSWORD_TOO_SIMPLE"},
                      PolicyCase{"abcdefghijk", "PASSWORD_TOO_SIMPLE"},
                      PolicyCase{"Password123", "PASSWORD_TOO_SIMPLE"},
                      PolicyCase{"qwertyuiop", "PASSWORD_TOO_SIMPLE"}));

TEST(PasswordPolicyLimits, TooLong) {
  const auto error = checkPasswordPolicy(std::string(kMaxPasswordBytes + 1, 'x'), "password");
  ASSERT_TRUE(error.has_value());
  EXPECT_EQ(error->reason(), "PASSWORD_TOO_LONG");
  EXPECT_FALSE(checkPasswordPolicy(std::string(kMaxPasswordBytes - 1, 'x') + "y", "password"));
}

} // namespace
} // namespace simpul::server
