#pragma once

#include "client/qt/client_session.h"
#include "client/qt/paged_list_model.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqml.h>

class QJSEngine;
class QQmlEngine;

namespace simpul::components {

// `Client` in QML: the session the host attached to this engine (attachSession), so pages
// and plugins write `Client.session.signedIn`, `Client.session.hasPermission(...)`.
class Client : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(simpul::client::ClientSession* session READ session CONSTANT)

public:
  explicit Client(client::ClientSession* session, QObject* parent = nullptr);
  static Client* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

  client::ClientSession* session() const;

private:
  QPointer<client::ClientSession> m_session;
};

// The core types QML sees through Client.session and the list models, made known to the
// engine by name (they cannot be created from QML).
struct ClientSessionForeign {
  Q_GADGET
  QML_FOREIGN(simpul::client::ClientSession)
  QML_NAMED_ELEMENT(ClientSession)
  QML_UNCREATABLE("ClientSession comes from Client.session")
};

struct PagedListModelForeign {
  Q_GADGET
  QML_FOREIGN(simpul::client::PagedListModel)
  QML_NAMED_ELEMENT(PagedListModel)
  QML_UNCREATABLE("PagedListModel is a base type; use WilayahListModel or a plugin's model")
};

} // namespace simpul::components
