#pragma once

#include "nik_builder.h"
#include "server_fixture.h"
#include "simpul/core/v1/error.pb.h"
#include "simpul/core/v1/person_service.grpc.pb.h"
#include "storage/database.h"

#include <gtest/gtest.h>
#include <string>

namespace simpul::testing {

namespace v1 = simpul::core::v1;

// Desa of kecamatan Dayeuhkolot (32.04.12), Kabupaten Bandung, from the official list.
inline constexpr const char* kKecamatan = "32.04.12";
inline constexpr const char* kDesaA = "32.04.12.2003"; // Cangkuang Wetan
inline constexpr const char* kDesaB = "32.04.12.2004"; // Cangkuang Kulon

inline v1::ErrorDetail errorDetail(const grpc::ClientContext& ctx) {
  v1::ErrorDetail detail;
  const auto& trailers = ctx.GetServerTrailingMetadata();
  const auto it = trailers.find("simpul-error-bin");
  if (it != trailers.end()) {
    detail.ParseFromString(std::string(it->second.data(), it->second.size()));
  }
  return detail;
}

// One call's outcome: the status and the error detail the server sent with it.
struct CallResult {
  grpc::Status status;
  v1::ErrorDetail detail;
  grpc::StatusCode code() const { return status.error_code(); }
  bool ok() const { return status.ok(); }
};

class PersonServiceTest : public ServerFixture {
protected:
  void SetUp() override {
    ServerFixture::SetUp();
    m_stub = v1::PersonService::NewStub(channel());
  }

  // A valid synthetic person living in `desa` (kecamatan 32.04.12), NIK serial `serial`.
  static v1::Person newPerson(const std::string& desa, int serial,
                              domain::Sex sex = domain::Sex::Female) {
    v1::Person p;
    p.set_nik(nikFor(serial, sex));
    p.set_full_name("Siti Rahayu " + std::to_string(serial));
    p.set_birth_place("Bandung");
    p.mutable_address()->set_wilayah_code(desa);
    p.mutable_address()->set_rt("003");
    p.mutable_address()->set_rw("007");
    p.mutable_address()->set_dusun("Dusun Satu");
    return p;
  }
  static std::string nikFor(int serial, domain::Sex sex = domain::Sex::Female) {
    return makeNik(kKecamatan, domain::CivilDate{1985, 3, 5}, sex, serial);
  }

  CallResult create(const std::string& token, const v1::Person& person, v1::Person* out,
                    const std::string& requestId = {}) {
    v1::CreatePersonRequest request;
    request.set_request_id(requestId);
    *request.mutable_person() = person;
    auto ctx = context(token);
    grpc::Status status = m_stub->CreatePerson(ctx.get(), request, out);
    return {status, errorDetail(*ctx)};
  }
  // Creates as `token` and fails the test when that does not succeed.
  v1::Person mustCreate(const std::string& token, const v1::Person& person) {
    v1::Person out;
    const CallResult r = create(token, person, &out);
    EXPECT_TRUE(r.ok()) << r.status.error_message() << " " << r.detail.reason();
    return out;
  }
  CallResult get(const std::string& token, const std::string& name, v1::Person* out) {
    v1::GetPersonRequest request;
    request.set_name(name);
    auto ctx = context(token);
    grpc::Status status = m_stub->GetPerson(ctx.get(), request, out);
    return {status, errorDetail(*ctx)};
  }
  CallResult update(const std::string& token, const v1::Person& person,
                    std::initializer_list<const char*> paths, v1::Person* out) {
    v1::UpdatePersonRequest request;
    *request.mutable_person() = person;
    for (const char* path : paths) {
      request.mutable_update_mask()->add_paths(path);
    }
    auto ctx = context(token);
    grpc::Status status = m_stub->UpdatePerson(ctx.get(), request, out);
    return {status, errorDetail(*ctx)};
  }
  CallResult list(const std::string& token, const std::string& wilayah, int pageSize,
                  const std::string& pageToken, v1::ListPersonsResponse* out) {
    v1::ListPersonsRequest request;
    request.set_wilayah_code(wilayah);
    request.set_page_size(pageSize);
    request.set_page_token(pageToken);
    auto ctx = context(token);
    grpc::Status status = m_stub->ListPersons(ctx.get(), request, out);
    return {status, errorDetail(*ctx)};
  }
  CallResult lookup(const std::string& token, const std::string& nik, v1::Person* out) {
    v1::LookupPersonByNikRequest request;
    request.set_nik(nik);
    auto ctx = context(token);
    grpc::Status status = m_stub->LookupPersonByNik(ctx.get(), request, out);
    return {status, errorDetail(*ctx)};
  }

  // Every person name ListPersons returns to `token` (all pages).
  std::vector<std::string> listAll(const std::string& token, const std::string& wilayah = {},
                                   int pageSize = 0) {
    std::vector<std::string> names;
    std::string pageToken;
    int pages = 0;
    do {
      v1::ListPersonsResponse response;
      const CallResult r = list(token, wilayah, pageSize, pageToken, &response);
      EXPECT_TRUE(r.ok()) << r.status.error_message();
      if (!r.ok()) {
        break;
      }
      for (const v1::Person& p : response.persons()) {
        names.push_back(p.name());
      }
      pageToken = response.next_page_token();
    } while (!pageToken.empty() && ++pages < 1000);
    return names;
  }

  // A second connection to the server's database file, for checking what was written.
  storage::Database openDatabase() { return storage::Database::open(dbPath()); }
  std::int64_t countRows(const std::string& sql, const std::string& parameter) {
    storage::Database db = openDatabase();
    auto stmt = db.prepare(sql);
    stmt.bind(1, parameter);
    EXPECT_TRUE(stmt.step());
    return stmt.columnInt64(0);
  }

  std::unique_ptr<v1::PersonService::Stub> m_stub;
};

} // namespace simpul::testing
