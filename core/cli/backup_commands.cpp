// backup (online, through BackupService) and restore (offline, on the database file).
#include "cli/commands.h"
#include "simpul/core/v1/backup.grpc.pb.h"
#include "storage/backup.h"
#include "storage/error.h"
#include "storage/sha256.h"

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <ostream>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace simpul::cli {

namespace {

namespace v1 = simpul::core::v1;

std::string systemError() {
  return std::strerror(errno);
}

// The backup as it arrives, under "<target>.partial" with mode 0600 (it holds every NIK and
// name in the database). Removed unless commit() renamed it to the target, so an interrupted
// or corrupt download never sits under the final name.
class PartialFile {
public:
  explicit PartialFile(std::string target) : m_target(std::move(target)) {
    m_path = m_target + ".partial";
    m_fd = ::open(m_path.c_str(), O_CREAT | O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (m_fd < 0) {
      throw CommandError("tidak bisa membuat / cannot create " + m_path + ": " + systemError());
    }
    if (::fchmod(m_fd, 0600) != 0) {
      const std::string error = systemError();
      discard();
      throw CommandError("tidak bisa mengatur mode / cannot set the mode of " + m_path + ": " +
                         error);
    }
  }
  ~PartialFile() { discard(); }
  PartialFile(const PartialFile&) = delete;
  PartialFile& operator=(const PartialFile&) = delete;

  // Returns an error text, empty on success.
  std::string write(const std::string& bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = ::write(m_fd, bytes.data() + done, bytes.size() - done);
      if (n < 0 && errno == EINTR) {
        continue;
      }
      if (n <= 0) {
        return "gagal menulis / failed writing " + m_path + ": " + systemError();
      }
      done += static_cast<std::size_t>(n);
    }
    return {};
  }

  // fsync, close, rename onto the target, fsync the directory: the backup is on disk under
  // its final name, whole, or not at all.
  void commit() {
    if (::fsync(m_fd) != 0 || ::close(std::exchange(m_fd, -1)) != 0) {
      throw CommandError("gagal menyimpan / failed to save " + m_path + ": " + systemError());
    }
    if (::rename(m_path.c_str(), m_target.c_str()) != 0) {
      throw CommandError("gagal mengganti nama / cannot rename " + m_path + " to " + m_target +
                         ": " + systemError());
    }
    m_committed = true;
    const auto dir = std::filesystem::absolute(m_target).parent_path();
    if (const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dirFd >= 0) {
      ::fsync(dirFd);
      ::close(dirFd);
    }
  }

private:
  void discard() {
    if (m_fd >= 0) {
      ::close(std::exchange(m_fd, -1));
    }
    if (!m_committed) {
      ::unlink(m_path.c_str());
      m_committed = true; // once
    }
  }

  std::string m_target;
  std::string m_path;
  int m_fd = -1;
  bool m_committed = false;
};

int backup(Invocation& call) {
  const auto target = call.args().value("--to");
  if (!target) {
    throw UsageError("`simpulctl backup` needs --to FILE");
  }
  std::error_code ignored;
  if (std::filesystem::exists(*target, ignored) && !call.args().has("--force")) {
    throw CommandError("berkas sudah ada / " + *target +
                       " already exists: choose another name or give --force to replace it");
  }
  const auto& session = call.session();
  PartialFile file(*target);
  // The whole database crosses the wire: allow for a large one on a slow link.
  auto context = session.context(std::chrono::hours(2));
  auto reader = v1::BackupService::NewStub(session.channel())
                    ->CreateBackup(context.get(), v1::CreateBackupRequest{});
  storage::Sha256 hash;
  std::int64_t expectedSize = -1;
  std::int64_t received = 0;
  std::string serverSha;
  std::string localError;
  v1::CreateBackupResponse part;
  while (localError.empty() && reader->Read(&part)) {
    switch (part.part_case()) {
    case v1::CreateBackupResponse::kSizeBytes:
      expectedSize = part.size_bytes();
      break;
    case v1::CreateBackupResponse::kChunk:
      if (!serverSha.empty()) {
        localError = "data after the checksum in the backup stream";
        break;
      }
      localError = file.write(part.chunk());
      hash.update(part.chunk());
      received += static_cast<std::int64_t>(part.chunk().size());
      break;
    case v1::CreateBackupResponse::kSha256:
      serverSha = part.sha256();
      break;
    default:
      localError = "an unknown part in the backup stream";
      break;
    }
  }
  if (!localError.empty()) {
    // Stop the server's side too, then drain so Finish() can complete.
    context->TryCancel();
    while (reader->Read(&part)) {
    }
    reader->Finish();
    throw CommandError("cadangan gagal / backup failed: " + localError);
  }
  call.check(reader->Finish(), *context);
  if (serverSha.empty()) {
    throw CommandError("cadangan tidak lengkap / backup incomplete: the stream ended without its "
                       "checksum");
  }
  if (expectedSize >= 0 && received != expectedSize) {
    throw CommandError("cadangan tidak lengkap / backup incomplete: received " +
                       std::to_string(received) + " of " + std::to_string(expectedSize) + " bytes");
  }
  const std::string localSha = hash.finishHex();
  if (localSha != serverSha) {
    throw CommandError("checksum cadangan tidak cocok / backup checksum mismatch: the copy is "
                       "damaged and was not kept");
  }
  file.commit();
  call.out() << "cadangan tersimpan / backup written: " << *target << " (" << received
             << " bytes, sha256 " << localSha << ")\n";
  return kExitOk;
}

int restore(Invocation& call) {
  const auto from = call.args().value("--from");
  const auto db = call.args().value("--db");
  if (!from || !db) {
    throw UsageError("`simpulctl restore` needs --from FILE and --db PATH");
  }
  call.err() << "peringatan / warning: no simpul-data may be running on " << *db
             << " while it is restored; stop it first\n";
  int lastPercent = -1;
  try {
    storage::restoreDatabase(*from, *db, [&](int done, int total) {
      const int percent = total > 0 ? done * 100 / total : 100;
      if (percent / 10 != lastPercent / 10) {
        call.err() << "memulihkan / restoring… " << percent << "%\n";
        lastPercent = percent;
      }
    });
  } catch (const storage::StorageError& e) {
    throw CommandError(std::string("pemulihan gagal, basis data tidak diubah / restore failed, "
                                   "the database was not changed: ") +
                       e.what());
  }
  call.out() << "dipulihkan / restored " << *db << " from " << *from << '\n';
  return kExitOk;
}

} // namespace

std::vector<CommandSpec> backupCommands() {
  return {
      {.name = "backup",
       .synopsis = "--to FILE [--force]",
       .summary = "Download an online backup of the database (needs core.backup.create).",
       .details = "The server keeps serving meanwhile. The copy is written to FILE.partial\n"
                  "(mode 0600: it holds personal data), checked against the server's sha256\n"
                  "and only then renamed to FILE.\n",
       .options = {{"--to", "FILE", "where to write the backup (required)"},
                   {"--force", "", "replace FILE if it exists"}},
       .run = backup},
      {.name = "restore",
       .synopsis = "--from FILE --db PATH",
       .summary = "Replace the database file PATH with a backup (offline).",
       .details = "Works on the file, not through the server: stop simpul-data first. The\n"
                  "backup is checked (integrity, Simpul schema) before anything is replaced.\n",
       .options = {{"--from", "FILE", "the backup file (required)"},
                   {"--db", "PATH", "the database file to replace (required)"}},
       .needsServer = false,
       .run = restore},
  };
}

} // namespace simpul::cli
