#include "server/audit/audit_service.h"

#include "server/api_error.h"
#include "server/audit/audit_log.h"
#include "server/call.h"
#include "server/paging.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/store.h"

#include <string>
#include <vector>

namespace simpul::server {

namespace v1 = ::simpul::core::v1;

namespace {

constexpr std::string_view kReadPermission = "core.audit.read";
constexpr std::string_view kVerifyPermission = "core.audit.verify";
constexpr std::string_view kListName = "audit";
constexpr std::size_t kMaxResourceLength = 512;

} // namespace

AuditServiceImpl::AuditServiceImpl(Host& host) : m_host(host) {}

grpc::Status AuditServiceImpl::ListAuditEntries(grpc::ServerContext* context,
                                                const v1::ListAuditEntriesRequest* request,
                                                v1::ListAuditEntriesResponse* response) {
  return serve(m_host, context, [&](const Principal& who) {
    const Scope scope = who.scopeOf(kReadPermission);
    if (scope.isNowhere()) {
      throw ApiError::permissionDenied(kReadPermission);
    }
    const PageRequest page = pageRequest(kListName, request->page_size(), request->page_token());
    const std::optional<std::int64_t> afterSequence = page.afterInteger();
    const std::string& resource = request->resource();
    if (resource.size() > kMaxResourceLength) {
      throw ApiError::invalidArgument("resource", "RESOURCE_TOO_LONG",
                                      "Nama sumber daya terlalu panjang.",
                                      "The resource name is too long.");
    }

    // The scope is part of the query: entries outside it are never read, so they cannot leak
    // through paging or counts. An entry without a wilayah (users, attachments, backups) is in
    // an everywhere scope only (Scope::sqlCondition never matches "" otherwise).
    std::string sql = std::string("SELECT ") + kAuditColumns + " FROM core_audit WHERE " +
                      scope.sqlCondition("wilayah_code");
    if (!resource.empty()) {
      sql += " AND resource = ?";
    }
    if (afterSequence) {
      sql += " AND sequence < ?";
    }
    sql += " ORDER BY sequence DESC LIMIT ?";

    std::vector<AuditRow> rows = m_host.store().read([&](storage::Database& db) {
      storage::Statement stmt = db.prepare(sql);
      int index = scope.bind(stmt, 1);
      if (!resource.empty()) {
        stmt.bind(index++, resource);
      }
      if (afterSequence) {
        stmt.bind(index++, *afterSequence);
      }
      stmt.bind(index, static_cast<std::int64_t>(page.size) + 1); // one more: is there a next?
      std::vector<AuditRow> found;
      while (stmt.step()) {
        found.push_back(readAuditRow(stmt));
      }
      return found;
    });

    const bool more = rows.size() > static_cast<std::size_t>(page.size);
    if (more) {
      rows.resize(static_cast<std::size_t>(page.size));
    }
    for (const AuditRow& row : rows) {
      toProto(row, response->add_entries());
    }
    if (more && !rows.empty()) {
      response->set_next_page_token(pageToken(kListName, integerKey(rows.back().sequence)));
    }
  });
}

grpc::Status AuditServiceImpl::VerifyAuditChain(grpc::ServerContext* context,
                                                const v1::VerifyAuditChainRequest* /*request*/,
                                                v1::VerifyAuditChainResponse* response) {
  return serve(m_host, context, [&](const Principal& who) {
    if (!who.holdsAnywhere(kVerifyPermission)) {
      throw ApiError::permissionDenied(kVerifyPermission);
    }
    // One read snapshot: appends committed meanwhile are simply not part of this check.
    const AuditVerification result =
        m_host.store().read([&](storage::Database& db) { return verifyAuditChain(db); });
    response->set_intact(result.intact);
    response->set_entries_checked(result.entriesChecked);
    response->set_first_broken_sequence(result.firstBrokenSequence);
    response->set_problem(result.problem);
  });
}

} // namespace simpul::server
