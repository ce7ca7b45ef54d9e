#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace simpul::components {

// Official names of given wilayah codes (WilayahService.GetWilayah), for the levels a
// picker shows fixed: `names` maps each code of `codes` to its name once the answer is in.
// Codes asked for once are remembered; a failed lookup is retried when `codes` changes.
class WilayahNames : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QStringList codes READ codes WRITE setCodes NOTIFY codesChanged)
  Q_PROPERTY(QVariantMap names READ names NOTIFY namesChanged)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
  explicit WilayahNames(QObject* parent = nullptr);

  QStringList codes() const { return m_codes; }
  void setCodes(const QStringList& codes);
  QVariantMap names() const { return m_names; }
  bool loading() const { return !m_pending.isEmpty(); }
  QString error() const { return m_error; }

  // Looks `code` up too (without changing `codes`).
  Q_INVOKABLE void request(const QString& code);

signals:
  void codesChanged();
  void namesChanged();
  void loadingChanged();
  void errorChanged();

private:
  QStringList m_codes;
  QVariantMap m_names;
  QSet<QString> m_pending;
  QString m_error;
};

} // namespace simpul::components
