#include "server/person/person_service.h"

#include "server/api_error.h"
#include "server/call.h"
#include "server/host.h"
#include "server/paging.h"
#include "server/person/person_fields.h"
#include "server/person/person_repository.h"
#include "server/request_ids.h"
#include "server/wilayah/wilayah_repository.h"
#include "storage/database.h"
#include "storage/store.h"

#include <algorithm>

namespace simpul::server {

namespace v1 = simpul::core::v1;

namespace {

constexpr std::string_view kRead = "core.person.read";
constexpr std::string_view kWrite = "core.person.write";
constexpr std::string_view kReadNik = "core.person.read_nik";
constexpr int kDesaLevel = 4;
constexpr std::size_t kMaxRequestIdBytes = 128;

std::string methodName(std::string_view method) {
  return "/" + std::string(v1::PersonService::service_full_name()) + "/" + std::string(method);
}

void requireAnywhere(const Principal& who, std::string_view permission) {
  if (!who.holdsAnywhere(permission)) {
    throw ApiError::permissionDenied(permission);
  }
}

void requireAt(const Principal& who, std::string_view permission, std::string_view wilayah) {
  if (!who.holdsAt(permission, wilayah)) {
    throw ApiError::permissionDenied(permission);
  }
}

void respond(const Principal& who, const PersonRecord& person, v1::Person* out) {
  toProto(person, who.holdsAt(kReadNik, person.wilayahCode), out);
}

// The address's wilayah must be a desa/kelurahan from the official list; stored dotted.
void settleWilayah(storage::Database& db, PersonRecord& person) {
  person.wilayahCode =
      requireWilayah(db, person.wilayahCode, "person.address.wilayah_code", kDesaLevel).code;
}

void requireNikFree(storage::Database& db, const PersonRecord& person) {
  if (nikRegistered(db, person.nik, person.id)) {
    // Neither the NIK nor where it is registered: the caller may not be allowed to know.
    throw ApiError::alreadyExists("person.nik", "NIK_ALREADY_REGISTERED",
                                  "NIK ini sudah terdaftar untuk penduduk lain",
                                  "This NIK is already registered to another person");
  }
}

} // namespace

PersonServiceImpl::PersonServiceImpl(Host& host) : m_host(host) {}

grpc::Status PersonServiceImpl::CreatePerson(grpc::ServerContext* context,
                                             const v1::CreatePersonRequest* request,
                                             v1::Person* response) {
  return serve(m_host, context, [&](const Principal& who) {
    requireAnywhere(who, kWrite);
    if (!request->has_person()) {
      throw ApiError::invalidArgument("person", "PERSON_REQUIRED", "Data penduduk wajib diisi",
                                      "The person is required");
    }
    const std::string& requestId = request->request_id();
    if (requestId.size() > kMaxRequestIdBytes) {
      throw ApiError::invalidArgument("request_id", "REQUEST_ID_TOO_LONG",
                                      "request_id paling banyak 128 karakter",
                                      "request_id must have at most 128 characters");
    }
    const std::string method = methodName("CreatePerson");
    const v1::Person& in = request->person();

    const PersonRecord person = m_host.store().write([&](storage::Database& tx) {
      if (const auto resource = findRequest(tx, who.userId, method, requestId)) {
        // A retry of a create that went through: the same person, not a second one.
        const auto existing =
            findPerson(tx, parsePersonName(*resource, "request_id"), Scope::everywhere());
        if (!existing) {
          throw ApiError::notFound(*resource);
        }
        return *existing;
      }

      PersonRecord created;
      FieldPaths applied;
      for (std::string_view path : personLeafPaths()) {
        copyPersonField(in, path, created);
        applied.emplace(path);
      }
      settleWilayah(tx, created);
      requireAt(who, kWrite, created.wilayahCode);
      const TimePoint now = m_host.now();
      reconcileWithNik(tx, created, applied, referenceDate(now));
      requireNikFree(tx, created);

      created.etag = newEtag();
      created.createTimeMs = created.updateTimeMs = toMillis(now);
      created.id = insertPerson(tx, created, who.userId);
      const std::string name = personName(created.id);
      recordRequest(tx, who.userId, method, requestId, name, now);
      m_host.audit(tx, who, AuditRecord{method, name, filledPaths(created), created.wilayahCode});
      return created;
    });
    respond(who, person, response);
  });
}

grpc::Status PersonServiceImpl::GetPerson(grpc::ServerContext* context,
                                          const v1::GetPersonRequest* request,
                                          v1::Person* response) {
  return serve(m_host, context, [&](const Principal& who) {
    requireAnywhere(who, kRead);
    const std::int64_t id = parsePersonName(request->name(), "name");
    const auto person = m_host.store().read(
        [&](storage::Database& db) { return findPerson(db, id, who.scopeOf(kRead)); });
    if (!person) {
      throw ApiError::notFound(personName(id));
    }
    respond(who, *person, response);
  });
}

grpc::Status PersonServiceImpl::UpdatePerson(grpc::ServerContext* context,
                                             const v1::UpdatePersonRequest* request,
                                             v1::Person* response) {
  return serve(m_host, context, [&](const Principal& who) {
    requireAnywhere(who, kWrite);
    if (!request->has_person()) {
      throw ApiError::invalidArgument("person", "PERSON_REQUIRED", "Data penduduk wajib diisi",
                                      "The person is required");
    }
    const v1::Person& in = request->person();
    const std::int64_t id = parsePersonName(in.name(), "person.name");
    if (in.etag().empty()) {
      throw ApiError::etagRequired("person.etag");
    }
    const FieldPaths paths = expandUpdateMask(request->update_mask());
    const std::string method = methodName("UpdatePerson");

    const PersonRecord person = m_host.store().write([&](storage::Database& tx) {
      // Visible to the caller: where it may read or write persons.
      Scope visible = who.scopeOf(kRead);
      visible.merge(who.scopeOf(kWrite));
      const auto current = findPerson(tx, id, visible);
      if (!current) {
        throw ApiError::notFound(personName(id));
      }
      requireAt(who, kWrite, current->wilayahCode);
      if (current->etag != in.etag()) {
        throw ApiError::staleEtag(personName(id));
      }

      PersonRecord updated = *current;
      for (const std::string& path : paths) {
        copyPersonField(in, path, updated);
      }
      if (updated.wilayahCode != current->wilayahCode) {
        settleWilayah(tx, updated);
        // Moving a person hands it to another wilayah: the caller must be able to write there.
        requireAt(who, kWrite, updated.wilayahCode);
      }
      const TimePoint now = m_host.now();
      reconcileWithNik(tx, updated, paths, referenceDate(now));
      if (updated.nik != current->nik) {
        requireNikFree(tx, updated);
      }

      const std::vector<std::string> changed = changedPaths(*current, updated);
      if (changed.empty()) {
        return updated; // nothing to write: same etag, no audit entry
      }
      updated.etag = newEtag();
      updated.updateTimeMs = toMillis(now);
      updatePerson(tx, updated);
      m_host.audit(tx, who, AuditRecord{method, personName(id), changed, updated.wilayahCode});
      return updated;
    });
    respond(who, person, response);
  });
}

grpc::Status PersonServiceImpl::ListPersons(grpc::ServerContext* context,
                                            const v1::ListPersonsRequest* request,
                                            v1::ListPersonsResponse* response) {
  return serve(m_host, context, [&](const Principal& who) {
    requireAnywhere(who, kRead);
    const std::string wilayah =
        request->wilayah_code().empty()
            ? std::string()
            : parseWilayahCode(request->wilayah_code(), "wilayah_code").dotted();
    const std::string listName = "ListPersons:" + wilayah;
    const PageRequest page =
        pageRequest(listName, request->page_size(), request->page_token(), 50, 500);
    std::int64_t afterId = 0;
    if (const auto parsed = page.afterInteger()) {
      afterId = *parsed;
    }
    Scope scope = who.scopeOf(kRead);
    if (!wilayah.empty()) {
      scope = scope.intersect(wilayah);
    }

    auto persons = m_host.store().read([&](storage::Database& db) {
      if (!wilayah.empty()) {
        requireWilayah(db, wilayah, "wilayah_code");
      }
      return listPersons(db, scope, afterId, page.size + 1);
    });
    const bool more = static_cast<int>(persons.size()) > page.size;
    if (more) {
      persons.resize(static_cast<std::size_t>(page.size));
    }
    for (const PersonRecord& person : persons) {
      respond(who, person, response->add_persons());
    }
    if (more) {
      response->set_next_page_token(pageToken(listName, integerKey(persons.back().id)));
    }
  });
}

grpc::Status PersonServiceImpl::LookupPersonByNik(grpc::ServerContext* context,
                                                  const v1::LookupPersonByNikRequest* request,
                                                  v1::Person* response) {
  return serve(m_host, context, [&](const Principal& who) {
    requireAnywhere(who, kRead);
    const std::string& nik = request->nik();
    if (nik.size() != 16 ||
        !std::all_of(nik.begin(), nik.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      throw ApiError::invalidArgument("nik", "NIK_MALFORMED", "NIK harus 16 digit angka",
                                      "A NIK must be 16 digits");
    }
    const auto person = m_host.store().read(
        [&](storage::Database& db) { return findPersonByNik(db, nik, who.scopeOf(kRead)); });
    if (!person) {
      // Not ApiError::notFound(resource): the only name we have for it is the NIK.
      throw ApiError(grpc::StatusCode::NOT_FOUND, "nik", "PERSON_NOT_FOUND",
                     "Penduduk dengan NIK tersebut tidak ditemukan",
                     "No person with that NIK was found");
    }
    respond(who, *person, response);
  });
}

} // namespace simpul::server
