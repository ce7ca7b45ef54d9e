#include "served_rpcs.h"

#include "security_fixture.h"

#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/unknown_field_set.h>
#include <grpcpp/generic/generic_stub.h>

namespace simpul::testing {

namespace {

constexpr const char* kReflection =
    "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo";

grpc::ByteBuffer toBuffer(const std::string& bytes) {
  grpc::Slice slice(bytes);
  return grpc::ByteBuffer(&slice, 1);
}

std::string fromBuffer(const grpc::ByteBuffer& buffer) {
  std::vector<grpc::Slice> slices;
  (void)buffer.Dump(&slices);
  std::string out;
  for (const auto& s : slices) {
    out.append(reinterpret_cast<const char*>(s.begin()), s.size());
  }
  return out;
}

// A length-delimited field `number` holding `value`, in protobuf wire format.
std::string lengthField(int number, const std::string& value) {
  std::string out(1, static_cast<char>((number << 3) | 2));
  std::size_t n = value.size();
  do {
    char byte = static_cast<char>(n & 0x7f);
    n >>= 7;
    out += static_cast<char>(byte | (n ? 0x80 : 0));
  } while (n);
  return out + value;
}

std::vector<std::string> lengthFields(const std::string& message, int number) {
  google::protobuf::UnknownFieldSet fields;
  std::vector<std::string> out;
  if (!fields.ParseFromString(message)) {
    return out;
  }
  for (int i = 0; i < fields.field_count(); ++i) {
    if (fields.field(i).number() == number &&
        fields.field(i).type() == google::protobuf::UnknownField::TYPE_LENGTH_DELIMITED) {
      out.push_back(fields.field(i).length_delimited());
    }
  }
  return out;
}

// One streaming call on the completion-queue generic API; each step waits for its tag.
class GenericStream {
public:
  GenericStream(const std::shared_ptr<grpc::Channel>& channel, const std::string& method,
                const std::string& token)
      : m_stub(channel) {
    if (!token.empty()) {
      m_context.AddMetadata("authorization", "Bearer " + token);
    }
    m_context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    m_call = m_stub.PrepareCall(&m_context, method, &m_queue);
    m_call->StartCall(tag());
    m_open = await();
  }
  ~GenericStream() {
    m_context.TryCancel();
    if (!m_finishCalled) {
      grpc::Status ignored;
      m_call->Finish(&ignored, tag());
      await();
    }
    m_queue.Shutdown();
    void* t = nullptr;
    bool ok = false;
    while (m_queue.Next(&t, &ok)) {
    }
  }

  bool write(const std::string& bytes) {
    m_call->Write(toBuffer(bytes), tag());
    return m_open && await();
  }
  void writesDone() {
    m_call->WritesDone(tag());
    await();
  }
  bool read(std::string* bytes) {
    grpc::ByteBuffer buffer;
    m_call->Read(&buffer, tag());
    if (!await()) {
      return false;
    }
    *bytes = fromBuffer(buffer);
    return true;
  }
  grpc::Status finish() {
    grpc::Status status;
    m_finishCalled = true;
    m_call->Finish(&status, tag());
    await();
    return status;
  }

private:
  static void* tag() { return reinterpret_cast<void*>(1); }
  bool await() {
    void* t = nullptr;
    bool ok = false;
    return m_queue.Next(&t, &ok) && ok;
  }

  grpc::GenericStub m_stub;
  grpc::ClientContext m_context;
  grpc::CompletionQueue m_queue;
  std::unique_ptr<grpc::GenericClientAsyncReaderWriter> m_call;
  bool m_open = false;
  bool m_finishCalled = false;
};

} // namespace

std::vector<std::string> servedRpcs(const std::shared_ptr<grpc::Channel>& channel,
                                    std::string* error) {
  GenericStream stream(channel, kReflection, {});
  // ServerReflectionRequest.list_services (7) = "*".
  std::string response;
  if (!stream.write(lengthField(7, "*")) || !stream.read(&response)) {
    *error = "reflection: no answer to list_services";
    return {};
  }
  // ServerReflectionResponse.list_services_response (6) → service (1) → name (1).
  std::vector<std::string> services;
  for (const auto& list : lengthFields(response, 6)) {
    for (const auto& service : lengthFields(list, 1)) {
      for (const auto& name : lengthFields(service, 1)) {
        services.push_back(name);
      }
    }
  }
  std::vector<std::string> rpcs;
  for (const auto& service : services) {
    // file_containing_symbol (4) → file_descriptor_response (4) → file_descriptor_proto (1):
    // the serialized FileDescriptorProto of the service's file (and of its dependencies).
    if (!stream.write(lengthField(4, service)) || !stream.read(&response)) {
      *error = "reflection: no answer for " + service;
      return {};
    }
    bool seen = false;
    for (const auto& files : lengthFields(response, 4)) {
      for (const auto& bytes : lengthFields(files, 1)) {
        google::protobuf::FileDescriptorProto file;
        if (!file.ParseFromString(bytes)) {
          continue;
        }
        for (const auto& s : file.service()) {
          const std::string full =
              file.package().empty() ? s.name() : file.package() + "." + s.name();
          if (full != service || seen) {
            continue;
          }
          seen = true;
          for (const auto& m : s.method()) {
            rpcs.push_back(full + "/" + m.name());
          }
        }
      }
    }
    if (!seen && service == "grpc.health.v1.Health") {
      // gRPC's built-in health service registers no descriptor, so reflection cannot
      // describe it; its methods are fixed by the gRPC health checking protocol.
      rpcs.push_back(service + "/Check");
      rpcs.push_back(service + "/Watch");
      seen = true;
    }
    if (!seen) {
      *error = "reflection: no descriptor for " + service;
      return {};
    }
  }
  stream.writesDone();
  return rpcs;
}

std::string firstMessageOutcome(const std::shared_ptr<grpc::Channel>& channel,
                                const std::string& method, const std::string& token,
                                const std::string& request, std::string* first) {
  GenericStream stream(channel, method, token);
  stream.write(request);
  stream.writesDone();
  std::string message;
  if (stream.read(&message)) {
    if (first != nullptr) {
      *first = message;
    }
    return "OK";
  }
  const grpc::Status status = stream.finish();
  return SecurityFixture::outcome(status);
}

} // namespace simpul::testing
