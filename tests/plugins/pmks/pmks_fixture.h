#pragma once

// A real simpul-data (ServerFixture) that loads the pmks plugin from the build tree's plugin
// directory, with logins for the roles the PMKS workflow involves, all in Kabupaten Bandung
// (32.04): a PSM and the Kepala Desa of Cileunyi Kulon (32.04.05.2001), the TKSK of
// kecamatan Cileunyi (32.04.05), Dinas Sosial of 32.04, a viewer (recap only) of 32.04, and
// a PSM of another desa in the same kecamatan (Cileunyi Wetan, 32.04.05.2002).

#include "domain/civil_date.h"
#include "server_fixture.h"
#include "simpul/core/v1/error.pb.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <memory>
#include <string>

namespace simpul::testing {

class PmksFixture : public ServerFixture {
public:
  static constexpr const char* kDesa = "32.04.05.2001";      // Cileunyi Kulon
  static constexpr const char* kOtherDesa = "32.04.05.2002"; // Cileunyi Wetan
  static constexpr const char* kKecamatan = "32.04.05";      // Cileunyi
  static constexpr const char* kKabupaten = "32.04";         // Kabupaten Bandung
  static constexpr const char* kProvinsi = "32";             // Jawa Barat

protected:
  void configure(server::DataServerOptions& options) override;

  // A structurally valid NIK: the kecamatan's six digits ("32.04.05" → "320405"), the
  // birth day (+40 for women), month, two-digit year, and the serial (1-9999).
  static std::string nikFor(const std::string& kecamatanCode, domain::CivilDate birth, bool female,
                            int serial);
  static std::string nikFor(const std::string& kecamatanCode, int year, int month, int day,
                            bool female, int serial);

  // A PmksService stub on the fixture's channel.
  std::unique_ptr<simpul::pmks::v1::PmksService::Stub> stub();

  // A record of a person type for CreateRecord: the subject by NIK and name (sex and birth
  // date come from the NIK when the registry creates the person), in `desa`.
  static simpul::pmks::v1::Record personRecord(int pmksType, const std::string& nik,
                                               const std::string& period = "2025",
                                               const std::string& desa = kDesa);
  // CreateRecord as `token`; the status, the record in *out and the error detail in
  // *detail when given.
  grpc::Status create(const std::string& token, const simpul::pmks::v1::Record& record,
                      simpul::pmks::v1::Record* out = nullptr,
                      simpul::core::v1::ErrorDetail* detail = nullptr);
  // create() that must succeed (a failure fails the test): the created record.
  simpul::pmks::v1::Record mustCreate(const std::string& token,
                                      const simpul::pmks::v1::Record& record);
  // The ErrorDetail trailer of a finished call (empty when there is none).
  static simpul::core::v1::ErrorDetail errorDetail(const grpc::ClientContext& ctx);
  // The first column of the first row of `sql` run on the test's database file (a COUNT);
  // fails the test when there is no row.
  std::int64_t count(const std::string& sql);

  // Tokens of the typical users, created and logged in on first use (each test has its own
  // database, so each test creates its own users).
  const std::string& psmToken();      // psm at kDesa, user "psm1"
  const std::string& kadesToken();    // kepala_desa at kDesa, user "kades1"
  const std::string& tkskToken();     // tksk at kKecamatan, user "tksk1"
  const std::string& dinsosToken();   // dinsos at kKabupaten, user "dinsos1"
  const std::string& viewerToken();   // viewer at kKabupaten, user "viewer1"
  const std::string& otherPsmToken(); // psm at kOtherDesa, user "psm2"

private:
  const std::string& cached(std::string& slot, const char* user, const char* role,
                            const char* wilayah);

  std::string m_psm;
  std::string m_kades;
  std::string m_tksk;
  std::string m_dinsos;
  std::string m_viewer;
  std::string m_otherPsm;
};

} // namespace simpul::testing
