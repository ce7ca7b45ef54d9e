// SessionListModel: the session, sign-in and filter plumbing of the plugin's lists.

#include "session_list_model.h"

#include "client/qt/client_session.h"
#include "session_registry.h"

namespace simpul::pmks::ui {

using simpul::client::Page;
using simpul::client::PageRequest;

// Nothing to show: not signed in, or the list is not active.
simpul::client::PagedListModel::Fetcher SessionListModel::emptyFetcher() {
  return [](grpc::ClientContext&, const std::shared_ptr<grpc::Channel>&, const PageRequest&,
            Page* page) {
    page->rows.clear();
    page->nextPageToken.clear();
    return grpc::Status::OK;
  };
}

SessionListModel::SessionListModel(QObject* parent) : simpul::client::PagedListModel(parent) {
  setFetcher(emptyFetcher());
}

SessionListModel::~SessionListModel() = default;

void SessionListModel::attach(simpul::client::ClientSession* session) {
  if (session == this->session() && m_signedInConnection) {
    return;
  }
  QObject::disconnect(m_signedInConnection);
  setSession(session);
  if (session != nullptr) {
    m_signedInConnection = connect(session, &simpul::client::ClientSession::signedInChanged, this,
                                   &SessionListModel::refresh);
  }
  refresh();
}

void SessionListModel::classBegin() {
  m_complete = false;
}

void SessionListModel::componentComplete() {
  m_complete = true;
  attach(simpul::components::sessionFor(this));
}

void SessionListModel::refresh() {
  if (!m_complete) {
    return;
  }
  const simpul::client::ClientSession* s = session();
  const bool live = m_active && s != nullptr && s->signedIn();
  setFetcher(live ? liveFetcher() : emptyFetcher());
  reload();
}

} // namespace simpul::pmks::ui
