#include "server/transport/command_line.h"

#include <charconv>
#include <functional>
#include <set>
#include <vector>

namespace simpul::server {

namespace {

// Upper bounds keep arithmetic on these values (deadlines, buffer sizes) far from overflow
// and catch a typo such as an extra digit group.
constexpr std::int64_t kMaxAttachmentBytesLimit = std::int64_t{1} << 40; // 1 TiB
constexpr std::int64_t kMaxSessionTtlMinutes = 366 * 24 * 60;            // one year

std::optional<std::int64_t> parseInteger(std::string_view text) {
  std::int64_t value = 0;
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc{} || ptr != end) {
    return std::nullopt;
  }
  return value;
}

std::string parseBounded(std::string_view option, std::string_view text, std::int64_t max,
                         std::int64_t& out) {
  const auto value = parseInteger(text);
  if (!value || *value < 1 || *value > max) {
    return std::string(option) + ": expected a whole number from 1 to " + std::to_string(max) +
           ", got '" + std::string(text) + "'";
  }
  out = *value;
  return {};
}

using ApplyOption = std::function<std::string(ServerCommandLine&, std::string_view)>;

struct OptionSpec {
  std::string_view name;
  bool takesValue;
  ApplyOption apply; // stores the value or sets the flag; returns an error message or ""
};

ApplyOption storeString(std::string ServerCommandLine::*member) {
  return [member](ServerCommandLine& c, std::string_view value) {
    c.*member = std::string(value);
    return std::string();
  };
}

ApplyOption setFlag(bool ServerCommandLine::*member) {
  return [member](ServerCommandLine& c, std::string_view) {
    c.*member = true;
    return std::string();
  };
}

const std::vector<OptionSpec>& optionSpecs() {
  static const std::vector<OptionSpec> specs = {
      {"--db", true, storeString(&ServerCommandLine::dbPath)},
      {"--listen", true, storeString(&ServerCommandLine::listen)},
      {"--plugins", true, storeString(&ServerCommandLine::pluginsDir)},
      {"--tls-cert", true, storeString(&ServerCommandLine::tlsCert)},
      {"--tls-key", true, storeString(&ServerCommandLine::tlsKey)},
      {"--max-attachment-bytes", true,
       [](ServerCommandLine& c, std::string_view value) {
         return parseBounded("--max-attachment-bytes", value, kMaxAttachmentBytesLimit,
                             c.maxAttachmentBytes);
       }},
      {"--session-ttl-minutes", true,
       [](ServerCommandLine& c, std::string_view value) {
         std::int64_t minutes = 0;
         auto error = parseBounded("--session-ttl-minutes", value, kMaxSessionTtlMinutes, minutes);
         if (error.empty()) {
           c.sessionTtl = std::chrono::minutes{minutes};
         }
         return error;
       }},
      {"--help", false, setFlag(&ServerCommandLine::showHelp)},
      {"--version", false, setFlag(&ServerCommandLine::showVersion)},
  };
  return specs;
}

const OptionSpec* findOption(std::string_view name) {
  for (const auto& spec : optionSpecs()) {
    if (spec.name == name) {
      return &spec;
    }
  }
  return nullptr;
}

ServerCommandLineResult failure(std::string message) {
  return {std::nullopt, std::move(message)};
}

} // namespace

ServerCommandLineResult parseServerCommandLine(std::span<const std::string_view> args) {
  ServerCommandLine result;
  std::set<std::string_view> seen;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (arg == "-h") {
      arg = "--help";
    }
    if (!arg.starts_with("--") || arg == "--") {
      return failure("unexpected argument '" + std::string(arg) +
                     "' (every setting is an option such as --db PATH; see --help)");
    }
    std::string_view name = arg;
    std::optional<std::string_view> value;
    if (const auto eq = arg.find('='); eq != std::string_view::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
    }
    const OptionSpec* spec = findOption(name);
    if (spec == nullptr) {
      return failure("unknown option " + std::string(name) + " (see --help)");
    }
    if (!seen.insert(spec->name).second) {
      return failure("option " + std::string(name) + " given more than once");
    }
    if (!spec->takesValue) {
      if (value) {
        return failure("option " + std::string(name) + " takes no value");
      }
    } else if (!value) {
      // The next argument is the value, unless it is missing or is itself an option: a path
      // starting with "--" is far less likely than a forgotten value ("--db --listen ...").
      // Such a path can still be given as --db=--odd-name.
      if (i + 1 >= args.size()) {
        return failure("missing value for " + std::string(name));
      }
      if (args[i + 1].starts_with("--")) {
        return failure("missing value for " + std::string(name) + " (found option " +
                       std::string(args[i + 1]) + " instead)");
      }
      value = args[++i];
    }
    if (spec->takesValue && value->empty()) {
      return failure("empty value for " + std::string(name));
    }
    if (auto error = spec->apply(result, value.value_or("")); !error.empty()) {
      return failure(std::move(error));
    }
  }

  if (!result.tlsCert.empty() && result.tlsKey.empty()) {
    return failure("--tls-cert needs --tls-key (the private key of that certificate)");
  }
  if (result.tlsCert.empty() && !result.tlsKey.empty()) {
    return failure("--tls-key needs --tls-cert (the certificate of that key)");
  }
  if (!result.showHelp && !result.showVersion) {
    if (result.dbPath.empty()) {
      return failure("missing required option --db PATH (the database file)");
    }
    if (result.listen.empty()) {
      return failure("missing required option --listen ADDR (unix:/path or host:port)");
    }
  }
  return {std::move(result), {}};
}

std::string serverUsage() {
  return R"(Usage: simpul-data --db PATH --listen ADDR [options]

The Simpul data service: a gRPC server that owns the database and hosts the plugins'
server modules.

Required:
  --db PATH                    SQLite database file (created if missing).
  --listen ADDR                Where to accept connections. ADDR is one of:
                                 unix:/abs/path      a unix socket, created with mode 0600
                                 unix:rel/path       the same, relative to the working dir
                                 127.0.0.1:50051     IPv4 host and port (port 0 = any free)
                                 [::1]:50051         IPv6 host in brackets and port
                                 localhost:50051     loopback by name
                               A TCP address other than loopback needs --tls-cert and
                               --tls-key: tokens and personal data must not cross the
                               network in clear text.

Options:
  --plugins DIR                Directory of plugin folders to load.
  --tls-cert FILE              PEM certificate (chain) to serve TLS with; needs --tls-key.
  --tls-key FILE               PEM private key of that certificate; needs --tls-cert.
  --max-attachment-bytes N     Largest attachment accepted, in bytes (default 16777216).
  --session-ttl-minutes N      Lifetime of a login session in minutes (default 720).
  --version                    Print the version and exit.
  -h, --help                   Print this help and exit.

Options also take the form --option=value. SIGTERM or SIGINT stops the service after the
calls in progress have finished.
)";
}

} // namespace simpul::server
