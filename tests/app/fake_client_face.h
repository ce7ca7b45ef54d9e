#pragma once

#include "sdk/client_face.h"

#include <QQmlEngine>
#include <stdexcept>

namespace simpul::app::testing {

// A client face built into the test: two entries and two widgets, one of each open to every
// signed-in user and one needing a permission, with titles in both languages.
class FakeClientFace : public sdk::ClientFace {
public:
  bool initialize(const sdk::PluginContext&, QString*) override { return true; }
  QString qmlModuleUri() const override { return QStringLiteral("Simpul.Fake"); }

  std::vector<sdk::NavigationEntry> navigation() const override {
    return {
        {.id = QStringLiteral("fake.write"),
         .title = {QStringLiteral("Ubah penduduk"), QStringLiteral("Edit persons")},
         .icon = QStringLiteral("edit"),
         .page = QStringLiteral("WritePage"),
         .permission = QStringLiteral("core.person.write"),
         .order = 5},
        {.id = QStringLiteral("fake.read"),
         .title = {QStringLiteral("Data penduduk"), QStringLiteral("Persons")},
         .icon = QStringLiteral("people"),
         .page = QStringLiteral("ReadPage"),
         .permission = QStringLiteral("core.person.read"),
         .order = 10},
        {.id = QStringLiteral("fake.all"),
         .title = {QStringLiteral("Panduan"), QStringLiteral("Guide")},
         .icon = QStringLiteral("help"),
         .page = QStringLiteral("GuidePage"),
         .permission = QString(),
         .order = 1},
    };
  }

  std::vector<sdk::DashboardWidget> dashboardWidgets() const override {
    return {
        {.id = QStringLiteral("fake.users"),
         .title = {QStringLiteral("Pengguna"), QStringLiteral("Users")},
         .qmlType = QStringLiteral("UsersWidget"),
         .permission = QStringLiteral("core.user.manage"),
         .order = 2},
        {.id = QStringLiteral("fake.summary"),
         .title = {QStringLiteral("Ringkasan"), QStringLiteral("Summary")},
         .qmlType = QStringLiteral("SummaryWidget"),
         .permission = QString(),
         .order = 1},
    };
  }

  void registerTypes(sdk::ClientContext& context) override {
    engine = context.qmlEngine();
    session = context.session();
    if (throwOnRegister) {
      throw std::runtime_error("fake face cannot register");
    }
  }

  bool throwOnRegister = false;
  QQmlEngine* engine = nullptr;
  client::ClientSession* session = nullptr;
};

} // namespace simpul::app::testing
