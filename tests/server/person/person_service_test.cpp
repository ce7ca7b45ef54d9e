// PersonService through a real simpul-data: create, get, update, list and lookup, the input
// rules, idempotent retries and the audit rows each change writes.
#include "person_test_support.h"

#include <gmock/gmock.h>

namespace simpul::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST_F(PersonServiceTest, CreateGetUpdateListAndLookup) {
  const std::string tksk = createUserAndLogin("tksk1", "tksk", kKecamatan);
  v1::Person in = newPerson(kDesaA, 1);
  in.mutable_address()->set_wilayah_code("3204122003"); // plain is accepted, stored dotted
  const v1::Person created = mustCreate(tksk, in);
  EXPECT_THAT(created.name(), ::testing::StartsWith("persons/"));
  EXPECT_EQ(created.nik(), in.nik());
  EXPECT_FALSE(created.nik_masked());
  EXPECT_EQ(created.full_name(), in.full_name());
  EXPECT_EQ(created.sex(), v1::SEX_FEMALE) << "filled from the NIK";
  EXPECT_EQ(created.birth_date().year(), 1985) << "filled from the NIK";
  EXPECT_EQ(created.birth_date().month(), 3);
  EXPECT_EQ(created.birth_date().day(), 5);
  EXPECT_EQ(created.address().wilayah_code(), kDesaA);
  EXPECT_EQ(created.address().rt(), "003");
  EXPECT_FALSE(created.etag().empty());
  EXPECT_GT(created.create_time().seconds(), 0);

  v1::Person got;
  ASSERT_TRUE(get(tksk, created.name(), &got).ok());
  EXPECT_EQ(got.SerializeAsString(), created.SerializeAsString());

  v1::Person change = got;
  change.set_full_name("Siti Rahayu Lestari");
  change.set_birth_place("Should not change: not in the mask");
  advanceClock(std::chrono::seconds(5));
  v1::Person updated;
  const CallResult r = update(tksk, change, {"full_name"}, &updated);
  ASSERT_TRUE(r.ok()) << r.status.error_message();
  EXPECT_EQ(updated.full_name(), "Siti Rahayu Lestari");
  EXPECT_EQ(updated.birth_place(), "Bandung");
  EXPECT_NE(updated.etag(), created.etag());
  EXPECT_GT(updated.update_time().seconds(), created.update_time().seconds());
  EXPECT_EQ(updated.create_time().seconds(), created.create_time().seconds());

  EXPECT_THAT(listAll(tksk), ::testing::ElementsAre(created.name()));
  v1::Person found;
  ASSERT_TRUE(lookup(tksk, in.nik(), &found).ok());
  EXPECT_EQ(found.name(), created.name());
  EXPECT_EQ(found.full_name(), "Siti Rahayu Lestari");
}

TEST_F(PersonServiceTest, StaleEtagIsAborted) {
  const v1::Person created = mustCreate(adminToken(), newPerson(kDesaA, 2));
  v1::Person change = created;
  change.set_full_name("First Change");
  v1::Person first;
  ASSERT_TRUE(update(adminToken(), change, {"full_name"}, &first).ok());
  change.set_full_name("Second Change From The Old Etag");
  v1::Person second;
  const CallResult r = update(adminToken(), change, {"full_name"}, &second);
  EXPECT_EQ(r.code(), grpc::StatusCode::ABORTED);
  EXPECT_EQ(r.detail.reason(), "STALE_ETAG");
  v1::Person now;
  ASSERT_TRUE(get(adminToken(), created.name(), &now).ok());
  EXPECT_EQ(now.full_name(), "First Change");
}

TEST_F(PersonServiceTest, UpdateNeedsAMaskOfKnownPathsAndAnEtag) {
  const v1::Person created = mustCreate(adminToken(), newPerson(kDesaA, 3));
  v1::Person out;
  CallResult r = update(adminToken(), created, {}, &out);
  EXPECT_EQ(r.code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(r.detail.field(), "update_mask");
  r = update(adminToken(), created, {"etag"}, &out);
  EXPECT_EQ(r.code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(r.detail.reason(), "UPDATE_MASK_UNKNOWN_PATH");
  v1::Person noEtag = created;
  noEtag.clear_etag();
  r = update(adminToken(), noEtag, {"full_name"}, &out);
  EXPECT_EQ(r.code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(r.detail.field(), "person.etag");
  EXPECT_EQ(r.detail.reason(), "ETAG_REQUIRED");
}

TEST_F(PersonServiceTest, UpdateOfTheWholeAddressChecksTheNewDesa) {
  const v1::Person created = mustCreate(adminToken(), newPerson(kDesaA, 4));
  v1::Person change = created;
  change.mutable_address()->set_wilayah_code("32.04.12");
  change.mutable_address()->set_rt("001");
  v1::Person out;
  CallResult r = update(adminToken(), change, {"address"}, &out);
  EXPECT_EQ(r.code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(r.detail.field(), "person.address.wilayah_code");
  EXPECT_EQ(r.detail.reason(), "WILAYAH_WRONG_LEVEL");

  change.mutable_address()->set_wilayah_code(kDesaB);
  r = update(adminToken(), change, {"address"}, &out);
  ASSERT_TRUE(r.ok()) << r.status.error_message();
  EXPECT_EQ(out.address().wilayah_code(), kDesaB);
  EXPECT_EQ(out.address().rt(), "001");
}

TEST_F(PersonServiceTest, RepeatedRequestIdReturnsTheSamePersonAndWritesOneRow) {
  const v1::Person in = newPerson(kDesaA, 5);
  v1::Person first;
  v1::Person second;
  ASSERT_TRUE(create(adminToken(), in, &first, "req-5").ok());
  const CallResult r = create(adminToken(), in, &second, "req-5");
  ASSERT_TRUE(r.ok()) << r.status.error_message();
  EXPECT_EQ(second.name(), first.name());
  EXPECT_EQ(second.etag(), first.etag());
  EXPECT_EQ(countRows("SELECT count(*) FROM core_persons WHERE nik = ?1", in.nik()), 1);
  EXPECT_EQ(countRows("SELECT count(*) FROM core_audit WHERE resource = ?1", first.name()), 1);
}

TEST_F(PersonServiceTest, DuplicateNikIsAlreadyExistsWithoutTheNik) {
  const v1::Person in = newPerson(kDesaA, 6);
  mustCreate(adminToken(), in);
  v1::Person again = newPerson(kDesaB, 6); // same NIK, another desa and name
  v1::Person out;
  const CallResult r = create(adminToken(), again, &out, "another-request");
  EXPECT_EQ(r.code(), grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(r.detail.field(), "person.nik");
  EXPECT_THAT(r.status.error_message(), Not(HasSubstr(in.nik())));
  EXPECT_THAT(r.detail.message_id(), Not(HasSubstr(in.nik())));
  EXPECT_THAT(r.detail.message_en(), Not(HasSubstr(in.nik())));
}

TEST_F(PersonServiceTest, UnknownOrNonDesaWilayahIsInvalid) {
  for (const auto& [code, reason] :
       std::vector<std::pair<std::string, std::string>>{{"32.04.12.2999", "WILAYAH_UNKNOWN"},
                                                        {"32.04.12", "WILAYAH_WRONG_LEVEL"},
                                                        {"32.04.12.999", "WILAYAH_MALFORMED"},
                                                        {"", "WILAYAH_MALFORMED"}}) {
    v1::Person out;
    const CallResult r = create(adminToken(), newPerson(code, 7), &out);
    EXPECT_EQ(r.code(), grpc::StatusCode::INVALID_ARGUMENT) << code;
    EXPECT_EQ(r.detail.field(), "person.address.wilayah_code") << code;
    EXPECT_EQ(r.detail.reason(), reason) << code;
  }
  EXPECT_EQ(countRows("SELECT count(*) FROM core_persons WHERE nik = ?1", nikFor(7)), 0);
}

TEST_F(PersonServiceTest, NikRulesAreCheckedWithoutEchoingTheNik) {
  struct Case {
    std::string nik;
    std::string reason;
  };
  const std::vector<Case> cases{
      {"320412450385", "NIK_WRONG_LENGTH"},
      {"3204124503850000", "NIK_SERIAL_ZERO"},
      {"3204123503850001", "NIK_DAY_BETWEEN_RANGES"},
      {"3204993103850001", "NIK_UNKNOWN_KECAMATAN"}, // 32.04.99 is not a kecamatan
      {"", "NIK_WRONG_LENGTH"},
  };
  for (const Case& c : cases) {
    v1::Person in = newPerson(kDesaA, 8);
    in.set_nik(c.nik);
    v1::Person out;
    const CallResult r = create(adminToken(), in, &out);
    EXPECT_EQ(r.code(), grpc::StatusCode::INVALID_ARGUMENT) << c.reason;
    EXPECT_EQ(r.detail.field(), "person.nik") << c.reason;
    EXPECT_EQ(r.detail.reason(), c.reason);
    if (!c.nik.empty()) {
      EXPECT_THAT(r.status.error_message(), Not(HasSubstr(c.nik)));
      EXPECT_THAT(r.detail.message_en(), Not(HasSubstr(c.nik)));
    }
  }
}

TEST_F(PersonServiceTest, SexAndBirthDateMustAgreeWithTheNik) {
  v1::Person in = newPerson(kDesaA, 9, domain::Sex::Female);
  in.set_sex(v1::SEX_MALE);
  v1::Person out;
  CallResult r = create(adminToken(), in, &out);
  EXPECT_EQ(r.code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(r.detail.field(), "person.sex");
  EXPECT_EQ(r.detail.reason(), "SEX_NIK_MISMATCH");

  in.set_sex(v1::SEX_FEMALE);
  in.mutable_birth_date()->set_year(1985);
  in.mutable_birth_date()->set_month(3);
  in.mutable_birth_date()->set_day(6);
  r = create(adminToken(), in, &out);
  EXPECT_EQ(r.code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(r.detail.field(), "person.birth_date");

  in.mutable_birth_date()->set_day(5);
  r = create(adminToken(), in, &out);
  EXPECT_TRUE(r.ok()) << r.status.error_message();
}

TEST_F(PersonServiceTest, FullNameIsRequired) {
  v1::Person in = newPerson(kDesaA, 10);
  in.set_full_name("   ");
  v1::Person out;
  const CallResult r = create(adminToken(), in, &out);
  EXPECT_EQ(r.code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(r.detail.field(), "person.full_name");
}

TEST_F(PersonServiceTest, ListPagesReturnEveryPersonOnceAndNarrowByWilayah) {
  std::vector<std::string> inA;
  std::vector<std::string> all;
  for (int serial = 11; serial <= 15; ++serial) {
    const std::string desa = serial % 2 == 0 ? kDesaB : kDesaA;
    const v1::Person p = mustCreate(adminToken(), newPerson(desa, serial));
    all.push_back(p.name());
    if (desa == kDesaA) {
      inA.push_back(p.name());
    }
  }
  EXPECT_EQ(listAll(adminToken(), {}, 2), all);
  EXPECT_EQ(listAll(adminToken(), kDesaA, 2), inA);
  EXPECT_EQ(listAll(adminToken(), "3204122003"), inA);
  EXPECT_EQ(listAll(adminToken(), "32.04"), all);
  EXPECT_TRUE(listAll(adminToken(), "32.73").empty());

  v1::ListPersonsResponse response;
  const CallResult r = list(adminToken(), "32.04.99", 0, {}, &response);
  EXPECT_EQ(r.code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(r.detail.field(), "wilayah_code");
}

TEST_F(PersonServiceTest, EveryChangeIsAuditedWithFieldNamesOnly) {
  const std::string tksk = createUserAndLogin("tksk2", "tksk", kKecamatan);
  const v1::Person in = newPerson(kDesaA, 16);
  const v1::Person created = mustCreate(tksk, in);
  v1::Person change = created;
  change.set_full_name("Dewi Anggraini");
  change.mutable_address()->set_wilayah_code(kDesaB);
  v1::Person updated;
  ASSERT_TRUE(update(tksk, change, {"full_name", "address.wilayah_code"}, &updated).ok());

  storage::Database db = openDatabase();
  auto stmt = db.prepare("SELECT actor, method, changed_fields, wilayah_code FROM core_audit "
                         "WHERE resource = ?1 ORDER BY sequence");
  stmt.bind(1, created.name());
  ASSERT_TRUE(stmt.step());
  EXPECT_EQ(stmt.columnText(0), "tksk2");
  EXPECT_EQ(stmt.columnText(1), "/simpul.core.v1.PersonService/CreatePerson");
  EXPECT_THAT(stmt.columnText(2), HasSubstr("nik"));
  EXPECT_THAT(stmt.columnText(2), HasSubstr("full_name"));
  EXPECT_EQ(stmt.columnText(3), kDesaA);
  ASSERT_TRUE(stmt.step());
  EXPECT_EQ(stmt.columnText(1), "/simpul.core.v1.PersonService/UpdatePerson");
  EXPECT_EQ(stmt.columnText(2), "full_name,address.wilayah_code");
  EXPECT_EQ(stmt.columnText(3), kDesaB);
  EXPECT_FALSE(stmt.step());

  // No personal value anywhere in the audit log or the server's log.
  auto everything = db.prepare("SELECT group_concat(actor || method || resource || "
                               "changed_fields || wilayah_code, '|') FROM core_audit");
  ASSERT_TRUE(everything.step());
  const std::string audit = everything.columnText(0);
  for (const std::string& secret : {in.nik(), in.full_name(), std::string("Dewi Anggraini")}) {
    EXPECT_THAT(audit, Not(HasSubstr(secret)));
    for (const std::string& line : logLines()) {
      EXPECT_THAT(line, Not(HasSubstr(secret)));
    }
  }
}

} // namespace
} // namespace simpul::testing
