#include "server/inbox/inbox_service.h"

#include "server/api_error.h"
#include "server/call.h"
#include "server/paging.h"
#include "server/time_util.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/store.h"

#include <optional>
#include <string>
#include <vector>

namespace simpul::server {

namespace v1 = ::simpul::core::v1;

namespace {

constexpr std::string_view kListName = "inbox";

} // namespace

InboxServiceImpl::InboxServiceImpl(Host& host) : m_host(host) {}

grpc::Status InboxServiceImpl::ListInboxItems(grpc::ServerContext* context,
                                              const v1::ListInboxItemsRequest* request,
                                              v1::ListInboxItemsResponse* response) {
  // Every signed-in user has an inbox; what is in it follows from the permissions held.
  return serve(m_host, context, [&](const Principal& who) {
    const PageRequest page = pageRequest(kListName, request->page_size(), request->page_token());
    const std::optional<std::int64_t> afterId = page.afterInteger();

    // An item is visible when the caller holds its permission at its wilayah: one
    // "(permission = ? AND <scope>)" per permission held, so the filter runs in SQL (and
    // the partial index core_inbox_open serves each term).
    std::string addressedTo;
    std::vector<std::pair<const std::string*, const Scope*>> terms;
    for (const auto& [permission, scope] : who.permissions) {
      if (scope.isNowhere()) {
        continue;
      }
      addressedTo += addressedTo.empty() ? "(" : " OR ";
      addressedTo += "(permission = ? AND " + scope.sqlCondition("wilayah_code") + ")";
      terms.emplace_back(&permission, &scope);
    }
    if (terms.empty()) {
      return; // holds nothing anywhere: an empty inbox
    }
    addressedTo += ")";

    std::string sql = "SELECT id, module, kind, title_id, title_en, resource, wilayah_code, "
                      "permission, create_time_ms, due_time_ms FROM core_inbox "
                      "WHERE closed_time_ms IS NULL AND " +
                      addressedTo;
    if (afterId) {
      sql += " AND id > ?";
    }
    sql += " ORDER BY id LIMIT ?";

    struct Row {
      std::int64_t id = 0;
      v1::InboxItem item;
    };
    std::vector<Row> rows = m_host.store().read([&](storage::Database& db) {
      storage::Statement stmt = db.prepare(sql);
      int index = 1;
      for (const auto& [permission, scope] : terms) {
        stmt.bind(index++, *permission);
        index = scope->bind(stmt, index);
      }
      if (afterId) {
        stmt.bind(index++, *afterId);
      }
      stmt.bind(index, static_cast<std::int64_t>(page.size) + 1); // one more: is there a next?
      std::vector<Row> found;
      while (stmt.step()) {
        Row row;
        row.id = stmt.columnInt64(0);
        v1::InboxItem& item = row.item;
        item.set_name("inbox/" + std::to_string(row.id));
        item.set_module(stmt.columnText(1));
        item.set_kind(stmt.columnText(2));
        item.set_title_id(stmt.columnText(3));
        item.set_title_en(stmt.columnText(4));
        item.set_resource(stmt.columnText(5));
        item.set_wilayah_code(stmt.columnText(6));
        item.set_permission(stmt.columnText(7));
        setTimestamp(item.mutable_create_time(), stmt.columnInt64(8));
        if (const std::optional<std::int64_t> due = stmt.columnOptionalInt64(9)) {
          setTimestamp(item.mutable_due_time(), *due);
        }
        found.push_back(std::move(row));
      }
      return found;
    });

    const bool more = rows.size() > static_cast<std::size_t>(page.size);
    if (more) {
      rows.resize(static_cast<std::size_t>(page.size));
    }
    for (Row& row : rows) {
      *response->add_items() = std::move(row.item);
    }
    if (more && !rows.empty()) {
      response->set_next_page_token(pageToken(kListName, integerKey(rows.back().id)));
    }
  });
}

} // namespace simpul::server
