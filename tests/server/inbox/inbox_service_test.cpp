// InboxService against a real simpul-data (ServerFixture), with items posted straight into
// the database file the way a plugin's transaction posts them.
#include "server/inbox/inbox_store.h"
#include "server_fixture.h"
#include "simpul/core/v1/inbox.grpc.pb.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace simpul::server {
namespace {

namespace v1 = ::simpul::core::v1;
using namespace std::chrono_literals;

constexpr const char* kKecamatanA = "32.04.12";
constexpr const char* kDesaA = "32.04.12.2003";
constexpr const char* kDesaB = "32.04.13.2001"; // kecamatan B: 32.04.13

class InboxServiceTest : public testing::ServerFixture {
protected:
  void post(const std::string& resource, const std::string& permission,
            const std::string& wilayah) {
    InboxPost item;
    item.module = "core";
    item.kind = "test.item";
    item.resource = resource;
    item.permission = permission;
    item.wilayahCode = wilayah;
    item.titleId = "Periksa " + resource;
    item.titleEn = "Check " + resource;
    item.due = now() + 72h;
    storage::Database db = storage::Database::open(dbPath());
    storage::Transaction tx(db);
    postInbox(db, item, now());
    tx.commit();
    advanceClock(1s);
  }

  void close(const std::string& resource) {
    storage::Database db = storage::Database::open(dbPath());
    storage::Transaction tx(db);
    closeInbox(db, "core", "test.item", resource, now());
    tx.commit();
  }

  grpc::Status list(const std::string& token, const v1::ListInboxItemsRequest& request,
                    v1::ListInboxItemsResponse* response) {
    auto stub = v1::InboxService::NewStub(channel());
    auto ctx = context(token);
    return stub->ListInboxItems(ctx.get(), request, response);
  }

  // The resources of every item the caller sees, in order, following next_page_token.
  std::vector<std::string> listAll(const std::string& token, int pageSize = 0) {
    std::vector<std::string> out;
    v1::ListInboxItemsRequest request;
    request.set_page_size(pageSize);
    for (int pages = 0; pages < 100; ++pages) {
      v1::ListInboxItemsResponse response;
      const grpc::Status status = list(token, request, &response);
      EXPECT_TRUE(status.ok()) << status.error_message();
      for (const v1::InboxItem& item : response.items()) {
        out.push_back(item.resource());
      }
      if (!status.ok() || response.next_page_token().empty()) {
        break;
      }
      request.set_page_token(response.next_page_token());
    }
    return out;
  }

  // Items for two permissions in two kecamatan, one without wilayah and one closed.
  void postMix() {
    post("persons/a1", "core.person.write", kDesaA);
    post("persons/b1", "core.person.write", kDesaB);
    post("users/a", "core.user.manage", kDesaA);
    post("persons/a2", "core.person.read", kKecamatanA);
    post("persons/none", "core.person.write", "");
    post("persons/a3", "core.person.write", kDesaA);
    close("persons/a3");
  }
};

TEST_F(InboxServiceTest, ShowsItemsForPermissionsHeldAtTheItemsWilayah) {
  postMix();
  const std::string tksk = createUserAndLogin("tksk.a", "tksk", kKecamatanA);
  // tksk holds core.person.{read,write} but not core.user.manage; only within kecamatan A.
  EXPECT_EQ(listAll(tksk), (std::vector<std::string>{"persons/a1", "persons/a2"}));

  const std::string tkskB = createUserAndLogin("tksk.b", "tksk", "32.04.13");
  EXPECT_EQ(listAll(tkskB), (std::vector<std::string>{"persons/b1"}));

  const std::string psm = createUserAndLogin("psm.a", "psm", kDesaA);
  // A desa-bound psm does not see the kecamatan-level item: it is above its wilayah.
  EXPECT_EQ(listAll(psm), (std::vector<std::string>{"persons/a1"}));

  EXPECT_EQ(listAll(adminToken()), (std::vector<std::string>{"persons/a1", "persons/b1", "users/a",
                                                             "persons/a2", "persons/none"}));
}

TEST_F(InboxServiceTest, ItemCarriesItsFields) {
  post("persons/a1", "core.person.write", kDesaA);
  const std::string tksk = createUserAndLogin("tksk.a", "tksk", kKecamatanA);
  v1::ListInboxItemsResponse response;
  ASSERT_TRUE(list(tksk, {}, &response).ok());
  ASSERT_EQ(response.items_size(), 1);
  const v1::InboxItem& item = response.items(0);
  EXPECT_TRUE(item.name().starts_with("inbox/"));
  EXPECT_EQ(item.module(), "core");
  EXPECT_EQ(item.kind(), "test.item");
  EXPECT_EQ(item.title_id(), "Periksa persons/a1");
  EXPECT_EQ(item.title_en(), "Check persons/a1");
  EXPECT_EQ(item.wilayah_code(), kDesaA);
  EXPECT_EQ(item.permission(), "core.person.write");
  EXPECT_TRUE(item.has_create_time());
  EXPECT_TRUE(item.has_due_time());
  EXPECT_GT(item.due_time().seconds(), item.create_time().seconds());
  EXPECT_TRUE(response.next_page_token().empty());
}

TEST_F(InboxServiceTest, OldestFirstInKeysetPagesAndReopenedItemsComeBack) {
  for (int i = 0; i < 5; ++i) {
    post("persons/" + std::to_string(i), "core.person.write", kDesaA);
  }
  const std::string tksk = createUserAndLogin("tksk.a", "tksk", kKecamatanA);
  EXPECT_EQ(listAll(tksk, 2), (std::vector<std::string>{"persons/0", "persons/1", "persons/2",
                                                        "persons/3", "persons/4"}));
  close("persons/2");
  EXPECT_EQ(listAll(tksk, 2),
            (std::vector<std::string>{"persons/0", "persons/1", "persons/3", "persons/4"}));
  post("persons/2", "core.person.write", kDesaA);
  EXPECT_EQ(listAll(tksk).size(), 5u);

  v1::ListInboxItemsRequest bad;
  bad.set_page_token("bm90LWEtdG9rZW4");
  v1::ListInboxItemsResponse response;
  EXPECT_EQ(list(tksk, bad, &response).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  bad.Clear();
  bad.set_page_size(-3);
  EXPECT_EQ(list(tksk, bad, &response).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
}

TEST_F(InboxServiceTest, NeedsAToken) {
  v1::ListInboxItemsResponse response;
  EXPECT_EQ(list("", {}, &response).error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(list("bogus", {}, &response).error_code(), grpc::StatusCode::UNAUTHENTICATED);
}

} // namespace
} // namespace simpul::server
