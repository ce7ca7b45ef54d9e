#pragma once

#include "server/host.h"
#include "server/time_util.h"

#include <string_view>

namespace simpul::storage {
class Database;
}

namespace simpul::server {

// Opens the item (module, kind, resource), inside the caller's write transaction. Posting an
// item that exists updates it (wilayah, permission, titles, due time); posting one that was
// closed re-opens it with create time `now`. The wilayah code may be dotted or plain and is
// stored dotted, as the scope conditions expect. Throws std::invalid_argument for a missing
// module, kind, resource, permission or title, or a malformed wilayah code (a plugin's bug).
void postInbox(storage::Database& tx, const InboxPost& item, TimePoint now);

// Closes the item if it is open; no-op otherwise.
void closeInbox(storage::Database& tx, std::string_view module, std::string_view kind,
                std::string_view resource, TimePoint now);

} // namespace simpul::server
