#include "server/hosting/plugin_service.h"

#include "sdk/plugin_spec.h"
#include "sdk/version.h"
#include "server/call.h"
#include "server/hosting/plugin_host.h"

#include <QString>

namespace simpul::server {

namespace {

std::string stateName(const sdk::PluginSpec& spec) {
  if (spec.hasFailed()) {
    return spec.error().reason == sdk::ErrorReason::DependencyFailed ? "dependency_failed"
                                                                     : "failed";
  }
  switch (spec.state()) {
  case sdk::PluginState::Running:
    return "running";
  case sdk::PluginState::Stopped:
    return "stopped";
  case sdk::PluginState::Resolved:
    return spec.isSkipped() ? "no_server_face" : "resolved";
  default:
    return sdk::toString(spec.state()).toLower().toStdString();
  }
}

} // namespace

PluginServiceImpl::PluginServiceImpl(Host& host, const PluginHost& plugins)
    : m_host(host), m_plugins(plugins) {}

grpc::Status PluginServiceImpl::ListPlugins(grpc::ServerContext* context,
                                            const simpul::core::v1::ListPluginsRequest*,
                                            simpul::core::v1::ListPluginsResponse* response) {
  return serve(m_host, context, [&](const Principal&) {
    response->set_core_api_version(m_plugins.manager().coreApiVersion().toString().toStdString());
    response->set_server_version(SIMPUL_VERSION);
    for (const sdk::PluginSpec* spec : m_plugins.manager().plugins()) {
      auto* info = response->add_plugins();
      info->set_id(spec->id().toStdString());
      info->set_state(stateName(*spec));
      info->set_error(spec->error().message.toStdString());
      info->set_directory(spec->directory().toStdString());
      if (const sdk::Manifest* m = spec->manifest()) {
        info->set_version(m->version.toString().toStdString());
        info->set_name_id(m->name.id.toStdString());
        info->set_name_en(m->name.en.toStdString());
        for (const auto& dep : m->dependencies) {
          info->add_dependencies(dep.id.toStdString());
        }
        for (const auto& p : m->permissions) {
          info->add_permissions(p.name.toStdString());
        }
      }
    }
  });
}

} // namespace simpul::server
