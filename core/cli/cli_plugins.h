#pragma once

#include "cli/command.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace simpul::sdk {
class PluginManager;
struct CliCommand;
} // namespace simpul::sdk

namespace simpul::cli {

// Where simpulctl looks for plugin folders: --plugins DIR, else $SIMPUL_PLUGINS, else
// <simpulctl's directory>/../plugins (in the build tree: <build>/bin/../plugins). `explicitly`
// tells whether the user named it (a missing named directory is worth a warning; a missing
// default is not).
std::string pluginDirectory(const std::optional<std::string>& flag, bool* explicitly = nullptr);

// The CLI faces of the plugins in one directory, loaded for the life of one simpulctl run,
// and their commands as CommandSpecs. A plugin that cannot be loaded, or whose command would
// shadow a core command, is reported in problems() and left out; the other plugins and every
// core command still work.
class CliPlugins {
public:
  // `coreCommands`: simpulctl's own commands, which a plugin may not redefine.
  CliPlugins(const std::string& directory, bool explicitly,
             const std::vector<CommandSpec>& coreCommands);
  ~CliPlugins();
  CliPlugins(const CliPlugins&) = delete;
  CliPlugins& operator=(const CliPlugins&) = delete;

  // Valid while this object lives: the specs point into the plugins' command descriptions,
  // and their run functions into the plugins' libraries.
  const std::vector<CommandSpec>& commands() const { return m_specs; }
  // One line per problem ("plugin pmks: ..."), for stderr.
  const std::vector<std::string>& problems() const { return m_problems; }

private:
  void addCommands(const std::string& pluginId, std::vector<sdk::CliCommand> commands,
                   const std::vector<CommandSpec>& coreCommands);

  std::unique_ptr<sdk::PluginManager> m_manager;
  // Declared after m_manager so they are destroyed before the libraries are unloaded.
  std::vector<std::unique_ptr<sdk::CliCommand>> m_commands;
  std::vector<CommandSpec> m_specs;
  std::vector<std::string> m_problems;
};

} // namespace simpul::cli
