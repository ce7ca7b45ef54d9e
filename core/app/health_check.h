#pragma once

#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>

namespace simpul::app {

// One grpc.health.v1.Health/Check call for the whole server (service ""), made through a
// generic stub so that no health proto has to be generated. `done` runs on the thread of
// `receiver` (if it still exists) with whether the server answered SERVING.
//
// The call runs on gRPC's own threads; the returned handle cancels it and waits for its
// callback when destroyed, so a receiver that owns the handle is never called after it.
class HealthCheck {
public:
  HealthCheck(const QString& address, std::chrono::milliseconds deadline, QObject* receiver,
              std::function<void(bool serving)> done);
  ~HealthCheck();
  HealthCheck(const HealthCheck&) = delete;
  HealthCheck& operator=(const HealthCheck&) = delete;

private:
  struct Call;
  std::shared_ptr<Call> m_call;
};

} // namespace simpul::app
