#include "export_service.h"

#include "record_rows.h"
#include "record_service.h"
#include "server/api_error.h"
#include "server/call.h"
#include "storage/database.h"
#include "storage/store.h"

#include <grpcpp/support/sync_stream.h>

namespace simpul::pmks {

using server::ApiError;
using server::Principal;

namespace {

constexpr const char* kExportPermission = "pmks.record.export";
constexpr const char* kExportMethod = "/simpul.pmks.v1.PmksExportService/ExportRecords";
// Records read per transaction: a short read each, so a slow client never holds a snapshot
// (and a reader connection) for the whole export.
constexpr int kPageSize = 500;

// The wilayah the export walks: the filter's own when given (it must lie within the export
// scope), else each root of the export scope ("" = everywhere). Each one is then narrowed
// further by the read visibility inside selectRecordIds, so both conditions are in SQL.
std::vector<std::string> exportRoots(server::Host& host, const Principal& who,
                                     const v1::RecordFilter& filter) {
  const server::Scope scope = who.scopeOf(kExportPermission);
  if (scope.isNowhere()) {
    throw ApiError::permissionDenied(kExportPermission);
  }
  if (!filter.wilayah_code().empty()) {
    const std::string code = host.store().read([&](storage::Database& db) {
      return host.requireWilayah(db, filter.wilayah_code(), "filter.wilayah_code").code;
    });
    if (!scope.covers(code)) {
      throw ApiError::permissionDenied(kExportPermission);
    }
    return {code};
  }
  if (scope.isEverywhere()) {
    return {""};
  }
  return scope.codes();
}

} // namespace

grpc::Status PmksExportServiceImpl::ExportRecords(grpc::ServerContext* ctx,
                                                  const v1::ExportRecordsRequest* request,
                                                  grpc::ServerWriter<v1::Record>* writer) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    const std::vector<std::string> roots = exportRoots(m_host, who, request->filter());
    // Taking data out is audited once per call, before the first record leaves: the filter's
    // wilayah names what was asked for (never a name or a NIK from the query).
    m_host.store().write([&](storage::Database& tx) {
      m_host.audit(tx, who, {kExportMethod, "pmks/records", {}, request->filter().wilayah_code()});
    });
    for (const std::string& root : roots) {
      v1::RecordFilter filter = request->filter();
      filter.set_wilayah_code(root);
      std::int64_t after = 0;
      for (;;) {
        std::vector<v1::Record> page;
        std::size_t selected = 0;
        m_host.store().read([&](storage::Database& db) {
          const auto ids = selectRecordIds(m_host, db, who, filter, after, kPageSize);
          selected = ids.size();
          page.reserve(ids.size());
          for (const std::int64_t id : ids) {
            if (const auto row = findRecord(db, id)) {
              toProto(m_host, db, who, *row, false, &page.emplace_back());
            }
            after = id;
          }
        });
        for (const v1::Record& record : page) {
          if (!writer->Write(record)) {
            return; // the client went away
          }
        }
        if (selected < static_cast<std::size_t>(kPageSize)) {
          break;
        }
      }
    }
  });
}

} // namespace simpul::pmks
