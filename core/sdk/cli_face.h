#pragma once

#include "sdk/plugin_face.h"
#include "sdk/sdk_export.h"

#include <QObject>
#include <chrono>
#include <cstddef>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// The SDK must not depend on gRPC: simpulctl (which links gRPC) implements CliInvocation, and
// a plugin's CLI face links gRPC and its own generated stubs itself.
namespace grpc {
class Channel;
class ClientContext;
class Status;
} // namespace grpc

namespace simpul::sdk {

// simpulctl's exit statuses, the same for its own commands and plugin commands.
inline constexpr int kCliExitOk = 0;
inline constexpr int kCliExitFailure = 1; // the command ran and failed (gRPC error, bad file...)
inline constexpr int kCliExitUsage = 2;   // the command line was wrong; nothing was done

// Thrown by a command (or by CliInvocation::check) to end with `exitCode()` and `what()` on
// stderr. Usage errors (kCliExitUsage) get a pointer to the command's --help as well. The
// message is for the user: Indonesian " / " English, never a NIK, a name or a password.
class SIMPUL_SDK_EXPORT CliError : public std::runtime_error {
public:
  CliError(int exitCode, const std::string& message);
  ~CliError() override;
  int exitCode() const { return m_exitCode; }

  static CliError usage(const std::string& message) { return {kCliExitUsage, message}; }
  static CliError failure(const std::string& message) { return {kCliExitFailure, message}; }

private:
  int m_exitCode;
};

struct CliOption {
  std::string name{};      // "--status"
  std::string valueName{}; // "STATUS"; empty for a flag
  std::string help{};      // one line for --help
};

// What a running plugin command works with. simpulctl has already checked the options and the
// number of positionals against the command's CliCommand.
class SIMPUL_SDK_EXPORT CliInvocation {
public:
  CliInvocation() = default;
  CliInvocation(const CliInvocation&) = delete;
  CliInvocation& operator=(const CliInvocation&) = delete;
  virtual ~CliInvocation();

  virtual const std::vector<std::string>& positionals() const = 0;
  // The value of an option given with one ("--status validated"), else nullopt.
  virtual std::optional<std::string> value(std::string_view option) const = 0;
  // Whether an option was given, with or without a value.
  virtual bool has(std::string_view option) const = 0;

  virtual std::ostream& out() = 0;
  virtual std::ostream& err() = 0;
  // Whether stderr is a terminal (a progress line may then rewrite itself with '\r').
  virtual bool errIsTerminal() const = 0;

  // The channel to simpul-data (--server or $SIMPUL_SERVER, TLS per --tls-ca). Throws CliError
  // (usage) when no server is given.
  virtual std::shared_ptr<grpc::Channel> channel() = 0;
  // Readies a context for one call: the signed-in user's token and a deadline from now, so a
  // hung server cannot hang the command forever. Long streams pass a longer deadline.
  virtual void prepare(grpc::ClientContext& context,
                       std::chrono::seconds deadline = std::chrono::seconds(30)) = 0;
  // Throws CliError (failure) with the status described the way simpulctl's own commands do
  // (code, bilingual message, the field at fault, and hints such as "not logged in") unless
  // the status is OK.
  virtual void check(const grpc::Status& status, const grpc::ClientContext& context) = 0;
};

// One simpulctl command a plugin adds: "simpulctl pmks import FILE ...". The first word of the
// name is the group ("pmks"); the CLI face's commands should all share their plugin's id as
// group, so two plugins cannot clash. A name that clashes with a core command is refused.
struct CliCommand {
  // Every member has a default so that designated initializers may leave any out.
  std::string name{};     // "pmks import"
  std::string synopsis{}; // "FILE [--status STATUS]"
  std::string summary{};  // one line for the command list
  std::string details{};  // further --help text; may be empty
  std::vector<CliOption> options{};
  std::size_t minPositionals = 0;
  std::size_t maxPositionals = 0;
  // The exit status (kCliExit...); may throw CliError.
  std::function<int(CliInvocation&)> run{};
};

// The face of a plugin loaded by simpulctl: the commands it adds.
class SIMPUL_SDK_EXPORT CliFace : public PluginFace {
public:
  ~CliFace() override;

  // Called after initialize(); the commands (and their run functions) stay valid until
  // shutdown().
  virtual std::vector<CliCommand> commands() const = 0;
};

} // namespace simpul::sdk

// See SIMPUL_SERVER_FACE_IID.
#define SIMPUL_CLI_FACE_IID "org.simpul.CliFace/1.0"
Q_DECLARE_INTERFACE(simpul::sdk::CliFace, SIMPUL_CLI_FACE_IID)
