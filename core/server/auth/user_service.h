#pragma once

#include "server/host.h"
#include "simpul/core/v1/user.grpc.pb.h"

namespace simpul::server {

// Accounts and role bindings (proto/simpul/core/v1/user.proto). Every call needs
// core.user.manage; who may see and change which account is spelled out in
// server/auth/user_access.h. Every change is audited in its own transaction.
//
// CreateUser needs core.user.manage anywhere. The new user has no binding yet, so a scoped
// manager does not see it afterwards (GetUser/ListUsers) until a role is granted within its
// scope; GrantRole therefore also accepts a user with no binding at all, which reveals
// nothing a CreateUser with the same name would not. The response of CreateUser (and of its
// retries with the same request_id) is the new user either way.
class UserServiceImpl final : public simpul::core::v1::UserService::Service {
public:
  explicit UserServiceImpl(Host& host);

  using Context = grpc::ServerContext;
  grpc::Status CreateUser(Context* context, const simpul::core::v1::CreateUserRequest* request,
                          simpul::core::v1::User* response) override;
  grpc::Status GetUser(Context* context, const simpul::core::v1::GetUserRequest* request,
                       simpul::core::v1::User* response) override;
  grpc::Status ListUsers(Context* context, const simpul::core::v1::ListUsersRequest* request,
                         simpul::core::v1::ListUsersResponse* response) override;
  grpc::Status UpdateUser(Context* context, const simpul::core::v1::UpdateUserRequest* request,
                          simpul::core::v1::User* response) override;
  grpc::Status SetPassword(Context* context, const simpul::core::v1::SetPasswordRequest* request,
                           simpul::core::v1::SetPasswordResponse* response) override;
  grpc::Status GrantRole(Context* context, const simpul::core::v1::GrantRoleRequest* request,
                         simpul::core::v1::RoleBinding* response) override;
  grpc::Status RevokeRole(Context* context, const simpul::core::v1::RevokeRoleRequest* request,
                          simpul::core::v1::RevokeRoleResponse* response) override;
  grpc::Status ListRoleBindings(Context* context,
                                const simpul::core::v1::ListRoleBindingsRequest* request,
                                simpul::core::v1::ListRoleBindingsResponse* response) override;
  grpc::Status ListRoles(Context* context, const simpul::core::v1::ListRolesRequest* request,
                         simpul::core::v1::ListRolesResponse* response) override;
  grpc::Status ListPermissions(Context* context,
                               const simpul::core::v1::ListPermissionsRequest* request,
                               simpul::core::v1::ListPermissionsResponse* response) override;

private:
  Host& m_host;
};

} // namespace simpul::server
