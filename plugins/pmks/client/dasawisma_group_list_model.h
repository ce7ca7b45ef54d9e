#pragma once

// DasawismaGroupListModel: the Dasawisma groups of a wilayah for the Dasawisma page.

#include "session_list_model.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace simpul::pmks::ui {

// The Dasawisma groups within the signed-in user's scope of pmks.dasawisma.read
// (DasawismaService.ListGroups), in the order they were made, a page at a time; `wilayahCode`
// narrows the list to a wilayah and below and reloads it. Roles: groupRoleNames() in
// dasawisma_fields.h (reportCount is the server's DasawismaGroup.report_count).
// Session, sign-in and `active`: SessionListModel.
class DasawismaGroupListModel : public SessionListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString wilayahCode READ wilayahCode WRITE setWilayahCode NOTIFY filtersChanged)

public:
  explicit DasawismaGroupListModel(QObject* parent = nullptr);
  ~DasawismaGroupListModel() override;

  QString wilayahCode() const { return m_wilayahCode; }
  void setWilayahCode(const QString& code) { updateFilter(m_wilayahCode, code); }

protected:
  Fetcher liveFetcher() const override;

private:
  QString m_wilayahCode;
};

} // namespace simpul::pmks::ui
