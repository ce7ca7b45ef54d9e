#include "server/transport/credentials.h"
#include "server/transport/listen_address.h"
#include "transport_test_support.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace simpul::server {
namespace {

using ::testing::HasSubstr;

ListenAddress parseOk(std::string_view text) {
  auto result = parseListenAddress(text);
  EXPECT_TRUE(result.address) << text << ": " << result.error;
  return result.address.value_or(ListenAddress{});
}

std::string errorOf(std::string_view text) {
  auto result = parseListenAddress(text);
  EXPECT_FALSE(result.address) << text;
  return result.error;
}

TEST(ListenAddress, UnixForms) {
  auto absolute = parseOk("unix:/run/simpul/data.sock");
  EXPECT_TRUE(absolute.isUnix());
  EXPECT_EQ(absolute.path, "/run/simpul/data.sock");
  EXPECT_EQ(absolute.toGrpcAddress(), "unix:/run/simpul/data.sock");
  EXPECT_TRUE(absolute.isLoopback());

  auto uri = parseOk("unix:///tmp/s.sock");
  EXPECT_EQ(uri.path, "/tmp/s.sock");
  EXPECT_EQ(uri.toGrpcAddress(), "unix:/tmp/s.sock");

  auto relative = parseOk("unix:run/s.sock");
  EXPECT_EQ(relative.path, "run/s.sock");
  EXPECT_EQ(relative.toGrpcAddress(), "unix:run/s.sock");
}

TEST(ListenAddress, UnixMistakes) {
  EXPECT_THAT(errorOf("unix:"), HasSubstr("missing socket path"));
  EXPECT_THAT(errorOf("unix://tmp/s"), HasSubstr("absolute path"));
  EXPECT_THAT(errorOf("unix:/" + std::string(120, 'a')), HasSubstr("at most 107"));
  EXPECT_THAT(errorOf("unix-abstract:simpul"), HasSubstr("abstract unix sockets"));
  EXPECT_THAT(errorOf(std::string("unix:/a\0b", 9)), HasSubstr("NUL"));
}

TEST(ListenAddress, TcpForms) {
  auto v4 = parseOk("127.0.0.1:50051");
  EXPECT_FALSE(v4.isUnix());
  EXPECT_EQ(v4.host, "127.0.0.1");
  EXPECT_EQ(v4.port, 50051);
  EXPECT_EQ(v4.toGrpcAddress(), "127.0.0.1:50051");

  auto v6 = parseOk("[::1]:7000");
  EXPECT_EQ(v6.host, "::1");
  EXPECT_EQ(v6.toGrpcAddress(), "[::1]:7000");

  auto name = parseOk("data.kab-bandung.go.id:443");
  EXPECT_EQ(name.host, "data.kab-bandung.go.id");
  EXPECT_EQ(name.port, 443);

  EXPECT_EQ(parseOk("localhost:0").port, 0);
  EXPECT_EQ(parseOk("0.0.0.0:65535").port, 65535);
  EXPECT_EQ(parseOk("[::]:1").toGrpcAddress(), "[::]:1");
}

TEST(ListenAddress, TcpMistakes) {
  EXPECT_THAT(errorOf(""), HasSubstr("empty"));
  EXPECT_THAT(errorOf("localhost"), HasSubstr("expected host:port"));
  EXPECT_THAT(errorOf("localhost:"), HasSubstr("port must be a number from 0 to 65535"));
  EXPECT_THAT(errorOf("localhost:65536"), HasSubstr("port must be a number from 0 to 65535"));
  EXPECT_THAT(errorOf("localhost:-1"), HasSubstr("port must be a number"));
  EXPECT_THAT(errorOf("localhost:80x"), HasSubstr("port must be a number"));
  EXPECT_THAT(errorOf(":50051"), HasSubstr("missing host"));
  EXPECT_THAT(errorOf("::1:50051"), HasSubstr("needs brackets"));
  EXPECT_THAT(errorOf("[::1]50051"), HasSubstr("expected ':PORT' after ']'"));
  EXPECT_THAT(errorOf("[::1:50051"), HasSubstr("missing ']'"));
  EXPECT_THAT(errorOf("[example.com]:1"), HasSubstr("'example.com' is not an IPv6 address"));
  EXPECT_THAT(errorOf("bad_host!:1"), HasSubstr("'bad_host!' is not a host name"));
  EXPECT_THAT(errorOf("dns:///localhost:1"), HasSubstr("without a scheme"));
  EXPECT_THAT(errorOf("http://localhost:1"), HasSubstr("without a scheme"));
  // The message quotes the input so the user sees which --listen value is meant.
  EXPECT_THAT(errorOf("localhost:99999"), HasSubstr("invalid listen address 'localhost:99999'"));
}

TEST(ListenAddress, Loopback) {
  for (const char* text : {"127.0.0.1:1", "127.8.9.10:1", "localhost:1", "LOCALHOST:1", "[::1]:1",
                           "[::ffff:127.0.0.1]:1", "unix:/s"}) {
    EXPECT_TRUE(parseOk(text).isLoopback()) << text;
  }
  for (const char* text : {"0.0.0.0:1", "128.0.0.1:1", "10.0.0.5:1", "[::]:1", "[fe80::1]:1",
                           "[::ffff:10.0.0.1]:1", "myhost:1", "localhost.example.com:1"}) {
    EXPECT_FALSE(parseOk(text).isLoopback()) << text;
  }
}

TEST(ListenAddress, NonLoopbackWithoutTlsIsRefused) {
  const auto error = validateListen(parseOk("0.0.0.0:50051"), false);
  ASSERT_TRUE(error);
  EXPECT_EQ(*error, "refusing to listen on 0.0.0.0:50051 without TLS: tokens and personal data "
                    "(NIK, names) would cross the network in clear text; give --tls-cert and "
                    "--tls-key, or listen on a loopback or unix: address");
  EXPECT_TRUE(validateListen(parseOk("[::]:1"), false));
  EXPECT_TRUE(validateListen(parseOk("server.local:1"), false));

  EXPECT_FALSE(validateListen(parseOk("0.0.0.0:50051"), true));
  EXPECT_FALSE(validateListen(parseOk("127.0.0.1:50051"), false));
  EXPECT_FALSE(validateListen(parseOk("localhost:50051"), false));
  EXPECT_FALSE(validateListen(parseOk("[::1]:50051"), false));
  EXPECT_FALSE(validateListen(parseOk("unix:/run/s.sock"), false));
}

TEST(ServerCredentials, InsecureWhenNoFiles) {
  std::string error;
  EXPECT_NE(makeServerCredentials("", "", &error), nullptr);
  EXPECT_EQ(error, "");
}

TEST(ServerCredentials, HalfAPairIsRefused) {
  std::string error;
  EXPECT_EQ(makeServerCredentials("c.pem", "", &error), nullptr);
  EXPECT_THAT(error, HasSubstr("--tls-key"));
  EXPECT_EQ(makeServerCredentials("", "k.pem", &error), nullptr);
  EXPECT_THAT(error, HasSubstr("--tls-cert"));
}

TEST(ServerCredentials, FileProblemsNameTheFile) {
  test::TempDir dir;
  const std::string cert = dir.file("cert.pem"), key = dir.file("key.pem");
  test::writeSelfSignedCertificate(cert, key);
  std::string error;

  EXPECT_EQ(makeServerCredentials(dir.file("missing.pem"), key, &error), nullptr);
  EXPECT_EQ(error, "cannot read TLS certificate file " + dir.file("missing.pem") +
                       ": No such file or directory");
  EXPECT_EQ(makeServerCredentials(cert, dir.file("nokey.pem"), &error), nullptr);
  EXPECT_THAT(error, HasSubstr("cannot read TLS key file " + dir.file("nokey.pem")));

  EXPECT_EQ(makeServerCredentials(key, cert, &error), nullptr); // swapped
  EXPECT_EQ(error, "TLS certificate file " + key + " holds no PEM certificate");
  EXPECT_EQ(makeServerCredentials(cert, cert, &error), nullptr);
  EXPECT_EQ(error, "TLS key file " + cert + " holds no PEM private key");

  error.clear();
  EXPECT_NE(makeServerCredentials(cert, key, &error), nullptr);
  EXPECT_EQ(error, "");
}

} // namespace
} // namespace simpul::server
