// core/client TokenStore: where the token lives, its file mode, and refusing unsafe files.
#include "client/token_store.h"
#include "test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

namespace simpul::client {
namespace {

using simpul::testing::fileMode;
using simpul::testing::ScopedEnv;
using simpul::testing::TempDir;
using ::testing::HasSubstr;
using ::testing::Not;

constexpr const char* kToken = "tok_0123456789abcdef";

TEST(TokenStorePath, UsesAnAbsoluteXdgConfigHome) {
  ScopedEnv xdg("XDG_CONFIG_HOME", "/srv/conf");
  EXPECT_EQ(TokenStore::defaultPath(), "/srv/conf/simpul/token");
}

TEST(TokenStorePath, FallsBackToHomeWhenXdgIsUnsetOrRelative) {
  ScopedEnv home("HOME", "/home/psm");
  {
    ScopedEnv xdg("XDG_CONFIG_HOME", std::nullopt);
    EXPECT_EQ(TokenStore::defaultPath(), "/home/psm/.config/simpul/token");
  }
  // The XDG spec: a relative value is invalid and ignored.
  ScopedEnv xdg("XDG_CONFIG_HOME", "relative/conf");
  EXPECT_EQ(TokenStore::defaultPath(), "/home/psm/.config/simpul/token");
}

TEST(TokenStore, SaveCreatesPrivateDirectoriesAndAPrivateFile) {
  TempDir dir;
  const auto file = dir.path() / "conf" / "simpul" / "token";
  TokenStore store(file);
  store.save(kToken);
  EXPECT_EQ(fileMode(file.string()), 0600);
  EXPECT_EQ(fileMode((dir.path() / "conf").string()), 0700);
  EXPECT_EQ(fileMode((dir.path() / "conf" / "simpul").string()), 0700);
  EXPECT_EQ(simpul::testing::readFile(file.string()), std::string(kToken) + "\n");
  EXPECT_EQ(store.load(), kToken);
}

TEST(TokenStore, SaveNarrowsTheModeOfAnExistingFile) {
  TempDir dir;
  const std::string file = dir.file("token");
  simpul::testing::writeFile(file, "old\n");
  ASSERT_EQ(::chmod(file.c_str(), 0644), 0);
  TokenStore(file).save(kToken);
  EXPECT_EQ(fileMode(file), 0600);
  EXPECT_EQ(TokenStore(file).load(), kToken);
}

TEST(TokenStore, SaveOverwritesALongerOldToken) {
  TempDir dir;
  TokenStore store(dir.file("token"));
  store.save(std::string(200, 'x'));
  store.save(kToken);
  EXPECT_EQ(store.load(), kToken);
}

TEST(TokenStore, SaveRefusesAMalformedToken) {
  TempDir dir;
  TokenStore store(dir.file("token"));
  EXPECT_THROW(store.save(""), TokenStoreError);
  EXPECT_THROW(store.save("two words"), TokenStoreError);
  EXPECT_THROW(store.save("line\nbreak"), TokenStoreError);
  EXPECT_EQ(fileMode(dir.file("token")), -1) << "nothing written";
}

TEST(TokenStore, LoadWithoutAFileGivesNothing) {
  TempDir dir;
  EXPECT_EQ(TokenStore(dir.file("missing")).load(), std::nullopt);
}

TEST(TokenStore, LoadRefusesAFileOthersCanReadAndSaysWhatToDo) {
  TempDir dir;
  const std::string file = dir.file("token");
  TokenStore store(file);
  store.save(kToken);
  for (const int mode : {0640, 0604, 0660, 0606}) {
    ASSERT_EQ(::chmod(file.c_str(), static_cast<mode_t>(mode)), 0);
    try {
      store.load();
      ADD_FAILURE() << "mode " << std::oct << mode << " was accepted";
    } catch (const TokenStoreError& e) {
      EXPECT_THAT(e.what(), HasSubstr(file));
      EXPECT_THAT(e.what(), HasSubstr("chmod 600"));
      EXPECT_THAT(e.what(), Not(HasSubstr(kToken))) << "the message must not leak the token";
    }
  }
  ASSERT_EQ(::chmod(file.c_str(), 0600), 0);
  EXPECT_EQ(store.load(), kToken);
}

TEST(TokenStore, LoadRefusesASymlinkAndADirectory) {
  TempDir dir;
  const std::string target = dir.file("elsewhere");
  TokenStore(target).save(kToken);
  const std::string link = dir.file("token");
  ASSERT_EQ(::symlink(target.c_str(), link.c_str()), 0);
  EXPECT_THROW(TokenStore(link).load(), TokenStoreError);
  EXPECT_THROW(TokenStore(link).save(kToken), TokenStoreError) << "must not write through a link";
  std::filesystem::create_directory(dir.file("dir"));
  EXPECT_THROW(TokenStore(dir.file("dir")).load(), TokenStoreError);
}

TEST(TokenStore, LoadRefusesADamagedFile) {
  TempDir dir;
  const std::string file = dir.file("token");
  simpul::testing::writeFile(file, "two words\n");
  ASSERT_EQ(::chmod(file.c_str(), 0600), 0);
  EXPECT_THROW(TokenStore(file).load(), TokenStoreError);
}

TEST(TokenStore, RemoveSaysWhetherThereWasAFile) {
  TempDir dir;
  TokenStore store(dir.file("token"));
  store.save(kToken);
  EXPECT_TRUE(store.remove());
  EXPECT_FALSE(store.remove());
  EXPECT_EQ(store.load(), std::nullopt);
}

TEST(ResolveToken, TheEnvironmentOverridesTheFile) {
  TempDir dir;
  TokenStore store(dir.file("token"));
  store.save(kToken);
  {
    ScopedEnv env("SIMPUL_TOKEN", "from_env");
    EXPECT_EQ(resolveToken(store), "from_env");
  }
  {
    ScopedEnv env("SIMPUL_TOKEN", "");
    EXPECT_EQ(resolveToken(store), kToken) << "an empty variable counts as unset";
  }
  ScopedEnv env("SIMPUL_TOKEN", "bad token");
  EXPECT_THROW(resolveToken(store), TokenStoreError);
}

TEST(ResolveToken, NothingWhenNeitherHasOne) {
  TempDir dir;
  ScopedEnv env("SIMPUL_TOKEN", std::nullopt);
  EXPECT_EQ(resolveToken(TokenStore(dir.file("token"))), std::nullopt);
}

} // namespace
} // namespace simpul::client
