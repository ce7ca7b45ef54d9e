#pragma once

#include "client/connection.h"

#include <functional>
#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace simpul::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1; // the command ran and failed (gRPC error, bad file...)
inline constexpr int kExitUsage = 2;   // the command line was wrong; nothing was done

// The command line is wrong (unknown option, missing argument...): exit 2. The message says
// what is wrong in one line.
class UsageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// The command could not do its work: exit 1. The message is for the user (Indonesian " / "
// English where we write it) and never holds a NIK, a person's name or a password.
class CommandError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

struct OptionSpec {
  std::string_view name;      // "--password-file"
  std::string_view valueName; // "FILE"; empty for a flag
  std::string_view help;      // one line for --help

  bool takesValue() const { return !valueName.empty(); }
};

// The command line after the command name, checked against the command's options.
struct ParsedArguments {
  std::vector<std::string> positionals;
  std::map<std::string, std::string, std::less<>> values; // options given with a value
  std::set<std::string, std::less<>> flags;               // options given without one

  bool has(std::string_view option) const;
  std::optional<std::string> value(std::string_view option) const;
};

class Invocation;

struct CommandSpec {
  std::string_view name{};     // "wilayah children"
  std::string_view synopsis{}; // "[CODE]"
  std::string_view summary{};  // one line for the command list
  std::string_view details{};  // further --help text; may be empty
  std::vector<OptionSpec> options{};
  std::size_t minPositionals = 0;
  std::size_t maxPositionals = 0;
  // Talks to simpul-data: takes --server/--tls-ca and gets a Session.
  bool needsServer = true;
  std::function<int(Invocation&)> run{};
};

// What a running command works with: its arguments, its output streams and, for commands
// that talk to the server, the session (address from --server or $SIMPUL_SERVER, token from
// $SIMPUL_TOKEN or the token file).
class Invocation {
public:
  Invocation(const CommandSpec& spec, ParsedArguments args, std::ostream& out, std::ostream& err);
  ~Invocation();

  const CommandSpec& spec() const { return m_spec; }
  const ParsedArguments& args() const { return m_args; }
  std::ostream& out() { return m_out; }
  std::ostream& err() { return m_err; }

  // The server address; throws UsageError when neither --server nor $SIMPUL_SERVER gives one.
  std::string serverAddress() const;
  // A session with the stored token, or with none (the server then answers
  // UNAUTHENTICATED, and fail() adds how to log in). Throws CommandError when the token
  // file is refused (readable by others...).
  const client::Session& session();
  // A session without a token, for Login.
  const client::Session& anonymousSession();

  // Throws CommandError with describeStatus() text and a hint for the usual causes
  // (not logged in, server not running) when the call failed.
  void check(const grpc::Status& status, const grpc::ClientContext& context) const;

private:
  client::ChannelOptions channelOptions() const;

  const CommandSpec& m_spec;
  ParsedArguments m_args;
  std::ostream& m_out;
  std::ostream& m_err;
  std::unique_ptr<client::Session> m_session;
};

// Parses the arguments after the command name: "--opt value", "--opt=value", flags, "-h" as
// "--help", "--" ending the options. Throws UsageError for an unknown or repeated option, a
// missing value, a value given to a flag and a wrong number of positionals (unless --help
// was given, which the caller handles first).
ParsedArguments parseArguments(std::span<const std::string> args, const CommandSpec& spec,
                               std::span<const OptionSpec> extraOptions = {});

// The options every server command accepts besides its own.
std::span<const OptionSpec> serverOptions();

// "Usage: simpulctl <name> <synopsis>" plus the summary, details and option table.
std::string commandHelp(const CommandSpec& spec);

// Calls fetch(pageToken) until it returns an empty next-page token; fetch returns the next
// token. Refuses a server that hands back the same token twice (it would loop forever).
void forEachPage(const std::function<std::string(const std::string& pageToken)>& fetch);

// A fresh request_id for a create, so a retried call is not applied twice.
std::string newRequestId();

} // namespace simpul::cli
