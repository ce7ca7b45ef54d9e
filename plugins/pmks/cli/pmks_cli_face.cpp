// The pmks plugin's face in simpulctl: `simpulctl pmks import`, `pmks recap`, `pmks export`,
// `pmks demo`.
#include "pmks_cli.h"

#include <QObject>

namespace simpul::pmks::cli {

class PmksCliFace : public QObject, public sdk::CliFace {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID SIMPUL_CLI_FACE_IID FILE "plugin.json")
  Q_INTERFACES(simpul::sdk::CliFace)

public:
  bool initialize(const sdk::PluginContext&, QString*) override { return true; }
  std::vector<sdk::CliCommand> commands() const override {
    return {importCommand(), recapCommand(), exportCommand(), demoCommand()};
  }
};

} // namespace simpul::pmks::cli

#include "pmks_cli_face.moc"
