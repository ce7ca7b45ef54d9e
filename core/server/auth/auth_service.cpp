#include "server/auth/auth_service.h"

#include "server/api_error.h"
#include "server/auth/accounts.h"
#include "server/auth/password.h"
#include "server/auth/session_store.h"
#include "server/auth/user_rows.h"
#include "server/call.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/store.h"

#include <algorithm>
#include <cctype>
#include <grpcpp/server_context.h>
#include <optional>
#include <string>

namespace simpul::server {

namespace v1 = simpul::core::v1;

namespace {

constexpr const char* kLoginMethod = "/simpul.core.v1.AuthService/Login";
constexpr const char* kLogoutMethod = "/simpul.core.v1.AuthService/Logout";

ApiError wrongCredentials() {
  return ApiError::unauthenticated("Nama pengguna atau kata sandi salah",
                                   "Wrong username or password");
}

ApiError throttled(std::chrono::seconds wait) {
  const std::string seconds = std::to_string(wait.count());
  return ApiError(grpc::StatusCode::RESOURCE_EXHAUSTED, "", "LOGIN_THROTTLED",
                  "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam " + seconds +
                      " detik.",
                  "Too many failed sign-in attempts. Try again in " + seconds + " seconds.");
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// The token of "authorization: Bearer <token>" (the scheme in any case, as HTTP allows).
std::string callerToken(const grpc::ServerContext& context) {
  const auto& metadata = context.client_metadata();
  const auto it = metadata.find("authorization");
  if (it == metadata.end()) {
    return {};
  }
  const std::string_view value(it->second.data(), it->second.size());
  constexpr std::string_view kScheme = "bearer ";
  if (value.size() <= kScheme.size() || lowercase(value.substr(0, kScheme.size())) != kScheme) {
    return {};
  }
  return std::string(value.substr(kScheme.size()));
}

struct Candidate {
  std::int64_t id = 0;
  std::string passwordHash;
  bool disabled = false;
};

} // namespace

AuthServiceImpl::AuthServiceImpl(Host& host, std::chrono::seconds sessionTtl)
    : m_host(host), m_sessionTtl(sessionTtl) {}

grpc::Status AuthServiceImpl::Login(grpc::ServerContext* context, const v1::LoginRequest* request,
                                    v1::LoginResponse* response) {
  return serveAnonymous(context, [&] {
    // Usernames are stored lowercase; accept "Admin" as typed on a phone keyboard.
    const std::string username = lowercase(request->username());
    const TimePoint now = m_host.now();
    if (const auto wait = m_throttle.retryAfter(username, now)) {
      throw throttled(*wait);
    }
    const auto candidate = m_host.store().read([&](storage::Database& db) {
      std::optional<Candidate> found;
      auto stmt = db.prepare("SELECT id, password_hash, disabled FROM core_users "
                             "WHERE username = ?");
      stmt.bind(1, username);
      if (stmt.step()) {
        found = Candidate{stmt.columnInt64(0), stmt.columnText(1), stmt.columnInt(2) != 0};
      }
      return found;
    });
    // The password is checked even for a disabled account, so that every failure costs the
    // same; a disabled account then fails like a wrong password.
    bool accepted = false;
    if (candidate) {
      accepted =
          verifyPassword(candidate->passwordHash, request->password()) && !candidate->disabled;
    } else {
      burnPasswordCheck(request->password());
    }
    if (!accepted) {
      m_throttle.recordFailure(username, now);
      throw wrongCredentials();
    }
    m_throttle.recordSuccess(username);

    m_host.store().write([&](storage::Database& tx) {
      // Checked again in the transaction: the account may have been disabled, or its
      // password changed, since the read above.
      auto unchanged = tx.prepare("SELECT 1 FROM core_users WHERE id = ? AND password_hash = ? "
                                  "AND disabled = 0");
      unchanged.bindAll(candidate->id, candidate->passwordHash);
      const auto user = findUserRowById(tx, candidate->id);
      if (!unchanged.step() || !user) {
        throw wrongCredentials();
      }
      const NewSession session = createSession(tx, user->id, now, m_sessionTtl);
      m_host.audit(tx, loadPrincipal(tx, user->id),
                   AuditRecord{kLoginMethod, userName(user->username), {"sessions"}, ""});
      response->set_token(session.token);
      setTimestamp(response->mutable_expire_time(), toMillis(session.expireTime));
      toProto(*user, response->mutable_user());
    });
  });
}

grpc::Status AuthServiceImpl::Logout(grpc::ServerContext* context,
                                     const v1::LogoutRequest* /*request*/,
                                     v1::LogoutResponse* /*response*/) {
  return serve(m_host, context, [&](const Principal& who) {
    const std::string token = callerToken(*context);
    m_host.store().write([&](storage::Database& tx) {
      revokeSession(tx, token);
      m_host.audit(tx, who, AuditRecord{kLogoutMethod, userName(who.username), {"sessions"}, ""});
    });
  });
}

grpc::Status AuthServiceImpl::WhoAmI(grpc::ServerContext* context,
                                     const v1::WhoAmIRequest* /*request*/,
                                     v1::WhoAmIResponse* response) {
  return serve(m_host, context, [&](const Principal& who) {
    m_host.store().read([&](storage::Database& db) {
      const auto user = findUserRowById(db, who.userId);
      if (!user) {
        throw userNotFound();
      }
      toProto(*user, response->mutable_user());
      for (const BindingRow& binding : bindingRowsOfUser(db, who.userId)) {
        toProto(binding, response->add_role_bindings());
      }
    });
    // The map is sorted by name already.
    for (const auto& [permission, scope] : who.permissions) {
      if (!scope.isNowhere()) {
        response->add_permissions(permission);
        v1::PermissionScope* where = response->add_permission_scopes();
        where->set_permission(permission);
        where->set_everywhere(scope.isEverywhere());
        for (const std::string& code : scope.codes()) {
          where->add_wilayah_codes(code);
        }
      }
    }
  });
}

} // namespace simpul::server
