#include "client/qt/paged_list_model.h"
#include "client_test_support.h"
#include "simpul/core/v1/wilayah_service.grpc.pb.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QSignalSpy>
#include <future>
#include <mutex>

namespace simpul::testing {
namespace {

namespace v1 = simpul::core::v1;
using client::Page;
using client::PagedListModel;
using client::PageRequest;

constexpr int kCode = Qt::UserRole + 1; // roles: name, code, displayName

// One page of WilayahService.ListChildren of `parent`, rows keyed by resource name.
grpc::Status listChildren(const std::string& parent, grpc::ClientContext& context,
                          const std::shared_ptr<grpc::Channel>& channel, const PageRequest& request,
                          Page* page) {
  v1::ListChildrenRequest rpc;
  rpc.set_parent_code(parent);
  rpc.set_page_size(request.pageSize);
  rpc.set_page_token(request.pageToken.toStdString());
  v1::ListChildrenResponse response;
  const grpc::Status status =
      v1::WilayahService::NewStub(channel)->ListChildren(&context, rpc, &response);
  for (const v1::Wilayah& w : response.wilayah()) {
    page->rows.append({{"name", QString::fromStdString(w.name())},
                       {"code", QString::fromStdString(w.code())},
                       {"displayName", QString::fromStdString(w.display_name())}});
  }
  page->nextPageToken = QString::fromStdString(response.next_page_token());
  return status;
}

PagedListModel::Fetcher childrenOf(const std::string& parent) {
  return [parent](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                  const PageRequest& request, Page* page) {
    return listChildren(parent, context, channel, request, page);
  };
}

class PagedListModelTest : public ClientQtTest {
protected:
  void SetUp() override {
    ClientQtTest::SetUp();
    ASSERT_TRUE(signIn("admin", kAdminPassword));
    model.setSession(session.get());
    model.setRoleNames({"name", "code", "displayName"});
    model.setPageSize(10);
  }

  // Waits for the request in flight to end (a page or an error).
  bool settle() {
    return waitFor([this] { return !model.loading(); });
  }

  QString codeAt(int row) { return model.data(model.index(row), kCode).toString(); }

  PagedListModel model;
};

TEST_F(PagedListModelTest, PagesArriveUntilTheListIsComplete) {
  model.setFetcher(childrenOf("32"));
  QSignalSpy loaded(&model, &PagedListModel::pageLoaded);
  model.reload();
  EXPECT_TRUE(model.loading());
  EXPECT_FALSE(model.canFetchMore({}));
  ASSERT_TRUE(waitFor([&] { return loaded.count() == 1; }));
  EXPECT_EQ(model.rowCount(), 10);
  EXPECT_EQ(model.count(), 10);
  EXPECT_FALSE(model.complete());
  EXPECT_TRUE(model.canFetchMore({}));

  int pages = 1;
  while (model.canFetchMore({}) && pages < 10) {
    model.fetchMore({});
    EXPECT_TRUE(model.loading());
    EXPECT_FALSE(model.canFetchMore({})); // one request at a time
    ++pages;
    ASSERT_TRUE(waitFor([&] { return loaded.count() == pages; }));
  }
  EXPECT_EQ(pages, 3);
  EXPECT_EQ(model.rowCount(), 27); // the kabupaten and kota of Jawa Barat
  EXPECT_TRUE(model.complete());
  EXPECT_FALSE(model.loading());
  EXPECT_TRUE(model.error().isEmpty());
  EXPECT_FALSE(model.canFetchMore({}));
  EXPECT_EQ(codeAt(0), "32.01");
  EXPECT_EQ(codeAt(26), "32.79");
  QSet<QString> codes;
  for (int row = 0; row < model.rowCount(); ++row) {
    codes.insert(codeAt(row));
  }
  EXPECT_EQ(codes.size(), 27);

  EXPECT_EQ(model.indexOfKey("wilayah/32.04"), 3);
  EXPECT_EQ(model.get(3).value("displayName").toString(), "Kabupaten Bandung");
  EXPECT_EQ(model.indexOfKey("wilayah/33.01"), -1);
}

TEST_F(PagedListModelTest, AReloadDropsTheAnswerToTheOldQuestion) {
  // The filter names the parent; Jawa Barat's answer is held back until released.
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  auto alive = std::make_shared<int>(0);
  std::weak_ptr<int> watch = alive;
  model.setFetcher([released, alive](grpc::ClientContext& context,
                                     const std::shared_ptr<grpc::Channel>& channel,
                                     const PageRequest& request, Page* page) {
    if (request.filter == "32") {
      released.wait();
    }
    return listChildren(request.filter.toStdString(), context, channel, request, page);
  });
  alive.reset();
  QSignalSpy loaded(&model, &PagedListModel::pageLoaded);
  model.setFilter("32");
  EXPECT_TRUE(model.loading());
  model.setFilter("33"); // Jawa Tengah, before Jawa Barat answered
  ASSERT_TRUE(waitFor([&] { return loaded.count() == 1; }));
  ASSERT_EQ(model.rowCount(), 10);
  EXPECT_TRUE(codeAt(0).startsWith("33.")) << codeAt(0).toStdString();

  release.set_value();
  // Only the model's own copy of the fetcher is left once the held-back task has finished,
  // which is after it queued its answer.
  ASSERT_TRUE(waitFor([&] { return watch.use_count() == 1; }));
  QCoreApplication::processEvents();
  QCoreApplication::sendPostedEvents();
  EXPECT_EQ(loaded.count(), 1);
  EXPECT_EQ(model.rowCount(), 10);
  for (int row = 0; row < model.rowCount(); ++row) {
    EXPECT_TRUE(codeAt(row).startsWith("33.")) << codeAt(row).toStdString();
  }
}

TEST_F(PagedListModelTest, AFailedPageIsAskedForAgainOnRetry) {
  model.setFetcher(childrenOf("32"));
  model.reload();
  ASSERT_TRUE(settle());
  ASSERT_EQ(model.rowCount(), 10);

  stopServer();
  QSignalSpy errorChanged(&model, &PagedListModel::errorChanged);
  model.fetchMore({});
  ASSERT_TRUE(settle());
  EXPECT_TRUE(model.error().startsWith("Server tidak dapat dihubungi"))
      << model.error().toStdString();
  EXPECT_GE(errorChanged.count(), 1);
  EXPECT_FALSE(model.canFetchMore({}));
  EXPECT_FALSE(model.complete());
  EXPECT_EQ(model.rowCount(), 10);

  restartServer();
  // The channel may wait out its reconnect backoff first; each retry fails fast until then.
  QDeadlineTimer deadline(30000);
  while (!model.error().isEmpty() && !deadline.hasExpired()) {
    QTest::qWait(100);
    model.retry();
    ASSERT_TRUE(settle());
  }
  ASSERT_TRUE(model.error().isEmpty()) << model.error().toStdString();
  EXPECT_EQ(model.rowCount(), 20);
  EXPECT_EQ(codeAt(10), "32.11"); // the page that failed, not the first again
  EXPECT_TRUE(model.canFetchMore({}));
}

TEST_F(PagedListModelTest, ARowSeenTwiceIsKeptOnceWithItsNewestContent) {
  std::mutex mutex;
  QList<PageRequest> requests;
  model.setRoleNames({"name", "value"});
  model.setFetcher([&](grpc::ClientContext&, const std::shared_ptr<grpc::Channel>&,
                       const PageRequest& request, Page* page) {
    {
      std::lock_guard lock(mutex);
      requests.append(request);
    }
    if (request.pageToken.isEmpty()) {
      page->rows = {{{"name", "a"}, {"value", "1"}},
                    {{"name", "b"}, {"value", "1"}},
                    {{"name", "c"}, {"value", "1"}}};
      page->nextPageToken = "p2";
    } else {
      page->rows = {{{"name", "c"}, {"value", "2"}},
                    {{"name", "d"}, {"value", "1"}},
                    {{"name", "d"}, {"value", "2"}}};
    }
    return grpc::Status::OK;
  });
  model.setFilter("f");
  ASSERT_TRUE(settle());
  QSignalSpy changed(&model, &PagedListModel::dataChanged);
  model.fetchMore({});
  ASSERT_TRUE(settle());
  ASSERT_EQ(model.rowCount(), 4);
  EXPECT_TRUE(model.complete());
  EXPECT_EQ(model.indexOfKey("c"), 2);
  EXPECT_EQ(model.get(2).value("value").toString(), "2");
  EXPECT_EQ(model.indexOfKey("d"), 3);
  EXPECT_EQ(model.get(3).value("value").toString(), "2");
  ASSERT_EQ(changed.count(), 1);
  EXPECT_EQ(changed.first().first().toModelIndex().row(), 2);
  {
    std::lock_guard lock(mutex);
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[0].pageToken, "");
    EXPECT_EQ(requests[1].pageToken, "p2");
    EXPECT_EQ(requests[1].pageSize, 10);
    EXPECT_EQ(requests[1].filter, "f");
  }

  EXPECT_TRUE(model.updateRow({{"name", "b"}, {"value", "edited"}}));
  EXPECT_EQ(changed.count(), 2);
  EXPECT_EQ(model.data(model.index(1), Qt::UserRole + 1).toString(), "edited");
  EXPECT_EQ(model.data(model.index(1), Qt::DisplayRole).toString(), "b");
  EXPECT_FALSE(model.updateRow({{"name", "zz"}, {"value", "x"}}));
  EXPECT_EQ(model.rowCount(), 4);
  EXPECT_TRUE(model.get(-1).isEmpty());
  EXPECT_TRUE(model.get(4).isEmpty());
  const QHash<int, QByteArray> roles = model.roleNames();
  EXPECT_EQ(roles.value(Qt::UserRole), "name");
  EXPECT_EQ(roles.value(Qt::UserRole + 1), "value");

  // A new order starts again from the first page and passes the order on.
  model.setOrderBy("value desc");
  EXPECT_EQ(model.rowCount(), 0);
  EXPECT_FALSE(model.complete());
  ASSERT_TRUE(settle());
  EXPECT_EQ(model.rowCount(), 3);
  std::lock_guard lock(mutex);
  ASSERT_EQ(requests.size(), 3);
  EXPECT_EQ(requests[2].pageToken, "");
  EXPECT_EQ(requests[2].orderBy, "value desc");
}

TEST_F(PagedListModelTest, NothingIsFetchedWithoutASessionOrAFetcher) {
  EXPECT_FALSE(model.canFetchMore({})); // no fetcher yet
  model.reload();
  EXPECT_FALSE(model.loading());
  PagedListModel alone;
  alone.setFetcher(childrenOf("32"));
  EXPECT_FALSE(alone.canFetchMore({}));
  alone.reload();
  EXPECT_FALSE(alone.loading());
  model.setFetcher(childrenOf("32"));
  EXPECT_TRUE(model.canFetchMore({}));
}

TEST_F(PagedListModelTest, AModelDeletedWithAPageInFlightIsLeftAlone) {
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  auto alive = std::make_shared<int>(0);
  std::weak_ptr<int> watch = alive;
  auto doomed = std::make_unique<PagedListModel>();
  doomed->setSession(session.get());
  doomed->setRoleNames({"name"});
  doomed->setFetcher(
      [released, alive = std::move(alive)](grpc::ClientContext& context,
                                           const std::shared_ptr<grpc::Channel>& channel,
                                           const PageRequest& request, Page* page) {
        released.wait();
        return listChildren("32", context, channel, request, page);
      });
  bool answered = false;
  QObject::connect(doomed.get(), &PagedListModel::pageLoaded, [&answered] { answered = true; });
  doomed->reload();
  doomed.reset();
  release.set_value();
  ASSERT_TRUE(waitFor([&] { return watch.expired(); }));
  QCoreApplication::processEvents();
  QCoreApplication::sendPostedEvents();
  EXPECT_FALSE(answered);
}

} // namespace
} // namespace simpul::testing
