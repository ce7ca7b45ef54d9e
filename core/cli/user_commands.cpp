// user add|grant|list|bindings|revoke: accounts and their role bindings (UserService).
#include "cli/commands.h"
#include "cli/password_input.h"
#include "simpul/core/v1/user.grpc.pb.h"

#include <map>
#include <ostream>

namespace simpul::cli {

namespace {

namespace v1 = simpul::core::v1;

constexpr int kPageSize = 500; // the most ListUsers/ListRoleBindings give per page

// "psm@32.04.12.2003", or "admin@*" for a binding that holds everywhere.
std::string bindingText(const v1::RoleBinding& binding) {
  return binding.role() + "@" + (binding.wilayah_code().empty() ? "*" : binding.wilayah_code());
}

std::vector<v1::RoleBinding> listBindings(Invocation& call, const std::string& username) {
  const auto& session = call.session();
  auto stub = v1::UserService::NewStub(session.channel());
  std::vector<v1::RoleBinding> bindings;
  forEachPage([&](const std::string& pageToken) {
    v1::ListRoleBindingsRequest request;
    request.set_username(username);
    request.set_page_size(kPageSize);
    request.set_page_token(pageToken);
    v1::ListRoleBindingsResponse response;
    auto context = session.context();
    call.check(stub->ListRoleBindings(context.get(), request, &response), *context);
    bindings.insert(bindings.end(), response.role_bindings().begin(),
                    response.role_bindings().end());
    return response.next_page_token();
  });
  return bindings;
}

int addUser(Invocation& call) {
  const std::string& username = call.args().positionals[0];
  const auto& session = call.session();
  v1::CreateUserRequest request;
  request.set_request_id(newRequestId());
  request.mutable_user()->set_username(username);
  request.mutable_user()->set_display_name(call.args().value("--display-name").value_or(""));
  request.set_password(obtainPassword(call.args().value("--password-file"), "--password-file",
                                      "Kata sandi baru / New password: ", true));
  v1::User user;
  auto context = session.context();
  call.check(v1::UserService::NewStub(session.channel())->CreateUser(context.get(), request, &user),
             *context);
  call.out() << "pengguna dibuat / user created: " << user.name() << '\n';
  return kExitOk;
}

int grantRole(Invocation& call) {
  const auto& session = call.session();
  v1::GrantRoleRequest request;
  request.set_request_id(newRequestId());
  request.set_username(call.args().positionals[0]);
  request.set_role(call.args().positionals[1]);
  request.set_wilayah_code(call.args().value("--wilayah").value_or(""));
  v1::RoleBinding binding;
  auto context = session.context();
  call.check(
      v1::UserService::NewStub(session.channel())->GrantRole(context.get(), request, &binding),
      *context);
  call.out() << "peran diberikan / role granted: " << binding.name() << '\t' << bindingText(binding)
             << '\n';
  return kExitOk;
}

int listUsers(Invocation& call) {
  const auto& session = call.session();
  auto stub = v1::UserService::NewStub(session.channel());
  std::vector<v1::User> users;
  forEachPage([&](const std::string& pageToken) {
    v1::ListUsersRequest request;
    request.set_page_size(kPageSize);
    request.set_page_token(pageToken);
    v1::ListUsersResponse response;
    auto context = session.context();
    call.check(stub->ListUsers(context.get(), request, &response), *context);
    users.insert(users.end(), response.users().begin(), response.users().end());
    return response.next_page_token();
  });
  std::map<std::string, std::string> roles; // username → "psm@32.04,admin@*"
  for (const auto& binding : listBindings(call, "")) {
    std::string& text = roles[binding.username()];
    text += (text.empty() ? "" : ",") + bindingText(binding);
  }
  for (const auto& user : users) {
    call.out() << user.username() << '\t' << user.display_name() << '\t'
               << (user.disabled() ? "disabled" : "active") << '\t' << roles[user.username()]
               << '\n';
  }
  return kExitOk;
}

int listUserBindings(Invocation& call) {
  const std::string username =
      call.args().positionals.empty() ? std::string() : call.args().positionals[0];
  for (const auto& binding : listBindings(call, username)) {
    call.out() << binding.name() << '\t' << binding.username() << '\t' << bindingText(binding)
               << '\n';
  }
  return kExitOk;
}

int revokeRole(Invocation& call) {
  const auto& session = call.session();
  v1::RevokeRoleRequest request;
  request.set_name(call.args().positionals[0]);
  v1::RevokeRoleResponse response;
  auto context = session.context();
  call.check(
      v1::UserService::NewStub(session.channel())->RevokeRole(context.get(), request, &response),
      *context);
  call.out() << "peran dicabut / role revoked: " << request.name() << '\n';
  return kExitOk;
}

} // namespace

std::vector<CommandSpec> userCommands() {
  return {
      {.name = "user add",
       .synopsis = "USER [--display-name NAME] [--password-file FILE]",
       .summary = "Create a user (needs core.user.manage).",
       .details = "USER is 3-64 characters of a-z 0-9 . _ -. The password (at least 10\n"
                  "characters) comes from --password-file or is asked for twice on the terminal.\n"
                  "The new user holds no role until `simpulctl user grant`.\n",
       .options = {{"--display-name", "NAME", "the name shown in the desktop"},
                   {"--password-file", "FILE", "read the password from the file's first line"}},
       .minPositionals = 1,
       .maxPositionals = 1,
       .run = addUser},
      {.name = "user grant",
       .synopsis = "USER ROLE [--wilayah CODE]",
       .summary = "Give USER the role ROLE within a wilayah (everywhere without --wilayah).",
       .details = "CODE is a Kemendagri code, dotted (32.04.12.2003) or plain (3204122003).\n"
                  "You can only grant within your own scope.\n",
       .options = {{"--wilayah", "CODE", "limit the role to this wilayah and below it"}},
       .minPositionals = 2,
       .maxPositionals = 2,
       .run = grantRole},
      {.name = "user list",
       .summary = "List users: username, display name, active/disabled, role@wilayah,...",
       .details = "One line per user, tab-separated; \"*\" stands for everywhere.\n",
       .run = listUsers},
      {.name = "user bindings",
       .synopsis = "[USER]",
       .summary = "List role bindings (of one user, or of everyone you may see).",
       .details = "One line per binding: its name (for `user revoke`), the user, role@wilayah.\n",
       .maxPositionals = 1,
       .run = listUserBindings},
      {.name = "user revoke",
       .synopsis = "BINDING_NAME",
       .summary = "Remove a role binding (users/USER/roleBindings/ID, see `user bindings`).",
       .minPositionals = 1,
       .maxPositionals = 1,
       .run = revokeRole},
  };
}

} // namespace simpul::cli
