#include "record_attachments.h"

#include "record_rows.h"
#include "server/api_error.h"
#include "server/principal.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace simpul::pmks {

using server::ApiError;

namespace {

constexpr std::string_view kPrefix = "attachments/";
constexpr const char* kField = "record.attachments";

bool wellFormed(std::string_view name) {
  if (name.size() != kPrefix.size() + 64 || !name.starts_with(kPrefix)) {
    return false;
  }
  const std::string_view digest = name.substr(kPrefix.size());
  return std::all_of(digest.begin(), digest.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

} // namespace

void checkRecordAttachments(storage::Database& tx, const std::vector<std::string>& names) {
  if (names.size() > kMaxRecordAttachments) {
    throw ApiError::invalidArgument(kField, "TOO_MANY_ATTACHMENTS",
                                    "Satu data PMKS paling banyak memuat " +
                                        std::to_string(kMaxRecordAttachments) + " lampiran.",
                                    "A PMKS record holds at most " +
                                        std::to_string(kMaxRecordAttachments) + " attachments.");
  }
  // Core's table, read like the other core tables the plugin joins (core_persons,
  // core_users): each file must have been uploaded through AttachmentService first.
  storage::Statement exists = tx.prepare("SELECT 1 FROM core_attachments WHERE sha256 = ?");
  std::set<std::string_view> seen;
  for (const std::string& name : names) {
    if (!wellFormed(name)) {
      throw ApiError::invalidArgument(
          kField, "ATTACHMENT_NAME_INVALID",
          "Nama lampiran harus berbentuk attachments/<sha256> (64 angka heksadesimal kecil).",
          "An attachment name has the form attachments/<sha256> (64 lowercase hex digits).");
    }
    if (!seen.insert(name).second) {
      throw ApiError::invalidArgument(kField, "ATTACHMENT_DUPLICATE",
                                      "Lampiran yang sama tercantum lebih dari sekali.",
                                      "The same attachment is listed more than once.");
    }
    exists.reset();
    exists.bind(1, std::string_view(name).substr(kPrefix.size()));
    if (!exists.step()) {
      throw ApiError::invalidArgument(kField, "ATTACHMENT_NOT_FOUND",
                                      "Lampiran tidak ditemukan: unggah berkasnya terlebih dahulu.",
                                      "The attachment was not found: upload the file first.");
    }
  }
}

bool recordAttachmentVisible(storage::Database& db, const server::Principal& who,
                             std::string_view sha256) {
  const Visibility visible(who);
  const server::Scope downloads = who.scopeOf("core.attachment.read");
  storage::Statement stmt = db.prepare(
      "SELECT 1 FROM pmks_records r WHERE instr(r.attachments, ?) > 0 AND " +
      visible.sqlCondition() + " AND " + downloads.sqlCondition("r.wilayah_code") + " LIMIT 1");
  stmt.bind(1, std::string(kPrefix) + std::string(sha256));
  downloads.bind(stmt, visible.bind(stmt, 2));
  return stmt.step();
}

} // namespace simpul::pmks
