#include "record_service.h"

#include "import_records.h"
#include "record_rows.h"
#include "server/api_error.h"
#include "server/call.h"
#include "server/paging.h"
#include "server/request_ids.h"
#include "storage/database.h"
#include "storage/store.h"

#include <algorithm>
#include <cstdio>

namespace simpul::pmks {

using server::ApiError;
using server::Principal;

namespace {

constexpr const char* kCreateMethod = "/simpul.pmks.v1.PmksService/CreateRecord";
constexpr const char* kUpdateMethod = "/simpul.pmks.v1.PmksService/UpdateRecord";

std::string isoDate(const simpul::core::v1::Date& date) {
  if (date.year() == 0) {
    return {};
  }
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year(), date.month(), date.day());
  return text;
}

std::int64_t parseGroup(const std::string& name) {
  constexpr std::string_view prefix = "pmks/dasawisma-groups/";
  if (name.empty()) {
    return 0;
  }
  if (name.rfind(prefix, 0) == 0) {
    try {
      const std::int64_t id = std::stoll(name.substr(prefix.size()));
      if (id > 0) {
        return id;
      }
    } catch (const std::exception&) {
    }
  }
  throw ApiError::invalidArgument("record.dasawisma_group", "BAD_NAME",
                                  "Kelompok dasawisma harus berbentuk pmks/dasawisma-groups/{id}.",
                                  "The dasawisma group must look like pmks/dasawisma-groups/{id}.");
}

void setSubject(const v1::Subject& s, RecordInput& input) {
  input.subject = {};
  input.subject.nik = s.nik();
  input.subject.noKk = s.no_kk();
  input.subject.fullName = s.full_name();
  input.subject.sex = static_cast<int>(s.sex());
  input.subject.birthDate = isoDate(s.birth_date());
  input.communityName = s.community_name();
}

void setLocation(const v1::Location& l, RecordInput& input) {
  input.wilayahCode = l.wilayah_code();
  input.dusun = l.dusun();
  input.rw = l.rw();
  input.rt = l.rt();
}

RecordInput inputFromProto(const v1::Record& r) {
  RecordInput input;
  input.pmksType = r.pmks_type();
  input.period = r.period();
  setSubject(r.subject(), input);
  setLocation(r.location(), input);
  input.dasawismaGroupId = parseGroup(r.dasawisma_group());
  input.criteria.assign(r.criteria().begin(), r.criteria().end());
  input.disabilityKinds.assign(r.disability_kinds().begin(), r.disability_kinds().end());
  input.disasterEvent = r.disaster_event();
  input.notes = r.notes();
  input.attachments.assign(r.attachments().begin(), r.attachments().end());
  return input;
}

// The stored record as an input, with the NIK in full (the subject stays the same person
// unless the update names another).
RecordInput inputFromRow(server::Host& host, storage::Database& db, const RecordRow& row) {
  RecordInput input;
  input.pmksType = row.pmksType;
  input.period = row.period;
  if (row.personId) {
    if (const auto person = host.findPersonById(db, *row.personId)) {
      input.subject.nik = person->nik;
    }
  }
  input.subject.noKk = row.noKk;
  input.communityName = row.communityName;
  input.wilayahCode = row.wilayahCode;
  input.dusun = row.dusun;
  input.rw = row.rw;
  input.rt = row.rt;
  input.dasawismaGroupId = row.dasawismaGroupId;
  input.criteria = row.criteria;
  input.disabilityKinds = row.disabilityKinds;
  input.disasterEvent = row.disasterEvent;
  input.notes = row.notes;
  input.attachments = row.attachments;
  return input;
}

void requireAt(const Principal& who, const char* permission, const std::string& wilayah) {
  if (!who.holdsAt(permission, wilayah)) {
    throw ApiError::permissionDenied(permission);
  }
}

} // namespace

PmksServiceImpl::PmksServiceImpl(server::Host& host) : m_host(host), m_store(host) {}

grpc::Status PmksServiceImpl::CreateRecord(grpc::ServerContext* ctx,
                                           const v1::CreateRecordRequest* request,
                                           v1::Record* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    if (!who.holdsAnywhere("pmks.record.write")) {
      throw ApiError::permissionDenied("pmks.record.write");
    }
    const RecordInput input = inputFromProto(request->record());
    m_host.store().write([&](storage::Database& tx) {
      std::int64_t id = 0;
      if (const auto earlier =
              server::findRequest(tx, who.userId, kCreateMethod, request->request_id())) {
        id = parseRecordName(*earlier);
      } else {
        const auto desa =
            m_host.requireWilayah(tx, input.wilayahCode, "record.location.wilayah_code", 4);
        requireAt(who, "pmks.record.write", desa.code);
        id = m_store.insert(tx, who, input, Status::Draft, DuplicatePolicy::Refuse, kCreateMethod)
                 .recordId;
        server::recordRequest(tx, who.userId, kCreateMethod, request->request_id(), recordName(id),
                              m_host.now());
      }
      // The creator gets back what it wrote even when it may not read it afterwards (a PSM
      // recording a sensitive type): it learns nothing it did not send.
      const auto row = findRecord(tx, id);
      if (!row) {
        throw ApiError::notFound(recordName(id));
      }
      toProto(m_host, tx, who, *row, true, out);
    });
  });
}

grpc::Status PmksServiceImpl::GetRecord(grpc::ServerContext* ctx,
                                        const v1::GetRecordRequest* request, v1::Record* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    const std::int64_t id = parseRecordName(request->name());
    m_host.store().read([&](storage::Database& db) {
      const auto row = findVisibleRecord(db, who, id);
      if (!row) {
        throw ApiError::notFound(recordName(id));
      }
      toProto(m_host, db, who, *row, true, out);
    });
  });
}

grpc::Status PmksServiceImpl::UpdateRecord(grpc::ServerContext* ctx,
                                           const v1::UpdateRecordRequest* request,
                                           v1::Record* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    const v1::Record& in = request->record();
    const std::int64_t id = parseRecordName(in.name(), "record.name");
    if (in.etag().empty()) {
      throw ApiError::etagRequired("record.etag");
    }
    m_host.store().write([&](storage::Database& tx) {
      const auto row = findVisibleRecord(tx, who, id);
      if (!row) {
        throw ApiError::notFound(recordName(id));
      }
      requireAt(who, "pmks.record.write", row->wilayahCode);
      if (row->etag != in.etag()) {
        throw ApiError::staleEtag(recordName(id));
      }
      if (row->status != Status::Draft && row->status != Status::Returned) {
        throw ApiError::failedPrecondition(
            "WRONG_STATUS", "Hanya data berstatus draf atau dikembalikan yang dapat diubah.",
            "Only draft or returned records can be changed.");
      }
      RecordInput input = inputFromRow(m_host, tx, *row);
      std::vector<std::string> changed;
      for (const std::string& path : request->update_mask().paths()) {
        if (path == "pmks_type") {
          input.pmksType = in.pmks_type();
        } else if (path == "period") {
          input.period = in.period();
        } else if (path == "subject") {
          setSubject(in.subject(), input);
        } else if (path == "location") {
          setLocation(in.location(), input);
        } else if (path == "criteria") {
          input.criteria.assign(in.criteria().begin(), in.criteria().end());
        } else if (path == "disability_kinds") {
          input.disabilityKinds.assign(in.disability_kinds().begin(), in.disability_kinds().end());
        } else if (path == "disaster_event") {
          input.disasterEvent = in.disaster_event();
        } else if (path == "notes") {
          input.notes = in.notes();
        } else if (path == "attachments") {
          input.attachments.assign(in.attachments().begin(), in.attachments().end());
        } else if (path == "dasawisma_group") {
          input.dasawismaGroupId = parseGroup(in.dasawisma_group());
        } else {
          throw ApiError::invalidArgument("update_mask", "BAD_MASK_PATH",
                                          "Kolom pada update_mask tidak dapat diubah.",
                                          "A field in update_mask cannot be changed.");
        }
        changed.push_back(path);
      }
      if (!changed.empty()) {
        const auto desa =
            m_host.requireWilayah(tx, input.wilayahCode, "record.location.wilayah_code", 4);
        requireAt(who, "pmks.record.write", desa.code);
        m_store.update(tx, who, id, input, changed, kUpdateMethod);
      }
      const auto updated = findVisibleRecord(tx, who, id);
      if (!updated) {
        throw ApiError::notFound(recordName(id));
      }
      toProto(m_host, tx, who, *updated, true, out);
    });
  });
}

std::vector<std::int64_t> selectRecordIds(server::Host& host, storage::Database& db,
                                          const Principal& who, const v1::RecordFilter& filter,
                                          std::int64_t afterId, int limit) {
  const Visibility visibility(who);
  // The plan. No index serves "wilayah range + ORDER BY id", and with two ranges on
  // wilayah_code (scope and filter) SQLite bounds the index scan by the first one, the scope.
  // So the index is used for at most the narrowest range, and only when that range is small
  // (a kecamatan or desa: a code longer than "32.04"), where scanning and sorting its rows is
  // cheap. Otherwise ("+" on every wilayah term) SQLite walks the primary key down from the
  // page key and stops after `limit` visible rows: the first page and row 900,000 cost the same.
  std::optional<server::Scope> within;
  if (!filter.wilayah_code().empty()) {
    within = server::Scope::within(
        {host.requireWilayah(db, filter.wilayah_code(), "filter.wilayah_code").code});
  }
  const auto& scopeCodes = visibility.readScope().codes();
  const std::string scopeCode = scopeCodes.size() == 1 ? scopeCodes.front() : std::string();
  const std::string filterCode = within ? within->codes().front() : std::string();
  const bool indexScope = scopeCode.size() > 5 && scopeCode.size() >= filterCode.size();
  const bool indexFilter = !indexScope && filterCode.size() > 5;
  std::string sql = "SELECT r.id FROM pmks_records r WHERE " +
                    visibility.sqlCondition(indexScope ? "r.wilayah_code" : "+r.wilayah_code");
  if (within) {
    sql += " AND " + within->sqlCondition(indexFilter ? "r.wilayah_code" : "+r.wilayah_code");
  }
  if (filter.pmks_type() != 0) {
    sql += " AND r.pmks_type = :type";
  }
  if (filter.status() != v1::RECORD_STATUS_UNSPECIFIED) {
    sql += " AND r.status = :status";
  }
  if (!filter.period().empty()) {
    sql += " AND r.period = :period";
  }
  const std::string& query = filter.query();
  const bool byNik = query.size() == 16 && std::all_of(query.begin(), query.end(),
                                                       [](char c) { return c >= '0' && c <= '9'; });
  if (byNik) {
    sql += " AND r.person_id = (SELECT id FROM core_persons WHERE nik = :query)";
  } else if (!query.empty()) {
    // LIKE is case-insensitive for ASCII only, and scans the visible records: fine for a
    // desa or kecamatan, slow for a whole province (a name index is future work).
    sql += " AND (r.community_name LIKE :query ESCAPE '\\' OR r.person_id IN (SELECT id FROM "
           "core_persons WHERE full_name LIKE :query ESCAPE '\\'))";
  }
  if (afterId > 0) {
    sql += " AND r.id < :after";
  }
  sql += " ORDER BY r.id DESC LIMIT :limit";
  auto stmt = db.prepare(sql);
  int next = visibility.bind(stmt, 1);
  if (within) {
    next = within->bind(stmt, next);
  }
  // Named parameters after the positional ones take the next numbers in order of appearance.
  if (filter.pmks_type() != 0) {
    stmt.bind(next++, filter.pmks_type());
  }
  if (filter.status() != v1::RECORD_STATUS_UNSPECIFIED) {
    stmt.bind(next++, static_cast<int>(filter.status()));
  }
  if (!filter.period().empty()) {
    stmt.bind(next++, filter.period());
  }
  if (byNik) {
    stmt.bind(next++, query);
  } else if (!query.empty()) {
    std::string pattern = "%";
    for (char c : query) {
      if (c == '%' || c == '_' || c == '\\') {
        pattern += '\\';
      }
      pattern += c;
    }
    pattern += '%';
    stmt.bind(next++, pattern);
  }
  if (afterId > 0) {
    stmt.bind(next++, afterId);
  }
  stmt.bind(next, limit);
  std::vector<std::int64_t> ids;
  while (stmt.step()) {
    ids.push_back(stmt.columnInt64(0));
  }
  return ids;
}

grpc::Status PmksServiceImpl::ListRecords(grpc::ServerContext* ctx,
                                          const v1::ListRecordsRequest* request,
                                          v1::ListRecordsResponse* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    constexpr std::string_view kList = "pmks.ListRecords";
    const auto page = server::pageRequest(kList, request->page_size(), request->page_token());
    m_host.store().read([&](storage::Database& db) {
      const auto ids = selectRecordIds(m_host, db, who, request->filter(),
                                       page.afterInteger().value_or(0), page.size + 1);
      const std::size_t shown = std::min<std::size_t>(ids.size(), page.size);
      for (std::size_t i = 0; i < shown; ++i) {
        if (const auto row = findRecord(db, ids[i])) {
          toProto(m_host, db, who, *row, false, out->add_records());
        }
      }
      if (ids.size() > shown) {
        out->set_next_page_token(server::pageToken(kList, server::integerKey(ids[shown - 1])));
      }
    });
  });
}

grpc::Status PmksServiceImpl::ImportRecords(grpc::ServerContext* ctx,
                                            grpc::ServerReader<v1::ImportRecordsRequest>* reader,
                                            v1::ImportRecordsResponse* response) {
  return importRecords(m_host, m_store, ctx, reader, response);
}

} // namespace simpul::pmks
