#include "app/command_line.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <sys/stat.h>

namespace simpul::app {

// The translation context of this file's texts, which belong to no QObject.
class CommandLine {
  Q_DECLARE_TR_FUNCTIONS(simpul::app::CommandLine)
};

namespace {

CommandLineResult usageError(const QString& message) {
  CommandLineResult result;
  result.exitCode = 2;
  result.error =
      QStringLiteral("simpul: %1\n%2\n")
          .arg(message, CommandLine::tr("Lihat `simpul --help` untuk pilihan yang ada."));
  return result;
}

} // namespace

CommandLineResult parseCommandLine(const QStringList& arguments, const QString& version) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      CommandLine::tr("Simpul: aplikasi desktop untuk pendataan kesejahteraan sosial.\n"
                      "Tanpa --server, Simpul menjalankan layanan datanya sendiri (simpul-data)."));
  const QCommandLineOption server(
      QStringLiteral("server"), CommandLine::tr("Alamat simpul-data: unix:/jalur atau host:port."),
      QStringLiteral("ADDR"));
  const QCommandLineOption lang(QStringLiteral("lang"),
                                CommandLine::tr("Bahasa tampilan untuk kali ini: id atau en."),
                                QStringLiteral("id|en"));
  const QCommandLineOption screenshot(
      QStringLiteral("screenshot"),
      CommandLine::tr(
          "Simpan gambar jendela (PNG) setelah halaman awal selesai dimuat, lalu keluar."),
      QStringLiteral("FILE"));
  const QCommandLineOption dumpTexts(
      QStringLiteral("dump-texts"),
      CommandLine::tr("Bersama --screenshot: tulis setiap teks yang terlihat, satu per baris."),
      QStringLiteral("FILE"));
  const QCommandLineOption page(
      QStringLiteral("page"),
      CommandLine::tr("Halaman awal: login, setup, dashboard, inbox, plugins, settings, "
                      "about, atau id menu sebuah plugin."),
      QStringLiteral("ID"));
  const QCommandLineOption login(
      QStringLiteral("login"),
      CommandLine::tr("Masuk otomatis sebagai pengguna ini (perlu --password-file)."),
      QStringLiteral("USER"));
  const QCommandLineOption passwordFile(
      QStringLiteral("password-file"),
      CommandLine::tr(
          "Berkas berisi kata sandi pada baris pertama; hanya boleh dibaca pemiliknya."),
      QStringLiteral("FILE"));
  const QCommandLineOption db(QStringLiteral("db"),
                              CommandLine::tr("Berkas basis data layanan data bawaan."),
                              QStringLiteral("FILE"));
  const QCommandLineOption plugins(QStringLiteral("plugins"), CommandLine::tr("Folder plugin."),
                                   QStringLiteral("DIR"));
  const QCommandLineOption wilayah(
      QStringLiteral("wilayah"),
      CommandLine::tr("Daftar wilayah (CSV) untuk membuat basis data pertama kali."),
      QStringLiteral("FILE"));
  const QCommandLineOption exitAfterFirstFrame(
      QStringLiteral("exit-after-first-frame"),
      CommandLine::tr("Setelah halaman awal tergambar pertama kali, tulis \"first-frame\" dan "
                      "puncak memori (peak-rss-kib) ke stdout, lalu keluar. Untuk mengukur "
                      "waktu mulai."));
  const QCommandLineOption versionOption(QStringLiteral("version"),
                                         CommandLine::tr("Tampilkan versi lalu keluar."));
  const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                CommandLine::tr("Tampilkan bantuan ini lalu keluar."));
  parser.addOptions({server, lang, screenshot, dumpTexts, page, login, passwordFile, db, plugins,
                     wilayah, exitAfterFirstFrame, versionOption, help});

  if (!parser.parse(arguments)) {
    return usageError(parser.errorText());
  }
  if (parser.isSet(help)) {
    CommandLineResult result;
    // Qt names the program by its path, or "<executable_name>" before QCoreApplication
    // exists (--help needs no display); people type `simpul`.
    static const QRegularExpression program(QStringLiteral("^(\\S+:? )\\S+"));
    result.output = parser.helpText().replace(program, QStringLiteral("\\1simpul"));
    return result;
  }
  if (parser.isSet(versionOption)) {
    CommandLineResult result;
    result.output = QStringLiteral("simpul %1\n").arg(version);
    return result;
  }
  if (!parser.positionalArguments().isEmpty()) {
    return usageError(
        CommandLine::tr("argumen tidak dikenal: %1 (setiap pengaturan berupa pilihan seperti "
                        "--server ADDR)")
            .arg(parser.positionalArguments().join(QLatin1Char(' '))));
  }
  // A repeated option would silently keep one value; say so instead.
  for (const QString& name : parser.optionNames()) {
    if (parser.optionNames().count(name) > 1) {
      return usageError(CommandLine::tr("pilihan --%1 diberikan lebih dari sekali").arg(name));
    }
  }

  AppOptions options;
  options.server = parser.value(server);
  options.language = parser.value(lang);
  options.screenshot = parser.value(screenshot);
  options.dumpTexts = parser.value(dumpTexts);
  options.page = parser.value(page);
  options.login = parser.value(login);
  options.passwordFile = parser.value(passwordFile);
  options.db = parser.value(db);
  options.plugins = parser.value(plugins);
  options.wilayah = parser.value(wilayah);
  options.exitAfterFirstFrame = parser.isSet(exitAfterFirstFrame);

  if (parser.isSet(lang) && options.language != QLatin1String("id") &&
      options.language != QLatin1String("en")) {
    return usageError(
        CommandLine::tr("--lang harus id atau en, bukan \"%1\"").arg(options.language));
  }
  for (const auto* option :
       {&server, &screenshot, &dumpTexts, &page, &login, &passwordFile, &db, &plugins, &wilayah}) {
    if (parser.isSet(*option) && parser.value(*option).isEmpty()) {
      return usageError(
          CommandLine::tr("--%1 perlu nilai yang tidak kosong").arg(option->names().constFirst()));
    }
  }
  if (!options.dumpTexts.isEmpty() && options.screenshot.isEmpty()) {
    return usageError(CommandLine::tr("--dump-texts hanya berlaku bersama --screenshot"));
  }
  if (options.exitAfterFirstFrame && !options.screenshot.isEmpty()) {
    return usageError(CommandLine::tr("--exit-after-first-frame tidak bisa bersama --screenshot"));
  }
  if (options.login.isEmpty() != options.passwordFile.isEmpty()) {
    return usageError(CommandLine::tr("--login dan --password-file harus diberikan bersama"));
  }
  if (!options.server.isEmpty() && (!options.db.isEmpty() || !options.wilayah.isEmpty())) {
    return usageError(
        CommandLine::tr("--db dan --wilayah hanya berlaku untuk layanan data bawaan, tidak "
                        "bersama --server"));
  }
  CommandLineResult result;
  result.options = options;
  return result;
}

QString readPasswordFile(const QString& path, QString* error) {
  struct stat info {};
  if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
    *error = CommandLine::tr("berkas kata sandi %1 tidak bisa dibaca").arg(path);
    return {};
  }
  if ((info.st_mode & (S_IRGRP | S_IROTH | S_IWGRP | S_IWOTH)) != 0) {
    *error =
        CommandLine::tr("berkas kata sandi %1 bisa dibaca pengguna lain; jalankan `chmod 600 %1`")
            .arg(path);
    return {};
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    *error =
        CommandLine::tr("berkas kata sandi %1 tidak bisa dibaca: %2").arg(path, file.errorString());
    return {};
  }
  QByteArray line = file.readLine();
  while (line.endsWith('\n') || line.endsWith('\r')) {
    line.chop(1);
  }
  if (line.isEmpty()) {
    *error = CommandLine::tr("baris pertama berkas kata sandi %1 kosong").arg(path);
    return {};
  }
  return QString::fromUtf8(line);
}

} // namespace simpul::app
