// Every RPC of every service in proto/ against one real simpul-data with the pmks plugin
// (fuzz_rpc_server.h), so each request message is decoded and handled by the real service
// code. An input is:
//   2 bytes   the method: little-endian, modulo the number of methods (sorted by full name);
//             the quotient's low three bits equal to 7 make the call without a token
//   the rest  unary and server-streaming: the request message;
//             client-streaming: up to kMaxStreamMessages messages, each a little-endian
//             2-byte length and that many bytes (the last one takes what is left)
// An input whose messages do not parse as the method's request type is skipped (the
// server would refuse it before any handler runs). Each call has a deadline, so an input
// is bounded in time even if a handler is slow.

#include "fuzz_check.h"
#include "fuzz_rpc_server.h"
#include "simpul/pmks/v1/pmks_service.pb.h"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <google/protobuf/descriptor.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/message.h>
#include <google/protobuf/text_format.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/client_unary_call.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/sync_stream.h>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace pb = google::protobuf;
using simpul::fuzz::FuzzServer;

namespace {

constexpr std::size_t kMaxStreamMessages = 8;
constexpr auto kCallDeadline = std::chrono::seconds(5);

FuzzServer* g_server = nullptr;
std::vector<const pb::MethodDescriptor*> g_methods;

// The session-changing calls after which the admin may have lost its session or role.
bool mayBreakAdmin(const pb::MethodDescriptor& method) {
  const std::string& name = method.full_name();
  return name == "simpul.core.v1.AuthService.Logout" ||
         name == "simpul.core.v1.UserService.SetPassword" ||
         name == "simpul.core.v1.UserService.UpdateUser" ||
         name == "simpul.core.v1.UserService.RevokeRole";
}

std::vector<const pb::MethodDescriptor*> allMethods() {
  // Referencing a pmks message makes sure its generated descriptors are linked and loaded.
  (void)simpul::pmks::v1::ListRecordsRequest::descriptor();
  const pb::DescriptorPool* pool = pb::DescriptorPool::generated_pool();
  std::vector<const pb::MethodDescriptor*> methods;
  std::stringstream files(SIMPUL_FUZZ_PROTO_FILES);
  std::string name;
  while (std::getline(files, name, ',')) {
    const pb::FileDescriptor* file = pool->FindFileByName(name);
    if (file == nullptr) {
      std::fprintf(stderr, "fuzz_rpc: %s is not linked into the fuzz target\n", name.c_str());
      std::abort();
    }
    for (int s = 0; s < file->service_count(); ++s) {
      for (int m = 0; m < file->service(s)->method_count(); ++m) {
        methods.push_back(file->service(s)->method(m));
      }
    }
  }
  std::sort(methods.begin(), methods.end(),
            [](const auto* a, const auto* b) { return a->full_name() < b->full_name(); });
  return methods;
}

std::string methodPath(const pb::MethodDescriptor& method) {
  return "/" + method.service()->full_name() + "/" + method.name();
}

grpc::ByteBuffer toBuffer(const std::string& bytes) {
  grpc::Slice slice(bytes);
  return grpc::ByteBuffer(&slice, 1);
}

// The bytes re-serialized, or nullopt when they are not a `type` message.
std::optional<std::string> reencode(const pb::Descriptor& type, std::string_view bytes) {
  std::unique_ptr<pb::Message> message(
      pb::MessageFactory::generated_factory()->GetPrototype(&type)->New());
  if (!message->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return std::nullopt;
  }
  return message->SerializeAsString();
}

std::vector<std::string_view> splitStream(std::string_view rest) {
  std::vector<std::string_view> parts;
  while (!rest.empty() && parts.size() < kMaxStreamMessages) {
    if (rest.size() < 2 || parts.size() + 1 == kMaxStreamMessages) {
      parts.push_back(rest.size() < 2 ? std::string_view() : rest.substr(2));
      break;
    }
    const std::size_t length = static_cast<unsigned char>(rest[0]) |
                               (static_cast<std::size_t>(static_cast<unsigned char>(rest[1])) << 8);
    rest.remove_prefix(2);
    parts.push_back(rest.substr(0, length));
    rest.remove_prefix(std::min(length, rest.size()));
  }
  if (parts.empty()) {
    parts.emplace_back();
  }
  return parts;
}

grpc::Status call(const pb::MethodDescriptor& method, const std::vector<std::string>& requests,
                  bool withToken) {
  grpc::ClientContext context;
  if (withToken) {
    context.AddMetadata("authorization", "Bearer " + g_server->adminToken());
  }
  context.set_deadline(std::chrono::system_clock::now() + kCallDeadline);
  const std::string path = methodPath(method);
  grpc::ChannelInterface* channel = g_server->channel().get();
  using grpc::internal::RpcMethod;
  grpc::ByteBuffer response;
  if (!method.client_streaming() && !method.server_streaming()) {
    const RpcMethod rpc(path.c_str(), RpcMethod::NORMAL_RPC, g_server->channel());
    return grpc::internal::BlockingUnaryCall<grpc::ByteBuffer, grpc::ByteBuffer>(
        channel, rpc, &context, toBuffer(requests.front()), &response);
  }
  if (!method.client_streaming()) {
    const RpcMethod rpc(path.c_str(), RpcMethod::SERVER_STREAMING, g_server->channel());
    std::unique_ptr<grpc::ClientReader<grpc::ByteBuffer>> reader(
        grpc::internal::ClientReaderFactory<grpc::ByteBuffer>::Create(channel, rpc, &context,
                                                                      toBuffer(requests.front())));
    while (reader->Read(&response)) {
    }
    return reader->Finish();
  }
  if (!method.server_streaming()) {
    const RpcMethod rpc(path.c_str(), RpcMethod::CLIENT_STREAMING, g_server->channel());
    std::unique_ptr<grpc::ClientWriter<grpc::ByteBuffer>> writer(
        grpc::internal::ClientWriterFactory<grpc::ByteBuffer>::Create(channel, rpc, &context,
                                                                      &response));
    for (const std::string& request : requests) {
      if (!writer->Write(toBuffer(request))) {
        break;
      }
    }
    writer->WritesDone();
    return writer->Finish();
  }
  const RpcMethod rpc(path.c_str(), RpcMethod::BIDI_STREAMING, g_server->channel());
  std::unique_ptr<grpc::ClientReaderWriter<grpc::ByteBuffer, grpc::ByteBuffer>> stream(
      grpc::internal::ClientReaderWriterFactory<grpc::ByteBuffer, grpc::ByteBuffer>::Create(
          channel, rpc, &context));
  for (const std::string& request : requests) {
    if (!stream->Write(toBuffer(request))) {
      break;
    }
  }
  stream->WritesDone();
  while (stream->Read(&response)) {
  }
  return stream->Finish();
}

// SIMPUL_FUZZ_WRITE_SEEDS=<dir>: writes one seed per method (its empty request) plus the
// hand-made requests of fuzz_rpc_seeds.h, then exits. How tests/fuzz/corpus/rpc was made.
void writeSeeds(const std::string& dir);

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  g_methods = allMethods();
  FUZZ_CHECK(!g_methods.empty() && g_methods.size() < 65536, "a method fits two bytes");
  if (const char* seeds = std::getenv("SIMPUL_FUZZ_WRITE_SEEDS")) {
    writeSeeds(seeds);
    std::exit(0);
  }
  // Lives until the process ends (libFuzzer never returns from its loop); only its files
  // are removed then, as the server may still be finishing a call.
  g_server = new FuzzServer();
  std::atexit([] {
    std::error_code ignored;
    std::filesystem::remove_all(g_server->directory(), ignored);
  });
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) {
    return -1;
  }
  const unsigned selector = data[0] | (static_cast<unsigned>(data[1]) << 8);
  const pb::MethodDescriptor& method = *g_methods[selector % g_methods.size()];
  const bool withToken = (selector / g_methods.size()) % 8 != 7;
  const std::string_view rest(reinterpret_cast<const char*>(data + 2), size - 2);

  std::vector<std::string> requests;
  const std::vector<std::string_view> parts =
      method.client_streaming() ? splitStream(rest) : std::vector<std::string_view>{rest};
  for (std::string_view part : parts) {
    auto encoded = reencode(*method.input_type(), part);
    if (!encoded) {
      return -1;
    }
    requests.push_back(std::move(*encoded));
  }

  const grpc::Status status = call(method, requests, withToken);
  // The server answers every request; a crash or a sanitizer report in a handler ends the
  // process before this. INTERNAL means a handler threw something it should not have.
  FUZZ_CHECK(status.error_code() != grpc::StatusCode::INTERNAL ||
                 std::getenv("SIMPUL_FUZZ_ALLOW_INTERNAL") != nullptr,
             "no request makes the server fail with INTERNAL");
  if (status.ok() && mayBreakAdmin(method) && !g_server->adminIntact()) {
    g_server->restore();
  }
  return 0;
}

namespace {

#include "fuzz_rpc_seeds.h"

void writeSeeds(const std::string& dir) {
  auto write = [&](const pb::MethodDescriptor& method, const std::string& body, int n) {
    const auto index = static_cast<unsigned>(
        std::find(g_methods.begin(), g_methods.end(), &method) - g_methods.begin());
    std::string bytes;
    bytes.push_back(static_cast<char>(index & 0xFF));
    bytes.push_back(static_cast<char>(index >> 8));
    bytes += body;
    std::ofstream(dir + "/" + method.name() + "_" + std::to_string(n), std::ios::binary) << bytes;
  };
  for (const auto* method : g_methods) {
    write(*method, std::string(), 0);
  }
  int n = 1;
  for (const RpcSeed& seed : kRpcSeeds) {
    const auto* method = pb::DescriptorPool::generated_pool()->FindMethodByName(seed.method);
    FUZZ_CHECK(method != nullptr, "a seed names a known method");
    std::string body;
    for (const char* text : seed.texts) {
      std::unique_ptr<pb::Message> message(
          pb::MessageFactory::generated_factory()->GetPrototype(method->input_type())->New());
      FUZZ_CHECK(pb::TextFormat::ParseFromString(text, message.get()), "a seed parses");
      const std::string bytes = message->SerializeAsString();
      if (method->client_streaming()) {
        // The stream framing: a 2-byte little-endian length before each message.
        body.push_back(static_cast<char>(bytes.size() & 0xFF));
        body.push_back(static_cast<char>(bytes.size() >> 8));
      }
      body += bytes;
    }
    write(*method, body, n++);
  }
}

} // namespace
