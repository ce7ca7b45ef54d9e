#pragma once

#include "session_list_model.h"

#include <QString>
#include <QtQml/qqmlregistration.h>

namespace simpul::pmks::ui {

// PMKS records within the signed-in user's scope (PmksService.ListRecords), newest first, a
// page at a time. Every filter property narrows the list and reloads it; `query` (a part of
// a name or a whole NIK) is the base model's `filter`, so PagedTable's search box drives it.
// Roles: see recordRoleNames() in record_rows.h (the NIK as the server sent it: masked
// unless the user holds core.person.read_nik at the record's wilayah).
// Session, sign-in and `active`: SessionListModel.
class RecordListModel : public SessionListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString wilayahCode READ wilayahCode WRITE setWilayahCode NOTIFY filtersChanged)
  Q_PROPERTY(int pmksType READ pmksType WRITE setPmksType NOTIFY filtersChanged)
  // simpul.pmks.v1.RecordStatus; 0: any.
  Q_PROPERTY(int status READ status WRITE setStatus NOTIFY filtersChanged)
  Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY filtersChanged)
  Q_PROPERTY(QString query READ filter WRITE setFilter NOTIFY filterChanged)

public:
  explicit RecordListModel(QObject* parent = nullptr);
  ~RecordListModel() override;

  QString wilayahCode() const { return m_wilayahCode; }
  void setWilayahCode(const QString& code) { updateFilter(m_wilayahCode, code); }
  int pmksType() const { return m_pmksType; }
  void setPmksType(int type) { updateFilter(m_pmksType, type); }
  int status() const { return m_status; }
  void setStatus(int status) { updateFilter(m_status, status); }
  QString period() const { return m_period; }
  void setPeriod(const QString& period) { updateFilter(m_period, period); }

  // The names of every loaded row, for batch steps on "what is shown".
  Q_INVOKABLE QStringList names() const;

protected:
  Fetcher liveFetcher() const override;

private:
  QString m_wilayahCode;
  int m_pmksType = 0;
  int m_status = 0;
  QString m_period;
};

} // namespace simpul::pmks::ui
