// simpulctl: the command-line administration of Simpul. Parses the global options, finds
// the command (one word, or a group and a subcommand: "user add"), parses its options and
// runs it. Exit status: 0 success, 1 the command failed, 2 the command line was wrong.
#include "cli/cli_plugins.h"
#include "cli/commands.h"

#include <algorithm>
#include <exception>
#include <iostream>
#include <span>
#include <string>
#include <vector>

#ifndef SIMPUL_VERSION
#error "SIMPUL_VERSION must be defined by the build (core/cli/CMakeLists.txt)"
#endif

namespace {

using namespace simpul::cli;

std::vector<CommandSpec> coreCommands() {
  std::vector<CommandSpec> all;
  for (auto group : {initCommands(), demoCommands(), loginCommands(), userCommands(),
                     wilayahCommands(), auditCommands(), backupCommands(), pluginCommands()}) {
    std::move(group.begin(), group.end(), std::back_inserter(all));
  }
  return all;
}

void listCommands(std::string& text, std::span<const CommandSpec> commands) {
  for (const auto& command : commands) {
    std::string left = "  " + std::string(command.name);
    left.resize(std::max<std::size_t>(left.size() + 2, 22), ' ');
    text += left + std::string(command.summary) + "\n";
  }
}

std::string overview(const std::vector<CommandSpec>& commands, std::size_t coreCount) {
  std::string text = "Usage: simpulctl [--server ADDR] [--tls-ca FILE] [--plugins DIR] COMMAND "
                     "[ARGS...]\n"
                     "       simpulctl --version | --help\n\n"
                     "Administer Simpul: the database file (init, restore) and a running\n"
                     "simpul-data service (everything else).\n\nCommands:\n";
  const std::span<const CommandSpec> all(commands);
  listCommands(text, all.first(coreCount));
  if (coreCount < all.size()) {
    text += "\nCommands from plugins:\n";
    listCommands(text, all.subspan(coreCount));
  }
  text += "\nGlobal options:\n"
          "  --server ADDR       simpul-data address: unix:/path or host:port\n"
          "                      (default $SIMPUL_SERVER)\n"
          "  --tls-ca FILE       PEM roots to trust for TLS (default $SIMPUL_TLS_CA)\n"
          "  --plugins DIR       plugin folders whose commands to offer (default\n"
          "                      $SIMPUL_PLUGINS, else ../plugins beside simpulctl's folder)\n"
          "  --version           print the version and exit\n"
          "  -h, --help          print this help and exit\n\n"
          "The token of `simpulctl login` is kept in $XDG_CONFIG_HOME/simpul/token (or\n"
          "~/.config/simpul/token); SIMPUL_TOKEN overrides it.\n"
          "Run `simpulctl COMMAND --help` for a command's arguments.\n";
  return text;
}

std::string groupHelp(std::string_view group, const std::vector<CommandSpec>& commands) {
  std::string text = "Usage: simpulctl " + std::string(group) + " SUBCOMMAND [ARGS...]\n\n";
  for (const auto& command : commands) {
    if (command.name.starts_with(std::string(group) + " ")) {
      std::string left = "  " + std::string(command.name);
      if (!command.synopsis.empty()) {
        left += " " + std::string(command.synopsis);
      }
      text += left + "\n      " + std::string(command.summary) + "\n";
    }
  }
  return text;
}

bool isGroup(std::string_view word, const std::vector<CommandSpec>& commands) {
  return std::any_of(commands.begin(), commands.end(), [&](const CommandSpec& c) {
    return c.name.starts_with(std::string(word) + " ");
  });
}

const CommandSpec* findCommand(std::string_view name, const std::vector<CommandSpec>& commands) {
  const auto found = std::find_if(commands.begin(), commands.end(),
                                  [&](const CommandSpec& c) { return c.name == name; });
  return found == commands.end() ? nullptr : &*found;
}

// The global options before the command. Returns the index of the command word.
std::size_t parseGlobalOptions(std::span<const std::string> args, ParsedArguments& global) {
  std::size_t i = 0;
  for (; i < args.size() && args[i].starts_with('-'); ++i) {
    std::string arg = args[i] == "-h" ? "--help" : args[i];
    if (arg == "--help" || arg == "--version") {
      global.flags.insert(arg);
      continue;
    }
    std::string name = arg.substr(0, arg.find('='));
    if (name != "--server" && name != "--tls-ca" && name != "--plugins") {
      throw UsageError("unknown option " + name + " (see simpulctl --help)");
    }
    if (global.has(name)) {
      throw UsageError("option " + name + " given more than once");
    }
    std::string value;
    if (name.size() < arg.size()) {
      value = arg.substr(name.size() + 1);
    } else if (i + 1 < args.size() && !args[i + 1].starts_with("--")) {
      value = args[++i];
    }
    if (value.empty()) {
      throw UsageError("missing value for " + name);
    }
    global.values.emplace(name, value);
  }
  return i;
}

int run(std::span<const std::string> args) {
  ParsedArguments global;
  const std::size_t at = parseGlobalOptions(args, global);
  std::vector<CommandSpec> commands = coreCommands();
  const std::size_t coreCount = commands.size();
  // Loaded before the command is looked up, so --help lists the plugins' commands too; a
  // plugin that fails is reported and the rest goes on. The specs copied into `commands`
  // only point into `plugins`, which outlives every call made through them.
  bool explicitly = false;
  const std::string pluginDir = pluginDirectory(global.value("--plugins"), &explicitly);
  const CliPlugins plugins(pluginDir, explicitly, commands);
  for (const std::string& problem : plugins.problems()) {
    std::cerr << "simpulctl: " << problem << '\n';
  }
  commands.insert(commands.end(), plugins.commands().begin(), plugins.commands().end());
  if (at == args.size()) {
    if (global.has("--version")) {
      std::cout << "simpulctl " << SIMPUL_VERSION << '\n';
      return kExitOk;
    }
    if (global.has("--help")) {
      std::cout << overview(commands, coreCount);
      return kExitOk;
    }
    std::cerr << overview(commands, coreCount);
    return kExitUsage;
  }

  std::string name = args[at];
  std::size_t rest = at + 1;
  if (isGroup(name, commands)) {
    if (rest == args.size() || args[rest] == "--help" || args[rest] == "-h") {
      const bool asked = rest < args.size() || global.has("--help");
      (asked ? std::cout : std::cerr) << groupHelp(name, commands);
      return asked ? kExitOk : kExitUsage;
    }
    name += " " + args[rest++];
  }
  const CommandSpec* spec = findCommand(name, commands);
  if (spec == nullptr) {
    throw UsageError("unknown command '" + name + "' (see simpulctl --help)");
  }
  if (global.has("--help")) {
    std::cout << commandHelp(*spec);
    return kExitOk;
  }
  ParsedArguments parsed =
      parseArguments(args.subspan(rest), *spec,
                     spec->needsServer ? serverOptions() : std::span<const OptionSpec>{});
  if (parsed.has("--help")) {
    std::cout << commandHelp(*spec);
    return kExitOk;
  }
  for (const auto& [option, value] : global.values) {
    if (option == "--plugins") {
      continue; // simpulctl's own, not the command's
    }
    if (!spec->needsServer) {
      throw UsageError("`simpulctl " + name + "` works on the database file; " + option +
                       " is not used");
    }
    if (parsed.has(option)) {
      throw UsageError("option " + option + " given more than once");
    }
    parsed.values.emplace(option, value);
  }
  Invocation invocation(*spec, std::move(parsed), std::cout, std::cerr);
  try {
    return spec->run(invocation);
  } catch (const UsageError& e) {
    std::cerr << "simpulctl " << name << ": " << e.what() << "\nRun `simpulctl " << name
              << " --help` for its arguments.\n";
    return kExitUsage;
  }
}

} // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return run(args);
  } catch (const UsageError& e) {
    std::cerr << "simpulctl: " << e.what() << '\n';
    return kExitUsage;
  } catch (const CommandError& e) {
    std::cerr << "simpulctl: " << e.what() << '\n';
    return kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "simpulctl: error: " << e.what() << '\n';
    return kExitFailure;
  }
}
