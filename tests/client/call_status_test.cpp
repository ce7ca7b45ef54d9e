#include "client/qt/call_status.h"
#include "client_test_support.h"
#include "simpul/core/v1/wilayah_service.grpc.pb.h"

#include <QTranslator>

namespace simpul::testing {
namespace {

namespace v1 = simpul::core::v1;
using client::CallStatus;
using client::errorText;

QString textFor(grpc::StatusCode code) {
  const grpc::ClientContext context; // no trailers: no ErrorDetail
  return errorText(grpc::Status(code, "server words"), context);
}

class CallStatusTest : public ClientQtTest {
protected:
  // SearchWilayah with a one-letter prefix: INVALID_ARGUMENT with an ErrorDetail.
  CallStatus searchTooShort() {
    CallStatus result;
    bool done = false;
    session->call<v1::SearchWilayahResponse>(
        nullptr,
        [](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
           v1::SearchWilayahResponse* out) {
          v1::SearchWilayahRequest request;
          request.set_name_prefix("b");
          return v1::WilayahService::NewStub(channel)->SearchWilayah(&context, request, out);
        },
        [&](const CallStatus& status, const v1::SearchWilayahResponse&) {
          result = status;
          done = true;
        });
    EXPECT_TRUE(waitFor([&] { return done; }));
    return result;
  }
};

TEST_F(CallStatusTest, TheServersErrorDetailSpeaksTheUiLanguage) {
  ASSERT_TRUE(signIn("admin", kAdminPassword));
  const CallStatus indonesian = searchTooShort();
  EXPECT_EQ(indonesian.code, static_cast<int>(grpc::StatusCode::INVALID_ARGUMENT));
  EXPECT_EQ(indonesian.field, "name_prefix");
  EXPECT_EQ(indonesian.reason, "NAME_PREFIX_TOO_SHORT");
  EXPECT_EQ(indonesian.message, "Awal nama wilayah minimal 2 huruf");

  LocaleGuard english(QLocale::English);
  const CallStatus inEnglish = searchTooShort();
  EXPECT_EQ(inEnglish.message, "The start of the region name must have at least 2 characters");
  EXPECT_EQ(inEnglish.reason, "NAME_PREFIX_TOO_SHORT");
}

TEST_F(CallStatusTest, WithoutDetailEachCodeSaysWhatHappenedAndWhatToDo) {
  EXPECT_TRUE(textFor(grpc::StatusCode::OK).isEmpty());
  EXPECT_TRUE(textFor(grpc::StatusCode::UNAVAILABLE).startsWith("Server tidak dapat dihubungi"));
  EXPECT_TRUE(textFor(grpc::StatusCode::UNAUTHENTICATED).contains("masuk lagi"));
  EXPECT_TRUE(textFor(grpc::StatusCode::ABORTED).contains("Muat ulang"));
  EXPECT_EQ(textFor(grpc::StatusCode::ABORTED), textFor(grpc::StatusCode::FAILED_PRECONDITION));
  // A code newer than this client: 20 is unknown to gRPC 1.51 yet inside the range of the
  // enum's values (99 would be undefined behaviour to construct; UBSan says so).
  EXPECT_TRUE(textFor(static_cast<grpc::StatusCode>(20)).contains("20"));

  const std::vector<grpc::StatusCode> codes = {grpc::StatusCode::CANCELLED,
                                               grpc::StatusCode::UNKNOWN,
                                               grpc::StatusCode::INVALID_ARGUMENT,
                                               grpc::StatusCode::DEADLINE_EXCEEDED,
                                               grpc::StatusCode::NOT_FOUND,
                                               grpc::StatusCode::ALREADY_EXISTS,
                                               grpc::StatusCode::PERMISSION_DENIED,
                                               grpc::StatusCode::RESOURCE_EXHAUSTED,
                                               grpc::StatusCode::FAILED_PRECONDITION,
                                               grpc::StatusCode::ABORTED,
                                               grpc::StatusCode::OUT_OF_RANGE,
                                               grpc::StatusCode::UNIMPLEMENTED,
                                               grpc::StatusCode::INTERNAL,
                                               grpc::StatusCode::UNAVAILABLE,
                                               grpc::StatusCode::DATA_LOSS,
                                               grpc::StatusCode::UNAUTHENTICATED};
  std::vector<QString> indonesian;
  for (const grpc::StatusCode code : codes) {
    indonesian.push_back(textFor(code));
    // The server's raw message is for logs, not for the person.
    EXPECT_FALSE(indonesian.back().contains("server words"));
    EXPECT_FALSE(indonesian.back().isEmpty());
  }
  LocaleGuard english(QLocale::English);
  EXPECT_TRUE(textFor(grpc::StatusCode::UNAVAILABLE).startsWith("The server cannot be reached"));
  EXPECT_TRUE(textFor(grpc::StatusCode::UNAUTHENTICATED).contains("sign in again"));
  for (std::size_t i = 0; i < codes.size(); ++i) {
    EXPECT_NE(textFor(codes[i]), indonesian[i]) << static_cast<int>(codes[i]);
  }
}

// The Indonesian texts go through QCoreApplication::translate, so a translation of a third
// language would apply.
class BracketTranslator : public QTranslator {
public:
  QString translate(const char* context, const char* source, const char* /*disambiguation*/,
                    int /*n*/) const override {
    if (QByteArray(context) != "CallStatus") {
      return {};
    }
    return "[" + QString::fromUtf8(source) + "]";
  }
  bool isEmpty() const override { return false; }
};

TEST_F(CallStatusTest, TheCodeTextsAreTranslatable) {
  BracketTranslator translator;
  QCoreApplication::installTranslator(&translator);
  const QString text = textFor(grpc::StatusCode::UNAVAILABLE);
  QCoreApplication::removeTranslator(&translator);
  EXPECT_TRUE(text.startsWith("[Server tidak dapat dihubungi")) << text.toStdString();
}

} // namespace
} // namespace simpul::testing
