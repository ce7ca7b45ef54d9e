#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace simpul::client {

// A token file that cannot be used: unreadable, readable by others, not ours, damaged. The
// message says what to do (Indonesian " / " English) and never contains the token.
class TokenStoreError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// The file holding the bearer token of the last `simpulctl login`. A token is as good as the
// password for its lifetime, so the file is private to its owner (mode 0600, directory
// 0700) and a file that others could read is refused instead of used.
class TokenStore {
public:
  explicit TokenStore(std::filesystem::path file);

  // $XDG_CONFIG_HOME/simpul/token when XDG_CONFIG_HOME is an absolute path, else
  // ~/.config/simpul/token ($HOME, else the passwd entry). Throws TokenStoreError when
  // there is no home directory either.
  static std::filesystem::path defaultPath();
  static TokenStore atDefaultPath() { return TokenStore(defaultPath()); }

  const std::filesystem::path& path() const { return m_file; }

  // Writes the token (creating missing directories with mode 0700) with
  // open(O_CREAT|O_WRONLY|O_TRUNC, 0600) plus fchmod, so a file that existed with a wider
  // mode is narrowed too. Refuses a token with whitespace or control characters.
  void save(std::string_view token) const;
  // The stored token; nullopt when there is no file. Throws TokenStoreError when the file
  // is readable or writable by group or others, belongs to another user, is not a regular
  // file or is damaged.
  std::optional<std::string> load() const;
  // Deletes the file; false when there was none.
  bool remove() const;

private:
  std::filesystem::path m_file;
};

// Whether `token` can travel in an "authorization: Bearer" header: printable ASCII without
// spaces, at most 4096 characters.
bool isWellFormedToken(std::string_view token);

// The token a command uses: $SIMPUL_TOKEN when set and not empty (scripts, CI), else the
// token file's. nullopt when neither has one.
std::optional<std::string> resolveToken(const TokenStore& store);

} // namespace simpul::client
