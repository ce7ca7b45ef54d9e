#include "wilayah_list_model.h"

#include "client/qt/client_session.h"
#include "session_registry.h"
#include "simpul/core/v1/wilayah_service.grpc.pb.h"
#include "wilayah_rows.h"

#include <QCollator>
#include <algorithm>

namespace simpul::components {

namespace v1 = simpul::core::v1;

namespace {

// Above the largest number of children any wilayah has, and ListChildren's maximum.
constexpr int kWholeListPageSize = 1000;

struct Order {
  QString role; // empty: code order as delivered
  bool descending = false;
  bool valid = true;
};

Order parseOrder(const QString& orderBy) {
  Order order;
  const QStringList parts = orderBy.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
  if (parts.isEmpty()) {
    return order;
  }
  const QString key = parts.at(0);
  if (key == QLatin1String("code") || key == QLatin1String("name")) {
    order.role = QStringLiteral("code");
  } else if (key == QLatin1String("displayName") || key == QLatin1String("display_name")) {
    order.role = QStringLiteral("displayName");
  } else {
    order.valid = false;
  }
  if (parts.size() > 2 || (parts.size() == 2 && parts.at(1) != QLatin1String("desc") &&
                           parts.at(1) != QLatin1String("asc"))) {
    order.valid = false;
  }
  order.descending = parts.size() == 2 && parts.at(1) == QLatin1String("desc");
  return order;
}

client::PagedListModel::Fetcher makeFetcher(const QString& parentCode, bool live) {
  if (!live) {
    return [](grpc::ClientContext&, const std::shared_ptr<grpc::Channel>&,
              const client::PageRequest&, client::Page* page) {
      page->rows.clear();
      page->nextPageToken.clear();
      return grpc::Status::OK;
    };
  }
  const std::string parent = parentCode.toStdString();
  return [parent](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                  const client::PageRequest& request, client::Page* page) {
    const QString filter = request.filter.trimmed();
    const Order order = parseOrder(request.orderBy);
    if (!order.valid) {
      return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                          "order_by: only code and displayName can be sorted");
    }
    const bool wholeList = !filter.isEmpty() || !order.role.isEmpty();

    v1::ListChildrenRequest rpc;
    rpc.set_parent_code(parent);
    if (wholeList) {
      rpc.set_page_size(kWholeListPageSize);
    } else {
      rpc.set_page_size(request.pageSize);
      rpc.set_page_token(request.pageToken.toStdString());
    }
    v1::ListChildrenResponse response;
    const grpc::Status status =
        v1::WilayahService::NewStub(channel)->ListChildren(&context, rpc, &response);
    if (!status.ok()) {
      return status;
    }
    page->rows.clear();
    for (const v1::Wilayah& wilayah : response.wilayah()) {
      QVariantMap row = wilayahRow(wilayah);
      if (!filter.isEmpty() && !row.value(QStringLiteral("displayName"))
                                    .toString()
                                    .contains(filter, Qt::CaseInsensitive)) {
        continue;
      }
      page->rows.append(std::move(row));
    }
    if (!order.role.isEmpty()) {
      QCollator collator{QLocale(QLocale::Indonesian, QLocale::Indonesia)};
      collator.setCaseSensitivity(Qt::CaseInsensitive);
      collator.setNumericMode(true);
      std::stable_sort(
          page->rows.begin(), page->rows.end(), [&](const QVariantMap& a, const QVariantMap& b) {
            const int c =
                collator.compare(a.value(order.role).toString(), b.value(order.role).toString());
            return order.descending ? c > 0 : c < 0;
          });
    }
    page->nextPageToken =
        wholeList ? QString() : QString::fromStdString(response.next_page_token());
    return grpc::Status::OK;
  };
}

} // namespace

WilayahListModel::WilayahListModel(QObject* parent) : client::PagedListModel(parent) {
  setRoleNames(wilayahRoleNames());
  setKeyRole(QStringLiteral("name"));
  setFetcher(makeFetcher(QString(), false));
}

WilayahListModel::~WilayahListModel() = default;

void WilayahListModel::attach(client::ClientSession* session) {
  if (session == this->session() && m_signedInConnection) {
    return;
  }
  QObject::disconnect(m_signedInConnection);
  setSession(session);
  if (session != nullptr) {
    m_signedInConnection =
        connect(session, &client::ClientSession::signedInChanged, this, &WilayahListModel::refresh);
  }
  refresh();
}

QString WilayahListModel::parentCode() const {
  return m_parentCode;
}

void WilayahListModel::setParentCode(const QString& code) {
  if (code == m_parentCode) {
    return;
  }
  m_parentCode = code;
  emit parentCodeChanged();
  refresh();
}

bool WilayahListModel::active() const {
  return m_active;
}

void WilayahListModel::setActive(bool active) {
  if (active == m_active) {
    return;
  }
  m_active = active;
  emit activeChanged();
  refresh();
}

void WilayahListModel::classBegin() {
  m_complete = false;
}

void WilayahListModel::componentComplete() {
  m_complete = true;
  attach(sessionFor(this));
}

void WilayahListModel::refresh() {
  if (!m_complete) {
    return;
  }
  const client::ClientSession* s = session();
  const bool live = m_active && s != nullptr && s->signedIn();
  setFetcher(makeFetcher(m_parentCode, live));
  reload();
}

} // namespace simpul::components
