// PluginContext and the small free functions of the SDK, without loading any library.

#include "sdk/client_face.h"
#include "sdk/plugin_context.h"
#include "sdk/plugin_spec.h"
#include "sdk/server_face.h"
#include "test_printers.h"

#include <gtest/gtest.h>

using namespace simpul::sdk;

namespace {

class FakeServer : public ServerFace {
public:
  bool initialize(const PluginContext&, QString*) override { return true; }
};

Manifest manifestDependingOn(const QString& dependency) {
  Manifest m;
  m.id = QStringLiteral("pmks");
  m.faces.server = true;
  m.dependencies.append({dependency, VersionRange()});
  return m;
}

} // namespace

TEST(PluginContext, ReachesOnlyDeclaredDependencies) {
  FakeServer ipsm;
  FakeServer tksk;
  const PluginContext context(manifestDependingOn(QStringLiteral("ipsm")), QStringLiteral("/p"),
                              Face::Server, Version(1, 0, 0),
                              [&](const QString& id) -> PluginFace* {
                                if (id == u"ipsm") {
                                  return &ipsm;
                                }
                                return id == u"tksk" ? &tksk : nullptr;
                              });
  EXPECT_EQ(context.dependencyFace(QStringLiteral("ipsm")), &ipsm);
  EXPECT_EQ(context.dependency<ServerFace>(QStringLiteral("ipsm")), &ipsm);
  EXPECT_EQ(context.dependency<ClientFace>(QStringLiteral("ipsm")), nullptr);
  // Running, but not declared in "dependencies": not reachable.
  EXPECT_EQ(context.dependencyFace(QStringLiteral("tksk")), nullptr);
  EXPECT_EQ(str(context.directory()), "/p");
  EXPECT_EQ(context.coreApiVersion(), Version(1, 0, 0));
  EXPECT_EQ(context.face(), Face::Server);
}

TEST(PluginSdk, LibraryFileNameConvention) {
  EXPECT_EQ(str(libraryFileName(QStringLiteral("pmks"), Face::Server)), "libpmks_server.so");
  EXPECT_EQ(str(libraryFileName(QStringLiteral("org.example.hello"), Face::Client)),
            "liborg_example_hello_client.so");
  EXPECT_EQ(str(faceInterfaceId(Face::Server)), "org.simpul.ServerFace/1.0");
  EXPECT_EQ(str(faceInterfaceId(Face::Client)), "org.simpul.ClientFace/1.0");
}
