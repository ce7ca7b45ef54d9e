#pragma once

#include "simpul/core/v1/plugin.grpc.pb.h"

namespace simpul::server {

class Host;
class PluginHost;

// PluginService: what `simpulctl plugins` and the desktop's Plugins page show.
class PluginServiceImpl final : public simpul::core::v1::PluginService::Service {
public:
  PluginServiceImpl(Host& host, const PluginHost& plugins);

  grpc::Status ListPlugins(grpc::ServerContext* context,
                           const simpul::core::v1::ListPluginsRequest* request,
                           simpul::core::v1::ListPluginsResponse* response) override;

private:
  Host& m_host;
  const PluginHost& m_plugins;
};

} // namespace simpul::server
