// Requests too big to serve, against the PMKS service: free text beyond its length, absurd
// page sizes and oversized page tokens are INVALID_ARGUMENT, a message beyond the data
// service's limit RESOURCE_EXHAUSTED, and nothing of any of them is stored. The core lists'
// limits: tests/server/lifecycle/limits_test.cpp.

#include "pmks_fixture.h"
#include "simpul/pmks/v1/pmks_service.grpc.pb.h"

#include <gtest/gtest.h>
#include <string>

namespace simpul::testing {
namespace {

namespace v1 = simpul::pmks::v1;

class SecurityLimits : public PmksFixture {
protected:
  v1::Record lansia(int serial) const {
    return personRecord(8, nikFor(kKecamatan, 1950, 3, 4, false, serial));
  }
};

TEST_F(SecurityLimits, FreeTextBeyondItsLengthIsRefusedAndNotStored) {
  v1::Record tooLong = lansia(1);
  tooLong.set_notes(std::string(2001, 'a'));
  simpul::core::v1::ErrorDetail detail;
  grpc::Status status = create(psmToken(), tooLong, nullptr, &detail);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(detail.reason(), "TOO_LONG");
  EXPECT_EQ(detail.field(), "record.notes");

  v1::Record tooMany = lansia(2);
  for (int i = 0; i < 33; ++i) {
    tooMany.add_criteria("kriteria_" + std::to_string(i));
  }
  status = create(psmToken(), tooMany, nullptr, &detail);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(detail.reason(), "TOO_MANY");
  EXPECT_EQ(count("SELECT COUNT(*) FROM pmks_records"), 0);

  // At the limit (in characters, not bytes: "é" is two bytes) it is stored.
  v1::Record atLimit = lansia(3);
  std::string notes;
  for (int i = 0; i < 2000; ++i) {
    notes += "\xC3\xA9";
  }
  atLimit.set_notes(notes);
  EXPECT_EQ(mustCreate(psmToken(), atLimit).notes(), notes);
}

TEST_F(SecurityLimits, AMessageBeyondTheServiceLimitIsNeverServed) {
  v1::Record huge = lansia(4);
  huge.set_notes(std::string(5 * 1024 * 1024, 'b')); // above the default 4 MiB
  const grpc::Status status = create(psmToken(), huge);
  EXPECT_EQ(status.error_code(), grpc::StatusCode::RESOURCE_EXHAUSTED);
  EXPECT_EQ(count("SELECT COUNT(*) FROM pmks_records"), 0);
  mustCreate(psmToken(), lansia(5)); // and the service goes on
}

TEST_F(SecurityLimits, AbsurdPageSizesAndOversizedTokensAreRefused) {
  mustCreate(psmToken(), lansia(6));
  auto list = [&](int pageSize, const std::string& token, v1::ListRecordsResponse* out) {
    v1::ListRecordsRequest request;
    request.set_page_size(pageSize);
    request.set_page_token(token);
    auto ctx = context(dinsosToken());
    return stub()->ListRecords(ctx.get(), request, out);
  };
  v1::ListRecordsResponse response;
  EXPECT_EQ(list(1000000, "", &response).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(list(-1, "", &response).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(list(50, std::string(2048, 'Q'), &response).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(response.records_size(), 0);
  ASSERT_TRUE(list(5000, "", &response).ok()); // above 500: served with 500 (AIP-158)
  EXPECT_EQ(response.records_size(), 1);
}

} // namespace
} // namespace simpul::testing
