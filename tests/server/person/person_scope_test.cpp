// Who may see and change which person: permissions before existence, wilayah scope inside
// the queries (outside scope looks exactly like missing), NIK masking, tokens.
#include "person_test_support.h"

#include <gmock/gmock.h>

namespace simpul::testing {
namespace {

using ::testing::Contains;
using ::testing::Not;

class PersonScopeTest : public PersonServiceTest {
protected:
  void SetUp() override {
    PersonServiceTest::SetUp();
    m_psmA = createUserAndLogin("psm_a", "psm", kDesaA);
    m_psmB = createUserAndLogin("psm_b", "psm", kDesaB);
    m_tksk = createUserAndLogin("tksk_k", "tksk", kKecamatan);
  }

  std::string m_psmA;
  std::string m_psmB;
  std::string m_tksk;
};

TEST_F(PersonScopeTest, APsmCannotSeeAPersonOfAnotherDesa) {
  const v1::Person inB = mustCreate(m_psmB, newPerson(kDesaB, 21));
  const std::string nikB = nikFor(21);

  v1::Person out;
  const CallResult hidden = get(m_psmA, inB.name(), &out);
  EXPECT_EQ(hidden.code(), grpc::StatusCode::NOT_FOUND);
  // Exactly what a person that does not exist looks like.
  const CallResult missing = get(m_psmA, "persons/999999", &out);
  EXPECT_EQ(missing.code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(hidden.detail.reason(), missing.detail.reason());
  EXPECT_EQ(hidden.detail.field(), missing.detail.field());

  EXPECT_THAT(listAll(m_psmA), Not(Contains(inB.name())));
  EXPECT_TRUE(listAll(m_psmA, kDesaB).empty()) << "asking for the other desa gives nothing";
  EXPECT_EQ(lookup(m_psmA, nikB, &out).code(), grpc::StatusCode::NOT_FOUND);

  // The psm of that desa and the tksk of the kecamatan do see it.
  EXPECT_TRUE(get(m_psmB, inB.name(), &out).ok());
  EXPECT_THAT(listAll(m_psmB), Contains(inB.name()));
  EXPECT_TRUE(lookup(m_psmB, nikB, &out).ok());
  EXPECT_TRUE(get(m_tksk, inB.name(), &out).ok());
  EXPECT_THAT(listAll(m_tksk), Contains(inB.name()));
}

TEST_F(PersonScopeTest, APsmCannotUpdateAPersonOfAnotherDesa) {
  const v1::Person inB = mustCreate(m_psmB, newPerson(kDesaB, 22));
  v1::Person change = inB;
  change.set_full_name("Changed By A Stranger");
  v1::Person out;
  EXPECT_EQ(update(m_psmA, change, {"full_name"}, &out).code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(PersonScopeTest, NikIsMaskedWithoutReadNik) {
  // Serial 0101 ends in "01": the masked form keeps the first four and the last two digits.
  const v1::Person created = mustCreate(m_psmA, newPerson(kDesaA, 101));
  const std::string nik = nikFor(101);
  EXPECT_EQ(created.nik(), "3204**********01") << "the creator holds no read_nik either";
  EXPECT_TRUE(created.nik_masked());

  v1::Person asPsm;
  ASSERT_TRUE(get(m_psmA, created.name(), &asPsm).ok());
  EXPECT_EQ(asPsm.nik(), "3204**********01");
  EXPECT_TRUE(asPsm.nik_masked());
  v1::ListPersonsResponse listed;
  ASSERT_TRUE(list(m_psmA, {}, 0, {}, &listed).ok());
  ASSERT_EQ(listed.persons_size(), 1);
  EXPECT_EQ(listed.persons(0).nik(), "3204**********01");
  v1::Person looked;
  ASSERT_TRUE(lookup(m_psmA, nik, &looked).ok());
  EXPECT_EQ(looked.nik(), "3204**********01");

  v1::Person asTksk;
  ASSERT_TRUE(get(m_tksk, created.name(), &asTksk).ok());
  EXPECT_EQ(asTksk.nik(), nik);
  EXPECT_FALSE(asTksk.nik_masked());
}

TEST_F(PersonScopeTest, AViewerGetsPermissionDeniedOnCreateBeforeAnyCheck) {
  const std::string viewer = createUserAndLogin("viewer_a", "viewer", kDesaA);
  v1::Person in = newPerson("32.99.99.2999", 23); // a desa that does not exist
  in.set_nik("not a nik");
  v1::Person out;
  const CallResult r = create(viewer, in, &out, "viewer-request");
  EXPECT_EQ(r.code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(r.detail.reason(), "PERMISSION_DENIED");

  const v1::Person existing = mustCreate(m_psmA, newPerson(kDesaA, 24));
  v1::Person change = existing;
  change.set_full_name("Viewer Change");
  EXPECT_EQ(update(viewer, change, {"full_name"}, &out).code(),
            grpc::StatusCode::PERMISSION_DENIED);
  // The viewer may read in its desa.
  EXPECT_TRUE(get(viewer, existing.name(), &out).ok());
}

TEST_F(PersonScopeTest, WriteIsNeededAtTheTargetDesa) {
  v1::Person out;
  const CallResult r = create(m_psmA, newPerson(kDesaB, 25), &out);
  EXPECT_EQ(r.code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(countRows("SELECT count(*) FROM core_persons WHERE nik = ?1", nikFor(25)), 0);

  // Moving a person needs write at both ends: the psm of desa A cannot hand one to desa B,
  // the tksk of the kecamatan can.
  const v1::Person mine = mustCreate(m_psmA, newPerson(kDesaA, 26));
  v1::Person move = mine;
  move.mutable_address()->set_wilayah_code(kDesaB);
  EXPECT_EQ(update(m_psmA, move, {"address.wilayah_code"}, &out).code(),
            grpc::StatusCode::PERMISSION_DENIED);
  ASSERT_TRUE(update(m_tksk, move, {"address.wilayah_code"}, &out).ok());
  EXPECT_EQ(out.address().wilayah_code(), kDesaB);
  EXPECT_EQ(get(m_psmA, mine.name(), &out).code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_TRUE(get(m_psmB, mine.name(), &out).ok());
}

TEST_F(PersonScopeTest, AKepalaDesaReadsFullNiksButCannotCreate) {
  // kepala_desa holds core.person.read and read_nik in its desa, but not write.
  const std::string kades = createUserAndLogin("kades_a", "kepala_desa", kDesaA);
  v1::Person out;
  EXPECT_EQ(create(kades, newPerson(kDesaA, 27), &out).code(), grpc::StatusCode::PERMISSION_DENIED);
  const v1::Person created = mustCreate(m_psmA, newPerson(kDesaA, 28));
  ASSERT_TRUE(get(kades, created.name(), &out).ok());
  EXPECT_FALSE(out.nik_masked()) << "kepala_desa holds read_nik in its desa";
}

TEST_F(PersonScopeTest, EveryMethodNeedsAToken) {
  v1::Person out;
  EXPECT_EQ(create("", newPerson(kDesaA, 29), &out).code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(get("", "persons/1", &out).code(), grpc::StatusCode::UNAUTHENTICATED);
  v1::Person change = newPerson(kDesaA, 29);
  change.set_name("persons/1");
  change.set_etag("x");
  EXPECT_EQ(update("", change, {"full_name"}, &out).code(), grpc::StatusCode::UNAUTHENTICATED);
  v1::ListPersonsResponse listed;
  EXPECT_EQ(list("", {}, 0, {}, &listed).code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(lookup("", nikFor(29), &out).code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(lookup("not-a-token", nikFor(29), &out).code(), grpc::StatusCode::UNAUTHENTICATED);
}

} // namespace
} // namespace simpul::testing
