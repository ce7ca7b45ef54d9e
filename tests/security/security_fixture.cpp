#include "security_fixture.h"

#include "client/status_text.h"
#include "server/auth/accounts.h"
#include "server/auth/password.h"
#include "simpul/core/v1/user.grpc.pb.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace simpul::testing {

namespace core = simpul::core::v1;
namespace pmks = simpul::pmks::v1;

const std::vector<std::pair<std::string, std::string>>& scopedRoles() {
  static const std::vector<std::pair<std::string, std::string>> roles = {
      {"dinsos", PmksFixture::kKabupaten},
      {"tksk", PmksFixture::kKecamatan},
      {"ipsm_pengurus", PmksFixture::kKabupaten},
      {"kepala_desa", PmksFixture::kDesa},
      {"psm", PmksFixture::kDesa},
      {"viewer", PmksFixture::kKabupaten},
  };
  return roles;
}

void SecurityFixture::SetUp() {
  PmksFixture::SetUp();
  // One argon2 hash for every seeded user: hashing is the slow part of making a user.
  m_passwordHash = server::hashPassword(kUserPassword);
  // "m.login": a user with no role, for logging in (password kUserPassword).
  storage::Database db = storage::Database::open(dbPath());
  server::createUserWithHash(db, "m.login", "m.login", m_passwordHash, now());
}

const std::string& SecurityFixture::roleToken(const std::string& role) {
  auto it = m_tokens.find(role);
  if (it != m_tokens.end()) {
    return it->second;
  }
  std::string token;
  if (role == "admin") {
    token = adminToken();
  } else {
    for (const auto& [name, wilayah] : scopedRoles()) {
      if (name == role) {
        // The shared hash: one argon2 run (the login's) per user instead of two.
        storage::Database db = storage::Database::open(dbPath());
        storage::Transaction tx(db, storage::Transaction::Mode::Immediate);
        const std::int64_t id =
            server::createUserWithHash(db, "m." + role, "m." + role, m_passwordHash, now());
        server::grantRole(db, id, role, wilayah, now());
        tx.commit();
        token = login("m." + role, kUserPassword);
      }
    }
  }
  EXPECT_FALSE(token.empty()) << "no matrix user for role " << role;
  return m_tokens.emplace(role, token).first->second;
}

std::string SecurityFixture::freshToken(const std::string& role) {
  roleToken(role); // the user exists
  return role == "admin" ? login("admin", kAdminPassword) : login("m." + role, kUserPassword);
}

std::string SecurityFixture::freshNik(Target t) {
  const int n = m_serial++;
  // 9,999 serials per birth date; the birth date moves on after that.
  return nikFor(kecamatanOf(t), 1970 + (n / 9999) % 20, 1 + (n / 9999 / 20) % 12, 15, false,
                1 + n % 9999);
}

std::string SecurityFixture::freshName(const char* prefix) {
  return std::string(prefix) + std::to_string(m_serial++);
}

pmks::Record SecurityFixture::seedRecord(Target t, pmks::RecordStatus status) {
  pmks::Record record =
      mustCreate(admin(), personRecord(typeOf(t), freshNik(t), "2025", desaOf(t)));
  if (status == pmks::RECORD_STATUS_DRAFT) {
    return record;
  }
  record = transition("Submit", record.name());
  if (status == pmks::RECORD_STATUS_SUBMITTED) {
    return record;
  }
  record = transition("Verify", record.name());
  if (status == pmks::RECORD_STATUS_VERIFIED) {
    return record;
  }
  return transition("Validate", record.name());
}

pmks::Record SecurityFixture::transition(const std::string& method, const std::string& name) {
  pmks::TransitionRequest request;
  request.set_name(name);
  pmks::Record out;
  auto ctx = context(admin());
  auto s = stub();
  const grpc::Status status = method == "Submit"   ? s->SubmitRecord(ctx.get(), request, &out)
                              : method == "Verify" ? s->VerifyRecord(ctx.get(), request, &out)
                                                   : s->ValidateRecord(ctx.get(), request, &out);
  EXPECT_TRUE(status.ok()) << method << ": " << status.error_message();
  return out;
}

pmks::Record SecurityFixture::seedRecordWithAttachment(Target t, const std::string& name) {
  pmks::Record record = personRecord(typeOf(t), freshNik(t), "2025", desaOf(t));
  record.add_attachments(name);
  return mustCreate(admin(), record);
}

core::Person SecurityFixture::seedPerson(Target t) {
  core::CreatePersonRequest request;
  const std::string nik = freshNik(t);
  request.mutable_person()->set_nik(nik);
  request.mutable_person()->set_full_name("Warga " + nik.substr(12));
  request.mutable_person()->mutable_address()->set_wilayah_code(desaOf(t));
  core::Person out;
  auto ctx = context(admin());
  const grpc::Status status =
      core::PersonService::NewStub(channel())->CreatePerson(ctx.get(), request, &out);
  EXPECT_TRUE(status.ok()) << "seed person: " << status.error_message();
  return out;
}

pmks::DasawismaGroup SecurityFixture::seedGroupIn(const std::string& desa,
                                                  const std::string& kecamatan) {
  pmks::CreateGroupRequest request;
  pmks::DasawismaGroup& group = *request.mutable_group();
  group.set_display_name(freshName("Dasawisma "));
  group.set_households(12);
  group.mutable_location()->set_wilayah_code(desa);
  group.mutable_location()->set_rw("1");
  group.mutable_location()->set_rt("1");
  const int n = m_serial++;
  group.mutable_ketua()->set_nik(
      nikFor(kecamatan, 1960, 1 + n / 9999 % 12, 20, true, 1 + n % 9999));
  group.mutable_ketua()->set_full_name("Ketua Kelompok");
  pmks::DasawismaGroup out;
  auto ctx = context(admin());
  const grpc::Status status =
      pmks::DasawismaService::NewStub(channel())->CreateGroup(ctx.get(), request, &out);
  EXPECT_TRUE(status.ok()) << "seed group: " << status.error_message();
  return out;
}

pmks::DasawismaReport SecurityFixture::seedReport(Target t) {
  const pmks::DasawismaGroup group = seedGroup(t);
  pmks::CreateReportRequest request;
  request.mutable_report()->set_group(group.name());
  request.mutable_report()->set_month("2025-07");
  pmks::DasawismaCandidate* candidate = request.mutable_report()->add_candidates();
  candidate->set_pmks_type(typeOf(t));
  const std::string nik = freshNik(t);
  candidate->mutable_subject()->set_nik(nik);
  candidate->mutable_subject()->set_full_name("Calon " + nik.substr(12));
  pmks::DasawismaReport out;
  auto ctx = context(admin());
  const grpc::Status status =
      pmks::DasawismaService::NewStub(channel())->CreateReport(ctx.get(), request, &out);
  EXPECT_TRUE(status.ok()) << "seed report: " << status.error_message();
  return out;
}

std::string SecurityFixture::seedUser(Target t, std::string* binding) {
  const std::string username = freshName("target.");
  storage::Database db = storage::Database::open(dbPath());
  storage::Transaction tx(db, storage::Transaction::Mode::Immediate);
  const std::int64_t id = server::createUserWithHash(db, username, username, m_passwordHash, now());
  const std::int64_t bindingId = server::grantRole(db, id, "viewer", desaOf(t), now());
  tx.commit();
  if (binding != nullptr) {
    *binding = "users/" + username + "/roleBindings/" + std::to_string(bindingId);
  }
  return username;
}

std::string SecurityFixture::upload(const std::string& token, const std::string& content,
                                    grpc::Status* status) {
  auto ctx = context(token);
  core::Attachment out;
  auto writer = core::AttachmentService::NewStub(channel())->UploadAttachment(ctx.get(), &out);
  core::UploadAttachmentRequest part;
  part.mutable_metadata()->set_filename("foto.jpg");
  part.mutable_metadata()->set_content_type("image/jpeg");
  writer->Write(part);
  part.set_chunk(content);
  writer->Write(part);
  writer->WritesDone();
  *status = writer->Finish();
  return out.name();
}

core::User SecurityFixture::getUser(const std::string& username) {
  core::GetUserRequest request;
  request.set_name("users/" + username);
  core::User out;
  auto ctx = context(admin());
  const grpc::Status status =
      core::UserService::NewStub(channel())->GetUser(ctx.get(), request, &out);
  EXPECT_TRUE(status.ok()) << "get user: " << status.error_message();
  return out;
}

grpc::Status SecurityFixture::listRecords(const std::string& token,
                                          const pmks::RecordFilter& filter,
                                          std::vector<std::string>* names) {
  pmks::ListRecordsRequest request;
  *request.mutable_filter() = filter;
  request.set_page_size(500);
  for (;;) {
    pmks::ListRecordsResponse response;
    auto ctx = context(token);
    const grpc::Status status = stub()->ListRecords(ctx.get(), request, &response);
    if (!status.ok()) {
      return status;
    }
    for (const auto& r : response.records()) {
      names->push_back(r.name());
    }
    if (response.next_page_token().empty()) {
      return status;
    }
    request.set_page_token(response.next_page_token());
  }
}

std::string SecurityFixture::codeName(grpc::StatusCode code) {
  return client::statusCodeName(code);
}

} // namespace simpul::testing
