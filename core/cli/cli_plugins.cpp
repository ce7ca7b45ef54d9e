// simpulctl's plugin commands: the CLI faces (sdk/cli_face.h) of the plugins in the plugin
// directory, loaded with a PluginManager(Face::Cli) and adapted to CommandSpec.
#include "cli/cli_plugins.h"

#include "client/connection.h"
#include "sdk/cli_face.h"
#include "sdk/plugin_manager.h"

#include <QLoggingCategory>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <regex>
#include <unistd.h>

namespace simpul::cli {

namespace {

std::string firstWord(std::string_view name) {
  return std::string(name.substr(0, name.find(' ')));
}

// The SDK's CliInvocation over simpulctl's Invocation. What simpulctl throws (UsageError,
// CommandError) is turned into sdk::CliError on the way into the plugin, so a plugin can
// catch it, and back on the way out.
class PluginInvocation : public sdk::CliInvocation {
public:
  explicit PluginInvocation(Invocation& call) : m_call(call) {}

  const std::vector<std::string>& positionals() const override { return m_call.args().positionals; }
  std::optional<std::string> value(std::string_view option) const override {
    return m_call.args().value(option);
  }
  bool has(std::string_view option) const override { return m_call.args().has(option); }
  std::ostream& out() override { return m_call.out(); }
  std::ostream& err() override { return m_call.err(); }
  bool errIsTerminal() const override {
    return &m_call.err() == &std::cerr && ::isatty(STDERR_FILENO) == 1;
  }

  std::shared_ptr<grpc::Channel> channel() override { return session().channel(); }

  void prepare(grpc::ClientContext& context, std::chrono::seconds deadline) override {
    const std::string& token = session().token();
    if (!token.empty()) {
      context.AddMetadata("authorization", "Bearer " + token);
    }
    context.set_deadline(std::chrono::system_clock::now() + deadline);
  }

  void check(const grpc::Status& status, const grpc::ClientContext& context) override {
    try {
      m_call.check(status, context);
    } catch (const CommandError& e) {
      throw sdk::CliError::failure(e.what());
    }
  }

private:
  const client::Session& session() {
    try {
      return m_call.session();
    } catch (const UsageError& e) {
      throw sdk::CliError::usage(e.what());
    } catch (const CommandError& e) {
      throw sdk::CliError::failure(e.what());
    }
  }

  Invocation& m_call;
};

int runPluginCommand(const sdk::CliCommand& command, Invocation& call) {
  PluginInvocation invocation(call);
  try {
    return command.run(invocation);
  } catch (const sdk::CliError& e) {
    if (e.exitCode() == kExitUsage) {
      throw UsageError(e.what());
    }
    throw CommandError(e.what());
  }
}

} // namespace

std::string pluginDirectory(const std::optional<std::string>& flag, bool* explicitly) {
  if (explicitly != nullptr) {
    *explicitly = true;
  }
  if (flag) {
    return *flag;
  }
  if (const char* env = std::getenv("SIMPUL_PLUGINS"); env != nullptr && *env != '\0') {
    return env;
  }
  if (explicitly != nullptr) {
    *explicitly = false;
  }
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) {
    return {};
  }
  return (self.parent_path().parent_path() / "plugins").string();
}

CliPlugins::CliPlugins(const std::string& directory, bool explicitly,
                       const std::vector<CommandSpec>& coreCommands) {
  if (directory.empty()) {
    return;
  }
  std::error_code error;
  if (!std::filesystem::is_directory(directory, error)) {
    if (explicitly) {
      m_problems.push_back("plugin directory " + directory + " does not exist");
    }
    return;
  }
  // The manager logs its steps and failures on its category (QT_LOGGING_RULES still wins);
  // simpulctl reports failures itself, once,
  // in its own words, so the log lines would only repeat them.
  QLoggingCategory::setFilterRules(QStringLiteral("simpul.sdk.plugins=false"));
  m_manager = std::make_unique<sdk::PluginManager>(sdk::Face::Cli);
  m_manager->addSearchPath(QString::fromStdString(directory));
  m_manager->run();
  for (const sdk::PluginSpec* spec : m_manager->plugins()) {
    const std::string id = spec->id().toStdString();
    if (spec->hasFailed()) {
      m_problems.push_back("plugin " + id + ": " + spec->error().message.toStdString());
      continue;
    }
    if (spec->state() != sdk::PluginState::Running) {
      continue; // no CLI face
    }
    auto* face = dynamic_cast<sdk::CliFace*>(spec->face());
    if (face == nullptr) {
      continue;
    }
    try {
      addCommands(id, face->commands(), coreCommands);
    } catch (const std::exception& e) {
      m_problems.push_back("plugin " + id + ": commands() threw: " + e.what());
    }
  }
}

CliPlugins::~CliPlugins() {
  // The specs' run functions and option views point into the commands; the commands' run
  // functions into the libraries the manager unloads.
  m_specs.clear();
  m_commands.clear();
  m_manager.reset();
}

void CliPlugins::addCommands(const std::string& pluginId, std::vector<sdk::CliCommand> commands,
                             const std::vector<CommandSpec>& coreCommands) {
  static const std::regex nameRule("[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)?");
  static const std::regex optionRule("--[a-z][a-z0-9-]*");
  for (sdk::CliCommand& command : commands) {
    const std::string prefix = "plugin " + pluginId + ": command '" + command.name + "' ";
    if (!std::regex_match(command.name, nameRule) || !command.run) {
      m_problems.push_back(prefix + "is malformed (one or two lowercase words and a run "
                                    "function); left out");
      continue;
    }
    const std::string group = firstWord(command.name);
    const bool clashes =
        std::any_of(coreCommands.begin(), coreCommands.end(),
                    [&](const CommandSpec& core) { return firstWord(core.name) == group; }) ||
        std::any_of(m_specs.begin(), m_specs.end(), [&](const CommandSpec& other) {
          return other.name == command.name || (firstWord(other.name) == group &&
                                                (other.name.find(' ') == std::string_view::npos) !=
                                                    (command.name.find(' ') == std::string::npos));
        });
    if (clashes) {
      m_problems.push_back(prefix + "clashes with another command; left out");
      continue;
    }
    const bool badOption = std::any_of(
        command.options.begin(), command.options.end(), [&](const sdk::CliOption& option) {
          return !std::regex_match(option.name, optionRule) || option.name == "--help" ||
                 std::any_of(serverOptions().begin(), serverOptions().end(),
                             [&](const OptionSpec& s) { return s.name == option.name; });
        });
    if (badOption) {
      m_problems.push_back(prefix + "has a malformed or reserved option; left out");
      continue;
    }
    auto& stored = m_commands.emplace_back(std::make_unique<sdk::CliCommand>(std::move(command)));
    std::vector<OptionSpec> options;
    for (const sdk::CliOption& option : stored->options) {
      options.push_back({option.name, option.valueName, option.help});
    }
    const sdk::CliCommand* target = stored.get();
    m_specs.push_back({.name = stored->name,
                       .synopsis = stored->synopsis,
                       .summary = stored->summary,
                       .details = stored->details,
                       .options = std::move(options),
                       .minPositionals = stored->minPositionals,
                       .maxPositionals = stored->maxPositionals,
                       .needsServer = true,
                       .run = [target](Invocation& call) {
                         return runPluginCommand(*target, call);
                       }});
  }
}

} // namespace simpul::cli
