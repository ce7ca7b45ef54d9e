#pragma once

#include "client/connection.h"
#include "client/qt/call_status.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <chrono>
#include <cstdint>
#include <functional>
#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <memory>

namespace simpul::core::v1 {
class WhoAmIResponse;
}

namespace simpul::client {

// The desktop's connection to simpul-data: the channel, the bearer token of the signed-in
// user, who that user is and where each permission holds (WhoAmI), and a way to make calls
// that never blocks the thread the session lives on (the GUI thread).
//
// Every gRPC call runs on the session's own thread pool; its result is delivered back on the
// session's thread, and only if the object that asked (the receiver) still exists. A call
// answered UNAUTHENTICATED while signed in (token expired or revoked) signs the session out
// and emits sessionExpired(), so the shell goes back to the login page.
//
// Plugins reach the session through sdk::ClientContext::session(); QML through the
// `Client.session` singleton of Simpul.Components.
class ClientSession : public QObject {
  Q_OBJECT
  Q_PROPERTY(QString address READ address NOTIFY addressChanged)
  Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
  // A login or logout is in flight.
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  // Why the last login failed, for a person, in the UI language; empty after a success.
  Q_PROPERTY(QString loginError READ loginError NOTIFY loginErrorChanged)
  Q_PROPERTY(QString username READ username NOTIFY signedInChanged)
  Q_PROPERTY(QString displayName READ displayName NOTIFY signedInChanged)
  // [{role: "dinsos", wilayahCode: "32.04"}, ...]; wilayahCode "" is all of Indonesia.
  Q_PROPERTY(QVariantList roleBindings READ roleBindings NOTIFY signedInChanged)
  // Every permission held somewhere, sorted.
  Q_PROPERTY(QStringList permissions READ permissions NOTIFY signedInChanged)

public:
  static constexpr std::chrono::milliseconds kDefaultDeadline{15000};

  explicit ClientSession(QObject* parent = nullptr);
  // Cancels the calls in flight (their results are dropped) and waits for the pool.
  ~ClientSession() override;

  // Points the session at a server (see openChannel for the address forms and TLS rules);
  // signs out first. Throws std::invalid_argument / std::runtime_error like openChannel.
  void connectTo(const QString& address, const ChannelOptions& options = {});
  // Signs in with an existing token (SIMPUL_TOKEN, a test): WhoAmI decides whether it is
  // good; a bad one ends like a failed login.
  void resumeWithToken(const QString& token);

  // Login, then WhoAmI; signedInChanged() on success, loginErrorChanged() on failure.
  Q_INVOKABLE void login(const QString& username, const QString& password);
  // Revokes the token on the server (best effort) and signs out at once.
  Q_INVOKABLE void logout();

  // Whether `permission` holds somewhere (wilayahCode empty) or at the wilayah `wilayahCode`
  // (dotted, any level: held at "32.04" means held at "32.04.12.2003").
  Q_INVOKABLE bool hasPermission(const QString& permission,
                                 const QString& wilayahCode = QString()) const;
  // Where `permission` holds: [""] for all of Indonesia, else dotted codes, none inside
  // another; empty when nowhere.
  Q_INVOKABLE QStringList scopeOf(const QString& permission) const;

  QString address() const;
  bool signedIn() const;
  bool busy() const;
  QString loginError() const;
  QString username() const;
  QString displayName() const;
  QVariantList roleBindings() const;
  QStringList permissions() const;
  std::string token() const;

  // The channel of the current address (null before connectTo).
  std::shared_ptr<grpc::Channel> channel() const;
  // A context with the bearer token (none when signed out) and a deadline.
  std::unique_ptr<grpc::ClientContext> newContext(std::chrono::milliseconds deadline) const;

  // The primitive every call goes through: `work` runs on a pool thread with a fresh context
  // (registered so the destructor can cancel it) and the channel of the moment; what it
  // returns runs on the session's thread afterwards, if `receiver` still exists. `status` is
  // what work's call returned; dispatch looks at it for UNAUTHENTICATED.
  using Delivery = std::function<void()>;
  using Work =
      std::function<Delivery(grpc::ClientContext& context,
                             const std::shared_ptr<grpc::Channel>& channel, CallStatus& status)>;
  void dispatch(const QObject* receiver, Work work,
                std::chrono::milliseconds deadline = kDefaultDeadline) const;

  // A unary call, typed:
  //   session->call<v1::ListChildrenResponse>(this,
  //       [request](grpc::ClientContext& ctx, const std::shared_ptr<grpc::Channel>& ch,
  //                 v1::ListChildrenResponse* out) {
  //         return v1::WilayahService::NewStub(ch)->ListChildren(&ctx, request, out);
  //       },
  //       [this](const CallStatus& status, const v1::ListChildrenResponse& response) { ... });
  template <typename Response>
  void call(const QObject* receiver,
            std::function<grpc::Status(grpc::ClientContext&, const std::shared_ptr<grpc::Channel>&,
                                       Response*)>
                rpc,
            std::function<void(const CallStatus&, const Response&)> done,
            std::chrono::milliseconds deadline = kDefaultDeadline) const {
    dispatch(
        receiver,
        [rpc = std::move(rpc), done = std::move(done)](
            grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
            CallStatus& status) -> Delivery {
          auto response = std::make_shared<Response>();
          const grpc::Status result = rpc(context, channel, response.get());
          status = callStatus(result, context);
          return [done, status, response] {
            done(status, *response);
          };
        },
        deadline);
  }

signals:
  void addressChanged();
  void signedInChanged();
  void busyChanged();
  void loginErrorChanged();
  // A call was refused UNAUTHENTICATED while signed in; the session is now signed out.
  void sessionExpired();

private Q_SLOTS:
  // Runs the results the pool's tasks have finished, in order (posted by dispatchAs).
  void deliverPending();

private:
  struct State;
  // dispatch with a given token and channel instead of the current ones: a login keeps to
  // the server it started on, and a token being dropped is revoked where it came from.
  void dispatchAs(const QObject* receiver, std::string token,
                  std::shared_ptr<grpc::Channel> channel, Work work,
                  std::chrono::milliseconds deadline) const;
  // The second half of login/resumeWithToken; `ownToken`: the token came from our Login,
  // so it is revoked when the result is dropped.
  void whoAmI(std::uint64_t generation, std::string token, std::shared_ptr<grpc::Channel> channel,
              bool ownToken);
  void revoke(std::string token, std::shared_ptr<grpc::Channel> channel);
  void applyWhoAmI(const std::string& token, const simpul::core::v1::WhoAmIResponse& me);
  void clearSignedIn();
  void setBusy(bool busy);
  void setLoginError(const QString& error);
  void expire();

  std::shared_ptr<State> m_state; // shared with the pool's tasks
};

} // namespace simpul::client
