#pragma once

#include "server/principal.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace grpc {
class ServerContextBase;
}

namespace simpul::storage {
class Database;
class Store;
} // namespace simpul::storage

namespace simpul::server {

// One change, as the audit log records it. Field names only, never values.
struct AuditRecord {
  std::string method;   // full gRPC method: "/simpul.core.v1.PersonService/UpdatePerson"
  std::string resource; // "persons/12"
  std::vector<std::string> changedFields;
  std::string wilayahCode; // the resource's wilayah (dotted), "" when it has none
};

// An item awaiting someone's action (see proto/simpul/core/v1/inbox.proto).
struct InboxPost {
  std::string module;
  std::string kind;
  std::string resource;
  std::string wilayahCode;
  std::string permission;
  std::string titleId;
  std::string titleEn;
  std::optional<std::chrono::system_clock::time_point> due;
};

// A person of the core registry, as a plugin needs it. Every field but id is personal data:
// never log it, never put it into a message.
struct PersonFacts {
  std::int64_t id = 0;
  std::string nik;
  std::string noKk;
  std::string fullName;
  int sex = 0;           // as simpul.core.v1.Sex: 0 unspecified, 1 male, 2 female
  std::string birthDate; // ISO 8601, "" when unknown
  std::string wilayahCode;
  bool created = false; // ensurePerson made it just now
};

// What a plugin knows of a person it is about to record (an import row, a form).
struct PersonInput {
  std::string nik;
  std::string noKk;
  std::string fullName;
  int sex = 0;
  std::string birthDate;   // ISO 8601 or ""
  std::string wilayahCode; // dotted desa/kelurahan of the address
  std::string dusun;
  std::string rw;
  std::string rt;
};

struct WilayahRow {
  std::string code; // dotted
  std::string name;
  int level = 0; // 1 provinsi .. 4 desa/kelurahan
  std::string parentCode;
  std::string
      type; // as in wilayah.csv: provinsi, kabupaten, kota, kecamatan, kelurahan, desa, desa_adat
};

// What the data service gives every service implementation, core and plugin alike. One
// instance per running server; thread-safe.
class Host {
public:
  virtual ~Host();

  virtual storage::Store& store() = 0;
  virtual std::chrono::system_clock::time_point now() const = 0;

  // The principal behind the call's bearer token. Throws ApiError(UNAUTHENTICATED) for a
  // missing, unknown, expired or revoked token or a disabled user. Also tells the request log
  // who is calling.
  virtual Principal authenticate(const grpc::ServerContextBase& context) = 0;

  // Appends an audit entry (chained to the previous one) inside the caller's write
  // transaction, so the change and its record commit or roll back together.
  virtual void audit(storage::Database& tx, const Principal& actor, const AuditRecord& record) = 0;

  // Opens (or re-opens) the inbox item (module, kind, resource); closes it.
  virtual void postInbox(storage::Database& tx, const InboxPost& item) = 0;
  virtual void closeInbox(storage::Database& tx, std::string_view module, std::string_view kind,
                          std::string_view resource) = 0;

  // The wilayah with this code (dotted or plain), from the official list.
  virtual std::optional<WilayahRow> findWilayah(storage::Database& db, std::string_view code) = 0;
  // Like findWilayah, but throws ApiError(INVALID_ARGUMENT) on `field` when the code is
  // malformed or not in the list, or (when requiredLevel is given) not at that level.
  virtual WilayahRow requireWilayah(storage::Database& db, std::string_view code,
                                    std::string_view field,
                                    std::optional<int> requiredLevel = std::nullopt) = 0;

  // The registry's person with this NIK, wherever it lives (a NIK is unique across the
  // registry), or a new person made from `person` inside the caller's write transaction and
  // audited under `method` as done by `actor`. A new person gets the registry's checks
  // (NIK structure and date, sex and birth date agreeing with the NIK and filled from it,
  // the address a desa/kelurahan); a refusal is ApiError(INVALID_ARGUMENT) on
  // "person.<path>" ("person.nik", "person.birth_date"...) that never quotes the value. An
  // existing person is returned as it is: the registry, not the caller, owns its data.
  virtual PersonFacts ensurePerson(storage::Database& tx, const Principal& actor,
                                   const PersonInput& person, std::string_view method) = 0;
  // The person with this id, whatever its wilayah (the caller decides what to show).
  virtual std::optional<PersonFacts> findPersonById(storage::Database& db, std::int64_t id) = 0;

  // Attachments belong to what references them (a record's photo), and only the plugin that
  // references one knows whether a caller may see that. A plugin registers a check, while
  // its services are registered, answering "does `who` see something of mine that
  // references the attachment with this SHA-256 (lowercase hex)?". DownloadAttachment serves
  // a file only to its uploader, to a reader everywhere, or when one check says yes.
  using AttachmentAccess =
      std::function<bool(storage::Database& db, const Principal& who, std::string_view sha256)>;
  virtual void addAttachmentAccess(AttachmentAccess check) = 0;
  virtual bool attachmentReferencedFor(storage::Database& db, const Principal& who,
                                       std::string_view sha256) = 0;
};

} // namespace simpul::server
