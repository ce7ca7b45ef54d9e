// plugins: what the data service loaded (PluginService).
#include "cli/commands.h"
#include "simpul/core/v1/plugin.grpc.pb.h"

#include <ostream>

namespace simpul::cli {

namespace {

namespace v1 = simpul::core::v1;

int listPlugins(Invocation& call) {
  const auto& session = call.session();
  v1::ListPluginsResponse response;
  auto context = session.context();
  call.check(v1::PluginService::NewStub(session.channel())
                 ->ListPlugins(context.get(), v1::ListPluginsRequest{}, &response),
             *context);
  // The table goes to stdout alone, so scripts can read it; the versions are a remark.
  call.err() << "simpul-data " << response.server_version() << ", core API "
             << response.core_api_version() << ", " << response.plugins_size() << " plugin(s)\n";
  for (const auto& plugin : response.plugins()) {
    call.out() << plugin.id() << '\t' << plugin.version() << '\t' << plugin.state() << '\t'
               << plugin.error() << '\n';
  }
  return kExitOk;
}

} // namespace

std::vector<CommandSpec> pluginCommands() {
  return {
      {.name = "plugins",
       .summary = "List the plugins the data service found: id, version, state, error.",
       .details = "One line per plugin in load order, tab-separated. A plugin that failed to\n"
                  "load shows why in the last column.\n",
       .run = listPlugins},
  };
}

} // namespace simpul::cli
