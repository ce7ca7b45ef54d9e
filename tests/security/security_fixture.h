#pragma once

// A real simpul-data with the pmks plugin (PmksFixture) and one user per default role, each
// bound where such a user typically works in Kabupaten Bandung (32.04):
//   admin everywhere; dinsos, ipsm_pengurus and viewer at the kabupaten 32.04; tksk at the
//   kecamatan 32.04.05; kepala_desa and psm at the desa 32.04.05.2001.
// "In scope" resources live in that desa; "out of scope" ones in a desa of another
// kabupaten (Kota Kulon, Garut, 32.05.01.1001), outside every scoped user's wilayah.
// The seed helpers act as admin and fail the test when they do not succeed.

#include "pmks_fixture.h"
#include "simpul/core/v1/attachment.grpc.pb.h"
#include "simpul/core/v1/person_service.grpc.pb.h"
#include "simpul/core/v1/user.pb.h"
#include "simpul/pmks/v1/dasawisma.grpc.pb.h"

#include <map>
#include <string>
#include <vector>

namespace simpul::testing {

// Where the resource a call is about lives, and whether it is of a sensitive PMKS type.
struct Target {
  bool inScope = true;
  bool sensitive = false;
};

// Who calls: the matrix column ("psm.in"), its role ("" without a token) and its token.
struct Caller {
  std::string column;
  std::string role;
  std::string token;
};

// The scoped users of the matrix: role → the wilayah it is bound at.
const std::vector<std::pair<std::string, std::string>>& scopedRoles();

class SecurityFixture : public PmksFixture {
public:
  static constexpr const char* kOutDesa = "32.05.01.1001"; // Kota Kulon, Garut
  static constexpr const char* kOutKecamatan = "32.05.01"; // Garut Kota
  static constexpr const char* kUserPassword = "matrix-password-1";

  // Public faces of the fixture's protected helpers, for the request builders.
  std::unique_ptr<grpc::ClientContext> contextFor(const std::string& token) const {
    return context(token);
  }
  std::shared_ptr<grpc::Channel> chan() { return channel(); }
  // Admin's token for seeding; renewAdmin() logs in again (after the clock moved past the
  // session lifetime).
  std::string admin() { return m_admin.empty() ? adminToken() : m_admin; }
  void renewAdmin() { m_admin = login("admin", kAdminPassword); }
  void advance(std::chrono::seconds by) { advanceClock(by); }
  std::string loginAs(const std::string& user, const std::string& password) {
    return login(user, password);
  }

  // The token of the matrix user of `role` ("admin": the fixture's admin).
  const std::string& roleToken(const std::string& role);
  // A second, fresh session of that user (for calls that end their session).
  std::string freshToken(const std::string& role);

  // A record of a person type for CreateRecord, period 2025, in `desa`.
  static simpul::pmks::v1::Record recordFor(int type, const std::string& nik,
                                            const std::string& desa) {
    return personRecord(type, nik, "2025", desa);
  }

  static const char* desaOf(Target t) { return t.inScope ? kDesa : kOutDesa; }
  static const char* kecamatanOf(Target t) { return t.inScope ? kKecamatan : kOutKecamatan; }
  static int typeOf(Target t) { return t.sensitive ? 16 : 11; }

  // A NIK never used before in this test, registered under the target's kecamatan.
  std::string freshNik(Target t);
  // A name never used before ("u123"), for usernames, groups, files.
  std::string freshName(const char* prefix);

  // Seeds, made by admin.
  simpul::pmks::v1::Record seedRecord(Target t, simpul::pmks::v1::RecordStatus status);
  simpul::core::v1::Person seedPerson(Target t);
  simpul::pmks::v1::DasawismaGroup seedGroup(Target t) {
    return seedGroupIn(desaOf(t), kecamatanOf(t));
  }
  simpul::pmks::v1::DasawismaGroup seedGroupIn(const std::string& desa,
                                               const std::string& kecamatan);
  simpul::pmks::v1::DasawismaReport seedReport(Target t); // one PROPOSED candidate
  // A user bound as viewer at the target's desa; *binding gets the binding's name.
  std::string seedUser(Target t, std::string* binding = nullptr);
  // A record of the target holding the attachment `name` (a photo).
  simpul::pmks::v1::Record seedRecordWithAttachment(Target t, const std::string& name);
  // Uploads `content` as admin; the attachment's name.
  std::string upload(const std::string& token, const std::string& content, grpc::Status* status);

  // Admin transitions (submit, verify, validate) and reads.
  simpul::pmks::v1::Record transition(const std::string& method, const std::string& name);
  simpul::core::v1::User getUser(const std::string& username);

  // Every record name `token` can list with this filter (all pages).
  grpc::Status listRecords(const std::string& token, const simpul::pmks::v1::RecordFilter& filter,
                           std::vector<std::string>* names);

  static std::string codeName(grpc::StatusCode code);
  static std::string outcome(const grpc::Status& status) { return codeName(status.error_code()); }

protected:
  void SetUp() override;

private:
  std::map<std::string, std::string> m_tokens;
  std::string m_admin;
  std::string m_passwordHash;
  int m_serial = 0;
};

} // namespace simpul::testing
