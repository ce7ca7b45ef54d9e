#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace simpul::server {

// What `simpul-data` was asked to do. Only syntax is checked here; the listen address is
// parsed and checked against the TLS options by parseListenAddress/validateListen
// (listen_address.h), the TLS files are read by makeServerCredentials (credentials.h).
struct ServerCommandLine {
  std::string dbPath;
  std::string listen;
  std::string pluginsDir; // "" = no plugin directory
  std::string tlsCert, tlsKey;
  std::int64_t maxAttachmentBytes = std::int64_t{16} * 1024 * 1024;
  std::chrono::seconds sessionTtl{std::chrono::hours{12}};
  bool showHelp = false, showVersion = false;
};

struct ServerCommandLineResult {
  std::optional<ServerCommandLine> commandLine; // set on success
  std::string error;                            // one line naming the option, set on failure
};

// Parses the arguments after the program name (argv[1..argc-1]). Accepts `--opt value` and
// `--opt=value`; `-h` is `--help`. With --help or --version, --db and --listen are not
// required (the caller prints and exits), but malformed options are still errors.
ServerCommandLineResult parseServerCommandLine(std::span<const std::string_view> args);

// The --help text, English, ending with a newline.
std::string serverUsage();

} // namespace simpul::server
