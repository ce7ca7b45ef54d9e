#include "client/qt/call_status.h"

#include "client/status_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <array>

namespace simpul::client {

namespace {

// How the language is chosen: the UI language is QLocale's default (the app sets it when
// the user switches language). Bahasa Indonesia is the source language of every text, so
// for any language but English the Indonesian text goes through translate(): lupdate finds
// it (QT_TRANSLATE_NOOP below) and a future third language only needs its .ts file. English
// is also written here, because these texts must be right even where no translator is
// installed (simpulctl-like tools, tests, a plugin's own process); the English .ts entries
// carry the same sentences for consistency.
bool englishUi() {
  return QLocale().language() == QLocale::English;
}

struct CodeText {
  grpc::StatusCode code;
  const char* indonesian;
  const char* english;
};

// What happened and what the person can do about it; never request data.
constexpr std::array<CodeText, 16> kTexts = {{
    {grpc::StatusCode::CANCELLED, QT_TRANSLATE_NOOP("CallStatus", "Permintaan dibatalkan."),
     "The request was cancelled."},
    {grpc::StatusCode::UNKNOWN,
     QT_TRANSLATE_NOOP("CallStatus",
                       "Terjadi kesalahan pada server. Coba lagi; bila terus terjadi, hubungi "
                       "administrator."),
     "Something went wrong on the server. Try again; if it keeps happening, contact the "
     "administrator."},
    {grpc::StatusCode::INVALID_ARGUMENT,
     QT_TRANSLATE_NOOP("CallStatus",
                       "Data yang dikirim tidak valid. Periksa isian, lalu coba lagi."),
     "The data sent is not valid. Check the entries, then try again."},
    {grpc::StatusCode::DEADLINE_EXCEEDED,
     QT_TRANSLATE_NOOP("CallStatus",
                       "Server terlalu lama menjawab. Coba lagi sebentar lagi; bila terus "
                       "terjadi, periksa jaringan."),
     "The server took too long to answer. Try again in a moment; if it keeps happening, check "
     "the network."},
    {grpc::StatusCode::NOT_FOUND,
     QT_TRANSLATE_NOOP("CallStatus",
                       "Data yang diminta tidak ditemukan; mungkin sudah dihapus. Muat ulang "
                       "daftarnya."),
     "The requested data was not found; it may have been deleted. Reload the list."},
    {grpc::StatusCode::ALREADY_EXISTS, QT_TRANSLATE_NOOP("CallStatus", "Data ini sudah ada."),
     "This data already exists."},
    {grpc::StatusCode::PERMISSION_DENIED,
     QT_TRANSLATE_NOOP("CallStatus",
                       "Anda tidak berwenang melakukan ini. Hubungi administrator bila Anda "
                       "memerlukannya."),
     "You are not allowed to do this. Contact the administrator if you need it."},
    {grpc::StatusCode::RESOURCE_EXHAUSTED,
     QT_TRANSLATE_NOOP("CallStatus", "Terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi."),
     "Too many requests. Wait a moment, then try again."},
    {grpc::StatusCode::FAILED_PRECONDITION,
     QT_TRANSLATE_NOOP("CallStatus",
                       "Data ini telah diubah sementara itu. Muat ulang, lalu ulangi perubahan "
                       "Anda."),
     "This data was changed in the meantime. Reload it, then make your change again."},
    {grpc::StatusCode::ABORTED,
     QT_TRANSLATE_NOOP("CallStatus",
                       "Data ini telah diubah sementara itu. Muat ulang, lalu ulangi perubahan "
                       "Anda."),
     "This data was changed in the meantime. Reload it, then make your change again."},
    {grpc::StatusCode::OUT_OF_RANGE,
     QT_TRANSLATE_NOOP("CallStatus", "Nilai di luar batas yang diizinkan. Periksa isian."),
     "A value is outside the allowed range. Check the entries."},
    {grpc::StatusCode::UNIMPLEMENTED,
     QT_TRANSLATE_NOOP("CallStatus",
                       "Server tidak mendukung permintaan ini; mungkin versinya lebih lama dari "
                       "aplikasi ini."),
     "The server does not support this request; it may be older than this app."},
    {grpc::StatusCode::INTERNAL,
     QT_TRANSLATE_NOOP("CallStatus",
                       "Terjadi kesalahan pada server. Coba lagi; bila terus terjadi, hubungi "
                       "administrator."),
     "Something went wrong on the server. Try again; if it keeps happening, contact the "
     "administrator."},
    {grpc::StatusCode::UNAVAILABLE,
     QT_TRANSLATE_NOOP("CallStatus",
                       "Server tidak dapat dihubungi. Periksa alamat server dan jaringan, dan "
                       "pastikan layanan data berjalan."),
     "The server cannot be reached. Check the server address and the network, and make sure "
     "the data service is running."},
    {grpc::StatusCode::DATA_LOSS,
     QT_TRANSLATE_NOOP("CallStatus",
                       "Terjadi kesalahan pada server. Coba lagi; bila terus terjadi, hubungi "
                       "administrator."),
     "Something went wrong on the server. Try again; if it keeps happening, contact the "
     "administrator."},
    {grpc::StatusCode::UNAUTHENTICATED,
     QT_TRANSLATE_NOOP("CallStatus", "Sesi Anda telah berakhir. Silakan masuk lagi."),
     "Your session has ended. Please sign in again."},
}};

QString codeText(grpc::StatusCode code) {
  const bool english = englishUi();
  for (const CodeText& text : kTexts) {
    if (text.code == code) {
      return english ? QString::fromUtf8(text.english)
                     : QCoreApplication::translate("CallStatus", text.indonesian);
    }
  }
  const int number = static_cast<int>(code);
  return english ? QStringLiteral("An unknown error occurred (code %1).").arg(number)
                 : QCoreApplication::translate("CallStatus",
                                               "Terjadi kesalahan yang tidak dikenal (kode %1).")
                       .arg(number);
}

} // namespace

QString errorText(const grpc::Status& status, const grpc::ClientContext& context) {
  if (status.ok()) {
    return {};
  }
  // simpul-data's own words are more precise than the code's ("NIK harus 16 angka"), and it
  // writes both languages, so no translator is involved.
  if (const auto detail = errorDetail(context)) {
    const std::string& preferred = englishUi() ? detail->message_en() : detail->message_id();
    const std::string& other = englishUi() ? detail->message_id() : detail->message_en();
    if (!preferred.empty()) {
      return QString::fromStdString(preferred);
    }
    if (!other.empty()) {
      return QString::fromStdString(other);
    }
  }
  return codeText(status.error_code());
}

CallStatus callStatus(const grpc::Status& status, const grpc::ClientContext& context) {
  CallStatus result;
  result.code = static_cast<int>(status.error_code());
  if (status.ok()) {
    return result;
  }
  result.message = errorText(status, context);
  if (const auto detail = errorDetail(context)) {
    result.field = QString::fromStdString(detail->field());
    result.reason = QString::fromStdString(detail->reason());
  }
  return result;
}

} // namespace simpul::client
