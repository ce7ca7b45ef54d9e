#include "app/app_controller.h"

#include "app/client_plugins.h"
#include "app/database_setup.h"
#include "app/embedded_server.h"
#include "app/inbox_model.h"
#include "app/language.h"
#include "app/row_list_model.h"
#include "client/qt/client_session.h"
#include "client/qt/paged_list_model.h"
#include "sdk/version.h"

#include <QDir>
#include <QFile>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickItem>
#include <QRegularExpression>
#include <QSettings>
#include <google/protobuf/stubs/common.h>
#include <grpcpp/grpcpp.h>

namespace simpul::app {

namespace {

const QString kLanguageKey = QStringLiteral("language");
const QString kThemeKey = QStringLiteral("theme");
const QString kServerKey = QStringLiteral("server");

std::unique_ptr<QSettings> openSettings(const QString& file) {
  if (!file.isEmpty()) {
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
  }
  // $XDG_CONFIG_HOME/simpul/simpul.conf, beside simpulctl's token file.
  return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                     QStringLiteral("simpul"), QStringLiteral("simpul"));
}

QVariantList readLicences(const QString& dataDir) {
  QVariantList licences;
  const QDir dir(dataDir);
  for (const QString& name :
       dir.entryList({QStringLiteral("LICENSE_*.txt")}, QDir::Files, QDir::Name)) {
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
      continue;
    }
    QString title = name.mid(int(qstrlen("LICENSE_")));
    title.chop(int(qstrlen(".txt")));
    title.replace(QLatin1Char('_'), QLatin1Char(' '));
    licences.append(QVariantMap{{QStringLiteral("title"), title},
                                {QStringLiteral("text"), QString::fromUtf8(file.readAll())}});
  }
  return licences;
}

} // namespace

AppController::AppController(Config config, client::ClientSession* session, QQmlEngine* engine,
                             QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_session(session), m_engine(engine),
      m_settings(openSettings(m_config.settingsFile)),
      m_language(std::make_unique<Language>(m_config.paths.translationsDir)),
      m_plugins(std::make_unique<ClientPlugins>(engine, session)),
      m_navigation(new RowListModel({QStringLiteral("entryId"), QStringLiteral("title"),
                                     QStringLiteral("icon"), QStringLiteral("pluginId"),
                                     QStringLiteral("source"), QStringLiteral("page"),
                                     QStringLiteral("module"), QStringLiteral("order")},
                                    this)),
      m_widgets(new RowListModel({QStringLiteral("widgetId"), QStringLiteral("title"),
                                  QStringLiteral("pluginId"), QStringLiteral("module"),
                                  QStringLiteral("qmlType"), QStringLiteral("order")},
                                 this)),
      m_pluginRows(new RowListModel(
          {QStringLiteral("pluginId"), QStringLiteral("name"), QStringLiteral("version"),
           QStringLiteral("vendor"), QStringLiteral("description"), QStringLiteral("clientState"),
           QStringLiteral("clientError"), QStringLiteral("serverState"),
           QStringLiteral("serverError"), QStringLiteral("hasClientFace")},
          this)),
      m_inbox(nullptr) {
  const QString savedTheme = m_settings->value(kThemeKey).toString();
  if (savedTheme == QLatin1String("dark")) {
    m_theme = savedTheme;
  }
  m_configuredServer = m_settings->value(kServerKey).toString();
  // Read once: QML bindings read `about` often, and the files do not change while it runs.
  m_licences = readLicences(m_config.paths.referenceDataDir);
  const AppOptions& options = m_config.options;
  // An explicit --db asks for the embedded service even when a server is configured.
  if (!options.server.isEmpty()) {
    m_embedded = false;
    m_serverAddress = options.server;
  } else if (options.db.isEmpty() && !m_configuredServer.isEmpty()) {
    m_embedded = false;
    m_serverAddress = m_configuredServer;
  }
  setupInbox();
  connect(m_session, &client::ClientSession::signedInChanged, this,
          &AppController::signedInChanged);
  m_inboxTimer.setInterval(60 * 1000);
  connect(&m_inboxTimer, &QTimer::timeout, this, &AppController::fetchInboxCount);
}

AppController::~AppController() {
  m_pendingPassword.fill(QLatin1Char('\0'));
  // The embedded service stops here (its destructor); the faces shut down after it.
  m_setup.reset();
  m_server.reset();
}

void AppController::start() {
  m_plugins->load(m_config.paths.pluginsDir);
  QString language = m_config.options.language;
  if (language.isEmpty()) {
    language = m_settings->value(kLanguageKey, QStringLiteral("id")).toString();
  }
  m_language->apply(Language::isSupported(language) ? language : QStringLiteral("id"),
                    m_plugins->translationFiles(language));
  refreshPlugins();
  refreshNavigation();
  startServer();
}

void AppController::setAutoLogin(const QString& username, const QString& password) {
  m_pendingLogin = username;
  m_pendingPassword = password;
}

QString AppController::language() const {
  return m_language->current();
}

void AppController::setLanguage(const QString& language) {
  if (!Language::isSupported(language)) {
    qWarning("simpul: unsupported language %s (id or en)", qPrintable(language));
    return;
  }
  m_settings->setValue(kLanguageKey, language);
  if (language == m_language->current()) {
    return;
  }
  m_language->apply(language, m_plugins->translationFiles(language));
  if (m_engine) {
    m_engine->retranslate();
  }
  refreshNavigation();
  refreshPlugins();
  // The server sends both titles; the rows hold the one of the language.
  m_inboxShared->english = language == QLatin1String("en");
  if (m_session->signedIn()) {
    m_inbox->reload();
  }
  emit languageChanged();
  emit aboutChanged();
}

void AppController::setTheme(const QString& theme) {
  if (theme != QLatin1String("light") && theme != QLatin1String("dark")) {
    qWarning("simpul: unknown theme %s (light or dark)", qPrintable(theme));
    return;
  }
  m_settings->setValue(kThemeKey, theme);
  if (theme != m_theme) {
    m_theme = theme;
    emit themeChanged();
  }
}

void AppController::setConfiguredServer(const QString& address) {
  const QString trimmed = address.trimmed();
  if (trimmed.isEmpty()) {
    m_settings->remove(kServerKey);
  } else {
    m_settings->setValue(kServerKey, trimmed);
  }
  if (trimmed != m_configuredServer) {
    m_configuredServer = trimmed;
    emit configuredServerChanged();
  }
}

QAbstractListModel* AppController::navigation() const {
  return m_navigation;
}

QAbstractListModel* AppController::dashboardWidgets() const {
  return m_widgets;
}

QAbstractListModel* AppController::plugins() const {
  return m_pluginRows;
}

QVariantMap AppController::about() const {
  return {
      {QStringLiteral("appVersion"), m_config.version},
      {QStringLiteral("coreApiVersion"), sdk::coreApiVersion().toString()},
      {QStringLiteral("qtVersion"), QString::fromLatin1(qVersion())},
      {QStringLiteral("grpcVersion"), QString::fromStdString(grpc::Version())},
      {QStringLiteral("protobufVersion"),
       QString::fromStdString(google::protobuf::internal::VersionString(GOOGLE_PROTOBUF_VERSION))},
      {QStringLiteral("serverVersion"), m_serverVersion},
      {QStringLiteral("dataDir"), m_config.paths.referenceDataDir},
      {QStringLiteral("licences"), m_licences},
  };
}

QObject* AppController::createPage(const QString& module, const QString& qmlType,
                                   QQuickItem* parent) {
  static const QRegularExpression moduleName(
      QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$"));
  static const QRegularExpression typeName(QStringLiteral("^[A-Z][A-Za-z0-9_]*$"));
  const auto failWith = [this](const QString& error) -> QObject* {
    m_pageError = error;
    emit pageErrorChanged();
    return nullptr;
  };
  // Both end up in QML source: anything but names would be code.
  if (!moduleName.match(module).hasMatch() || !typeName.match(qmlType).hasMatch()) {
    return failWith(tr("Nama modul atau tipe halaman tidak sah: %1 %2").arg(module, qmlType));
  }
  if (!m_engine) {
    return failWith(tr("Mesin QML tidak tersedia"));
  }
  QQmlComponent component(m_engine);
  // No URL: a file URL would also import the QML files of its directory.
  component.setData(QStringLiteral("import %1\n%2 {}\n").arg(module, qmlType).toUtf8(), QUrl());
  if (component.isError()) {
    // A failed import is cached by the engine; forget it so a fixed plugin loads next time.
    const QString errors = component.errorString().trimmed();
    m_engine->clearComponentCache();
    return failWith(tr("Halaman %1 dari %2 tidak bisa dimuat:\n%3").arg(qmlType, module, errors));
  }
  QQmlContext* context = parent != nullptr ? qmlContext(parent) : nullptr;
  QObject* page = component.beginCreate(context != nullptr ? context : m_engine->rootContext());
  if (page == nullptr) {
    const QString errors = component.errorString().trimmed();
    m_engine->clearComponentCache();
    return failWith(tr("Halaman %1 dari %2 tidak bisa dibuat:\n%3").arg(qmlType, module, errors));
  }
  if (auto* item = qobject_cast<QQuickItem*>(page); item != nullptr && parent != nullptr) {
    item->setParentItem(parent);
  }
  page->setParent(parent);
  component.completeCreate();
  // The shell may destroy() it; the QObject parent keeps the collector away meanwhile.
  QQmlEngine::setObjectOwnership(page, QQmlEngine::JavaScriptOwnership);
  if (!m_pageError.isEmpty()) {
    m_pageError.clear();
    emit pageErrorChanged();
  }
  return page;
}

void AppController::pageReady(const QString& pageId) {
  emit pageReadyReported(pageId);
}

} // namespace simpul::app
