#include "app/health_check.h"

#include "domain/happens_before.h"

#include <QMetaObject>
#include <condition_variable>
#include <grpcpp/create_channel.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/channel_arguments.h>
#include <mutex>

namespace simpul::app {

namespace {

// grpc.health.v1.HealthCheckResponse{status: SERVING}: field 1, varint, value 1.
constexpr unsigned char kServing[] = {0x08, 0x01};

bool isServing(const grpc::ByteBuffer& response) {
  std::vector<grpc::Slice> slices;
  if (!response.Dump(&slices).ok()) {
    return false;
  }
  std::string bytes;
  for (const grpc::Slice& slice : slices) {
    bytes.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
  }
  return bytes == std::string(reinterpret_cast<const char*>(kServing), sizeof kServing);
}

} // namespace

struct HealthCheck::Call {
  grpc::ClientContext context;
  grpc::ByteBuffer request;
  grpc::ByteBuffer response;
  std::unique_ptr<grpc::GenericStub> stub;
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;
  bool abandoned = false; // the handle is gone: deliver nothing
};

HealthCheck::HealthCheck(const QString& address, std::chrono::milliseconds deadline,
                         QObject* receiver, std::function<void(bool serving)> done)
    : m_call(std::make_shared<Call>()) {
  // A fresh channel per check, with no reconnect backoff worth the name: the socket appears
  // a moment after the child starts, and a shared channel would wait out a backoff of a
  // second or more after the first refused connection.
  grpc::ChannelArguments args;
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 50);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 200);
  args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
  auto channel =
      grpc::CreateCustomChannel(address.toStdString(), grpc::InsecureChannelCredentials(), args);
  m_call->stub = std::make_unique<grpc::GenericStub>(channel);
  // HealthCheckRequest{service: ""} is zero bytes, but the buffer must exist.
  grpc::Slice empty;
  m_call->request = grpc::ByteBuffer(&empty, 1);
  m_call->context.set_deadline(std::chrono::system_clock::now() + deadline);
  m_call->context.set_wait_for_ready(true);

  QObject* target = receiver;
  // The callback holds no reference of its own: the destructor waits for `done`, so the
  // call outlives the callback, and the channel, stub and context are always released on
  // the owner's thread. Released from the callback (the last reference of a weak_ptr lock),
  // they would tear the channel down on one of its own threads, which gRPC does not survive.
  Call* call = m_call.get();
  // The callback runs on a gRPC thread, ordered after the call starts by gRPC's completion
  // queue, which ThreadSanitizer does not see (domain/happens_before.h).
  handOver(call);
  m_call->stub->UnaryCall(&call->context, "/grpc.health.v1.Health/Check", grpc::StubOptions(),
                          &call->request, &call->response,
                          [call, target, done = std::move(done)](const grpc::Status& status) {
                            takeOver(call);
                            const bool serving = status.ok() && isServing(call->response);
                            std::lock_guard lock(call->mutex);
                            // Until the handle is destroyed (which its owner, the receiver, does
                            // first) the receiver exists; a queued call is dropped by Qt if the
                            // receiver dies before it runs.
                            if (!call->abandoned) {
                              QMetaObject::invokeMethod(
                                  target, [done, serving] { done(serving); }, Qt::QueuedConnection);
                            }
                            call->done = true;
                            call->finished.notify_all();
                          });
}

HealthCheck::~HealthCheck() {
  m_call->context.TryCancel();
  std::unique_lock lock(m_call->mutex);
  m_call->abandoned = true;
  m_call->finished.wait(lock, [this] { return m_call->done; });
}

} // namespace simpul::app
