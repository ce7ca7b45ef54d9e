// The signed-in half of AppController: what changes when someone signs in or out (the
// navigation and widgets they may see, the plugins' server states, the inbox).
#include "app/app_controller.h"
#include "app/client_plugins.h"
#include "app/inbox_model.h"
#include "app/language.h"
#include "app/row_list_model.h"
#include "client/qt/client_session.h"
#include "client/qt/paged_list_model.h"
#include "sdk/plugin_spec.h"
#include "simpul/core/v1/plugin.grpc.pb.h"

#include <QSet>

namespace simpul::app {

namespace v1 = simpul::core::v1;

namespace {

QString clientStateText(const sdk::PluginSpec& spec, bool hostFailed) {
  if (spec.hasFailed()) {
    return spec.error().reason == sdk::ErrorReason::DependencyFailed
               ? QStringLiteral("dependency_failed")
               : QStringLiteral("failed");
  }
  if (hostFailed) {
    return QStringLiteral("failed");
  }
  if (spec.isSkipped()) {
    return QStringLiteral("skipped");
  }
  return sdk::toString(spec.state()).toLower();
}

} // namespace

void AppController::setupInbox() {
  m_inboxShared = std::make_shared<InboxShared>();
  m_inbox = makeInboxModel(m_session, m_inboxShared, this);
}

void AppController::signedInChanged() {
  const bool signedIn = m_session->signedIn();
  m_inboxShared->signedIn = signedIn;
  m_inboxShared->english = m_language->current() == QLatin1String("en");
  refreshNavigation();
  if (signedIn) {
    fetchServerPlugins();
    fetchInboxCount();
    m_inbox->reload();
    m_inboxTimer.start();
  } else {
    m_inboxTimer.stop();
    ++m_inboxGeneration;
    setInboxCount(-1);
    m_inbox->reload(); // empty while signed out
    m_serverPlugins.clear();
    m_serverPluginOrder.clear();
    refreshPlugins();
  }
}

void AppController::refreshNavigation() {
  client::ClientSession* session = m_session;
  const ClientPlugins::Allowed allowed = [session](const QString& permission) {
    return session->signedIn() && (permission.isEmpty() || session->hasPermission(permission));
  };
  const QString language = m_language->current();
  m_navigation->setRows(m_plugins->navigation(language, allowed));
  m_widgets->setRows(m_plugins->dashboardWidgets(language, allowed));
}

void AppController::refreshPlugins() {
  const QString language = m_language->current();
  QList<QVariantMap> rows;
  QSet<QString> seen;
  for (const sdk::PluginSpec* spec : m_plugins->manager().plugins()) {
    const sdk::Manifest* manifest = spec->manifest();
    const QString hostError = m_plugins->hostError(spec->id());
    const ServerPlugin server = m_serverPlugins.value(spec->id());
    QString clientError = spec->error().message;
    if (clientError.isEmpty()) {
      clientError = hostError;
    }
    rows.append({
        {QStringLiteral("pluginId"), spec->id()},
        {QStringLiteral("name"), manifest != nullptr ? manifest->name.in(language) : spec->id()},
        {QStringLiteral("version"),
         manifest != nullptr ? manifest->version.toString() : server.version},
        {QStringLiteral("vendor"), manifest != nullptr ? manifest->vendor : QString()},
        {QStringLiteral("description"),
         manifest != nullptr ? manifest->description.in(language) : QString()},
        {QStringLiteral("clientState"), clientStateText(*spec, !hostError.isEmpty())},
        {QStringLiteral("clientError"), clientError},
        {QStringLiteral("serverState"), server.state},
        {QStringLiteral("serverError"), server.error},
        {QStringLiteral("hasClientFace"), manifest != nullptr && manifest->faces.client},
    });
    seen.insert(spec->id());
  }
  // Plugins the server runs that this desktop does not have (a remote server).
  for (const QString& id : m_serverPluginOrder) {
    if (seen.contains(id)) {
      continue;
    }
    const ServerPlugin& server = m_serverPlugins[id];
    const QString name =
        language == QLatin1String("en") && !server.nameEn.isEmpty() ? server.nameEn : server.nameId;
    rows.append({
        {QStringLiteral("pluginId"), id},
        {QStringLiteral("name"), name.isEmpty() ? id : name},
        {QStringLiteral("version"), server.version},
        {QStringLiteral("vendor"), QString()},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("clientState"), QStringLiteral("not_installed")},
        {QStringLiteral("clientError"), QString()},
        {QStringLiteral("serverState"), server.state},
        {QStringLiteral("serverError"), server.error},
        {QStringLiteral("hasClientFace"), false},
    });
  }
  m_pluginRows->setRows(rows);
}

void AppController::fetchServerPlugins() {
  m_session->call<v1::ListPluginsResponse>(
      this,
      [](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
         v1::ListPluginsResponse* response) {
        return v1::PluginService::NewStub(channel)->ListPlugins(&context, v1::ListPluginsRequest(),
                                                                response);
      },
      [this](const client::CallStatus& status, const v1::ListPluginsResponse& response) {
        if (!status.ok() || !m_session->signedIn()) {
          return;
        }
        m_serverPlugins.clear();
        m_serverPluginOrder.clear();
        for (const v1::PluginInfo& info : response.plugins()) {
          const QString id = QString::fromStdString(info.id());
          m_serverPlugins.insert(
              id, {QString::fromStdString(info.name_id()), QString::fromStdString(info.name_en()),
                   QString::fromStdString(info.version()), QString::fromStdString(info.state()),
                   QString::fromStdString(info.error())});
          m_serverPluginOrder.append(id);
        }
        m_serverVersion = QString::fromStdString(response.server_version());
        refreshPlugins();
        emit aboutChanged();
      });
}

void AppController::fetchInboxCount() {
  if (!m_session->signedIn()) {
    return;
  }
  const int generation = ++m_inboxGeneration;
  countInboxItems(m_session, this, [this, generation](int count) {
    // A reply from before a sign-out (or an older refresh) is stale.
    if (generation == m_inboxGeneration && m_session->signedIn()) {
      setInboxCount(count);
    }
  });
}

void AppController::setInboxCount(int count) {
  if (count != m_inboxCount) {
    m_inboxCount = count;
    emit inboxCountChanged();
  }
}

void AppController::refreshInbox() {
  if (!m_session->signedIn()) {
    return;
  }
  m_inboxShared->english = m_language->current() == QLatin1String("en");
  m_inbox->reload();
  fetchInboxCount();
}

} // namespace simpul::app
