// PmksService records through a real simpul-data: create, read, list, update, the type
// rules, duplicates, sensitive types and scope.

#include "pmks_fixture.h"

#include <gtest/gtest.h>

namespace simpul::testing {
namespace {

namespace v1 = simpul::pmks::v1;

class PmksRecords : public PmksFixture {
protected:
  std::string nik(int serial, bool female = false, int year = 1980) {
    return nikFor(kKecamatan, year, 5, 10, female, serial);
  }

  grpc::Status get(const std::string& token, const std::string& name, v1::Record* out) {
    v1::GetRecordRequest request;
    request.set_name(name);
    auto ctx = context(token);
    return stub()->GetRecord(ctx.get(), request, out);
  }

  std::vector<std::string> list(const std::string& token, v1::RecordFilter filter = {},
                                int pageSize = 0) {
    std::vector<std::string> names;
    std::string token2;
    do {
      v1::ListRecordsRequest request;
      *request.mutable_filter() = filter;
      request.set_page_size(pageSize);
      request.set_page_token(token2);
      v1::ListRecordsResponse response;
      auto ctx = context(token);
      const grpc::Status status = stub()->ListRecords(ctx.get(), request, &response);
      EXPECT_TRUE(status.ok()) << status.error_message();
      for (const auto& r : response.records()) {
        names.push_back(r.name());
      }
      token2 = response.next_page_token();
    } while (!token2.empty());
    return names;
  }
};

TEST_F(PmksRecords, CreatedRecordIsDraftWithSubjectFromTheRegistry) {
  v1::Record created = mustCreate(psmToken(), personRecord(11, nik(1, true)));
  EXPECT_EQ(created.status(), v1::RECORD_STATUS_DRAFT);
  EXPECT_EQ(created.pmks_type_slug(), "gelandangan");
  EXPECT_EQ(created.collected_by(), "psm1");
  EXPECT_EQ(created.subject().sex(), simpul::core::v1::SEX_FEMALE); // from the NIK
  EXPECT_EQ(created.subject().birth_date().year(), 1980);
  EXPECT_EQ(created.location().wilayah_name(), "Cileunyi Kulon");
  ASSERT_EQ(created.history_size(), 1);
  EXPECT_EQ(created.history(0).to_status(), v1::RECORD_STATUS_DRAFT);
  // psm lacks core.person.read_nik: masked.
  EXPECT_TRUE(created.subject().nik_masked());
  EXPECT_NE(created.subject().nik(), nik(1, true));

  v1::Record seen;
  ASSERT_TRUE(get(tkskToken(), created.name(), &seen).ok());
  EXPECT_FALSE(seen.subject().nik_masked()); // tksk holds core.person.read_nik
  EXPECT_EQ(seen.subject().nik(), nik(1, true));
  EXPECT_EQ(count("SELECT count(*) FROM core_audit WHERE method LIKE '%PmksService/CreateRecord'"
                  " AND resource = '" +
                  created.name() + "'"),
            1);
}

TEST_F(PmksRecords, RepeatedRequestIdReturnsTheFirstRecord) {
  v1::CreateRecordRequest request;
  request.set_request_id("req-1");
  *request.mutable_record() = personRecord(11, nik(2));
  v1::Record first;
  v1::Record second;
  auto ctx1 = context(psmToken());
  ASSERT_TRUE(stub()->CreateRecord(ctx1.get(), request, &first).ok());
  auto ctx2 = context(psmToken());
  ASSERT_TRUE(stub()->CreateRecord(ctx2.get(), request, &second).ok());
  EXPECT_EQ(first.name(), second.name());
  EXPECT_EQ(count("SELECT count(*) FROM pmks_records"), 1);
}

TEST_F(PmksRecords, TypeRulesRefuseWithFieldAndReason) {
  struct Case {
    v1::Record record;
    std::string field;
    std::string reason;
  };
  v1::Record disabledNoKind = personRecord(9, nik(3));
  v1::Record youngElder = personRecord(8, nik(4, false, 1970)); // 55 at the end of 2025
  v1::Record manAsType23 = personRecord(23, nik(5, false, 1990));
  v1::Record badCriteria = personRecord(11, nik(6));
  badCriteria.add_criteria("tanpa_tempat_tinggal_tetap"); // type 11 needs all its criteria
  v1::Record unknownType = personRecord(27, nik(7));
  v1::Record badPeriod = personRecord(11, nik(8), "2025-Q1");
  v1::Record notADesa = personRecord(11, nik(9), "2025", kKecamatan);
  const std::vector<Case> cases = {
      {disabledNoKind, "record.disability_kinds", "RULE_DISABILITY"},
      {youngElder, "record.subject.birth_date", "RULE_AGE"},
      {manAsType23, "record.subject.sex", "RULE_SEX"},
      {badCriteria, "record.criteria", "RULE_CRITERIA"},
      {unknownType, "record.pmks_type", "UNKNOWN_TYPE"},
      {badPeriod, "record.period", "BAD_PERIOD"},
  };
  for (const Case& c : cases) {
    simpul::core::v1::ErrorDetail detail;
    const grpc::Status status = create(dinsosToken(), c.record, nullptr, &detail);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << c.reason;
    EXPECT_EQ(detail.field(), c.field) << c.reason;
    EXPECT_EQ(detail.reason(), c.reason);
  }
  simpul::core::v1::ErrorDetail detail;
  EXPECT_EQ(create(dinsosToken(), notADesa, nullptr, &detail).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(detail.field(), "record.location.wilayah_code");
  EXPECT_EQ(count("SELECT count(*) FROM pmks_records"), 0);

  // The same rules passed: age 60 at the END of 2025 (born in December 1965).
  v1::Record elder = personRecord(8, nikFor(kKecamatan, 1965, 12, 31, false, 10));
  EXPECT_TRUE(create(dinsosToken(), elder).ok());
  v1::Record disabled = personRecord(9, nik(11));
  disabled.add_disability_kinds("fisik");
  EXPECT_TRUE(create(dinsosToken(), disabled).ok());
}

TEST_F(PmksRecords, DuplicateNamesTheDesaOnlyToThoseWhoMaySeeIt) {
  mustCreate(psmToken(), personRecord(11, nik(20)));
  simpul::core::v1::ErrorDetail detail;
  EXPECT_EQ(create(psmToken(), personRecord(11, nik(20)), nullptr, &detail).error_code(),
            grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(detail.reason(), "RECORD_EXISTS");
  EXPECT_NE(detail.message_en().find("Cileunyi Kulon"), std::string::npos);

  // The other desa's psm records the same person: refused, the desa not named.
  EXPECT_EQ(create(otherPsmToken(), personRecord(11, nik(20), "2025", kOtherDesa), nullptr, &detail)
                .error_code(),
            grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(detail.message_en().find("Cileunyi"), std::string::npos);
  // Another period or another type is another record.
  EXPECT_TRUE(create(psmToken(), personRecord(11, nik(20), "2026")).ok());
  EXPECT_TRUE(create(psmToken(), personRecord(12, nik(20))).ok());
}

TEST_F(PmksRecords, ScopeHidesOtherDesaThroughGetListAndUpdate) {
  const v1::Record mine = mustCreate(psmToken(), personRecord(11, nik(30)));
  const v1::Record theirs =
      mustCreate(otherPsmToken(), personRecord(11, nik(31), "2025", kOtherDesa));

  v1::Record out;
  EXPECT_EQ(get(psmToken(), theirs.name(), &out).error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(list(psmToken()), std::vector<std::string>{mine.name()});
  EXPECT_EQ(list(tkskToken()), (std::vector<std::string>{theirs.name(), mine.name()}));
  EXPECT_EQ(list(viewerToken()), std::vector<std::string>{}); // recap only

  v1::UpdateRecordRequest update;
  update.mutable_record()->set_name(theirs.name());
  update.mutable_record()->set_etag(theirs.etag());
  update.mutable_record()->set_notes("x");
  update.mutable_update_mask()->add_paths("notes");
  auto ctx = context(psmToken());
  EXPECT_EQ(stub()->UpdateRecord(ctx.get(), update, &out).error_code(),
            grpc::StatusCode::NOT_FOUND);
  // Nor may a psm create in another desa.
  EXPECT_EQ(create(psmToken(), personRecord(11, nik(32), "2025", kOtherDesa)).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
}

TEST_F(PmksRecords, SensitiveTypesNeedSensitiveRead) {
  const v1::Record hidden = mustCreate(psmToken(), personRecord(16, nik(40)));
  v1::Record out;
  EXPECT_EQ(get(psmToken(), hidden.name(), &out).error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(get(kadesToken(), hidden.name(), &out).error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_TRUE(list(psmToken()).empty());
  ASSERT_TRUE(get(dinsosToken(), hidden.name(), &out).ok());
  EXPECT_TRUE(out.sensitive());
  EXPECT_EQ(list(dinsosToken()), std::vector<std::string>{hidden.name()});
}

TEST_F(PmksRecords, ListFiltersPagesAndQueries) {
  std::vector<std::string> created;
  for (int i = 0; i < 7; ++i) {
    v1::Record record = personRecord(i % 2 == 0 ? 11 : 12, nik(50 + i));
    record.mutable_subject()->set_full_name(i == 3 ? "Siti Aminah" : "Budi " + std::to_string(i));
    created.insert(created.begin(), mustCreate(psmToken(), record).name());
  }
  EXPECT_EQ(list(psmToken(), {}, 2), created); // newest first over four pages
  v1::RecordFilter byType;
  byType.set_pmks_type(12);
  EXPECT_EQ(list(psmToken(), byType).size(), 3u);
  v1::RecordFilter byName;
  byName.set_query("aMiN");
  EXPECT_EQ(list(psmToken(), byName), std::vector<std::string>{created[3]});
  v1::RecordFilter byNik;
  byNik.set_query(nik(50));
  EXPECT_EQ(list(psmToken(), byNik), std::vector<std::string>{created.back()});
  v1::RecordFilter elsewhere;
  elsewhere.set_wilayah_code(kOtherDesa);
  EXPECT_TRUE(list(dinsosToken(), elsewhere).empty());
}

TEST_F(PmksRecords, UpdateChecksEtagStatusAndRules) {
  const v1::Record created = mustCreate(psmToken(), personRecord(11, nik(60)));
  v1::UpdateRecordRequest update;
  update.mutable_record()->set_name(created.name());
  update.mutable_record()->set_etag("stale");
  update.mutable_record()->set_pmks_type(8); // born 1980: too young for type 8
  update.mutable_update_mask()->add_paths("pmks_type");
  v1::Record out;
  update.mutable_record()->clear_etag();
  auto ctx0 = context(psmToken());
  EXPECT_EQ(stub()->UpdateRecord(ctx0.get(), update, &out).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(errorDetail(*ctx0).field(), "record.etag");
  EXPECT_EQ(errorDetail(*ctx0).reason(), "ETAG_REQUIRED");
  update.mutable_record()->set_etag("stale");
  auto ctx1 = context(psmToken());
  EXPECT_EQ(stub()->UpdateRecord(ctx1.get(), update, &out).error_code(), grpc::StatusCode::ABORTED);
  update.mutable_record()->set_etag(created.etag());
  auto ctx2 = context(psmToken());
  EXPECT_EQ(stub()->UpdateRecord(ctx2.get(), update, &out).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(errorDetail(*ctx2).reason(), "RULE_AGE");
  update.mutable_record()->set_pmks_type(12);
  auto ctx3 = context(psmToken());
  ASSERT_TRUE(stub()->UpdateRecord(ctx3.get(), update, &out).ok());
  EXPECT_EQ(out.pmks_type(), 12);
  EXPECT_NE(out.etag(), created.etag());
  EXPECT_EQ(count("SELECT sum(n) FROM pmks_recap_counts WHERE pmks_type = 11"), 0);
  EXPECT_EQ(count("SELECT sum(n) FROM pmks_recap_counts WHERE pmks_type = 12"), 4);
}

} // namespace
} // namespace simpul::testing
