#pragma once

#include "sdk/server_face.h"

#include <QObject>

// The smallest useful server face: it owns one table and checks its own manifest.
class HelloServerFace : public QObject, public simpul::sdk::ServerFace {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID SIMPUL_SERVER_FACE_IID FILE "plugin.json")
  Q_INTERFACES(simpul::sdk::ServerFace)

public:
  bool initialize(const simpul::sdk::PluginContext& context, QString* errorMessage) override;
  std::vector<simpul::sdk::Migration> migrations() const override;
};
