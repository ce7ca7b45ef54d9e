// DasawismaService through a real simpul-data: group rules, scope, reports, and accepting
// candidates into DRAFT records (group set, duplicates marked, all or nothing, audited).

#include "pmks_fixture.h"
#include "simpul/pmks/v1/dasawisma.grpc.pb.h"

#include <gtest/gtest.h>

namespace simpul::testing {
namespace {

namespace v1 = simpul::pmks::v1;

class Dasawisma : public PmksFixture {
protected:
  std::unique_ptr<v1::DasawismaService::Stub> dasawisma() {
    return v1::DasawismaService::NewStub(channel());
  }

  std::string nik(int serial, bool female = false, int year = 1980) {
    return nikFor(kKecamatan, year, 5, 10, female, serial);
  }

  static v1::DasawismaGroup group(const std::string& name, int households = 12,
                                  const std::string& rt = "3", const std::string& desa = kDesa) {
    v1::DasawismaGroup g;
    g.set_display_name(name);
    g.set_households(households);
    g.mutable_location()->set_wilayah_code(desa);
    g.mutable_location()->set_dusun("Dusun 1");
    g.mutable_location()->set_rw("2");
    g.mutable_location()->set_rt(rt);
    g.mutable_ketua()->set_nik(nikFor(kKecamatan, 1975, 3, 4, true, 900 + households));
    g.mutable_ketua()->set_full_name("Ketua Kelompok");
    return g;
  }

  grpc::Status createGroup(const std::string& token, const v1::DasawismaGroup& g,
                           v1::DasawismaGroup* out = nullptr,
                           simpul::core::v1::ErrorDetail* detail = nullptr) {
    v1::CreateGroupRequest request;
    *request.mutable_group() = g;
    v1::DasawismaGroup response;
    auto ctx = context(token);
    const grpc::Status status = dasawisma()->CreateGroup(ctx.get(), request, &response);
    if (out != nullptr) {
      *out = response;
    }
    if (detail != nullptr) {
      *detail = errorDetail(*ctx);
    }
    return status;
  }

  v1::DasawismaGroup mustCreateGroup(const v1::DasawismaGroup& g) {
    v1::DasawismaGroup out;
    const grpc::Status status = createGroup(psmToken(), g, &out);
    EXPECT_TRUE(status.ok()) << status.error_message();
    return out;
  }

  static v1::DasawismaCandidate candidate(int pmksType, const std::string& nik,
                                          const std::string& note = "") {
    v1::DasawismaCandidate c;
    c.set_pmks_type(pmksType);
    c.mutable_subject()->set_nik(nik);
    c.mutable_subject()->set_full_name("Warga " + nik.substr(12));
    c.set_note(note);
    return c;
  }

  grpc::Status createReport(const std::string& token, const v1::DasawismaReport& report,
                            v1::DasawismaReport* out = nullptr,
                            simpul::core::v1::ErrorDetail* detail = nullptr) {
    v1::CreateReportRequest request;
    *request.mutable_report() = report;
    v1::DasawismaReport response;
    auto ctx = context(token);
    const grpc::Status status = dasawisma()->CreateReport(ctx.get(), request, &response);
    if (out != nullptr) {
      *out = response;
    }
    if (detail != nullptr) {
      *detail = errorDetail(*ctx);
    }
    return status;
  }

  grpc::Status accept(const std::string& token, const std::string& report,
                      const std::vector<std::int64_t>& ids, v1::AcceptCandidatesResponse* out,
                      simpul::core::v1::ErrorDetail* detail = nullptr) {
    v1::AcceptCandidatesRequest request;
    request.set_report(report);
    for (auto id : ids) {
      request.add_candidate_ids(id);
    }
    auto ctx = context(token);
    const grpc::Status status = dasawisma()->AcceptCandidates(ctx.get(), request, out);
    if (detail != nullptr) {
      *detail = errorDetail(*ctx);
    }
    return status;
  }

  grpc::Status getGroup(const std::string& token, const std::string& name,
                        v1::DasawismaGroup* out = nullptr) {
    v1::GetGroupRequest request;
    request.set_name(name);
    v1::DasawismaGroup response;
    auto ctx = context(token);
    const grpc::Status status = dasawisma()->GetGroup(ctx.get(), request, &response);
    if (out != nullptr) {
      *out = response;
    }
    return status;
  }

  grpc::Status getReport(const std::string& token, const std::string& name,
                         v1::DasawismaReport* out = nullptr) {
    v1::GetReportRequest request;
    request.set_name(name);
    v1::DasawismaReport response;
    auto ctx = context(token);
    const grpc::Status status = dasawisma()->GetReport(ctx.get(), request, &response);
    if (out != nullptr) {
      *out = response;
    }
    return status;
  }

  std::vector<std::string> listGroups(const std::string& token, int pageSize = 0) {
    std::vector<std::string> names;
    std::string pageToken;
    do {
      v1::ListGroupsRequest request;
      request.set_page_size(pageSize);
      request.set_page_token(pageToken);
      v1::ListGroupsResponse response;
      auto ctx = context(token);
      const grpc::Status status = dasawisma()->ListGroups(ctx.get(), request, &response);
      EXPECT_TRUE(status.ok()) << status.error_message();
      for (const auto& g : response.groups()) {
        names.push_back(g.name());
      }
      pageToken = response.next_page_token();
    } while (!pageToken.empty());
    return names;
  }
};

TEST_F(Dasawisma, GroupRulesHouseholdsRwRtDesaAndName) {
  struct Case {
    v1::DasawismaGroup group;
    const char* field;
    const char* reason;
  };
  v1::DasawismaGroup noRt = group("Melati 1");
  noRt.mutable_location()->set_rt("");
  v1::DasawismaGroup badRw = group("Melati 1");
  badRw.mutable_location()->set_rw("12a");
  v1::DasawismaGroup noName = group(" ");
  v1::DasawismaGroup badKetua = group("Melati 1");
  badKetua.mutable_ketua()->set_nik("123");
  const std::vector<Case> cases = {
      {group("Melati 1", 9), "group.households", "HOUSEHOLDS_RANGE"},
      {group("Melati 1", 21), "group.households", "HOUSEHOLDS_RANGE"},
      {group("Melati 1", 12, "3", kKecamatan), "group.location.wilayah_code", nullptr},
      {noRt, "group.location.rt", "BAD_RW_RT"},
      {badRw, "group.location.rw", "BAD_RW_RT"},
      {noName, "group.display_name", "REQUIRED"},
      {badKetua, "group.ketua.nik", nullptr},
  };
  for (const Case& c : cases) {
    simpul::core::v1::ErrorDetail detail;
    EXPECT_EQ(createGroup(psmToken(), c.group, nullptr, &detail).error_code(),
              grpc::StatusCode::INVALID_ARGUMENT)
        << c.field;
    EXPECT_EQ(detail.field(), c.field);
    if (c.reason != nullptr) {
      EXPECT_EQ(detail.reason(), c.reason) << c.field;
    }
  }
  EXPECT_EQ(count("SELECT count(*) FROM pmks_dasawisma_groups"), 0);

  // The bounds themselves are fine; RW/RT are kept as three digits.
  const v1::DasawismaGroup ten = mustCreateGroup(group("Melati 1", 10));
  EXPECT_EQ(ten.households(), 10);
  EXPECT_EQ(ten.location().rw(), "002");
  EXPECT_EQ(ten.location().rt(), "003");
  EXPECT_EQ(ten.location().wilayah_name(), "Cileunyi Kulon");
  EXPECT_TRUE(ten.ketua().nik_masked()); // a PSM does not hold core.person.read_nik
  EXPECT_EQ(ten.ketua().full_name(), "Ketua Kelompok");
  EXPECT_EQ(ten.created_by(), "psm1");
  mustCreateGroup(group("Melati 2", 20));

  // The same name in the same RT, spelled otherwise, is the same group; another RT is not.
  simpul::core::v1::ErrorDetail detail;
  EXPECT_EQ(createGroup(psmToken(), group("  MELATI 1 ", 15, "003"), nullptr, &detail).error_code(),
            grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(detail.reason(), "GROUP_EXISTS");
  mustCreateGroup(group("Melati 1", 15, "4"));

  // The Kepala Desa sees the full NIK of the ketua.
  v1::DasawismaGroup seen;
  ASSERT_TRUE(getGroup(kadesToken(), ten.name(), &seen).ok());
  EXPECT_FALSE(seen.ketua().nik_masked());
  EXPECT_EQ(seen.ketua().nik(), nikFor(kKecamatan, 1975, 3, 4, true, 910));
  EXPECT_EQ(count("SELECT count(*) FROM core_audit WHERE method LIKE "
                  "'%DasawismaService/CreateGroup' AND resource = '" +
                  ten.name() + "'"),
            1);
}

TEST_F(Dasawisma, UpdateAndDeleteGroup) {
  const v1::DasawismaGroup created = mustCreateGroup(group("Mawar", 12));
  v1::UpdateGroupRequest request;
  *request.mutable_group() = created;
  request.mutable_group()->set_households(25);
  request.mutable_update_mask()->add_paths("households");
  v1::DasawismaGroup updated;
  {
    auto ctx = context(psmToken());
    EXPECT_EQ(dasawisma()->UpdateGroup(ctx.get(), request, &updated).error_code(),
              grpc::StatusCode::INVALID_ARGUMENT);
  }
  request.mutable_group()->set_households(18);
  {
    auto ctx = context(psmToken());
    const grpc::Status status = dasawisma()->UpdateGroup(ctx.get(), request, &updated);
    ASSERT_TRUE(status.ok()) << status.error_message();
  }
  EXPECT_EQ(updated.households(), 18);
  EXPECT_NE(updated.etag(), created.etag());
  {
    // The old etag is stale now.
    auto ctx = context(psmToken());
    EXPECT_EQ(dasawisma()->UpdateGroup(ctx.get(), request, &updated).error_code(),
              grpc::StatusCode::ABORTED);
  }

  // A group named by a report cannot go; one without can.
  v1::DasawismaReport report;
  report.set_group(created.name());
  report.set_month("2025-02");
  ASSERT_TRUE(createReport(psmToken(), report).ok());
  v1::DeleteGroupRequest del;
  del.set_name(created.name());
  google::protobuf::Empty empty;
  {
    auto ctx = context(psmToken());
    EXPECT_EQ(dasawisma()->DeleteGroup(ctx.get(), del, &empty).error_code(),
              grpc::StatusCode::FAILED_PRECONDITION);
  }
  const v1::DasawismaGroup unused = mustCreateGroup(group("Anggrek", 11));
  del.set_name(unused.name());
  {
    auto ctx = context(psmToken());
    ASSERT_TRUE(dasawisma()->DeleteGroup(ctx.get(), del, &empty).ok());
  }
  EXPECT_EQ(getGroup(psmToken(), unused.name()).error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(count("SELECT count(*) FROM core_audit WHERE method LIKE "
                  "'%DasawismaService/DeleteGroup' AND resource = '" +
                  unused.name() + "'"),
            1);
}

TEST_F(Dasawisma, ScopeThroughEveryRpc) {
  const v1::DasawismaGroup mine = mustCreateGroup(group("Kenanga", 12));
  mustCreateGroup(group("Kenanga 2", 13));
  mustCreateGroup(group("Kenanga 3", 14));
  v1::DasawismaReport report;
  report.set_group(mine.name());
  report.set_month("2025-03");
  *report.add_candidates() = candidate(11, nik(1));
  v1::DasawismaReport createdReport;
  ASSERT_TRUE(createReport(psmToken(), report, &createdReport).ok());

  // Another desa's PSM: not found through every call, never permission denied.
  const std::string& other = otherPsmToken();
  EXPECT_EQ(getGroup(other, mine.name()).error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_TRUE(listGroups(other).empty());
  EXPECT_EQ(getReport(other, createdReport.name()).error_code(), grpc::StatusCode::NOT_FOUND);
  {
    v1::UpdateGroupRequest request;
    *request.mutable_group() = mine;
    request.mutable_update_mask()->add_paths("households");
    v1::DasawismaGroup out;
    auto ctx = context(other);
    EXPECT_EQ(dasawisma()->UpdateGroup(ctx.get(), request, &out).error_code(),
              grpc::StatusCode::NOT_FOUND);
  }
  {
    v1::DeleteGroupRequest request;
    request.set_name(mine.name());
    google::protobuf::Empty out;
    auto ctx = context(other);
    EXPECT_EQ(dasawisma()->DeleteGroup(ctx.get(), request, &out).error_code(),
              grpc::StatusCode::NOT_FOUND);
  }
  EXPECT_EQ(createReport(other, report).error_code(), grpc::StatusCode::NOT_FOUND);
  v1::AcceptCandidatesResponse accepted;
  EXPECT_EQ(accept(other, createdReport.name(), {createdReport.candidates(0).id()}, &accepted)
                .error_code(),
            grpc::StatusCode::NOT_FOUND);
  {
    v1::ListReportsRequest request;
    v1::ListReportsResponse response;
    auto ctx = context(other);
    ASSERT_TRUE(dasawisma()->ListReports(ctx.get(), request, &response).ok());
    EXPECT_EQ(response.reports_size(), 0);
  }
  // Nor can it put a group into the desa it does not serve.
  EXPECT_EQ(createGroup(other, group("Kenanga 9")).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);

  // The Kepala Desa and the TKSK read, but do not write; a viewer does not even read.
  EXPECT_EQ(listGroups(kadesToken()).size(), 3u);
  EXPECT_EQ(listGroups(tkskToken(), 1).size(), 3u); // one per page, keyset
  EXPECT_EQ(createGroup(kadesToken(), group("Kenanga 9")).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(
      accept(kadesToken(), createdReport.name(), {createdReport.candidates(0).id()}, &accepted)
          .error_code(),
      grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(getGroup(viewerToken(), mine.name()).error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(count("SELECT count(*) FROM pmks_records"), 0);
}

TEST_F(Dasawisma, AcceptTurnsCandidatesIntoDraftsWithTheGroupAndMarksDuplicates) {
  const v1::DasawismaGroup g = mustCreateGroup(group("Dahlia", 15));
  // Someone already recorded (type 11, 2025-S2) before the report came in.
  v1::Record earlier;
  ASSERT_TRUE(create(psmToken(), personRecord(11, nik(3), "2025-S2"), &earlier).ok());

  v1::DasawismaReport report;
  report.set_group(g.name());
  report.set_month("2025-08");
  report.set_notes("Kunjungan bulanan");
  *report.add_candidates() = candidate(11, nik(1), "rumah tidak layak");
  *report.add_candidates() = candidate(12, nik(2, true));
  *report.add_candidates() = candidate(11, nik(3));
  *report.add_candidates() = candidate(12, nik(4));
  v1::DasawismaReport created;
  ASSERT_TRUE(createReport(psmToken(), report, &created).ok());
  ASSERT_EQ(created.candidates_size(), 4);
  for (const auto& c : created.candidates()) {
    EXPECT_EQ(c.state(), v1::CANDIDATE_STATE_PROPOSED);
    EXPECT_TRUE(c.subject().nik_masked());
  }
  // One report per group per month.
  simpul::core::v1::ErrorDetail detail;
  EXPECT_EQ(createReport(psmToken(), report, nullptr, &detail).error_code(),
            grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(detail.reason(), "REPORT_EXISTS");
  // The group counts its reports (one), for every reader of the group.
  v1::DasawismaGroup withReport;
  ASSERT_TRUE(getGroup(kadesToken(), g.name(), &withReport).ok());
  EXPECT_EQ(withReport.report_count(), 1);
  EXPECT_EQ(g.report_count(), 0);

  v1::AcceptCandidatesResponse accepted;
  const grpc::Status status =
      accept(psmToken(), created.name(),
             {created.candidates(0).id(), created.candidates(1).id(), created.candidates(2).id()},
             &accepted);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(accepted.records_created(), 2);
  EXPECT_EQ(accepted.already_recorded(), 1);
  const auto& cs = accepted.report().candidates();
  ASSERT_EQ(cs.size(), 4);
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(cs[i].state(), v1::CANDIDATE_STATE_ACCEPTED);
    EXPECT_FALSE(cs[i].record().empty());
  }
  EXPECT_FALSE(cs[0].already_recorded());
  EXPECT_TRUE(cs[2].already_recorded());
  EXPECT_EQ(cs[2].record(), earlier.name());
  EXPECT_EQ(cs[3].state(), v1::CANDIDATE_STATE_PROPOSED);

  // The new records: DRAFT, the group set, the period the semester of the month, at the
  // group's RT, the note kept.
  v1::GetRecordRequest get;
  get.set_name(cs[0].record());
  v1::Record record;
  {
    auto ctx = context(psmToken());
    ASSERT_TRUE(stub()->GetRecord(ctx.get(), get, &record).ok());
  }
  EXPECT_EQ(record.status(), v1::RECORD_STATUS_DRAFT);
  EXPECT_EQ(record.dasawisma_group(), g.name());
  EXPECT_EQ(record.period(), "2025-S2");
  EXPECT_EQ(record.pmks_type(), 11);
  EXPECT_EQ(record.location().wilayah_code(), kDesa);
  EXPECT_EQ(record.location().rt(), "003");
  EXPECT_EQ(record.notes(), "rumah tidak layak");
  EXPECT_EQ(record.collected_by(), "psm1");
  EXPECT_EQ(count("SELECT count(*) FROM pmks_records WHERE dasawisma_group_id IS NOT NULL"), 2);

  // Audited: the action on the report, and each record it made.
  EXPECT_EQ(count("SELECT count(*) FROM core_audit WHERE method LIKE "
                  "'%DasawismaService/AcceptCandidates' AND resource = '" +
                  created.name() + "'"),
            1);
  EXPECT_EQ(count("SELECT count(*) FROM core_audit WHERE method LIKE "
                  "'%DasawismaService/AcceptCandidates' AND resource LIKE 'pmks/records/%'"),
            2);
  // The recap counts them as drafts, with the one recorded earlier.
  EXPECT_EQ(count("SELECT ifnull(sum(n), 0) FROM pmks_recap_counts WHERE period = '2025-S2' "
                  "AND wilayah_code = '32.04.05.2001' AND status = 1"),
            3);

  // A decided candidate cannot be decided again; a rejection needs a reason.
  EXPECT_EQ(accept(psmToken(), created.name(), {cs[0].id()}, &accepted, &detail).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(detail.reason(), "CANDIDATE_DECIDED");
  v1::RejectCandidatesRequest reject;
  reject.set_report(created.name());
  reject.add_candidate_ids(cs[3].id());
  v1::DasawismaReport afterReject;
  {
    auto ctx = context(psmToken());
    EXPECT_EQ(dasawisma()->RejectCandidates(ctx.get(), reject, &afterReject).error_code(),
              grpc::StatusCode::INVALID_ARGUMENT);
  }
  reject.set_reason("sudah pindah");
  {
    auto ctx = context(psmToken());
    ASSERT_TRUE(dasawisma()->RejectCandidates(ctx.get(), reject, &afterReject).ok());
  }
  EXPECT_EQ(afterReject.candidates(3).state(), v1::CANDIDATE_STATE_REJECTED);
  EXPECT_EQ(afterReject.candidates(3).reject_reason(), "sudah pindah");
  // A candidate of another report is not one of this report's.
  EXPECT_EQ(accept(psmToken(), created.name(), {cs[3].id() + 100}, &accepted, &detail).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(detail.reason(), "UNKNOWN_CANDIDATE");
}

TEST_F(Dasawisma, AcceptIsAllOrNothingAndNamesTheCandidate) {
  const v1::DasawismaGroup g = mustCreateGroup(group("Flamboyan", 16));
  v1::DasawismaReport report;
  report.set_group(g.name());
  report.set_month("2025-01");
  *report.add_candidates() = candidate(11, nik(1));
  *report.add_candidates() = candidate(8, nik(2, false, 1980)); // lanjut usia at 45: refused
  v1::DasawismaReport created;
  ASSERT_TRUE(createReport(psmToken(), report, &created).ok());

  v1::AcceptCandidatesResponse accepted;
  simpul::core::v1::ErrorDetail detail;
  EXPECT_EQ(accept(psmToken(), created.name(),
                   {created.candidates(0).id(), created.candidates(1).id()}, &accepted, &detail)
                .error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(detail.field(),
            "candidates[" + std::to_string(created.candidates(1).id()) + "].subject.birth_date");
  EXPECT_EQ(detail.reason(), "RULE_AGE");
  EXPECT_EQ(count("SELECT count(*) FROM pmks_records"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM pmks_dasawisma_candidates WHERE state = 1"), 2);

  // A candidate's NIK is checked when the report comes in, and named by its position.
  v1::DasawismaReport bad;
  bad.set_group(g.name());
  bad.set_month("2025-02");
  *bad.add_candidates() = candidate(11, nik(5));
  *bad.add_candidates() = candidate(11, "3204050000000000");
  EXPECT_EQ(createReport(psmToken(), bad, nullptr, &detail).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(detail.field().rfind("report.candidates[1].subject.", 0), 0u) << detail.field();
  EXPECT_EQ(count("SELECT count(*) FROM pmks_dasawisma_reports WHERE month = '2025-02'"), 0);
}

TEST_F(Dasawisma, SensitiveCandidatesOnlyForSensitiveReaders) {
  const v1::DasawismaGroup g = mustCreateGroup(group("Teratai", 12));
  v1::DasawismaReport report;
  report.set_group(g.name());
  report.set_month("2025-05");
  *report.add_candidates() = candidate(11, nik(1));
  *report.add_candidates() = candidate(16, nik(2));
  v1::DasawismaReport created;
  ASSERT_TRUE(createReport(psmToken(), report, &created).ok());

  v1::DasawismaReport seen;
  ASSERT_TRUE(getReport(kadesToken(), created.name(), &seen).ok());
  ASSERT_EQ(seen.candidates_size(), 1);
  EXPECT_EQ(seen.candidates(0).pmks_type(), 11);
  EXPECT_EQ(seen.hidden_candidates(), 1);
  ASSERT_TRUE(getReport(dinsosToken(), created.name(), &seen).ok());
  EXPECT_EQ(seen.candidates_size(), 2);
  EXPECT_EQ(seen.hidden_candidates(), 0);
}

TEST_F(Dasawisma, ARecordNamesOnlyAGroupOfItsOwnDesa) {
  const v1::DasawismaGroup own = mustCreateGroup(group("Melati"));
  v1::DasawismaGroup other;
  ASSERT_TRUE(createGroup(otherPsmToken(), group("Mawar", 12, "3", kOtherDesa), &other).ok());

  v1::Record record = personRecord(8, nik(801, false, 1940));
  record.set_dasawisma_group(other.name());
  simpul::core::v1::ErrorDetail detail;
  EXPECT_EQ(create(psmToken(), record, nullptr, &detail).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(detail.field(), "record.dasawisma_group");
  EXPECT_EQ(detail.reason(), "GROUP_NOT_IN_DESA");

  record.set_dasawisma_group("pmks/dasawisma-groups/999999");
  EXPECT_EQ(create(psmToken(), record, nullptr, &detail).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(detail.reason(), "GROUP_NOT_IN_DESA");

  record.set_dasawisma_group(own.name());
  v1::Record created;
  const grpc::Status status = create(psmToken(), record, &created);
  ASSERT_TRUE(status.ok()) << status.error_message();
  EXPECT_EQ(created.dasawisma_group(), own.name());
}

} // namespace
} // namespace simpul::testing
