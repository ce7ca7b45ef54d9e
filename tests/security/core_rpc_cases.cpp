// Request builders of the core services (see rpc_cases.h). Core resources have no sensitive
// variant; "out of scope" means a resource of the desa in Garut (SecurityFixture::kOutDesa).
#include "rpc_cases.h"
#include "simpul/core/v1/audit.grpc.pb.h"
#include "simpul/core/v1/auth.grpc.pb.h"
#include "simpul/core/v1/backup.grpc.pb.h"
#include "simpul/core/v1/inbox.grpc.pb.h"
#include "simpul/core/v1/plugin.grpc.pb.h"
#include "simpul/core/v1/user.grpc.pb.h"
#include "simpul/core/v1/wilayah_service.grpc.pb.h"

namespace simpul::testing {

namespace v1 = simpul::core::v1;
namespace pmks = simpul::pmks::v1;
using F = SecurityFixture;

namespace {

std::vector<RpcCase> authCases() {
  return {
      {"simpul.core.v1.AuthService/Login", false,
       [](F& f, Target, const Caller& c) {
         // Public: a correct login works whatever token comes along.
         auto stub = v1::AuthService::NewStub(f.chan());
         v1::LoginRequest request;
         request.set_username("m.login");
         request.set_password(F::kUserPassword);
         v1::LoginResponse response;
         return F::outcome(
             callAs(f, c.token, *stub, &v1::AuthService::Stub::Login, request, &response));
       }},
      {"simpul.core.v1.AuthService/Logout", false,
       [](F& f, Target, const Caller& c) {
         // Logout ends the session it is called with: use a fresh one of the same user
         // (a caller without a role is called with its own token, dead or none).
         const std::string token = c.role.empty() ? c.token : f.freshToken(c.role);
         auto stub = v1::AuthService::NewStub(f.chan());
         v1::LogoutResponse response;
         return F::outcome(callAs(f, token, *stub, &v1::AuthService::Stub::Logout, {}, &response));
       }},
      {"simpul.core.v1.AuthService/WhoAmI", false,
       [](F& f, Target, const Caller& c) {
         auto stub = v1::AuthService::NewStub(f.chan());
         v1::WhoAmIResponse response;
         return F::outcome(
             callAs(f, c.token, *stub, &v1::AuthService::Stub::WhoAmI, {}, &response));
       }},
  };
}

std::vector<RpcCase> userCases() {
  using S = v1::UserService::Stub;
  return {
      {"simpul.core.v1.UserService/CreateUser", false,
       [](F& f, Target, const Caller& c) {
         v1::CreateUserRequest request;
         const std::string name = f.freshName("baru.");
         request.mutable_user()->set_username(name);
         request.mutable_user()->set_display_name(name);
         request.set_password("Kata-sandi-baru-123");
         v1::User out;
         auto stub = v1::UserService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::CreateUser, request, &out));
       }},
      {"simpul.core.v1.UserService/GetUser", false,
       [](F& f, Target t, const Caller& c) {
         v1::GetUserRequest request;
         request.set_name("users/" + f.seedUser(t));
         v1::User out;
         auto stub = v1::UserService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::GetUser, request, &out));
       }},
      {"simpul.core.v1.UserService/ListUsers", false,
       [](F& f, Target t, const Caller& c) {
         const std::string wanted = "users/" + f.seedUser(t);
         auto stub = v1::UserService::NewStub(f.chan());
         v1::ListUsersRequest request;
         request.set_page_size(500);
         bool found = false;
         for (;;) {
           v1::ListUsersResponse out;
           const grpc::Status status = callAs(f, c.token, *stub, &S::ListUsers, request, &out);
           if (!status.ok()) {
             return F::outcome(status);
           }
           for (const auto& u : out.users()) {
             found = found || u.name() == wanted;
           }
           if (out.next_page_token().empty()) {
             return listed(status, found);
           }
           request.set_page_token(out.next_page_token());
         }
       }},
      {"simpul.core.v1.UserService/UpdateUser", false,
       [](F& f, Target t, const Caller& c) {
         const v1::User user = f.getUser(f.seedUser(t));
         v1::UpdateUserRequest request;
         request.mutable_user()->set_name(user.name());
         request.mutable_user()->set_etag(user.etag());
         request.mutable_user()->set_display_name("Nama Baru");
         request.mutable_update_mask()->add_paths("display_name");
         v1::User out;
         auto stub = v1::UserService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::UpdateUser, request, &out));
       }},
      {"simpul.core.v1.UserService/SetPassword", false,
       [](F& f, Target t, const Caller& c) {
         v1::SetPasswordRequest request;
         request.set_name("users/" + f.seedUser(t));
         request.set_password("Kata-sandi-lain-456");
         v1::SetPasswordResponse out;
         auto stub = v1::UserService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::SetPassword, request, &out));
       }},
      {"simpul.core.v1.UserService/GrantRole", false,
       [](F& f, Target t, const Caller& c) {
         // viewer: every permission it gives is one a dinsos holds, so a scoped manager may
         // grant it within its scope (granting beyond one's own permissions is refused:
         // tests/server/auth/user_service_test.cpp).
         v1::GrantRoleRequest request;
         request.set_username(f.seedUser(t));
         request.set_role("viewer");
         request.set_wilayah_code(F::kecamatanOf(t));
         v1::RoleBinding out;
         auto stub = v1::UserService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::GrantRole, request, &out));
       }},
      {"simpul.core.v1.UserService/RevokeRole", false,
       [](F& f, Target t, const Caller& c) {
         v1::RevokeRoleRequest request;
         std::string binding;
         f.seedUser(t, &binding);
         request.set_name(binding);
         v1::RevokeRoleResponse out;
         auto stub = v1::UserService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::RevokeRole, request, &out));
       }},
      {"simpul.core.v1.UserService/ListRoleBindings", false,
       [](F& f, Target t, const Caller& c) {
         std::string binding;
         v1::ListRoleBindingsRequest request;
         request.set_username(f.seedUser(t, &binding));
         v1::ListRoleBindingsResponse out;
         auto stub = v1::UserService::NewStub(f.chan());
         const grpc::Status status = callAs(f, c.token, *stub, &S::ListRoleBindings, request, &out);
         bool found = false;
         for (const auto& b : out.role_bindings()) {
           found = found || b.name() == binding;
         }
         return listed(status, found);
       }},
      {"simpul.core.v1.UserService/ListRoles", false,
       [](F& f, Target, const Caller& c) {
         v1::ListRolesResponse out;
         auto stub = v1::UserService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::ListRoles, {}, &out));
       }},
      {"simpul.core.v1.UserService/ListPermissions", false,
       [](F& f, Target, const Caller& c) {
         v1::ListPermissionsResponse out;
         auto stub = v1::UserService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::ListPermissions, {}, &out));
       }},
  };
}

std::vector<RpcCase> personCases() {
  using S = v1::PersonService::Stub;
  return {
      {"simpul.core.v1.PersonService/CreatePerson", false,
       [](F& f, Target t, const Caller& c) {
         v1::CreatePersonRequest request;
         const std::string nik = f.freshNik(t);
         request.mutable_person()->set_nik(nik);
         request.mutable_person()->set_full_name("Warga " + nik.substr(12));
         request.mutable_person()->mutable_address()->set_wilayah_code(F::desaOf(t));
         v1::Person out;
         auto stub = v1::PersonService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::CreatePerson, request, &out));
       }},
      {"simpul.core.v1.PersonService/GetPerson", false,
       [](F& f, Target t, const Caller& c) {
         v1::GetPersonRequest request;
         request.set_name(f.seedPerson(t).name());
         v1::Person out;
         auto stub = v1::PersonService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::GetPerson, request, &out));
       }},
      {"simpul.core.v1.PersonService/UpdatePerson", false,
       [](F& f, Target t, const Caller& c) {
         const v1::Person person = f.seedPerson(t);
         v1::UpdatePersonRequest request;
         request.mutable_person()->set_name(person.name());
         request.mutable_person()->set_etag(person.etag());
         request.mutable_person()->set_full_name("Nama Diubah");
         request.mutable_update_mask()->add_paths("full_name");
         v1::Person out;
         auto stub = v1::PersonService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::UpdatePerson, request, &out));
       }},
      {"simpul.core.v1.PersonService/ListPersons", false,
       [](F& f, Target t, const Caller& c) {
         const std::string wanted = f.seedPerson(t).name();
         auto stub = v1::PersonService::NewStub(f.chan());
         v1::ListPersonsRequest request;
         request.set_page_size(500);
         bool found = false;
         for (;;) {
           v1::ListPersonsResponse out;
           const grpc::Status status = callAs(f, c.token, *stub, &S::ListPersons, request, &out);
           if (!status.ok()) {
             return F::outcome(status);
           }
           for (const auto& p : out.persons()) {
             found = found || p.name() == wanted;
           }
           if (out.next_page_token().empty()) {
             return listed(status, found);
           }
           request.set_page_token(out.next_page_token());
         }
       }},
      {"simpul.core.v1.PersonService/LookupPersonByNik", false,
       [](F& f, Target t, const Caller& c) {
         v1::LookupPersonByNikRequest request;
         const v1::Person person = f.seedPerson(t);
         request.set_nik(person.nik());
         v1::Person out;
         auto stub = v1::PersonService::NewStub(f.chan());
         return F::outcome(callAs(f, c.token, *stub, &S::LookupPersonByNik, request, &out));
       }},
  };
}

std::vector<RpcCase> otherCases() {
  return {
      {"simpul.core.v1.AuditService/ListAuditEntries", false,
       [](F& f, Target t, const Caller& c) {
         // The history of a person of the target: created there, so audited there.
         v1::ListAuditEntriesRequest request;
         request.set_resource(f.seedPerson(t).name());
         v1::ListAuditEntriesResponse out;
         auto stub = v1::AuditService::NewStub(f.chan());
         const grpc::Status status =
             callAs(f, c.token, *stub, &v1::AuditService::Stub::ListAuditEntries, request, &out);
         return listed(status, out.entries_size() > 0);
       }},
      {"simpul.core.v1.AuditService/VerifyAuditChain", false,
       [](F& f, Target, const Caller& c) {
         v1::VerifyAuditChainResponse out;
         auto stub = v1::AuditService::NewStub(f.chan());
         return F::outcome(
             callAs(f, c.token, *stub, &v1::AuditService::Stub::VerifyAuditChain, {}, &out));
       }},
      {"simpul.core.v1.AttachmentService/UploadAttachment", false,
       [](F& f, Target, const Caller& c) {
         grpc::Status status;
         f.upload(c.token, "foto " + f.freshName("upload"), &status);
         return F::outcome(status);
       }},
      {"simpul.core.v1.AttachmentService/DownloadAttachment", false,
       [](F& f, Target t, const Caller& c) {
         // A photo of a record of the target (attached by admin).
         grpc::Status uploaded;
         const std::string name = f.upload(f.admin(), "foto " + f.freshName("dl"), &uploaded);
         EXPECT_TRUE(uploaded.ok());
         f.seedRecordWithAttachment(t, name);
         auto stub = v1::AttachmentService::NewStub(f.chan());
         v1::DownloadAttachmentRequest request;
         request.set_name(name);
         auto ctx = f.contextFor(c.token);
         auto reader = stub->DownloadAttachment(ctx.get(), request);
         v1::DownloadAttachmentResponse part;
         while (reader->Read(&part)) {
         }
         return F::outcome(reader->Finish());
       }},
      {"simpul.core.v1.BackupService/CreateBackup", false,
       [](F& f, Target, const Caller& c) {
         auto stub = v1::BackupService::NewStub(f.chan());
         auto ctx = f.contextFor(c.token);
         auto reader = stub->CreateBackup(ctx.get(), {});
         v1::CreateBackupResponse part;
         while (reader->Read(&part)) {
         }
         return F::outcome(reader->Finish());
       }},
      // #sensitive: the item would name the type ("... Orang dengan HIV/AIDS di <desa>").
      {"simpul.core.v1.InboxService/ListInboxItems", true,
       [](F& f, Target t, const Caller& c) {
         // A submitted record posts "verify this" to the kepala desa of its desa.
         const std::string resource = f.seedRecord(t, pmks::RECORD_STATUS_SUBMITTED).name();
         auto stub = v1::InboxService::NewStub(f.chan());
         v1::ListInboxItemsRequest request;
         request.set_page_size(500);
         bool found = false;
         for (;;) {
           v1::ListInboxItemsResponse out;
           const grpc::Status status =
               callAs(f, c.token, *stub, &v1::InboxService::Stub::ListInboxItems, request, &out);
           if (!status.ok()) {
             return F::outcome(status);
           }
           for (const auto& item : out.items()) {
             found = found || item.resource() == resource;
           }
           if (out.next_page_token().empty()) {
             return listed(status, found);
           }
           request.set_page_token(out.next_page_token());
         }
       }},
      {"simpul.core.v1.PluginService/ListPlugins", false,
       [](F& f, Target, const Caller& c) {
         v1::ListPluginsResponse out;
         auto stub = v1::PluginService::NewStub(f.chan());
         return F::outcome(
             callAs(f, c.token, *stub, &v1::PluginService::Stub::ListPlugins, {}, &out));
       }},
      {"simpul.core.v1.WilayahService/GetWilayah", false,
       [](F& f, Target t, const Caller& c) {
         v1::GetWilayahRequest request;
         request.set_code(F::desaOf(t));
         v1::Wilayah out;
         auto stub = v1::WilayahService::NewStub(f.chan());
         return F::outcome(
             callAs(f, c.token, *stub, &v1::WilayahService::Stub::GetWilayah, request, &out));
       }},
      {"simpul.core.v1.WilayahService/ListChildren", false,
       [](F& f, Target t, const Caller& c) {
         v1::ListChildrenRequest request;
         request.set_parent_code(F::kecamatanOf(t));
         v1::ListChildrenResponse out;
         auto stub = v1::WilayahService::NewStub(f.chan());
         return F::outcome(
             callAs(f, c.token, *stub, &v1::WilayahService::Stub::ListChildren, request, &out));
       }},
      {"simpul.core.v1.WilayahService/SearchWilayah", false,
       [](F& f, Target t, const Caller& c) {
         v1::SearchWilayahRequest request;
         request.set_name_prefix(t.inScope ? "Cileunyi" : "Kota Kulon");
         v1::SearchWilayahResponse out;
         auto stub = v1::WilayahService::NewStub(f.chan());
         return F::outcome(
             callAs(f, c.token, *stub, &v1::WilayahService::Stub::SearchWilayah, request, &out));
       }},
  };
}

} // namespace

std::vector<RpcCase> coreRpcCases() {
  std::vector<RpcCase> all;
  for (auto part : {authCases(), userCases(), personCases(), otherCases()}) {
    for (auto& c : part) {
      all.push_back(std::move(c));
    }
  }
  return all;
}

} // namespace simpul::testing
