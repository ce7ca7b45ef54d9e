#include "pmks_fixture.h"

#include "storage/database.h"

#include <cstdio>
#include <stdexcept>

namespace simpul::testing {

void PmksFixture::configure(server::DataServerOptions& options) {
  options.pluginsDir = PMKS_PLUGINS_DIR;
}

std::string PmksFixture::nikFor(const std::string& kecamatanCode, domain::CivilDate birth,
                                bool female, int serial) {
  std::string prefix;
  for (char c : kecamatanCode) {
    if (c != '.') {
      prefix += c;
    }
  }
  if (prefix.size() != 6 || serial < 1 || serial > 9999) {
    throw std::invalid_argument("nikFor: a kecamatan code and a serial 1-9999");
  }
  char tail[32];
  std::snprintf(tail, sizeof tail, "%02d%02d%02d%04d", birth.day + (female ? 40 : 0), birth.month,
                birth.year % 100, serial);
  return prefix + tail;
}

std::string PmksFixture::nikFor(const std::string& kecamatanCode, int year, int month, int day,
                                bool female, int serial) {
  return nikFor(kecamatanCode, domain::CivilDate{year, month, day}, female, serial);
}

std::unique_ptr<simpul::pmks::v1::PmksService::Stub> PmksFixture::stub() {
  return simpul::pmks::v1::PmksService::NewStub(channel());
}

simpul::pmks::v1::Record PmksFixture::personRecord(int pmksType, const std::string& nik,
                                                   const std::string& period,
                                                   const std::string& desa) {
  simpul::pmks::v1::Record record;
  record.set_pmks_type(pmksType);
  record.set_period(period);
  record.mutable_subject()->set_nik(nik);
  record.mutable_subject()->set_full_name("Warga " + nik.substr(12));
  record.mutable_location()->set_wilayah_code(desa);
  return record;
}

simpul::pmks::v1::Record PmksFixture::mustCreate(const std::string& token,
                                                 const simpul::pmks::v1::Record& record) {
  simpul::pmks::v1::Record out;
  const grpc::Status status = create(token, record, &out);
  EXPECT_TRUE(status.ok()) << status.error_message();
  return out;
}

grpc::Status PmksFixture::create(const std::string& token, const simpul::pmks::v1::Record& record,
                                 simpul::pmks::v1::Record* out,
                                 simpul::core::v1::ErrorDetail* detail) {
  simpul::pmks::v1::CreateRecordRequest request;
  *request.mutable_record() = record;
  simpul::pmks::v1::Record response;
  auto ctx = context(token);
  const grpc::Status status = stub()->CreateRecord(ctx.get(), request, &response);
  if (out != nullptr) {
    *out = response;
  }
  if (detail != nullptr) {
    *detail = errorDetail(*ctx);
  }
  return status;
}

simpul::core::v1::ErrorDetail PmksFixture::errorDetail(const grpc::ClientContext& ctx) {
  simpul::core::v1::ErrorDetail detail;
  const auto& trailers = ctx.GetServerTrailingMetadata();
  const auto it = trailers.find("simpul-error-bin");
  if (it != trailers.end()) {
    detail.ParseFromString(std::string(it->second.data(), it->second.size()));
  }
  return detail;
}

const std::string& PmksFixture::cached(std::string& slot, const char* user, const char* role,
                                       const char* wilayah) {
  if (slot.empty()) {
    slot = createUserAndLogin(user, role, wilayah);
  }
  return slot;
}

const std::string& PmksFixture::psmToken() {
  return cached(m_psm, "psm1", "psm", kDesa);
}
const std::string& PmksFixture::kadesToken() {
  return cached(m_kades, "kades1", "kepala_desa", kDesa);
}
const std::string& PmksFixture::tkskToken() {
  return cached(m_tksk, "tksk1", "tksk", kKecamatan);
}
const std::string& PmksFixture::dinsosToken() {
  return cached(m_dinsos, "dinsos1", "dinsos", kKabupaten);
}
const std::string& PmksFixture::viewerToken() {
  return cached(m_viewer, "viewer1", "viewer", kKabupaten);
}
const std::string& PmksFixture::otherPsmToken() {
  return cached(m_otherPsm, "psm2", "psm", kOtherDesa);
}

std::int64_t PmksFixture::count(const std::string& sql) {
  storage::Database db = storage::Database::open(dbPath());
  auto stmt = db.prepare(sql);
  if (!stmt.step()) {
    ADD_FAILURE() << "no row from: " << sql;
    return -1;
  }
  return stmt.columnInt64(0);
}

} // namespace simpul::testing
