#include "client/qt/client_session.h"

#include "domain/happens_before.h"
#include "simpul/core/v1/auth.grpc.pb.h"

#include <QHash>
#include <QMetaObject>
#include <QThreadPool>
#include <QVariantMap>
#include <QtGlobal>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <mutex>
#include <set>
#include <vector>

namespace simpul::client {

namespace v1 = simpul::core::v1;

namespace {

constexpr int kPoolThreads = 4;
// What dispatchAs hands over to a pool thread (domain/happens_before.h); only its address
// matters.
char g_taskHandOver = 0;
// Revoking a token on sign-out is best effort; it must not keep the pool busy for long.
constexpr std::chrono::milliseconds kRevokeDeadline{5000};

// Calls made before connectTo still end in a status (UNAVAILABLE, "cannot be reached")
// instead of crashing on a null channel or never answering. Deliberately never destroyed: a
// channel released during static destruction, after gRPC's own globals, aborts the process
// ("ref_counted.h: assertion failed: prior > 0", seen once at the exit of the app).
std::shared_ptr<grpc::Channel> unconnectedChannel() {
  static const auto* channel = new std::shared_ptr<grpc::Channel>(grpc::CreateChannel(
      "unix:/nonexistent/simpul-not-connected.sock", grpc::InsecureChannelCredentials()));
  return *channel;
}

struct Scope {
  bool everywhere = false;
  QStringList codes; // dotted, none inside another
};

} // namespace

struct ClientSession::State {
  std::unique_ptr<QThreadPool> pool = std::make_unique<QThreadPool>();

  // Read by pool threads and public getters; the rest is the session thread's alone.
  mutable std::mutex mutex;
  QString address;
  std::shared_ptr<grpc::Channel> channel;
  std::string token;
  std::set<grpc::ClientContext*> inFlight;
  bool closing = false;
  // Results of finished tasks, in order, for deliverPending on the session thread.
  std::vector<std::function<void()>> deliveries;

  // Bumped by connectTo, login, resumeWithToken, logout and expiry: a login result carrying
  // an older value was overtaken and is dropped.
  std::uint64_t generation = 0;
  bool signedIn = false;
  bool busy = false;
  QString loginError;
  QString username;
  QString displayName;
  QVariantList roleBindings;
  QStringList permissions;
  QHash<QString, Scope> scopes;

  std::string currentToken() const {
    std::lock_guard lock(mutex);
    return token;
  }
};

ClientSession::ClientSession(QObject* parent)
    : QObject(parent), m_state(std::make_shared<State>()) {
  m_state->pool->setMaxThreadCount(kPoolThreads);
}

ClientSession::~ClientSession() {
  {
    std::lock_guard lock(m_state->mutex);
    m_state->closing = true;
    for (grpc::ClientContext* context : m_state->inFlight) {
      context->TryCancel();
    }
  }
  m_state->pool->clear();
  m_state->pool->waitForDone();
  // Gone before any task's copy of the state could be the last one, so the pool is never
  // destroyed from one of its own threads.
  m_state->pool.reset();
  // Undelivered results go with m_state, here on the session's thread: no task holds it now.
}

void ClientSession::deliverPending() {
  std::vector<std::function<void()>> ready;
  {
    std::lock_guard lock(m_state->mutex);
    ready.swap(m_state->deliveries);
  }
  // Each task posts one event, so a later event may find its result already delivered here.
  // A result whose receiver deletes the session ends the round: the rest would reach a
  // session that is gone (one event per result used to be dropped by Qt in that case).
  const QPointer<ClientSession> alive(this);
  for (const std::function<void()>& deliver : ready) {
    if (alive.isNull()) {
      break;
    }
    deliver();
  }
}

void ClientSession::connectTo(const QString& address, const ChannelOptions& options) {
  // Opened first: a bad address throws before anything changes.
  std::shared_ptr<grpc::Channel> channel = openChannel(address.toStdString(), options);
  logout();
  setLoginError({});
  bool changed = false;
  {
    std::lock_guard lock(m_state->mutex);
    m_state->channel = std::move(channel);
    changed = m_state->address != address;
    m_state->address = address;
  }
  if (changed) {
    emit addressChanged();
  }
}

void ClientSession::resumeWithToken(const QString& token) {
  const std::uint64_t generation = ++m_state->generation;
  clearSignedIn();
  setLoginError({});
  setBusy(true);
  whoAmI(generation, token.toStdString(), channel(), false);
}

void ClientSession::login(const QString& username, const QString& password) {
  if (m_state->signedIn) {
    logout();
  }
  const std::uint64_t generation = ++m_state->generation;
  setLoginError({});
  setBusy(true);
  v1::LoginRequest request;
  request.set_username(username.toStdString());
  request.set_password(password.toStdString());
  dispatchAs(
      nullptr, {}, channel(),
      [this, generation, request](grpc::ClientContext& context,
                                  const std::shared_ptr<grpc::Channel>& channel,
                                  CallStatus& status) -> Delivery {
        v1::LoginResponse response;
        status = callStatus(v1::AuthService::NewStub(channel)->Login(&context, request, &response),
                            context);
        return [this, generation, status, channel, token = response.token()] {
          if (generation != m_state->generation) {
            if (!token.empty()) {
              revoke(token, channel);
            }
            return;
          }
          if (!status.ok()) {
            setLoginError(status.message);
            setBusy(false);
            return;
          }
          whoAmI(generation, token, channel, true);
        };
      },
      kDefaultDeadline);
}

void ClientSession::whoAmI(std::uint64_t generation, std::string token,
                           std::shared_ptr<grpc::Channel> channel, bool ownToken) {
  dispatchAs(
      nullptr, token, std::move(channel),
      [this, generation, token, ownToken](grpc::ClientContext& context,
                                          const std::shared_ptr<grpc::Channel>& used,
                                          CallStatus& status) -> Delivery {
        auto me = std::make_shared<v1::WhoAmIResponse>();
        status =
            callStatus(v1::AuthService::NewStub(used)->WhoAmI(&context, {}, me.get()), context);
        return [this, generation, token, ownToken, status, me, used] {
          const bool current = generation == m_state->generation;
          if (!current || !status.ok()) {
            if (ownToken) {
              revoke(token, used);
            }
          }
          if (!current) {
            return;
          }
          if (!status.ok()) {
            setLoginError(status.message);
            setBusy(false);
            return;
          }
          applyWhoAmI(token, *me);
        };
      },
      kDefaultDeadline);
}

void ClientSession::revoke(std::string token, std::shared_ptr<grpc::Channel> channel) {
  dispatchAs(
      nullptr, std::move(token), std::move(channel),
      [](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& used,
         CallStatus& status) -> Delivery {
        v1::LogoutResponse response;
        status =
            callStatus(v1::AuthService::NewStub(used)->Logout(&context, {}, &response), context);
        return nullptr;
      },
      kRevokeDeadline);
}

void ClientSession::logout() {
  ++m_state->generation;
  const std::string token = m_state->currentToken();
  if (!token.empty()) {
    revoke(token, channel());
  }
  clearSignedIn();
  setBusy(false);
}

void ClientSession::applyWhoAmI(const std::string& token, const v1::WhoAmIResponse& me) {
  {
    std::lock_guard lock(m_state->mutex);
    m_state->token = token;
  }
  State& s = *m_state;
  s.username = QString::fromStdString(me.user().username());
  s.displayName = QString::fromStdString(me.user().display_name());
  if (s.displayName.isEmpty()) {
    s.displayName = s.username;
  }
  s.roleBindings.clear();
  for (const v1::RoleBinding& binding : me.role_bindings()) {
    s.roleBindings.append(QVariantMap{
        {QStringLiteral("role"), QString::fromStdString(binding.role())},
        {QStringLiteral("wilayahCode"), QString::fromStdString(binding.wilayah_code())},
    });
  }
  s.permissions.clear();
  for (const std::string& permission : me.permissions()) {
    s.permissions.append(QString::fromStdString(permission));
  }
  s.permissions.sort();
  s.scopes.clear();
  for (const v1::PermissionScope& where : me.permission_scopes()) {
    Scope scope;
    scope.everywhere = where.everywhere();
    for (const std::string& code : where.wilayah_codes()) {
      scope.codes.append(QString::fromStdString(code));
    }
    if (scope.everywhere || !scope.codes.isEmpty()) {
      s.scopes.insert(QString::fromStdString(where.permission()), scope);
    }
  }
  s.signedIn = true;
  emit signedInChanged();
  setBusy(false);
}

void ClientSession::clearSignedIn() {
  {
    std::lock_guard lock(m_state->mutex);
    m_state->token.clear();
  }
  State& s = *m_state;
  const bool was = s.signedIn;
  s.signedIn = false;
  s.username.clear();
  s.displayName.clear();
  s.roleBindings.clear();
  s.permissions.clear();
  s.scopes.clear();
  if (was) {
    emit signedInChanged();
  }
}

void ClientSession::expire() {
  ++m_state->generation;
  clearSignedIn();
  setBusy(false);
  emit sessionExpired();
}

void ClientSession::setBusy(bool busy) {
  if (m_state->busy != busy) {
    m_state->busy = busy;
    emit busyChanged();
  }
}

void ClientSession::setLoginError(const QString& error) {
  if (m_state->loginError != error) {
    m_state->loginError = error;
    emit loginErrorChanged();
  }
}

bool ClientSession::hasPermission(const QString& permission, const QString& wilayahCode) const {
  const auto found = m_state->scopes.constFind(permission);
  if (found == m_state->scopes.constEnd()) {
    return false;
  }
  if (wilayahCode.isEmpty() || found->everywhere) {
    return true;
  }
  for (const QString& code : found->codes) {
    // Held at "32.04" covers "32.04.12" but not "32.041" (dotted codes: prefix plus '.').
    if (wilayahCode == code || wilayahCode.startsWith(code + QLatin1Char('.'))) {
      return true;
    }
  }
  return false;
}

QStringList ClientSession::scopeOf(const QString& permission) const {
  const auto found = m_state->scopes.constFind(permission);
  if (found == m_state->scopes.constEnd()) {
    return {};
  }
  if (found->everywhere) {
    return {QString()};
  }
  return found->codes;
}

QString ClientSession::address() const {
  std::lock_guard lock(m_state->mutex);
  return m_state->address;
}

bool ClientSession::signedIn() const {
  return m_state->signedIn;
}

bool ClientSession::busy() const {
  return m_state->busy;
}

QString ClientSession::loginError() const {
  return m_state->loginError;
}

QString ClientSession::username() const {
  return m_state->username;
}

QString ClientSession::displayName() const {
  return m_state->displayName;
}

QVariantList ClientSession::roleBindings() const {
  return m_state->roleBindings;
}

QStringList ClientSession::permissions() const {
  return m_state->permissions;
}

std::string ClientSession::token() const {
  return m_state->currentToken();
}

std::shared_ptr<grpc::Channel> ClientSession::channel() const {
  std::lock_guard lock(m_state->mutex);
  return m_state->channel;
}

std::unique_ptr<grpc::ClientContext>
ClientSession::newContext(std::chrono::milliseconds deadline) const {
  auto context = std::make_unique<grpc::ClientContext>();
  const std::string token = m_state->currentToken();
  if (!token.empty()) {
    context->AddMetadata("authorization", "Bearer " + token);
  }
  context->set_deadline(std::chrono::system_clock::now() + deadline);
  return context;
}

void ClientSession::dispatch(const QObject* receiver, Work work,
                             std::chrono::milliseconds deadline) const {
  // Captured now, on the session's thread: the task never reads the session's fields.
  std::string token;
  std::shared_ptr<grpc::Channel> current;
  {
    std::lock_guard lock(m_state->mutex);
    token = m_state->token;
    current = m_state->channel;
  }
  dispatchAs(receiver, std::move(token), std::move(current), std::move(work), deadline);
}

void ClientSession::dispatchAs(const QObject* receiver, std::string token,
                               std::shared_ptr<grpc::Channel> channel, Work work,
                               std::chrono::milliseconds deadline) const {
  {
    std::lock_guard lock(m_state->mutex);
    if (m_state->closing) {
      return; // the session is being destroyed: nobody would receive the answer
    }
  }
  if (!channel) {
    channel = unconnectedChannel();
  }
  // The destructor waits for every task, so the raw pointer outlives them; the delivery is
  // queued to the session object, whose pending events die with it.
  auto* self = const_cast<ClientSession*>(this);
  std::shared_ptr<State> state = m_state;
  QPointer<const QObject> guard(receiver);
  const bool watched = receiver != nullptr;
  std::function<void()> task = [self, state, guard, watched, token = std::move(token),
                                channel = std::move(channel), work = std::move(work), deadline] {
    takeOver(&g_taskHandOver);
    grpc::ClientContext context;
    if (!token.empty()) {
      context.AddMetadata("authorization", "Bearer " + token);
    }
    context.set_deadline(std::chrono::system_clock::now() + deadline);
    {
      std::lock_guard lock(state->mutex);
      if (state->closing) {
        return;
      }
      // A context cancelled before its call starts cancels the call when it does.
      state->inFlight.insert(&context);
    }
    CallStatus status;
    Delivery delivery;
    try {
      delivery = work(context, channel, status);
    } catch (const std::exception& error) {
      qCritical("simpul: a call failed with an exception: %s", error.what());
    } catch (...) {
      qCritical("simpul: a call failed with an unknown exception");
    }
    {
      std::lock_guard lock(state->mutex);
      state->inFlight.erase(&context);
    }
    const bool refused = status.code == static_cast<int>(grpc::StatusCode::UNAUTHENTICATED);
    {
      std::lock_guard lock(state->mutex);
      state->deliveries.push_back(
          [self, guard, watched, refused, token, delivery = std::move(delivery)] {
            // Only a refusal of the token still in use ends the session: an old call's answer
            // after a new login says nothing about the new token.
            // Runs in deliverPending, on the living session: its state is self->m_state.
            const State& current = *self->m_state;
            if (refused && current.signedIn && !token.empty() && token == current.currentToken()) {
              self->expire();
            }
            if (watched && guard.isNull()) {
              return;
            }
            if (delivery) {
              delivery();
            }
          });
    }
    // Posted by name, with no functor built on this thread: the result travels under the
    // state's mutex, which ThreadSanitizer sees, not inside Qt's event (domain/happens_before.h).
    QMetaObject::invokeMethod(self, "deliverPending", Qt::QueuedConnection);
  };
  // QThreadPool orders the start of the task after this point, with locks ThreadSanitizer
  // does not see (domain/happens_before.h).
  handOver(&g_taskHandOver);
  state->pool->start(std::move(task));
}

} // namespace simpul::client
