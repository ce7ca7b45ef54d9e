// The pmks plugin's face in the desktop host: six sidebar entries (records, recap, the two
// review queues, Dasawisma and the import wizard, each shown only to users who hold its permission
// somewhere) and a dashboard card with the records per status. The pages and the view models they
// use live in the QML module Simpul.Pmks (../qml and the *_model files here).

#include "sdk/client_face.h"

#include <QObject>

class PmksClientFace : public QObject, public simpul::sdk::ClientFace {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID SIMPUL_CLIENT_FACE_IID FILE "plugin.json")
  Q_INTERFACES(simpul::sdk::ClientFace)

public:
  bool initialize(const simpul::sdk::PluginContext& /*context*/,
                  QString* /*errorMessage*/) override {
    return true;
  }

  std::vector<simpul::sdk::NavigationEntry> navigation() const override {
    return {{QStringLiteral("pmks.records"),
             {QStringLiteral("Data PMKS"), QStringLiteral("PMKS records")},
             QStringLiteral("list"),
             QStringLiteral("RecordListPage"),
             QStringLiteral("pmks.record.read"),
             100},
            {QStringLiteral("pmks.recap"),
             {QStringLiteral("Rekap PMKS"), QStringLiteral("PMKS recap")},
             QStringLiteral("chart"),
             QStringLiteral("RecapPage"),
             QStringLiteral("pmks.recap.read"),
             110},
            {QStringLiteral("pmks.verification"),
             {QStringLiteral("Antrean verifikasi"), QStringLiteral("Verification queue")},
             QStringLiteral("check"),
             QStringLiteral("VerificationQueuePage"),
             QStringLiteral("pmks.record.verify"),
             120},
            {QStringLiteral("pmks.validation"),
             {QStringLiteral("Antrean validasi"), QStringLiteral("Validation queue")},
             QStringLiteral("verified"),
             QStringLiteral("ValidationQueuePage"),
             QStringLiteral("pmks.record.validate"),
             130},
            {QStringLiteral("pmks.dasawisma"),
             {QStringLiteral("Dasawisma"), QStringLiteral("Dasawisma")},
             QStringLiteral("group"),
             QStringLiteral("DasawismaPage"),
             QStringLiteral("pmks.dasawisma.read"),
             140},
            {QStringLiteral("pmks.import"),
             {QStringLiteral("Impor data PMKS"), QStringLiteral("Import PMKS records")},
             QStringLiteral("upload"),
             QStringLiteral("ImportWizardPage"),
             QStringLiteral("pmks.record.import"),
             150}};
  }

  std::vector<simpul::sdk::DashboardWidget> dashboardWidgets() const override {
    return {{QStringLiteral("pmks.status"),
             {QStringLiteral("Data PMKS menurut status"), QStringLiteral("PMKS records by status")},
             QStringLiteral("StatusWidget"),
             QStringLiteral("pmks.recap.read"),
             100}};
  }

  QString qmlModuleUri() const override { return QStringLiteral("Simpul.Pmks"); }
};

#include "pmks_client_face.moc"
