// The pmks plugin's server face: its schema and its gRPC services (records, Dasawisma).

#include "dasawisma_service.h"
#include "export_service.h"
#include "pmks_schema.h"
#include "record_attachments.h"
#include "record_service.h"
#include "sdk/server_face.h"

#include <QObject>
#include <memory>

class PmksServerFace : public QObject, public simpul::sdk::ServerFace {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID SIMPUL_SERVER_FACE_IID FILE "plugin.json")
  Q_INTERFACES(simpul::sdk::ServerFace)

public:
  bool initialize(const simpul::sdk::PluginContext&, QString*) override { return true; }

  std::vector<simpul::sdk::Migration> migrations() const override {
    return simpul::pmks::pmksMigrations();
  }

  void registerServices(simpul::sdk::ServiceContext& context) override {
    m_service = std::make_unique<simpul::pmks::PmksServiceImpl>(context.host());
    context.addService(m_service.get());
    m_dasawisma = std::make_unique<simpul::pmks::DasawismaServiceImpl>(context.host());
    context.addService(m_dasawisma.get());
    m_export = std::make_unique<simpul::pmks::PmksExportServiceImpl>(context.host());
    context.addService(m_export.get());
    context.host().addAttachmentAccess(&simpul::pmks::recordAttachmentVisible);
  }

  void shutdown() override {
    m_export.reset();
    m_dasawisma.reset();
    m_service.reset();
  }

private:
  std::unique_ptr<simpul::pmks::PmksServiceImpl> m_service;
  std::unique_ptr<simpul::pmks::DasawismaServiceImpl> m_dasawisma;
  std::unique_ptr<simpul::pmks::PmksExportServiceImpl> m_export;
};

#include "pmks_server_face.moc"
