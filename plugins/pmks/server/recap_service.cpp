// GetRecap: reads pmks_recap_counts only (kept by RecordStore), so its cost follows the size
// of the answer.

#include "domain/pmks_catalog.h"
#include "record_service.h"
#include "server/api_error.h"
#include "server/call.h"
#include "server/time_util.h"
#include "storage/database.h"
#include "storage/store.h"

#include <map>

namespace simpul::pmks {

using server::ApiError;
using server::Principal;

grpc::Status PmksServiceImpl::GetRecap(grpc::ServerContext* ctx, const v1::GetRecapRequest* request,
                                       v1::GetRecapResponse* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    if (request->period().empty()) {
      throw ApiError::invalidArgument("period", "REQUIRED", "Periode wajib diisi.",
                                      "The period is required.");
    }
    const int level = static_cast<int>(request->level());
    if (level < 0 || level > 4) {
      throw ApiError::invalidArgument("level", "BAD_LEVEL", "Tingkat wilayah tidak dikenal.",
                                      "Unknown wilayah level.");
    }
    m_host.store().read([&](storage::Database& db) {
      std::string code;
      int ownLevel = 0;
      if (!request->wilayah_code().empty()) {
        const auto wilayah = m_host.requireWilayah(db, request->wilayah_code(), "wilayah_code");
        code = wilayah.code;
        ownLevel = wilayah.level;
      }
      const bool allowed = code.empty() ? who.scopeOf("pmks.recap.read").isEverywhere()
                                        : who.holdsAt("pmks.recap.read", code);
      if (!allowed) {
        throw ApiError::permissionDenied("pmks.recap.read");
      }
      if (level != 0 && level <= ownLevel) {
        throw ApiError::invalidArgument("level", "BAD_LEVEL",
                                        "Tingkat rekap harus di bawah wilayah yang diminta.",
                                        "The recap level must be below the requested wilayah.");
      }
      // The whole country has no row of its own: its totals are the provinsi rows summed.
      const int rowLevel = level != 0 ? level : (code.empty() ? 1 : ownLevel);
      std::string sql = "SELECT c.wilayah_code, c.pmks_type, c.sex, sum(c.n) FROM "
                        "pmks_recap_counts c INDEXED BY pmks_recap_counts_by_level "
                        "WHERE c.period = ?1 AND c.level = ?2";
      if (!code.empty()) {
        sql += level == 0 ? " AND c.wilayah_code = ?3"
                          : " AND c.wilayah_code >= ?3 || '.' AND c.wilayah_code < ?3 || '/'";
      }
      if (!request->all_statuses()) {
        sql += " AND c.status = ?4";
      }
      sql += " GROUP BY c.wilayah_code, c.pmks_type, c.sex";
      auto stmt = db.prepare(sql);
      stmt.bind(1, request->period());
      stmt.bind(2, rowLevel);
      if (!code.empty()) {
        stmt.bind(3, code);
      }
      if (!request->all_statuses()) {
        const int status = request->status() == v1::RECORD_STATUS_UNSPECIFIED
                               ? static_cast<int>(Status::Validated)
                               : static_cast<int>(request->status());
        stmt.bind(4, status);
      }
      // (wilayah, type) → row; the map keeps the answer ordered by code, then type.
      std::map<std::pair<std::string, int>, v1::RecapRow> rows;
      while (stmt.step()) {
        const std::int64_t n = stmt.columnInt64(3);
        if (n == 0) {
          continue;
        }
        const std::string wilayah = level == 0 ? code : stmt.columnText(0);
        v1::RecapRow& row = rows[{wilayah, stmt.columnInt(1)}];
        const int sex = stmt.columnInt(2);
        if (sex == 1) {
          row.set_male(row.male() + n);
        } else if (sex == 2) {
          row.set_female(row.female() + n);
        }
        row.set_total(row.total() + n);
      }
      std::map<std::string, std::string> names;
      for (auto& [key, row] : rows) {
        if (row.total() == 0) {
          continue;
        }
        auto [name, fresh] = names.try_emplace(key.first);
        if (fresh && !key.first.empty()) {
          if (const auto wilayah = m_host.findWilayah(db, key.first)) {
            name->second = wilayah->name;
          }
        }
        row.set_wilayah_code(key.first);
        row.set_wilayah_name(name->second);
        row.set_pmks_type(key.second);
        if (const auto* type = domain::findPmksTypeByOrder(key.second)) {
          row.set_pmks_type_name(type->name.id);
        }
        *out->add_rows() = row;
      }
      server::setTimestamp(out->mutable_as_of(), server::toMillis(m_host.now()));
    });
  });
}

} // namespace simpul::pmks
