#pragma once

// DasawismaReportListModel: the monthly reports of one Dasawisma group.

#include "session_list_model.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace simpul::pmks::ui {

// The reports of the group `group` ("pmks/dasawisma-groups/{id}") within the user's scope
// (DasawismaService.ListReports), newest first, a page at a time. Empty (and no calls) while
// `group` is "" or `active` is false. Roles: reportRoleNames() in dasawisma_fields.h.
class DasawismaReportListModel : public SessionListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString group READ group WRITE setGroup NOTIFY filtersChanged)

public:
  explicit DasawismaReportListModel(QObject* parent = nullptr);
  ~DasawismaReportListModel() override;

  QString group() const { return m_group; }
  void setGroup(const QString& group) { updateFilter(m_group, group); }

protected:
  Fetcher liveFetcher() const override;

private:
  QString m_group;
};

} // namespace simpul::pmks::ui
