// DasawismaService: the groups (CRUD and list).

#include "dasawisma_rows.h"
#include "dasawisma_service.h"
#include "domain/pmks_catalog.h"
#include "server/api_error.h"
#include "server/call.h"
#include "server/paging.h"
#include "server/request_ids.h"
#include "server/time_util.h"
#include "storage/database.h"
#include "storage/store.h"

#include <algorithm>
#include <cctype>

namespace simpul::pmks {

using server::ApiError;
using server::Principal;

namespace {

constexpr const char* kCreateGroupMethod = "/simpul.pmks.v1.DasawismaService/CreateGroup";
constexpr const char* kUpdateGroupMethod = "/simpul.pmks.v1.DasawismaService/UpdateGroup";
constexpr const char* kDeleteGroupMethod = "/simpul.pmks.v1.DasawismaService/DeleteGroup";
constexpr int kDesaLevel = 4;
constexpr int kMinHouseholds = 10;
constexpr int kMaxHouseholds = 20;

std::string trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return std::string(text);
}

// RW and RT as three digits ("1" and "001" are the same RT), so the same group cannot be
// entered twice under two spellings of its RT.
std::string threeDigits(std::string_view text, const char* field, const char* label) {
  const std::string value = trimmed(text);
  if (value.empty() || value.size() > 3 ||
      !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
      std::stoi(value) == 0) {
    throw ApiError::invalidArgument(field, "BAD_RW_RT",
                                    std::string(label) + " wajib diisi, 1 sampai 3 angka.",
                                    std::string(label) + " is required, 1 to 3 digits.");
  }
  return std::string(3 - value.size(), '0') + value;
}

// What a group says, checked: the desa, RW/RT, name, households, and the ketua found or
// created in the registry.
struct GroupValues {
  server::WilayahRow desa;
  std::string dusun;
  std::string rw;
  std::string rt;
  std::string displayName;
  std::string nameKey;
  std::int64_t ketuaPersonId = 0;
  int households = 0;
};

GroupValues checkGroup(server::Host& host, storage::Database& tx, const Principal& who,
                       const v1::DasawismaGroup& group, std::int64_t ketuaPersonId, bool ketuaGiven,
                       const std::string& method) {
  GroupValues v;
  v.displayName = trimmed(group.display_name());
  if (v.displayName.empty()) {
    throw ApiError::invalidArgument("group.display_name", "REQUIRED",
                                    "Nama kelompok dasawisma wajib diisi.",
                                    "The dasawisma group's name is required.");
  }
  v.nameKey = domain::foldCatalogName(v.displayName);
  if (group.households() < kMinHouseholds || group.households() > kMaxHouseholds) {
    throw ApiError::invalidArgument("group.households", "HOUSEHOLDS_RANGE",
                                    "Satu kelompok dasawisma beranggotakan 10 sampai 20 rumah "
                                    "tangga.",
                                    "A dasawisma group has 10 to 20 households.");
  }
  v.households = group.households();
  v.desa = host.requireWilayah(tx, group.location().wilayah_code(), "group.location.wilayah_code",
                               kDesaLevel);
  v.dusun = trimmed(group.location().dusun());
  v.rw = threeDigits(group.location().rw(), "group.location.rw", "RW");
  v.rt = threeDigits(group.location().rt(), "group.location.rt", "RT");
  requireAt(who, "pmks.dasawisma.write", v.desa.code);
  v.ketuaPersonId = ketuaPersonId;
  if (ketuaGiven) {
    server::PersonInput person = personInput(group.ketua());
    person.wilayahCode = v.desa.code;
    person.dusun = v.dusun;
    person.rw = v.rw;
    person.rt = v.rt;
    try {
      v.ketuaPersonId = host.ensurePerson(tx, who, person, method).id;
    } catch (const ApiError& e) {
      throw relabelPersonError(e, "group.ketua");
    }
  }
  return v;
}

void refuseSameName(storage::Database& tx, const GroupValues& v, std::int64_t exceptId) {
  auto stmt = tx.prepare("SELECT 1 FROM pmks_dasawisma_groups WHERE wilayah_code = ? AND rw = ?"
                         " AND rt = ? AND name_key = ? AND id != ?");
  stmt.bindAll(v.desa.code, v.rw, v.rt, v.nameKey, exceptId);
  if (stmt.step()) {
    throw ApiError::alreadyExists("group.display_name", "GROUP_EXISTS",
                                  "Kelompok dasawisma dengan nama ini sudah ada di RT tersebut.",
                                  "A dasawisma group of this name already exists in that RT.");
  }
}

} // namespace

DasawismaServiceImpl::DasawismaServiceImpl(server::Host& host) : m_host(host), m_store(host) {}

grpc::Status DasawismaServiceImpl::CreateGroup(grpc::ServerContext* ctx,
                                               const v1::CreateGroupRequest* request,
                                               v1::DasawismaGroup* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    if (!who.holdsAnywhere("pmks.dasawisma.write")) {
      throw ApiError::permissionDenied("pmks.dasawisma.write");
    }
    m_host.store().write([&](storage::Database& tx) {
      std::int64_t id = 0;
      if (const auto earlier =
              server::findRequest(tx, who.userId, kCreateGroupMethod, request->request_id())) {
        id = parseGroupName(*earlier, "name");
      } else {
        const GroupValues v =
            checkGroup(m_host, tx, who, request->group(), 0, true, kCreateGroupMethod);
        refuseSameName(tx, v, 0);
        const std::int64_t nowMs = server::toMillis(m_host.now());
        auto stmt = tx.prepare(
            "INSERT INTO pmks_dasawisma_groups (wilayah_code, dusun, rw, rt, display_name,"
            " name_key, ketua_person_id, households, etag, create_time_ms, update_time_ms,"
            " created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        stmt.bindAll(v.desa.code, v.dusun, v.rw, v.rt, v.displayName, v.nameKey, v.ketuaPersonId,
                     v.households, server::newEtag(), nowMs, nowMs, who.userId);
        stmt.run();
        id = tx.lastInsertRowid();
        m_host.audit(tx, who,
                     server::AuditRecord{kCreateGroupMethod,
                                         groupName(id),
                                         {"display_name", "location", "ketua", "households"},
                                         v.desa.code});
        server::recordRequest(tx, who.userId, kCreateGroupMethod, request->request_id(),
                              groupName(id), m_host.now());
      }
      const auto row = findGroup(tx, id, server::Scope::everywhere());
      if (!row) {
        throw ApiError::notFound(groupName(id));
      }
      groupToProto(m_host, tx, who, *row, out);
    });
  });
}

grpc::Status DasawismaServiceImpl::GetGroup(grpc::ServerContext* ctx,
                                            const v1::GetGroupRequest* request,
                                            v1::DasawismaGroup* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    const std::int64_t id = parseGroupName(request->name(), "name");
    m_host.store().read([&](storage::Database& db) {
      const auto row = findGroup(db, id, who.scopeOf("pmks.dasawisma.read"));
      if (!row) {
        throw ApiError::notFound(groupName(id));
      }
      groupToProto(m_host, db, who, *row, out);
    });
  });
}

grpc::Status DasawismaServiceImpl::UpdateGroup(grpc::ServerContext* ctx,
                                               const v1::UpdateGroupRequest* request,
                                               v1::DasawismaGroup* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    const v1::DasawismaGroup& in = request->group();
    const std::int64_t id = parseGroupName(in.name(), "group.name");
    if (in.etag().empty()) {
      throw ApiError::etagRequired("group.etag");
    }
    m_host.store().write([&](storage::Database& tx) {
      const auto row = findGroup(tx, id, who.scopeOf("pmks.dasawisma.read"));
      if (!row) {
        throw ApiError::notFound(groupName(id));
      }
      requireAt(who, "pmks.dasawisma.write", row->wilayahCode);
      if (row->etag != in.etag()) {
        throw ApiError::staleEtag(groupName(id));
      }
      // The current values with the masked fields replaced.
      v1::DasawismaGroup merged;
      merged.set_display_name(row->displayName);
      merged.mutable_location()->set_wilayah_code(row->wilayahCode);
      merged.mutable_location()->set_dusun(row->dusun);
      merged.mutable_location()->set_rw(row->rw);
      merged.mutable_location()->set_rt(row->rt);
      merged.set_households(row->households);
      bool ketuaGiven = false;
      std::vector<std::string> changed;
      for (const std::string& path : request->update_mask().paths()) {
        if (path == "display_name") {
          merged.set_display_name(in.display_name());
        } else if (path == "location") {
          *merged.mutable_location() = in.location();
        } else if (path == "ketua") {
          *merged.mutable_ketua() = in.ketua();
          ketuaGiven = true;
        } else if (path == "households") {
          merged.set_households(in.households());
        } else {
          throw ApiError::invalidArgument("update_mask", "BAD_MASK_PATH",
                                          "Kolom pada update_mask tidak dapat diubah.",
                                          "A field in update_mask cannot be changed.");
        }
        changed.push_back(path);
      }
      if (!changed.empty()) {
        const GroupValues v =
            checkGroup(m_host, tx, who, merged, row->ketuaPersonId, ketuaGiven, kUpdateGroupMethod);
        refuseSameName(tx, v, id);
        auto stmt = tx.prepare(
            "UPDATE pmks_dasawisma_groups SET wilayah_code = ?, dusun = ?, rw = ?, rt = ?,"
            " display_name = ?, name_key = ?, ketua_person_id = ?, households = ?, etag = ?,"
            " update_time_ms = ? WHERE id = ?");
        stmt.bindAll(v.desa.code, v.dusun, v.rw, v.rt, v.displayName, v.nameKey, v.ketuaPersonId,
                     v.households, server::newEtag(), server::toMillis(m_host.now()), id);
        stmt.run();
        m_host.audit(tx, who,
                     server::AuditRecord{kUpdateGroupMethod, groupName(id), changed, v.desa.code});
      }
      const auto updated = findGroup(tx, id, server::Scope::everywhere());
      groupToProto(m_host, tx, who, *updated, out);
    });
  });
}

grpc::Status DasawismaServiceImpl::DeleteGroup(grpc::ServerContext* ctx,
                                               const v1::DeleteGroupRequest* request,
                                               google::protobuf::Empty*) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    const std::int64_t id = parseGroupName(request->name(), "name");
    m_host.store().write([&](storage::Database& tx) {
      const auto row = findGroup(tx, id, who.scopeOf("pmks.dasawisma.read"));
      if (!row) {
        throw ApiError::notFound(groupName(id));
      }
      requireAt(who, "pmks.dasawisma.write", row->wilayahCode);
      auto used =
          tx.prepare("SELECT EXISTS (SELECT 1 FROM pmks_dasawisma_reports WHERE group_id = ?1) OR"
                     " EXISTS (SELECT 1 FROM pmks_records WHERE dasawisma_group_id = ?1)");
      used.bind(1, id);
      used.step();
      if (used.columnInt(0) != 0) {
        throw ApiError::failedPrecondition(
            "GROUP_IN_USE", "Kelompok ini masih dipakai oleh laporan atau data PMKS.",
            "The group is still named by reports or PMKS records.");
      }
      auto stmt = tx.prepare("DELETE FROM pmks_dasawisma_groups WHERE id = ?");
      stmt.bind(1, id);
      stmt.run();
      m_host.audit(tx, who,
                   server::AuditRecord{kDeleteGroupMethod, groupName(id), {}, row->wilayahCode});
    });
  });
}

grpc::Status DasawismaServiceImpl::ListGroups(grpc::ServerContext* ctx,
                                              const v1::ListGroupsRequest* request,
                                              v1::ListGroupsResponse* out) {
  return server::serve(m_host, ctx, [&](const Principal& who) {
    constexpr std::string_view kList = "pmks.ListGroups";
    const auto page = server::pageRequest(kList, request->page_size(), request->page_token());
    m_host.store().read([&](storage::Database& db) {
      server::Scope scope = who.scopeOf("pmks.dasawisma.read");
      if (!request->wilayah_code().empty()) {
        scope = scope.intersect(
            m_host.requireWilayah(db, request->wilayah_code(), "wilayah_code").code);
      }
      auto stmt =
          db.prepare(std::string(kGroupSelect) + " WHERE " + scope.sqlCondition("g.wilayah_code") +
                     " AND g.id > ? ORDER BY g.id LIMIT ?");
      const int next = scope.bind(stmt, 1);
      stmt.bind(next, page.afterInteger().value_or(0));
      stmt.bind(next + 1, page.size + 1);
      std::int64_t lastId = 0;
      int shown = 0;
      while (stmt.step()) {
        if (shown == page.size) {
          out->set_next_page_token(server::pageToken(kList, server::integerKey(lastId)));
          break;
        }
        const GroupRow row = readGroupRow(stmt);
        groupToProto(m_host, db, who, row, out->add_groups());
        lastId = row.id;
        ++shown;
      }
    });
  });
}

} // namespace simpul::pmks
