// login, logout, whoami: the session a person works under.
#include "cli/commands.h"
#include "cli/password_input.h"
#include "client/token_store.h"
#include "simpul/core/v1/auth.grpc.pb.h"

#include <cstdlib>
#include <ctime>
#include <ostream>

namespace simpul::cli {

namespace {

namespace v1 = simpul::core::v1;

std::string formatUtc(std::int64_t seconds) {
  const std::time_t time = static_cast<std::time_t>(seconds);
  std::tm utc{};
  ::gmtime_r(&time, &utc);
  char text[32] = {};
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &utc);
  return text;
}

client::TokenStore tokenStore() {
  try {
    return client::TokenStore::atDefaultPath();
  } catch (const client::TokenStoreError& e) {
    throw CommandError(e.what());
  }
}

int login(Invocation& call) {
  const std::string username = *call.args().value("--user");
  const auto store = tokenStore();
  std::string password = obtainPassword(call.args().value("--password-file"), "--password-file",
                                        "Kata sandi / Password: ", false);
  const auto& session = call.anonymousSession();
  v1::LoginRequest request;
  request.set_username(username);
  request.set_password(password);
  password.assign(password.size(), '\0');
  v1::LoginResponse response;
  auto context = session.context();
  call.check(v1::AuthService::NewStub(session.channel())->Login(context.get(), request, &response),
             *context);
  try {
    store.save(response.token());
  } catch (const client::TokenStoreError& e) {
    throw CommandError(e.what());
  }
  call.out() << "masuk sebagai / logged in as " << username << " until "
             << formatUtc(response.expire_time().seconds()) << "; token in "
             << store.path().string() << '\n';
  if (const char* env = std::getenv("SIMPUL_TOKEN"); env != nullptr && *env != '\0') {
    call.err() << "peringatan / warning: SIMPUL_TOKEN is set and is used instead of this token "
                  "until you unset it\n";
  }
  return kExitOk;
}

int logout(Invocation& call) {
  const auto store = tokenStore();
  const auto& session = call.session();
  if (session.token().empty()) {
    call.out() << "tidak sedang masuk / not logged in\n";
    return kExitOk;
  }
  v1::LogoutResponse response;
  auto context = session.context();
  const grpc::Status status = v1::AuthService::NewStub(session.channel())
                                  ->Logout(context.get(), v1::LogoutRequest{}, &response);
  // The local file goes in any case: the user asked to be logged out here. An expired or
  // already revoked token (UNAUTHENTICATED) is as good as revoked. A token from SIMPUL_TOKEN
  // is not the file's: the file is left alone then.
  const char* env = std::getenv("SIMPUL_TOKEN");
  const bool fromEnvironment = env != nullptr && *env != '\0';
  bool removed = false;
  try {
    removed = !fromEnvironment && store.remove();
  } catch (const client::TokenStoreError& e) {
    call.err() << e.what() << '\n';
  }
  if (!status.ok() && status.error_code() != grpc::StatusCode::UNAUTHENTICATED) {
    call.err() << "token tidak dicabut di server / the server did not revoke the token; it stays "
                  "valid until it expires\n";
    call.check(status, *context);
  }
  if (fromEnvironment) {
    call.err() << "token dari SIMPUL_TOKEN dicabut / the token from SIMPUL_TOKEN is revoked: "
                  "unset SIMPUL_TOKEN\n";
  }
  call.out() << "keluar / logged out" << (removed ? "; token file removed" : "") << '\n';
  return kExitOk;
}

int whoAmI(Invocation& call) {
  const auto& session = call.session();
  v1::WhoAmIResponse response;
  auto context = session.context();
  call.check(v1::AuthService::NewStub(session.channel())
                 ->WhoAmI(context.get(), v1::WhoAmIRequest{}, &response),
             *context);
  call.out() << "user\t" << response.user().username() << '\n';
  for (const auto& binding : response.role_bindings()) {
    call.out() << "role\t" << binding.role() << '@'
               << (binding.wilayah_code().empty() ? "*" : binding.wilayah_code()) << '\n';
  }
  for (const auto& permission : response.permissions()) {
    call.out() << "permission\t" << permission << '\n';
  }
  return kExitOk;
}

} // namespace

std::vector<CommandSpec> loginCommands() {
  return {
      {.name = "login",
       .synopsis = "--user USER [--password-file FILE]",
       .summary = "Sign in and keep the token in the token file.",
       .details = "The token is written to $XDG_CONFIG_HOME/simpul/token (or\n"
                  "~/.config/simpul/token) with mode 0600; later commands use it unless\n"
                  "SIMPUL_TOKEN is set. Without --password-file the password is asked for on the\n"
                  "terminal.\n",
       .options = {{"--user", "USER", "the username (required)"},
                   {"--password-file", "FILE", "read the password from the file's first line"}},
       .run =
           [](Invocation& call) {
             if (!call.args().has("--user")) {
               throw UsageError("`simpulctl login` needs --user USER");
             }
             return login(call);
           }},
      {.name = "logout",
       .summary = "Revoke the stored token on the server and delete the token file.",
       .run = logout},
      {.name = "whoami",
       .summary = "Print the signed-in user, its role bindings and permissions.",
       .run = whoAmI},
  };
}

} // namespace simpul::cli
