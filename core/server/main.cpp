// simpul-data: the shared data service. See serverUsage() (server/transport/command_line.cpp)
// for the options and DataServer (server/data_server.h) for what it does.

#include "server/data_server.h"
#include "server/transport/command_line.h"
#include "server/transport/request_log.h"
#include "server/transport/shutdown_signal.h"

#include <cstdio>
#include <exception>
#include <iostream>
#include <string_view>
#include <vector>

int main(int argc, char** argv) {
  using namespace simpul::server;
  // Before any thread exists, so that every thread inherits the blocked mask and only the
  // waiting thread takes SIGTERM/SIGINT (see shutdown_signal.h).
  blockShutdownSignals();

  std::vector<std::string_view> args(argv + 1, argv + argc);
  const ServerCommandLineResult parsed = parseServerCommandLine(args);
  if (!parsed.commandLine) {
    std::cerr << "simpul-data: " << parsed.error << "\n"
              << "Try `simpul-data --help`.\n";
    return 2;
  }
  const ServerCommandLine& cl = *parsed.commandLine;
  if (cl.showHelp) {
    std::cout << serverUsage();
    return 0;
  }
  if (cl.showVersion) {
    std::cout << "simpul-data " << SIMPUL_VERSION << "\n";
    return 0;
  }

  DataServerOptions options;
  options.dbPath = cl.dbPath;
  options.listen = cl.listen;
  options.pluginsDir = cl.pluginsDir;
  options.tlsCert = cl.tlsCert;
  options.tlsKey = cl.tlsKey;
  options.maxAttachmentBytes = cl.maxAttachmentBytes;
  options.sessionTtl = cl.sessionTtl;
  options.log = stderrLogSink();

  std::unique_ptr<DataServer> server;
  try {
    server = DataServer::start(options);
  } catch (const std::exception& e) {
    std::cerr << "simpul-data: cannot start: " << e.what() << "\n";
    return 1;
  }
  ShutdownSignal stop([&](std::string_view reason) {
    options.log(std::string("received ") + std::string(reason) + ", draining calls");
    server->shutdown(std::chrono::seconds(10));
  });
  server->wait();
  return 0;
}
