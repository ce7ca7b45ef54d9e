#pragma once

#include <QObject>
#include <atomic>
#include <memory>

namespace simpul::client {
class ClientSession;
class PagedListModel;
} // namespace simpul::client

namespace simpul::app {

// What the inbox fetcher (on a pool thread) reads of the GUI's state.
struct InboxShared {
  // Signed out: pages come back empty without a call, which is how the list is cleared.
  std::atomic<bool> signedIn{false};
  std::atomic<bool> english{false}; // title_en instead of title_id
};

// App.inbox: InboxService.ListInboxItems as a PagedListModel with the roles name, module,
// kind, title, resource, wilayahCode, createTime and dueTime (ISO 8601, "" when unset).
client::PagedListModel* makeInboxModel(client::ClientSession* session,
                                       std::shared_ptr<InboxShared> shared, QObject* parent);

// How many open items the signed-in user has, counting every page; runs on the session's
// pool and calls `done` on the receiver's thread (-1 when the call failed).
void countInboxItems(client::ClientSession* session, const QObject* receiver,
                     std::function<void(int count)> done);

} // namespace simpul::app
