#pragma once

// DasawismaReportListModel: the monthly reports of one Dasawisma group.

#include "client/qt/paged_list_model.h"

#include <QMetaObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace simpul::pmks::ui {

// The reports of the group `group` ("pmks/dasawisma-groups/{id}") within the user's scope
// (DasawismaService.ListReports), newest first, a page at a time. Empty (and no calls) while
// `group` is "" or `active` is false. Roles: reportRoleNames() in dasawisma_fields.h.
class DasawismaReportListModel : public simpul::client::PagedListModel, public QQmlParserStatus {
  Q_OBJECT
  Q_INTERFACES(QQmlParserStatus)
  QML_ELEMENT
  Q_PROPERTY(QString group READ group WRITE setGroup NOTIFY filtersChanged)
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY filtersChanged)

public:
  explicit DasawismaReportListModel(QObject* parent = nullptr);
  ~DasawismaReportListModel() override;

  void attach(simpul::client::ClientSession* session);

  QString group() const { return m_group; }
  void setGroup(const QString& group);
  bool active() const { return m_active; }
  void setActive(bool active);

  void classBegin() override;
  void componentComplete() override;

signals:
  void filtersChanged();

private:
  void refresh();

  QString m_group;
  bool m_active = true;
  bool m_complete = true;
  QMetaObject::Connection m_signedInConnection;
};

} // namespace simpul::pmks::ui
