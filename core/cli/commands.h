#pragma once

#include "cli/command.h"

#include <vector>

namespace simpul::cli {

// The commands of each group, in the order `simpulctl --help` lists them. One file each.
std::vector<CommandSpec> initCommands();    // init (offline)
std::vector<CommandSpec> demoCommands();    // demo (offline)
std::vector<CommandSpec> loginCommands();   // login, logout, whoami
std::vector<CommandSpec> userCommands();    // user add|grant|list|bindings|revoke
std::vector<CommandSpec> wilayahCommands(); // wilayah get|children|search
std::vector<CommandSpec> auditCommands();   // audit verify
std::vector<CommandSpec> backupCommands();  // backup, restore (offline)
std::vector<CommandSpec> pluginCommands();  // plugins

} // namespace simpul::cli
