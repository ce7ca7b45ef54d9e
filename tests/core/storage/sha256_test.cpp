#include "storage/sha256.h"

#include <gtest/gtest.h>
#include <string>

namespace simpul::storage {
namespace {

// FIPS 180-2 test vectors.
TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Sha256, IncrementalEqualsOneShot) {
  std::string data;
  for (int i = 0; i < 1000; ++i) {
    data += "row " + std::to_string(i) + ";";
  }
  Sha256 hash;
  // Uneven chunks that cross the 64-byte block boundaries.
  for (std::size_t at = 0, size = 1; at < data.size(); at += size, size = size * 3 % 97 + 1) {
    hash.update(std::string_view(data).substr(at, size));
  }
  EXPECT_EQ(hash.finishHex(), sha256Hex(data));

  Sha256 abc;
  abc.update("a");
  abc.update("");
  abc.update("bc");
  EXPECT_EQ(abc.finishHex(), sha256Hex("abc"));
}

TEST(Sha256, DifferentInputsDiffer) {
  EXPECT_NE(sha256Hex("CREATE TABLE a(x)"), sha256Hex("CREATE TABLE a(x) "));
  EXPECT_EQ(sha256Hex(std::string("a\0b", 3)).size(), 64u);
  EXPECT_NE(sha256Hex(std::string("a\0b", 3)), sha256Hex("a"));
}

} // namespace
} // namespace simpul::storage
