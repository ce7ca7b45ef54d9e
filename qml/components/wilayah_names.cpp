#include "wilayah_names.h"

#include "client/qt/client_session.h"
#include "session_registry.h"
#include "simpul/core/v1/wilayah_service.grpc.pb.h"

namespace simpul::components {

namespace v1 = simpul::core::v1;

WilayahNames::WilayahNames(QObject* parent) : QObject(parent) {}

void WilayahNames::setCodes(const QStringList& codes) {
  if (codes == m_codes) {
    return;
  }
  m_codes = codes;
  emit codesChanged();
  for (const QString& code : codes) {
    request(code);
  }
}

void WilayahNames::request(const QString& code) {
  if (code.isEmpty() || m_names.contains(code) || m_pending.contains(code)) {
    return;
  }
  client::ClientSession* session = sessionFor(this);
  if (session == nullptr || !session->signedIn()) {
    return;
  }
  const bool wasLoading = loading();
  m_pending.insert(code);
  if (!wasLoading) {
    emit loadingChanged();
  }
  v1::GetWilayahRequest request;
  request.set_code(code.toStdString());
  session->call<v1::Wilayah>(
      this,
      [request](grpc::ClientContext& context, const std::shared_ptr<grpc::Channel>& channel,
                v1::Wilayah* response) {
        return v1::WilayahService::NewStub(channel)->GetWilayah(&context, request, response);
      },
      [this, code](const client::CallStatus& status, const v1::Wilayah& wilayah) {
        m_pending.remove(code);
        if (status.ok()) {
          m_names.insert(code, QString::fromStdString(wilayah.display_name()));
          emit namesChanged();
        } else if (status.message != m_error) {
          m_error = status.message;
          emit errorChanged();
        }
        if (!loading()) {
          emit loadingChanged();
        }
      });
}

} // namespace simpul::components
