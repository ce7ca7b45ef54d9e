// No leak paths: records, persons, Dasawisma groups and reports, audit entries and inbox
// items seeded in four desa (two in kecamatan Cileunyi, one in another kecamatan of
// Kabupaten Bandung, one in Garut), normal and sensitive; then every scoped default role
// lists, searches, counts, recaps and exports, and nothing outside its scope (or of a
// sensitive type it may not read) may come back: no row, no id, no count.
#include "security_fixture.h"
#include "simpul/core/v1/audit.grpc.pb.h"
#include "simpul/core/v1/inbox.grpc.pb.h"
#include "simpul/pmks/v1/export.grpc.pb.h"

#include <algorithm>
#include <set>

namespace simpul::testing {
namespace {

namespace core = simpul::core::v1;
namespace v1 = simpul::pmks::v1;

constexpr const char* kOtherKecamatanDesa = "32.04.06.1001"; // Padasuka, Cimenyan

bool within(const std::string& code, const std::string& scope) {
  return code == scope || code.rfind(scope + ".", 0) == 0;
}

struct Seeded {
  std::string name;
  std::string desa;
  std::string nik;
  bool sensitive = false;
};

class SecurityLeaks : public SecurityFixture {
protected:
  void ListsSearchesAndLookupsStayInScope();
  void PersonsGroupsAndReportsStayInScope();
  void RecapTotalsEqualTheInScopeCount();
  void ExportsHoldOnlyInScopeRows();
  void AuditEntriesOfOtherWilayahAreAbsent();
  void InboxItemsAreOnlyWhatTheCallerMayOpen();

  void SetUp() override {
    SecurityFixture::SetUp();
    int serial = 0;
    for (const char* desa : {kDesa, kOtherDesa, kOtherKecamatanDesa, kOutDesa}) {
      const std::string kecamatan = std::string(desa).substr(0, 8);
      for (int type : {11, 12, 16}) {
        const std::string nik = nikFor(kecamatan, 1981, 2, 3, false, ++serial);
        v1::Record record = recordFor(type, nik, desa);
        record.mutable_subject()->set_full_name("Warga Rahasia " + std::to_string(serial));
        const v1::Record made = mustCreate(admin(), record);
        transition("Submit", made.name()); // posts "verify" to the desa's inbox
        m_records.push_back({made.name(), desa, nik, type == 16});
      }
      m_groups.push_back({seedGroupIn(desa, kecamatan).name(), desa, "", false});
    }
  }

  // The records `role` may read: within its binding, and sensitive only for dinsos.
  std::set<std::string> readable(const std::string& role, const std::string& scope) const {
    std::set<std::string> out;
    for (const auto& r : m_records) {
      if (within(r.desa, scope) && (!r.sensitive || role == "dinsos")) {
        out.insert(r.name);
      }
    }
    return out;
  }
  std::int64_t countWithin(const std::string& scope) const {
    std::int64_t n = 0;
    for (const auto& r : m_records) {
      n += within(r.desa, scope) ? 1 : 0;
    }
    return n;
  }

  std::vector<Seeded> m_records;
  std::vector<Seeded> m_groups;
};

void SecurityLeaks::ListsSearchesAndLookupsStayInScope() {
  for (const auto& [role, scope] : scopedRoles()) {
    SCOPED_TRACE(role);
    const std::string& token = roleToken(role);
    const bool readsRecords = role != "viewer" && role != "ipsm_pengurus";
    // Every list of records, plain, by name, by a wilayah outside, and by each NIK.
    std::vector<std::string> names;
    const grpc::Status status = listRecords(token, {}, &names);
    if (!readsRecords) {
      EXPECT_TRUE(!status.ok() || names.empty());
      continue;
    }
    ASSERT_TRUE(status.ok()) << status.error_message();
    EXPECT_EQ(std::set<std::string>(names.begin(), names.end()), readable(role, scope));
    v1::RecordFilter byName;
    byName.set_query("rahasia");
    names.clear();
    ASSERT_TRUE(listRecords(token, byName, &names).ok());
    EXPECT_EQ(std::set<std::string>(names.begin(), names.end()), readable(role, scope));
    v1::RecordFilter outside;
    outside.set_wilayah_code(kOutDesa);
    names.clear();
    listRecords(token, outside, &names);
    EXPECT_TRUE(names.empty());
    for (const auto& r : m_records) {
      v1::RecordFilter byNik;
      byNik.set_query(r.nik);
      names.clear();
      listRecords(token, byNik, &names);
      EXPECT_EQ(names.size(), readable(role, scope).count(r.name)) << r.name;
      // The registry: a person outside the scope is NOT_FOUND by NIK.
      core::LookupPersonByNikRequest lookup;
      lookup.set_nik(r.nik);
      core::Person person;
      auto ctx = contextFor(token);
      const grpc::Status found =
          core::PersonService::NewStub(chan())->LookupPersonByNik(ctx.get(), lookup, &person);
      EXPECT_EQ(found.ok(), within(r.desa, scope)) << "lookup of a person of " << r.desa;
    }
  }
}

void SecurityLeaks::PersonsGroupsAndReportsStayInScope() {
  for (const auto& [role, scope] : scopedRoles()) {
    SCOPED_TRACE(role);
    const std::string& token = roleToken(role);
    core::ListPersonsRequest request;
    request.set_page_size(500);
    core::ListPersonsResponse persons;
    auto ctx = contextFor(token);
    ASSERT_TRUE(
        core::PersonService::NewStub(chan())->ListPersons(ctx.get(), request, &persons).ok());
    EXPECT_FALSE(persons.persons().empty());
    for (const auto& p : persons.persons()) {
      EXPECT_TRUE(within(p.address().wilayah_code(), scope)) << p.name();
    }
    // Dasawisma groups (those who read them: not viewer or ipsm_pengurus).
    v1::ListGroupsRequest groupsRequest;
    groupsRequest.set_page_size(500);
    v1::ListGroupsResponse groups;
    auto gctx = contextFor(token);
    const grpc::Status listed =
        v1::DasawismaService::NewStub(chan())->ListGroups(gctx.get(), groupsRequest, &groups);
    std::set<std::string> seen;
    for (const auto& g : groups.groups()) {
      EXPECT_TRUE(within(g.location().wilayah_code(), scope)) << g.name();
      seen.insert(g.name());
    }
    std::set<std::string> expected;
    for (const auto& g : m_groups) {
      if (within(g.desa, scope) && role != "viewer" && role != "ipsm_pengurus") {
        expected.insert(g.name);
      }
    }
    EXPECT_TRUE(!listed.ok() || seen == expected) << groups.groups_size();
    // Each group outside the scope is NOT_FOUND by name.
    for (const auto& g : m_groups) {
      v1::GetGroupRequest get;
      get.set_name(g.name);
      v1::DasawismaGroup out;
      auto c = contextFor(token);
      const grpc::Status got = v1::DasawismaService::NewStub(chan())->GetGroup(c.get(), get, &out);
      EXPECT_EQ(got.ok(), expected.count(g.name) == 1) << g.name;
    }
  }
}

void SecurityLeaks::RecapTotalsEqualTheInScopeCount() {
  for (const auto& [role, scope] : scopedRoles()) {
    SCOPED_TRACE(role);
    v1::GetRecapRequest request;
    request.set_wilayah_code(scope);
    request.set_period("2025");
    request.set_all_statuses(true);
    // One row per desa below a wider binding; a desa's own totals for a desa binding.
    request.set_level(scope.size() > 8 ? v1::RECAP_LEVEL_UNSPECIFIED : v1::RECAP_LEVEL_DESA);
    v1::GetRecapResponse recap;
    auto ctx = contextFor(roleToken(role));
    ASSERT_TRUE(stub()->GetRecap(ctx.get(), request, &recap).ok());
    std::int64_t total = 0;
    for (const auto& row : recap.rows()) {
      EXPECT_TRUE(within(row.wilayah_code(), scope)) << row.wilayah_code();
      total += row.total();
    }
    EXPECT_EQ(total, countWithin(scope));
    // Wider than the binding, or elsewhere: refused, never a count.
    for (const std::string& other : {std::string(kProvinsi), std::string(kOutDesa)}) {
      request.set_wilayah_code(other);
      auto again = contextFor(roleToken(role));
      EXPECT_EQ(stub()->GetRecap(again.get(), request, &recap).error_code(),
                grpc::StatusCode::PERMISSION_DENIED)
          << other;
    }
  }
}

void SecurityLeaks::ExportsHoldOnlyInScopeRows() {
  auto ctx = contextFor(roleToken("dinsos"));
  auto reader =
      v1::PmksExportService::NewStub(chan())->ExportRecords(ctx.get(), v1::ExportRecordsRequest{});
  std::set<std::string> names;
  v1::Record row;
  while (reader->Read(&row)) {
    EXPECT_TRUE(within(row.location().wilayah_code(), kKabupaten)) << row.name();
    names.insert(row.name());
  }
  ASSERT_TRUE(reader->Finish().ok());
  EXPECT_EQ(names, readable("dinsos", kKabupaten));
}

void SecurityLeaks::AuditEntriesOfOtherWilayahAreAbsent() {
  for (const auto& [role, scope] : scopedRoles()) {
    SCOPED_TRACE(role);
    core::ListAuditEntriesRequest request;
    request.set_page_size(500);
    bool any = false;
    for (;;) {
      core::ListAuditEntriesResponse page;
      auto ctx = contextFor(roleToken(role));
      const grpc::Status status =
          core::AuditService::NewStub(chan())->ListAuditEntries(ctx.get(), request, &page);
      if (!status.ok()) {
        EXPECT_EQ(status.error_code(), grpc::StatusCode::PERMISSION_DENIED);
        break;
      }
      for (const auto& e : page.entries()) {
        any = true;
        EXPECT_TRUE(within(e.wilayah_code(), scope))
            << e.method() << " " << e.resource() << " at '" << e.wilayah_code() << "'";
      }
      if (page.next_page_token().empty()) {
        EXPECT_TRUE(any) << "the in-scope records are audited";
        break;
      }
      request.set_page_token(page.next_page_token());
    }
  }
}

void SecurityLeaks::InboxItemsAreOnlyWhatTheCallerMayOpen() {
  // An item names a record and its type ("Verifikasi data PMKS: Orang dengan HIV/AIDS di
  // ..."): one the caller cannot open tells it that such a record exists.
  for (const auto& [role, scope] : scopedRoles()) {
    SCOPED_TRACE(role);
    core::ListInboxItemsRequest request;
    request.set_page_size(500);
    core::ListInboxItemsResponse items;
    auto ctx = contextFor(roleToken(role));
    ASSERT_TRUE(
        core::InboxService::NewStub(chan())->ListInboxItems(ctx.get(), request, &items).ok());
    for (const auto& item : items.items()) {
      EXPECT_TRUE(within(item.wilayah_code(), scope)) << item.resource();
      EXPECT_EQ(readable(role, scope).count(item.resource()), 1u)
          << role << " is told of " << item.resource() << ": " << item.title_en();
    }
    if (role == "kepala_desa") {
      EXPECT_EQ(items.items_size(), 2) << "the two normal submitted records of its desa";
    }
  }
}

// One server per process is the costly part: the checks share one.
TEST_F(SecurityLeaks, EveryReadPathStaysInScope) {
  {
    SCOPED_TRACE("ListsSearchesAndLookupsStayInScope");
    ListsSearchesAndLookupsStayInScope();
  }
  {
    SCOPED_TRACE("PersonsGroupsAndReportsStayInScope");
    PersonsGroupsAndReportsStayInScope();
  }
  {
    SCOPED_TRACE("RecapTotalsEqualTheInScopeCount");
    RecapTotalsEqualTheInScopeCount();
  }
  {
    SCOPED_TRACE("ExportsHoldOnlyInScopeRows");
    ExportsHoldOnlyInScopeRows();
  }
  {
    SCOPED_TRACE("AuditEntriesOfOtherWilayahAreAbsent");
    AuditEntriesOfOtherWilayahAreAbsent();
  }
  {
    SCOPED_TRACE("InboxItemsAreOnlyWhatTheCallerMayOpen");
    InboxItemsAreOnlyWhatTheCallerMayOpen();
  }
}

// The attachment path. A record's photos are listed only with the record (scoped, above), and
// a caller who learns a photo's SHA-256 name elsewhere still cannot download it: core asks the
// plugin holding the record whether the caller sees it (Host::addAttachmentAccess).
TEST_F(SecurityLeaks, PhotosOfOutOfScopeRecordsAreNotDownloadable) {
  grpc::Status uploaded;
  const std::string photo = upload(admin(), "foto rumah di Garut", &uploaded);
  ASSERT_TRUE(uploaded.ok());
  seedRecordWithAttachment(Target{false, false}, photo);
  core::DownloadAttachmentRequest request;
  request.set_name(photo);
  auto ctx = contextFor(roleToken("psm"));
  auto reader = core::AttachmentService::NewStub(chan())->DownloadAttachment(ctx.get(), request);
  core::DownloadAttachmentResponse part;
  int parts = 0;
  while (reader->Read(&part)) {
    ++parts;
  }
  EXPECT_EQ(reader->Finish().error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(parts, 0);
}

// The duplicate check is an oracle. CreateRecord refuses a second record of the same NIK,
// type and period anywhere with ALREADY_EXISTS (pmks_service.proto), and ImportRecords counts
// such a row as existing: a PSM who knows a NIK learns whether that person is recorded as
// Orang dengan HIV/AIDS (type 16) in another kabupaten, though it may never read that record.
// Disabled: the fix is a product decision (reported); run with --gtest_also_run_disabled_tests.
TEST_F(SecurityLeaks, DISABLED_DuplicateChecksDoNotRevealSensitiveRecordsElsewhere) {
  const Seeded& elsewhere = *std::find_if(m_records.begin(), m_records.end(), [](const Seeded& r) {
    return r.sensitive && r.desa == SecurityFixture::kOutDesa;
  });
  const grpc::Status status = create(roleToken("psm"), recordFor(16, elsewhere.nik, kDesa));
  EXPECT_NE(status.error_code(), grpc::StatusCode::ALREADY_EXISTS);
}

} // namespace
} // namespace simpul::testing
