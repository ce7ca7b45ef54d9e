#include "server/attachment/backup_service.h"

#include "server/api_error.h"
#include "server/attachment/temp_files.h"
#include "server/call.h"
#include "storage/database.h"
#include "storage/sha256.h"
#include "storage/store.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace simpul::server {

namespace v1 = ::simpul::core::v1;

namespace {

constexpr std::string_view kPermission = "core.backup.create";
constexpr std::string_view kMethod = "/simpul.core.v1.BackupService/CreateBackup";
constexpr std::size_t kChunkBytes = 256 * 1024;

} // namespace

BackupServiceImpl::BackupServiceImpl(Host& host) : m_host(host) {}

grpc::Status BackupServiceImpl::CreateBackup(grpc::ServerContext* context,
                                             const v1::CreateBackupRequest* /*request*/,
                                             grpc::ServerWriter<v1::CreateBackupResponse>* writer) {
  return serve(m_host, context, [&](const Principal& who) {
    if (!who.scopeOf(kPermission).isEverywhere()) {
      throw ApiError::permissionDenied(kPermission);
    }
    // A private (0700) directory: the copy holds personal data. Removed with the copy when
    // the call ends, however it ends.
    const TempDirectory dir("simpul-backup");
    const std::filesystem::path target = dir.path() / "simpul-backup.sqlite";
    m_host.store().backupTo(target.string());
    // Recorded once the copy exists; the copy itself therefore does not contain this entry.
    m_host.store().write([&](storage::Database& tx) {
      m_host.audit(tx, who, AuditRecord{std::string(kMethod), "backups", {}, ""});
    });

    std::ifstream in(target, std::ios::binary);
    if (!in) {
      throw std::runtime_error("cannot open the backup copy");
    }
    const auto size = static_cast<std::int64_t>(std::filesystem::file_size(target));
    v1::CreateBackupResponse message;
    message.set_size_bytes(size);
    if (!writer->Write(message)) {
      return; // the client went away
    }
    storage::Sha256 hasher;
    std::vector<char> buffer(kChunkBytes);
    std::int64_t sent = 0;
    while (in) {
      in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      const auto n = static_cast<std::size_t>(in.gcount());
      if (n == 0) {
        break;
      }
      const std::string_view bytes(buffer.data(), n);
      hasher.update(bytes);
      sent += static_cast<std::int64_t>(n);
      message.set_chunk(std::string(bytes));
      if (!writer->Write(message)) {
        return;
      }
    }
    if (in.bad() || sent != size) {
      throw std::runtime_error("reading the backup copy failed");
    }
    message.set_sha256(hasher.finishHex());
    writer->Write(message);
  });
}

} // namespace simpul::server
