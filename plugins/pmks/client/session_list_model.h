#pragma once

#include "client/qt/paged_list_model.h"

#include <QMetaObject>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>
#include <utility>

namespace simpul::pmks::ui {

// What every list of the plugin's pages shares: the session comes from the QML engine
// (Simpul.Components attachSession) when the component is complete; the list loads then, again
// whenever the user signs in or out, and whenever a filter changes (updateFilter); while
// `active` is false, or nobody is signed in, it is empty and makes no calls. A subclass gives
// the fetcher for its current filters (liveFetcher) and declares its filter properties with
// NOTIFY filtersChanged.
class SessionListModel : public simpul::client::PagedListModel, public QQmlParserStatus {
  Q_OBJECT
  Q_INTERFACES(QQmlParserStatus)
  QML_ANONYMOUS
  // While false the model is empty and makes no calls (a page not shown yet).
  Q_PROPERTY(bool active READ active WRITE setActive NOTIFY filtersChanged)

public:
  ~SessionListModel() override;

  // For use from C++ (QML finds the session itself).
  void attach(simpul::client::ClientSession* session);

  bool active() const { return m_active; }
  void setActive(bool active) { updateFilter(m_active, active); }

  void classBegin() override;
  void componentComplete() override;

signals:
  void filtersChanged();

protected:
  explicit SessionListModel(QObject* parent = nullptr);

  // The fetcher of the current filters, called only while signed in and active.
  virtual Fetcher liveFetcher() const = 0;
  // A fetcher of nothing (for a subclass whose filters cannot be asked for yet).
  static Fetcher emptyFetcher();

  // Sets a filter member; when it changed, tells QML and loads again.
  template <typename T, typename V> void updateFilter(T& member, V&& value) {
    if (member == value) {
      return;
    }
    member = std::forward<V>(value);
    emit filtersChanged();
    refresh();
  }

  // Loads again from the first page with the current filters and session.
  void refresh();

private:
  bool m_active = true;
  bool m_complete = true; // false from classBegin() until componentComplete()
  QMetaObject::Connection m_signedInConnection;
};

} // namespace simpul::pmks::ui
