#include "server/auth/token.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <set>
#include <string>

namespace simpul::server {
namespace {

bool isBase64UrlChar(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

TEST(Token, Is43Base64UrlCharactersWithoutPadding) {
  const std::string token = newToken();
  EXPECT_EQ(token.size(), kTokenChars);
  EXPECT_EQ(token.size(), 43u);
  EXPECT_TRUE(std::all_of(token.begin(), token.end(), isBase64UrlChar)) << token;
}

TEST(Token, TokensAreUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 2000; ++i) {
    EXPECT_TRUE(seen.insert(newToken()).second);
  }
}

TEST(Token, HashIsHexSha256OfTheToken) {
  // SHA-256("abc"), FIPS 180-2 test vector.
  EXPECT_EQ(tokenHash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const std::string token = newToken();
  const std::string hash = tokenHash(token);
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_EQ(hash, tokenHash(token));
  EXPECT_NE(hash, tokenHash(newToken()));
  EXPECT_EQ(hash.find(token), std::string::npos);
}

} // namespace
} // namespace simpul::server
