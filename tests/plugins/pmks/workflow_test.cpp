// The PMKS workflow through a real simpul-data: each step by the role it belongs to,
// refusals per role and scope, history, audit, inbox, and BatchTransition.

#include "pmks_fixture.h"

#include <gtest/gtest.h>

namespace simpul::testing {
namespace {

namespace v1 = simpul::pmks::v1;

class PmksWorkflow : public PmksFixture {
protected:
  using Rpc = grpc::Status (v1::PmksService::Stub::*)(grpc::ClientContext*,
                                                      const v1::TransitionRequest&, v1::Record*);

  v1::Record draft(int serial, const std::string& desa = kDesa) {
    const std::string& token = desa == kDesa ? psmToken() : otherPsmToken();
    v1::Record out;
    const grpc::Status status = create(
        token, personRecord(11, nikFor(kKecamatan, 1975, 1, 2, false, serial), "2025", desa), &out);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return out;
  }

  grpc::Status step(Rpc rpc, const std::string& token, const std::string& name,
                    const std::string& reason = {}, v1::Record* out = nullptr) {
    v1::TransitionRequest request;
    request.set_name(name);
    request.set_reason(reason);
    v1::Record record;
    auto ctx = context(token);
    const grpc::Status status = (stub().get()->*rpc)(ctx.get(), request, &record);
    if (out != nullptr) {
      *out = record;
    }
    return status;
  }

  static constexpr Rpc kSubmit = &v1::PmksService::Stub::SubmitRecord;
  static constexpr Rpc kVerify = &v1::PmksService::Stub::VerifyRecord;
  static constexpr Rpc kValidate = &v1::PmksService::Stub::ValidateRecord;
  static constexpr Rpc kReturn = &v1::PmksService::Stub::ReturnRecord;
};

TEST_F(PmksWorkflow, FullPathWithReturnWritesHistoryAuditAndInbox) {
  const v1::Record record = draft(1);
  const std::string& name = record.name();
  const std::string inboxOpen =
      "SELECT count(*) FROM core_inbox WHERE resource = '" + name + "' AND kind = ";

  ASSERT_TRUE(step(kSubmit, psmToken(), name).ok());
  EXPECT_EQ(count(inboxOpen + "'record.verify' AND closed_time_ms IS NULL"), 1);
  EXPECT_EQ(step(kReturn, kadesToken(), name, " ").error_code(),
            grpc::StatusCode::INVALID_ARGUMENT); // a reason is required
  ASSERT_TRUE(step(kReturn, kadesToken(), name, "RT salah").ok());
  EXPECT_EQ(count(inboxOpen + "'record.verify' AND closed_time_ms IS NULL"), 0);
  EXPECT_EQ(count(inboxOpen + "'record.revise' AND closed_time_ms IS NULL"), 1);
  ASSERT_TRUE(step(kSubmit, psmToken(), name).ok());
  ASSERT_TRUE(step(kVerify, kadesToken(), name).ok());
  EXPECT_EQ(count(inboxOpen + "'record.validate' AND closed_time_ms IS NULL"), 1);
  v1::Record validated;
  ASSERT_TRUE(step(kValidate, dinsosToken(), name, {}, &validated).ok());
  EXPECT_EQ(validated.status(), v1::RECORD_STATUS_VALIDATED);
  EXPECT_EQ(count(inboxOpen + "'record.validate' AND closed_time_ms IS NULL"), 0);

  ASSERT_EQ(validated.history_size(), 6);
  EXPECT_EQ(validated.history(2).to_status(), v1::RECORD_STATUS_RETURNED);
  EXPECT_EQ(validated.history(2).reason(), "RT salah");
  EXPECT_EQ(validated.history(2).actor(), "kades1");
  EXPECT_EQ(count("SELECT count(*) FROM core_audit WHERE resource = '" + name + "'"), 6);
}

TEST_F(PmksWorkflow, StepsAreRefusedToOtherRolesAndOutOfOrder) {
  const std::string name = draft(2).name();
  // Not submitted yet.
  EXPECT_EQ(step(kVerify, kadesToken(), name).error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  ASSERT_TRUE(step(kSubmit, psmToken(), name).ok());
  EXPECT_EQ(step(kSubmit, psmToken(), name).error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  // The psm cannot verify; the tksk (read only) cannot either; dinsos cannot verify.
  EXPECT_EQ(step(kVerify, psmToken(), name).error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(step(kVerify, tkskToken(), name).error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(step(kVerify, dinsosToken(), name).error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(step(kValidate, dinsosToken(), name).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);
  // The other desa's psm does not see it at all.
  EXPECT_EQ(step(kSubmit, otherPsmToken(), name).error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(step(kReturn, otherPsmToken(), name, "x").error_code(), grpc::StatusCode::NOT_FOUND);
  ASSERT_TRUE(step(kVerify, kadesToken(), name).ok());
  // Once verified, only the validator may return it.
  EXPECT_EQ(step(kReturn, kadesToken(), name, "x").error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_TRUE(step(kReturn, dinsosToken(), name, "foto kurang").ok());
}

TEST_F(PmksWorkflow, KepalaDesaOfAnotherDesaGetsNotFound) {
  const std::string name = draft(3, kOtherDesa).name();
  ASSERT_TRUE(step(kSubmit, otherPsmToken(), name).ok());
  EXPECT_EQ(step(kVerify, kadesToken(), name).error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(PmksWorkflow, BatchTransitionChecksEachRecord) {
  const std::string a = draft(10).name();
  const std::string b = draft(11).name();
  const std::string c = draft(12).name();
  const std::string hidden = draft(13, kOtherDesa).name();
  for (const auto& name : {a, b}) {
    ASSERT_TRUE(step(kSubmit, psmToken(), name).ok());
  }
  v1::BatchTransitionRequest request;
  request.set_action(v1::TRANSITION_ACTION_VERIFY);
  for (const auto& name : {a, b, c, hidden}) {
    request.add_names(name);
  }
  v1::BatchTransitionResponse response;
  auto ctx = context(kadesToken());
  ASSERT_TRUE(stub()->BatchTransition(ctx.get(), request, &response).ok());
  EXPECT_EQ(response.changed(), 2);
  ASSERT_EQ(response.failures_size(), 2);
  EXPECT_EQ(response.failures(0).name(), c);
  EXPECT_EQ(response.failures(0).reason(), "WRONG_STATUS");
  EXPECT_EQ(response.failures(1).name(), hidden);
  EXPECT_EQ(response.failures(1).reason(), "NOT_FOUND");

  // By filter: every verified record dinsos sees in the kecamatan.
  v1::BatchTransitionRequest byFilter;
  byFilter.set_action(v1::TRANSITION_ACTION_VALIDATE);
  byFilter.mutable_filter()->set_status(v1::RECORD_STATUS_VERIFIED);
  byFilter.mutable_filter()->set_wilayah_code(kKecamatan);
  v1::BatchTransitionResponse validated;
  auto ctx2 = context(dinsosToken());
  ASSERT_TRUE(stub()->BatchTransition(ctx2.get(), byFilter, &validated).ok());
  EXPECT_EQ(validated.changed(), 2);
  EXPECT_EQ(validated.failures_size(), 0);
  EXPECT_EQ(count("SELECT count(*) FROM pmks_records WHERE status = 4"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM pmks_record_history"), 4 + 2 + 2 + 2);
}

} // namespace
} // namespace simpul::testing
