#pragma once

#include "client/qt/paged_list_model.h"

#include <QMetaObject>
#include <QQmlParserStatus>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace simpul::components {

// The children of one wilayah (WilayahService.ListChildren), a page at a time: the provinsi
// for parentCode "", else the kab/kota, kecamatan or desa below parentCode. Roles: name
// ("wilayah/32.04"), code, displayName, level (1..4), type, parentCode.
//
// ListChildren knows neither a filter nor an order, only code order. Because no wilayah has
// more than 1000 children (the most are 108), a model with `filter` (a case-insensitive part
// of the name) or `orderBy` ("code", "displayName", either with " desc") set fetches all
// children in one page and filters and sorts them here; without both it pages in code order
// as the view scrolls.
//
// In QML the session is the engine's (attachSession); the list loads once the component is
// complete and again whenever the user signs in. While `active` is false, or signed out, the
// model is empty and makes no calls.
class WilayahListModel : public client::PagedListModel, public QQmlParserStatus {
  Q_OBJECT
  Q_INTERFACES(QQmlParserStatus)
  QML_ELEMENT
  Q_PROPERTY(QString parentCode READ parentCode WRITE setParentCode NOTIFY parentCodeChanged)
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
  explicit WilayahListModel(QObject* parent = nullptr);
  ~WilayahListModel() override;

  // For use from C++ (QML finds the session itself).
  void attach(client::ClientSession* session);

  QString parentCode() const;
  void setParentCode(const QString& code);
  bool active() const;
  void setActive(bool active);

  void classBegin() override;
  void componentComplete() override;

signals:
  void parentCodeChanged();
  void activeChanged();

private:
  void refresh();

  QString m_parentCode;
  bool m_active = true;
  bool m_complete = true; // false from classBegin() until componentComplete()
  QMetaObject::Connection m_signedInConnection;
};

} // namespace simpul::components
