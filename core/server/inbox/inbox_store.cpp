#include "server/inbox/inbox_store.h"

#include "domain/wilayah_code.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <optional>
#include <stdexcept>
#include <string>

namespace simpul::server {

namespace {

void require(std::string_view value, const char* what) {
  if (value.empty()) {
    throw std::invalid_argument(std::string("inbox item: ") + what + " is required");
  }
}

} // namespace

void postInbox(storage::Database& tx, const InboxPost& item, TimePoint now) {
  require(item.module, "module");
  require(item.kind, "kind");
  require(item.resource, "resource");
  require(item.permission, "permission");
  require(item.titleId, "title_id");
  require(item.titleEn, "title_en");
  std::string wilayah;
  if (!item.wilayahCode.empty()) {
    const auto code = domain::WilayahCode::parse(item.wilayahCode);
    if (!code) {
      throw std::invalid_argument("inbox item: malformed wilayah code");
    }
    wilayah = code->dotted();
  }
  std::optional<std::int64_t> dueMs;
  if (item.due) {
    dueMs = toMillis(*item.due);
  }

  // An open item keeps its create time (it has been waiting since then); a closed one
  // re-opened is new work and starts waiting now.
  storage::Statement upsert = tx.prepare(R"sql(
    INSERT INTO core_inbox (module, kind, resource, wilayah_code, permission, title_id, title_en,
                            create_time_ms, due_time_ms, closed_time_ms)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)
    ON CONFLICT (module, kind, resource) DO UPDATE SET
      wilayah_code = excluded.wilayah_code,
      permission = excluded.permission,
      title_id = excluded.title_id,
      title_en = excluded.title_en,
      due_time_ms = excluded.due_time_ms,
      create_time_ms = CASE WHEN core_inbox.closed_time_ms IS NULL
                            THEN core_inbox.create_time_ms ELSE excluded.create_time_ms END,
      closed_time_ms = NULL)sql");
  upsert.bindAll(item.module, item.kind, item.resource, wilayah, item.permission, item.titleId,
                 item.titleEn, toMillis(now), dueMs);
  upsert.run();
}

void closeInbox(storage::Database& tx, std::string_view module, std::string_view kind,
                std::string_view resource, TimePoint now) {
  storage::Statement close =
      tx.prepare("UPDATE core_inbox SET closed_time_ms = ? "
                 "WHERE module = ? AND kind = ? AND resource = ? AND closed_time_ms IS NULL");
  close.bindAll(toMillis(now), module, kind, resource);
  close.run();
}

} // namespace simpul::server
