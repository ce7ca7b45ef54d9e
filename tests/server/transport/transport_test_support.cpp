#include "transport_test_support.h"

#include "domain/happens_before.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <google/protobuf/unknown_field_set.h>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/support/byte_buffer.h>
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>
#include <sstream>
#include <stdexcept>
#include <stdlib.h>

namespace simpul::server::test {

namespace {

grpc::ByteBuffer toBuffer(const std::string& bytes) {
  grpc::Slice slice(bytes);
  return grpc::ByteBuffer(&slice, 1);
}

std::string fromBuffer(const grpc::ByteBuffer& buffer) {
  std::vector<grpc::Slice> slices;
  std::string bytes;
  if (buffer.Valid() && buffer.Dump(&slices).ok()) {
    for (const auto& slice : slices) {
      bytes.append(reinterpret_cast<const char*>(slice.begin()), slice.size());
    }
  }
  return bytes;
}

std::chrono::system_clock::time_point deadline() {
  return std::chrono::system_clock::now() + std::chrono::seconds(5);
}

} // namespace

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "simpul-transport-XXXXXX");
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("mkdtemp failed for " + pattern);
  }
  m_path = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(m_path, ignored);
}

void CapturedLog::add(std::string_view line) {
  const std::lock_guard lock(m_mutex);
  m_lines.emplace_back(line);
}

std::vector<std::string> CapturedLog::lines() const {
  const std::lock_guard lock(m_mutex);
  return m_lines;
}

UnaryResult callUnary(const std::shared_ptr<grpc::Channel>& channel, const std::string& method,
                      const std::string& request) {
  grpc::GenericStub stub(channel);
  grpc::ClientContext context;
  context.set_deadline(deadline());
  const grpc::ByteBuffer requestBuffer = toBuffer(request);
  grpc::ByteBuffer responseBuffer;
  std::promise<grpc::Status> done;
  handOver(&done); // the callback runs on a gRPC thread (domain/happens_before.h)
  stub.UnaryCall(&context, method, grpc::StubOptions(), &requestBuffer, &responseBuffer,
                 [&done](grpc::Status status) {
                   takeOver(&done);
                   done.set_value(std::move(status));
                 });
  UnaryResult result;
  result.status = done.get_future().get();
  result.response = fromBuffer(responseBuffer);
  return result;
}

int checkHealth(const std::shared_ptr<grpc::Channel>& channel) {
  // HealthCheckRequest{service = ""} serializes to no bytes at all.
  const UnaryResult result = callUnary(channel, "/grpc.health.v1.Health/Check", "");
  if (!result.status.ok()) {
    return -1;
  }
  // HealthCheckResponse{ServingStatus status = 1}; an absent field is 0 (UNKNOWN).
  google::protobuf::UnknownFieldSet fields;
  if (!fields.ParseFromString(result.response)) {
    return -1;
  }
  for (int i = 0; i < fields.field_count(); ++i) {
    if (fields.field(i).number() == 1 &&
        fields.field(i).type() == google::protobuf::UnknownField::TYPE_VARINT) {
      return static_cast<int>(fields.field(i).varint());
    }
  }
  return 0;
}

std::vector<std::string> listServicesByReflection(const std::shared_ptr<grpc::Channel>& channel) {
  grpc::GenericStub stub(channel);
  grpc::ClientContext context;
  context.set_deadline(deadline());
  grpc::CompletionQueue queue;
  void* tag = nullptr;
  bool ok = false;
  // One step of the stream: start the operation with tag 1 and wait for it.
  auto await = [&] {
    EXPECT_TRUE(queue.Next(&tag, &ok));
    return ok;
  };
  auto call = stub.PrepareCall(&context,
                               "/grpc.reflection.v1alpha.ServerReflection/"
                               "ServerReflectionInfo",
                               &queue);
  call->StartCall(reinterpret_cast<void*>(1));
  std::vector<std::string> names;
  if (!await()) {
    return names;
  }
  // ServerReflectionRequest{list_services = "*"}: field 7, length-delimited, 1 byte.
  call->Write(toBuffer(std::string("\x3a\x01*", 3)), reinterpret_cast<void*>(1));
  await();
  call->WritesDone(reinterpret_cast<void*>(1));
  await();
  grpc::ByteBuffer response;
  call->Read(&response, reinterpret_cast<void*>(1));
  if (await()) {
    // ServerReflectionResponse.list_services_response (6) → ListServiceResponse.service (1)
    // → ServiceResponse.name (1).
    google::protobuf::UnknownFieldSet top;
    top.ParseFromString(fromBuffer(response));
    for (int i = 0; i < top.field_count(); ++i) {
      if (top.field(i).number() != 6) {
        continue;
      }
      google::protobuf::UnknownFieldSet list;
      list.ParseFromString(top.field(i).length_delimited());
      for (int j = 0; j < list.field_count(); ++j) {
        google::protobuf::UnknownFieldSet service;
        service.ParseFromString(list.field(j).length_delimited());
        for (int k = 0; k < service.field_count(); ++k) {
          if (service.field(k).number() == 1) {
            names.push_back(service.field(k).length_delimited());
          }
        }
      }
    }
  }
  grpc::Status status;
  call->Finish(&status, reinterpret_cast<void*>(1));
  await();
  EXPECT_TRUE(status.ok()) << status.error_message();
  queue.Shutdown();
  while (queue.Next(&tag, &ok)) {
  }
  return names;
}

void writeSelfSignedCertificate(const std::string& certPath, const std::string& keyPath) {
  EVP_PKEY* key = EVP_EC_gen("P-256");
  X509* cert = X509_new();
  ASSERT_NE(key, nullptr);
  ASSERT_NE(cert, nullptr);
  X509_set_version(cert, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
  X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
  X509_gmtime_adj(X509_getm_notAfter(cert), 3600);
  X509_set_pubkey(cert, key);
  X509_NAME* name = X509_get_subject_name(cert);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
  X509_set_issuer_name(cert, name);
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
  X509_EXTENSION* san =
      X509V3_EXT_conf_nid(nullptr, &ctx, NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1");
  ASSERT_NE(san, nullptr);
  X509_add_ext(cert, san, -1);
  X509_EXTENSION_free(san);
  ASSERT_GT(X509_sign(cert, key, EVP_sha256()), 0);

  BIO* certOut = BIO_new_file(certPath.c_str(), "w");
  BIO* keyOut = BIO_new_file(keyPath.c_str(), "w");
  ASSERT_NE(certOut, nullptr);
  ASSERT_NE(keyOut, nullptr);
  EXPECT_EQ(PEM_write_bio_X509(certOut, cert), 1);
  EXPECT_EQ(PEM_write_bio_PrivateKey(keyOut, key, nullptr, nullptr, 0, nullptr, nullptr), 1);
  BIO_free(certOut);
  BIO_free(keyOut);
  X509_free(cert);
  EVP_PKEY_free(key);
}

std::string readTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

void writeTextFile(const std::string& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

} // namespace simpul::server::test
