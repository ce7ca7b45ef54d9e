#pragma once

// DasawismaGroupListModel: the Dasawisma groups of a wilayah for the Dasawisma page.

#include "client/qt/paged_list_model.h"

#include <QMetaObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace simpul::pmks::ui {

// The Dasawisma groups within the signed-in user's scope of pmks.dasawisma.read
// (DasawismaService.ListGroups), in the order they were made, a page at a time; `wilayahCode`
// narrows the list to a wilayah and below and reloads it. Roles: groupRoleNames() in
// dasawisma_fields.h. A group's reportCount is counted with ListReports for every group of a
// page while the page is fetched (the group message carries no count; a group has at most one
// report per month), so a page arrives with its counts, never half-filled.
//
// In QML the session is the engine's (Simpul.Components attachSession); the list loads once
// the component is complete and again whenever the user signs in or out.
class DasawismaGroupListModel : public simpul::client::PagedListModel, public QQmlParserStatus {
  Q_OBJECT
  Q_INTERFACES(QQmlParserStatus)
  QML_ELEMENT
  Q_PROPERTY(QString wilayahCode READ wilayahCode WRITE setWilayahCode NOTIFY filtersChanged)
  // While false the model is empty and makes no calls (a page not shown yet).
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY filtersChanged)

public:
  explicit DasawismaGroupListModel(QObject* parent = nullptr);
  ~DasawismaGroupListModel() override;

  // For use from C++ (QML finds the session itself).
  void attach(simpul::client::ClientSession* session);

  QString wilayahCode() const { return m_wilayahCode; }
  void setWilayahCode(const QString& code);
  bool active() const { return m_active; }
  void setActive(bool active);

  void classBegin() override;
  void componentComplete() override;

signals:
  void filtersChanged();

private:
  void refresh();

  QString m_wilayahCode;
  bool m_active = true;
  bool m_complete = true; // false from classBegin() until componentComplete()
  QMetaObject::Connection m_signedInConnection;
};

} // namespace simpul::pmks::ui
