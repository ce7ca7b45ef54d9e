#pragma once

// The photos of a PMKS record (Record.attachments): names of files stored through core's
// AttachmentService, checked before a record keeps them.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::storage {
class Database;
}
namespace simpul::server {
class Principal;
}

namespace simpul::pmks {

// How many attachments one record may hold.
inline constexpr std::size_t kMaxRecordAttachments = 10;

// Inside the caller's transaction: every name is "attachments/" + 64 lowercase hex digits,
// names a file stored in core_attachments, and appears once; at most kMaxRecordAttachments.
// Throws server::ApiError(INVALID_ARGUMENT) on "record.attachments" (reasons
// "ATTACHMENT_NAME_INVALID", "ATTACHMENT_NOT_FOUND", "ATTACHMENT_DUPLICATE",
// "TOO_MANY_ATTACHMENTS"); the messages never quote a name.
void checkRecordAttachments(storage::Database& tx, const std::vector<std::string>& names);

// Whether `who` sees a record holding the attachment with this SHA-256 (and may download
// attachments at the record's wilayah): the plugin's answer to Host::addAttachmentAccess.
bool recordAttachmentVisible(storage::Database& db, const server::Principal& who,
                             std::string_view sha256);

} // namespace simpul::pmks
