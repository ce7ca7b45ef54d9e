#pragma once

#include "client/qt/paged_list_model.h"

#include <QMetaObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace simpul::pmks::ui {

// PMKS records within the signed-in user's scope (PmksService.ListRecords), newest first, a
// page at a time. Every filter property narrows the list and reloads it; `query` (a part of
// a name or a whole NIK) is the base model's `filter`, so PagedTable's search box drives it.
// Roles: see recordRoleNames() in record_rows.h (the NIK as the server sent it: masked
// unless the user holds core.person.read_nik at the record's wilayah).
//
// In QML the session is the engine's (Simpul.Components attachSession); the list loads once
// the component is complete and again whenever the user signs in or out.
class RecordListModel : public simpul::client::PagedListModel, public QQmlParserStatus {
  Q_OBJECT
  Q_INTERFACES(QQmlParserStatus)
  QML_ELEMENT
  Q_PROPERTY(QString wilayahCode READ wilayahCode WRITE setWilayahCode NOTIFY filtersChanged)
  Q_PROPERTY(int pmksType READ pmksType WRITE setPmksType NOTIFY filtersChanged)
  // simpul.pmks.v1.RecordStatus; 0: any.
  Q_PROPERTY(int status READ status WRITE setStatus NOTIFY filtersChanged)
  Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY filtersChanged)
  Q_PROPERTY(QString query READ filter WRITE setFilter NOTIFY filterChanged)
  // While false the model is empty and makes no calls (a page not shown yet).
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY filtersChanged)

public:
  explicit RecordListModel(QObject* parent = nullptr);
  ~RecordListModel() override;

  // For use from C++ (QML finds the session itself).
  void attach(simpul::client::ClientSession* session);

  QString wilayahCode() const { return m_wilayahCode; }
  void setWilayahCode(const QString& code);
  int pmksType() const { return m_pmksType; }
  void setPmksType(int type);
  int status() const { return m_status; }
  void setStatus(int status);
  QString period() const { return m_period; }
  void setPeriod(const QString& period);
  bool active() const { return m_active; }
  void setActive(bool active);

  // The names of every loaded row, for batch steps on "what is shown".
  Q_INVOKABLE QStringList names() const;

  void classBegin() override;
  void componentComplete() override;

signals:
  void filtersChanged();

private:
  void refresh();

  QString m_wilayahCode;
  int m_pmksType = 0;
  int m_status = 0;
  QString m_period;
  bool m_active = true;
  bool m_complete = true; // false from classBegin() until componentComplete()
  QMetaObject::Connection m_signedInConnection;
};

} // namespace simpul::pmks::ui
