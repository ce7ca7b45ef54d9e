#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

namespace simpul::server {

// A file in the system temp directory (TMPDIR or /tmp) with no name: it is unlinked from the
// start (O_TMPFILE, else mkstemp + unlink), so it disappears when closed, even when the
// process dies, and no other process can open it. Mode 0600. Move-only.
class AnonymousTempFile {
public:
  AnonymousTempFile(); // throws std::system_error
  AnonymousTempFile(AnonymousTempFile&& other) noexcept;
  AnonymousTempFile& operator=(AnonymousTempFile&&) = delete;
  AnonymousTempFile(const AnonymousTempFile&) = delete;
  AnonymousTempFile& operator=(const AnonymousTempFile&) = delete;
  ~AnonymousTempFile();

  void append(std::string_view bytes);
  // Reads up to `size` bytes at `offset`; returns how many were read (0 at the end).
  std::size_t readAt(std::int64_t offset, char* buffer, std::size_t size) const;

private:
  int m_fd = -1;
};

// A fresh private directory (mode 0700) in the system temp directory, removed with
// everything in it on destruction. For files that need a name (a backup target).
class TempDirectory {
public:
  explicit TempDirectory(std::string_view prefix); // throws std::system_error
  TempDirectory(const TempDirectory&) = delete;
  TempDirectory& operator=(const TempDirectory&) = delete;
  ~TempDirectory();

  const std::filesystem::path& path() const { return m_path; }

private:
  std::filesystem::path m_path;
};

} // namespace simpul::server
