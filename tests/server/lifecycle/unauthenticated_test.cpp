// Every core RPC refuses a call without a token, found from the proto descriptors rather than
// a hand-kept list, so a method added later is covered without anyone remembering to.

#include "domain/happens_before.h"
#include "server_fixture.h"
#include "simpul/core/v1/auth.pb.h"

#include <future>
#include <google/protobuf/descriptor.h>
#include <grpcpp/generic/generic_stub.h>

namespace {

namespace pb = google::protobuf;

using UnauthenticatedTest = simpul::testing::ServerFixture;

// "/simpul.core.v1.PersonService/GetPerson" for every method of every service in the core
// protos (the generated code registers each file in the generated pool).
std::vector<std::string> coreMethods() {
  // Linking the generated code of one file pulls in the pool entries of all of them.
  simpul::core::v1::LoginRequest anchor;
  const pb::DescriptorPool* pool = pb::DescriptorPool::generated_pool();
  std::vector<std::string> methods;
  for (const char* file : {"simpul/core/v1/auth.proto", "simpul/core/v1/user.proto",
                           "simpul/core/v1/wilayah_service.proto",
                           "simpul/core/v1/person_service.proto", "simpul/core/v1/audit.proto",
                           "simpul/core/v1/attachment.proto", "simpul/core/v1/inbox.proto",
                           "simpul/core/v1/plugin.proto", "simpul/core/v1/backup.proto"}) {
    const pb::FileDescriptor* fd = pool->FindFileByName(file);
    EXPECT_NE(fd, nullptr) << file;
    for (int s = 0; fd != nullptr && s < fd->service_count(); ++s) {
      const pb::ServiceDescriptor* service = fd->service(s);
      for (int m = 0; m < service->method_count(); ++m) {
        methods.push_back("/" + service->full_name() + "/" + service->method(m)->name());
      }
    }
  }
  return methods;
}

grpc::Status callWithEmptyRequest(grpc::GenericStub& stub, const std::string& method,
                                  grpc::ClientContext* context) {
  // An empty message is valid for every request type (a ByteBuffer needs one slice, even an
  // empty one, to be a message at all).
  grpc::Slice empty("", 0);
  grpc::ByteBuffer request(&empty, 1);
  grpc::ByteBuffer response;
  std::promise<grpc::Status> done;
  simpul::handOver(&done); // the callback runs on a gRPC thread (domain/happens_before.h)
  stub.UnaryCall(context, method, grpc::StubOptions(), &request, &response,
                 [&](grpc::Status status) {
                   simpul::takeOver(&done);
                   done.set_value(std::move(status));
                 });
  return done.get_future().get();
}

TEST_F(UnauthenticatedTest, EveryCoreMethodButLoginNeedsAToken) {
  const std::vector<std::string> methods = coreMethods();
  ASSERT_GE(methods.size(), 28u); // as of this writing
  grpc::GenericStub stub(channel());
  for (const std::string& method : methods) {
    if (method == "/simpul.core.v1.AuthService/Login") {
      continue;
    }
    for (const std::string& token : {std::string(), std::string("not-a-real-token")}) {
      auto ctx = context(token);
      const grpc::Status status = callWithEmptyRequest(stub, method, ctx.get());
      EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAUTHENTICATED)
          << method << (token.empty() ? " without a token" : " with a forged token") << ": "
          << status.error_message();
    }
  }
}

} // namespace
