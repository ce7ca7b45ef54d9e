#include "app/client_plugins.h"

#include "sdk/plugin_spec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QQmlEngine>
#include <algorithm>
#include <exception>

namespace simpul::app {

namespace {

QString exceptionText(const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    return QString::fromUtf8(e.what());
  } catch (...) {
    return QStringLiteral("?");
  }
}

void sortRows(QList<QVariantMap>& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
    const int orderA = a.value(QStringLiteral("order")).toInt();
    const int orderB = b.value(QStringLiteral("order")).toInt();
    if (orderA != orderB) {
      return orderA < orderB;
    }
    return QString::localeAwareCompare(a.value(QStringLiteral("title")).toString(),
                                       b.value(QStringLiteral("title")).toString()) < 0;
  });
}

} // namespace

class ClientPlugins::Context : public sdk::ClientContext {
public:
  Context(QQmlEngine* engine, client::ClientSession* session)
      : m_engine(engine), m_session(session) {}
  QQmlEngine* qmlEngine() const override { return m_engine; }
  client::ClientSession* session() const override { return m_session; }

private:
  QQmlEngine* m_engine;
  client::ClientSession* m_session;
};

ClientPlugins::ClientPlugins(QQmlEngine* engine, client::ClientSession* session)
    : m_engine(engine), m_context(std::make_unique<Context>(engine, session)) {}

ClientPlugins::~ClientPlugins() {
  m_manager.shutdown();
}

void ClientPlugins::load(const QString& directory) {
  if (directory.isEmpty() || !QFileInfo(directory).isDir()) {
    return;
  }
  m_manager.addSearchPath(directory);
  m_manager.run();
  for (const sdk::PluginSpec* spec : m_manager.plugins()) {
    if (spec->state() != sdk::PluginState::Running) {
      continue;
    }
    if (auto* face = dynamic_cast<sdk::ClientFace*>(spec->face())) {
      adopt({spec->id(), spec->directory(), face});
    }
  }
}

void ClientPlugins::addFace(const QString& pluginId, sdk::ClientFace* face,
                            const QString& directory) {
  adopt({pluginId, directory, face});
}

void ClientPlugins::adopt(const Entry& entry) {
  if (!entry.directory.isEmpty()) {
    const QString qmlDir = QDir(entry.directory).filePath(QStringLiteral("qml"));
    if (QFileInfo(qmlDir).isDir() && m_engine != nullptr) {
      m_engine->addImportPath(qmlDir);
    }
  }
  m_entries.append(entry);
  try {
    entry.face->registerTypes(*m_context);
  } catch (...) {
    m_hostErrors.insert(entry.pluginId,
                        QCoreApplication::translate("simpul::app::ClientPlugins",
                                                    "%1 gagal mendaftarkan tipe QML: %2")
                            .arg(entry.pluginId, exceptionText(std::current_exception())));
    qWarning("simpul: client face %s failed in registerTypes", qPrintable(entry.pluginId));
  }
}

const sdk::ClientFace* ClientPlugins::face(const QString& pluginId) const {
  for (const Entry& entry : m_entries) {
    if (entry.pluginId == pluginId && !m_hostErrors.contains(pluginId)) {
      return entry.face;
    }
  }
  return nullptr;
}

template <typename Collect> void ClientPlugins::forEachUsable(Collect collect) const {
  for (const Entry& entry : m_entries) {
    if (m_hostErrors.contains(entry.pluginId)) {
      continue;
    }
    try {
      collect(entry);
    } catch (...) {
      m_hostErrors.insert(entry.pluginId,
                          QCoreApplication::translate("simpul::app::ClientPlugins",
                                                      "%1 gagal memberikan menu atau widget: %2")
                              .arg(entry.pluginId, exceptionText(std::current_exception())));
    }
  }
}

QList<QVariantMap> ClientPlugins::navigation(const QString& language,
                                             const Allowed& allowed) const {
  QList<QVariantMap> rows;
  forEachUsable([&](const Entry& entry) {
    const QString module = entry.face->qmlModuleUri();
    QList<QVariantMap> own;
    for (const sdk::NavigationEntry& nav : entry.face->navigation()) {
      if (!allowed(nav.permission)) {
        continue;
      }
      own.append({{QStringLiteral("entryId"), nav.id},
                  {QStringLiteral("title"), nav.title.in(language)},
                  {QStringLiteral("icon"), nav.icon},
                  {QStringLiteral("pluginId"), entry.pluginId},
                  {QStringLiteral("source"), QString()},
                  {QStringLiteral("page"), nav.page},
                  {QStringLiteral("module"), module},
                  {QStringLiteral("permission"), nav.permission},
                  {QStringLiteral("order"), nav.order}});
    }
    rows.append(own);
  });
  sortRows(rows);
  return rows;
}

QList<QVariantMap> ClientPlugins::dashboardWidgets(const QString& language,
                                                   const Allowed& allowed) const {
  QList<QVariantMap> rows;
  forEachUsable([&](const Entry& entry) {
    const QString module = entry.face->qmlModuleUri();
    QList<QVariantMap> own;
    for (const sdk::DashboardWidget& widget : entry.face->dashboardWidgets()) {
      if (!allowed(widget.permission)) {
        continue;
      }
      own.append({{QStringLiteral("widgetId"), widget.id},
                  {QStringLiteral("title"), widget.title.in(language)},
                  {QStringLiteral("pluginId"), entry.pluginId},
                  {QStringLiteral("module"), module},
                  {QStringLiteral("qmlType"), widget.qmlType},
                  {QStringLiteral("permission"), widget.permission},
                  {QStringLiteral("order"), widget.order}});
    }
    rows.append(own);
  });
  sortRows(rows);
  return rows;
}

QStringList ClientPlugins::translationFiles(const QString& language) const {
  QStringList files;
  for (const Entry& entry : m_entries) {
    if (entry.directory.isEmpty()) {
      continue;
    }
    const QString file =
        QDir(entry.directory)
            .filePath(QStringLiteral("translations/%1_%2.qm").arg(entry.pluginId, language));
    if (QFileInfo::exists(file)) {
      files.append(file);
    }
  }
  return files;
}

} // namespace simpul::app
