#include "hello_server_face.h"

#include "sdk/plugin_context.h"

bool HelloServerFace::initialize(const simpul::sdk::PluginContext& context, QString* errorMessage) {
  if (context.manifest().id != QStringLiteral("org.example.hello")) {
    *errorMessage =
        QStringLiteral("loaded under the wrong manifest: %1").arg(context.manifest().id);
    return false;
  }
  return true;
}

std::vector<simpul::sdk::Migration> HelloServerFace::migrations() const {
  return {{1, QStringLiteral("create greetings"),
           QStringLiteral("CREATE TABLE org_example_hello_greeting (id INTEGER PRIMARY KEY, "
                          "text TEXT NOT NULL)")}};
}
