#pragma once

#include "app/app_paths.h"
#include "app/command_line.h"
#include "client/qt/client_session.h"
#include "client/qt/paged_list_model.h"

#include <QAbstractListModel>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVariantMap>
#include <memory>

class QQmlEngine;
class QQuickItem;
class QSettings;

namespace simpul::app {

class ClientPlugins;
class DatabaseSetup;
class EmbeddedServer;
class Language;
class RowListModel;
struct InboxShared;

// `App` in QML (import Simpul.App): everything the shell needs from the host that is not a
// component: the server (embedded or remote) and its state, the UI language and theme, the
// plugins' navigation, dashboard widgets and states, the inbox, About, and the creation of
// plugin pages. Registered per engine by registerAppSingleton() (app/desktop_app.h).
class AppController : public QObject {
  Q_OBJECT
  Q_PROPERTY(simpul::client::ClientSession* session READ session CONSTANT)
  Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
  Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
  Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY serverAddressChanged)
  Q_PROPERTY(bool embedded READ embedded CONSTANT)
  Q_PROPERTY(QString configuredServer READ configuredServer WRITE setConfiguredServer NOTIFY
                 configuredServerChanged)
  Q_PROPERTY(QString serverState READ serverState NOTIFY serverStateChanged)
  Q_PROPERTY(double serverProgress READ serverProgress NOTIFY serverProgressChanged)
  Q_PROPERTY(QString serverStatusText READ serverStatusText NOTIFY serverProgressChanged)
  Q_PROPERTY(QString serverError READ serverError NOTIFY serverStateChanged)
  Q_PROPERTY(QString setupError READ setupError NOTIFY setupErrorChanged)
  Q_PROPERTY(QAbstractListModel* navigation READ navigation CONSTANT)
  Q_PROPERTY(QAbstractListModel* dashboardWidgets READ dashboardWidgets CONSTANT)
  Q_PROPERTY(QAbstractListModel* plugins READ plugins CONSTANT)
  Q_PROPERTY(simpul::client::PagedListModel* inbox READ inbox CONSTANT)
  Q_PROPERTY(int inboxCount READ inboxCount NOTIFY inboxCountChanged)
  Q_PROPERTY(QVariantMap about READ about NOTIFY aboutChanged)
  Q_PROPERTY(QString pageError READ pageError NOTIFY pageErrorChanged)
  Q_PROPERTY(QString startPage READ startPage CONSTANT)

public:
  struct Config {
    AppOptions options;
    AppPaths paths;
    QString version;      // the app's own version
    QString settingsFile; // "" = $XDG_CONFIG_HOME/simpul/simpul.conf
  };

  AppController(Config config, client::ClientSession* session, QQmlEngine* engine,
                QObject* parent = nullptr);
  ~AppController() override;

  // Loads the client faces (registering their QML types: call before loading QML), applies
  // the language and starts the server flow.
  void start();
  // Signs in as `username` once the server is ready (--login/--password-file).
  void setAutoLogin(const QString& username, const QString& password);
  // For tests: a face that no PluginManager loaded (see ClientPlugins::addFace).
  ClientPlugins& clientPlugins() { return *m_plugins; }

  client::ClientSession* session() const { return m_session; }
  QString language() const;
  void setLanguage(const QString& language);
  QString theme() const { return m_theme; }
  void setTheme(const QString& theme);
  QString serverAddress() const { return m_serverAddress; }
  bool embedded() const { return m_embedded; }
  QString configuredServer() const { return m_configuredServer; }
  void setConfiguredServer(const QString& address);
  QString serverState() const { return m_serverState; }
  double serverProgress() const { return m_serverProgress; }
  QString serverStatusText() const { return m_serverStatusText; }
  QString serverError() const { return m_serverError; }
  QString setupError() const { return m_setupError; }
  QAbstractListModel* navigation() const;
  QAbstractListModel* dashboardWidgets() const;
  QAbstractListModel* plugins() const;
  client::PagedListModel* inbox() const { return m_inbox; }
  int inboxCount() const { return m_inboxCount; }
  QVariantMap about() const;
  QString pageError() const { return m_pageError; }
  QString startPage() const { return m_config.options.page; }
  // The embedded service, or nullptr (remote server, or not started yet).
  EmbeddedServer* embeddedServer() const { return m_server.get(); }

  Q_INVOKABLE void createFirstAdmin(const QString& username, const QString& password);
  Q_INVOKABLE void retryServer();
  // `import <module>` + `<qmlType> {}` created as a child of `parent`; null on failure with
  // the reason in pageError (a broken plugin page shows its error, the shell goes on).
  Q_INVOKABLE QObject* createPage(const QString& module, const QString& qmlType,
                                  QQuickItem* parent);
  Q_INVOKABLE void pageReady(const QString& pageId);
  Q_INVOKABLE void refreshInbox();

signals:
  void languageChanged();
  void themeChanged();
  void serverAddressChanged();
  void configuredServerChanged();
  void serverStateChanged();
  void serverProgressChanged();
  void setupErrorChanged();
  void inboxCountChanged();
  void aboutChanged();
  void pageErrorChanged();
  // The shell reported `pageId` loaded (App.pageReady); --screenshot waits for it.
  void pageReadyReported(const QString& pageId);

private:
  // app_controller_server.cpp
  void startServer();
  void setServerState(const QString& state, const QString& error = {});
  void setProgress(double progress, const QString& text);
  void serverReady(const QString& address);
  void autoLogin();
  // app_controller_session.cpp
  void signedInChanged();
  void refreshNavigation();
  void refreshPlugins();
  void fetchServerPlugins();
  void fetchInboxCount();
  void setInboxCount(int count);
  void setupInbox();

  struct ServerPlugin {
    QString nameId, nameEn, version, state, error;
  };

  Config m_config;
  client::ClientSession* m_session;
  QPointer<QQmlEngine> m_engine;
  std::unique_ptr<QSettings> m_settings;
  std::unique_ptr<Language> m_language;
  std::unique_ptr<ClientPlugins> m_plugins;
  RowListModel* m_navigation;
  RowListModel* m_widgets;
  RowListModel* m_pluginRows;
  client::PagedListModel* m_inbox;
  std::unique_ptr<EmbeddedServer> m_server;
  std::unique_ptr<DatabaseSetup> m_setup;
  QString m_theme = QStringLiteral("light");
  QString m_configuredServer;
  QString m_serverAddress;
  bool m_embedded = true;
  QString m_serverState = QStringLiteral("starting");
  double m_serverProgress = -1;
  QString m_serverStatusText;
  QString m_serverError;
  QString m_setupError;
  QString m_pendingLogin;    // the first admin, signed in once the server is ready
  QString m_pendingPassword; // cleared as soon as it is used
  int m_inboxCount = -1;
  int m_inboxGeneration = 0;
  QTimer m_inboxTimer;
  QString m_pageError;
  QString m_serverVersion;
  QVariantList m_licences;
  QHash<QString, ServerPlugin> m_serverPlugins;
  QStringList m_serverPluginOrder;
  std::shared_ptr<InboxShared> m_inboxShared;
};

} // namespace simpul::app
