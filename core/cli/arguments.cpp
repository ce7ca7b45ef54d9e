#include "cli/command.h"

#include <algorithm>
#include <array>
#include <sstream>

namespace simpul::cli {

namespace {

constexpr std::array kServerOptions = {
    OptionSpec{"--server", "ADDR",
               "simpul-data address: unix:/path or host:port "
               "(default $SIMPUL_SERVER)"},
    OptionSpec{"--tls-ca", "FILE",
               "PEM roots to trust for TLS (default $SIMPUL_TLS_CA, else the "
               "system's; TLS is always on for a non-loopback host)"},
};

const OptionSpec kHelpOption{"--help", "", "print this help and exit"};

const OptionSpec* findOption(std::string_view name, std::span<const OptionSpec> own,
                             std::span<const OptionSpec> extra) {
  for (const auto specs : {own, extra}) {
    const auto found = std::find_if(specs.begin(), specs.end(),
                                    [&](const OptionSpec& o) { return o.name == name; });
    if (found != specs.end()) {
      return &*found;
    }
  }
  return name == kHelpOption.name ? &kHelpOption : nullptr;
}

std::string quoted(std::string_view text) {
  return "'" + std::string(text) + "'";
}

} // namespace

bool ParsedArguments::has(std::string_view option) const {
  return values.find(option) != values.end() || flags.find(option) != flags.end();
}

std::optional<std::string> ParsedArguments::value(std::string_view option) const {
  const auto found = values.find(option);
  if (found == values.end()) {
    return std::nullopt;
  }
  return found->second;
}

std::span<const OptionSpec> serverOptions() {
  return kServerOptions;
}

ParsedArguments parseArguments(std::span<const std::string> args, const CommandSpec& spec,
                               std::span<const OptionSpec> extraOptions) {
  ParsedArguments parsed;
  bool optionsEnded = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (optionsEnded || arg == "-" || !arg.starts_with('-')) {
      parsed.positionals.emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      optionsEnded = true;
      continue;
    }
    if (arg == "-h") {
      arg = "--help";
    }
    std::string_view name = arg;
    std::optional<std::string_view> value;
    if (const auto eq = arg.find('='); eq != std::string_view::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    }
    const OptionSpec* option = findOption(name, spec.options, extraOptions);
    if (option == nullptr) {
      throw UsageError("unknown option " + std::string(name) + " for `simpulctl " +
                       std::string(spec.name) + "`");
    }
    if (parsed.has(option->name)) {
      throw UsageError("option " + std::string(name) + " given more than once");
    }
    if (!option->takesValue()) {
      if (value) {
        throw UsageError("option " + std::string(name) + " takes no value");
      }
      parsed.flags.emplace(option->name);
      continue;
    }
    if (!value) {
      // A following option is far more likely a forgotten value than a value starting with
      // "--"; such a value can still be written --opt=--value.
      if (i + 1 >= args.size() || args[i + 1].starts_with("--")) {
        throw UsageError("missing value for " + std::string(name) + " " +
                         std::string(option->valueName));
      }
      value = args[++i];
    }
    if (value->empty()) {
      throw UsageError("empty value for " + std::string(name));
    }
    parsed.values.emplace(option->name, *value);
  }
  if (parsed.has("--help")) {
    return parsed;
  }
  const std::size_t count = parsed.positionals.size();
  if (count < spec.minPositionals) {
    throw UsageError("`simpulctl " + std::string(spec.name) + "` needs " +
                     std::string(spec.synopsis.substr(0, spec.synopsis.find(" ["))) +
                     " (missing argument)");
  }
  if (count > spec.maxPositionals) {
    throw UsageError("unexpected argument " + quoted(parsed.positionals[spec.maxPositionals]) +
                     " for `simpulctl " + std::string(spec.name) + "`");
  }
  return parsed;
}

std::string commandHelp(const CommandSpec& spec) {
  std::ostringstream text;
  text << "Usage: simpulctl " << spec.name;
  if (!spec.synopsis.empty()) {
    text << ' ' << spec.synopsis;
  }
  text << "\n\n" << spec.summary << "\n";
  if (!spec.details.empty()) {
    text << "\n" << spec.details;
    if (!spec.details.ends_with('\n')) {
      text << '\n';
    }
  }
  std::vector<OptionSpec> options(spec.options.begin(), spec.options.end());
  if (spec.needsServer) {
    options.insert(options.end(), kServerOptions.begin(), kServerOptions.end());
  }
  options.push_back(kHelpOption);
  text << "\nOptions:\n";
  for (const auto& option : options) {
    std::string left = "  " + std::string(option.name);
    if (option.takesValue()) {
      left += " " + std::string(option.valueName);
    }
    left.resize(std::max<std::size_t>(left.size() + 2, 26), ' ');
    text << left << option.help << '\n';
  }
  return text.str();
}

} // namespace simpul::cli
