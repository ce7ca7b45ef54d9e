#include "cli/command.h"
#include "client/status_text.h"
#include "client/token_store.h"

#include <array>
#include <cstdlib>
#include <iomanip>
#include <random>
#include <sstream>

namespace simpul::cli {

Invocation::Invocation(const CommandSpec& spec, ParsedArguments args, std::ostream& out,
                       std::ostream& err)
    : m_spec(spec), m_args(std::move(args)), m_out(out), m_err(err) {}

Invocation::~Invocation() = default;

std::string Invocation::serverAddress() const {
  const auto address = client::resolveServerAddress(m_args.value("--server"));
  if (!address) {
    throw UsageError("no server given: use --server ADDR (unix:/path/s.sock or host:port) or "
                     "set SIMPUL_SERVER");
  }
  return *address;
}

client::ChannelOptions Invocation::channelOptions() const {
  client::ChannelOptions options;
  if (auto ca = m_args.value("--tls-ca")) {
    options.tlsRootCertFile = std::move(*ca);
  } else if (const char* env = std::getenv("SIMPUL_TLS_CA"); env != nullptr && *env != '\0') {
    options.tlsRootCertFile = env;
  }
  return options;
}

const client::Session& Invocation::session() {
  if (!m_session) {
    const std::string address = serverAddress();
    std::string token;
    try {
      token = client::resolveToken(client::TokenStore::atDefaultPath()).value_or("");
    } catch (const client::TokenStoreError& e) {
      throw CommandError(e.what());
    }
    try {
      m_session = std::make_unique<client::Session>(address, std::move(token), channelOptions());
    } catch (const std::invalid_argument& e) {
      throw UsageError(e.what());
    } catch (const std::runtime_error& e) {
      throw CommandError(e.what());
    }
  }
  return *m_session;
}

const client::Session& Invocation::anonymousSession() {
  if (!m_session) {
    try {
      m_session = std::make_unique<client::Session>(serverAddress(), "", channelOptions());
    } catch (const std::invalid_argument& e) {
      throw UsageError(e.what());
    } catch (const std::runtime_error& e) {
      throw CommandError(e.what());
    }
  }
  return *m_session;
}

void Invocation::check(const grpc::Status& status, const grpc::ClientContext& context) const {
  if (status.ok()) {
    return;
  }
  std::string text = client::describeStatus(status, context);
  switch (status.error_code()) {
  case grpc::StatusCode::UNAUTHENTICATED:
    if (m_session && m_session->token().empty()) {
      text += "\nbelum masuk / not logged in: run `simpulctl login --user NAME` (or set "
              "SIMPUL_TOKEN)";
    } else {
      text += "\nsesi berakhir atau ditolak / session expired or refused: run `simpulctl login "
              "--user NAME` again";
    }
    break;
  case grpc::StatusCode::UNAVAILABLE:
    text += "\napakah simpul-data berjalan? / is simpul-data running at " +
            (m_session ? m_session->address() : std::string("the address")) + "?";
    break;
  case grpc::StatusCode::DEADLINE_EXCEEDED:
    text += "\nserver tidak menjawab tepat waktu / the server did not answer in time";
    break;
  default:
    break;
  }
  throw CommandError(text);
}

void forEachPage(const std::function<std::string(const std::string& pageToken)>& fetch) {
  std::string token;
  do {
    std::string next = fetch(token);
    if (!next.empty() && next == token) {
      throw CommandError("server mengulang halaman yang sama / the server returned the same page "
                         "token twice; stopping");
    }
    token = std::move(next);
  } while (!token.empty());
}

std::string newRequestId() {
  std::random_device random;
  std::ostringstream id;
  for (int i = 0; i < 4; ++i) {
    id << std::hex << std::setw(8) << std::setfill('0') << random();
  }
  return id.str();
}

} // namespace simpul::cli
