// Reading an import file's preview and matching its header with the template (see
// import_preview.h).
#include "import_preview.h"

#include "import_file.h"
#include "record_rows.h"

#include <QCoreApplication>
#include <memory>

namespace simpul::pmks::ui {

ImportPreview readImportPreview(const QString& path, int maxRows, int maxColumns,
                                const std::function<bool()>& stop) {
  ImportPreview preview;
  preview.path = path;
  std::string error;
  const std::unique_ptr<TableReader> reader = TableReader::open(path.toStdString(), &error);
  if (!reader) {
    preview.error = readerMessage(error);
    return preview;
  }
  for (const std::string& cell : reader->header()) {
    preview.header.append(QString::fromStdString(cell));
  }
  TableRow row;
  while (reader->next(row)) {
    if (stop()) {
      preview.stopped = true;
      return preview;
    }
    ++preview.fileRows;
    if (preview.rows.size() < maxRows) {
      QVariantMap cells{{QStringLiteral("line"), row.line}};
      const int shown = std::min(static_cast<int>(row.values.size()), maxColumns);
      for (int i = 0; i < shown; ++i) {
        cells.insert(QStringLiteral("c%1").arg(i),
                     QString::fromStdString(row.values[static_cast<std::size_t>(i)]));
      }
      preview.rows.append(cells);
    }
  }
  if (!reader->error().empty()) {
    preview.error = readerMessage(reader->error());
  }
  return preview;
}

const QStringList& importTemplateColumns() {
  static const QStringList columns = {QStringLiteral("nik"),
                                      QStringLiteral("no_kk"),
                                      QStringLiteral("nama"),
                                      QStringLiteral("jenis_kelamin"),
                                      QStringLiteral("tanggal_lahir"),
                                      QStringLiteral("kode_wilayah"),
                                      QStringLiteral("dusun"),
                                      QStringLiteral("rw"),
                                      QStringLiteral("rt"),
                                      QStringLiteral("jenis_pmks"),
                                      QStringLiteral("jenis_disabilitas"),
                                      QStringLiteral("periode"),
                                      QStringLiteral("keterangan")};
  return columns;
}

const QStringList& importRequiredColumns() {
  // As kRequired in plugins/pmks/server/import_row.cpp.
  static const QStringList columns = {
      QStringLiteral("nik"),           QStringLiteral("nama"),
      QStringLiteral("jenis_kelamin"), QStringLiteral("tanggal_lahir"),
      QStringLiteral("kode_wilayah"),  QStringLiteral("jenis_pmks"),
      QStringLiteral("periode")};
  return columns;
}

QString importHeaderKey(const QString& cell) {
  QString key = cell.trimmed().toLower();
  key.replace(QLatin1Char(' '), QLatin1Char('_'));
  key.replace(QLatin1Char('-'), QLatin1Char('_'));
  return key;
}

QStringList templateColumnsIn(const QStringList& header) {
  QStringList keys;
  for (const QString& cell : header) {
    keys.append(importHeaderKey(cell));
  }
  QStringList present;
  for (const QString& column : importTemplateColumns()) {
    if (keys.contains(column)) {
      present.append(column);
    }
  }
  return present;
}

QStringList templateColumnsMissing(const QStringList& header, const QStringList& columns) {
  const QStringList present = templateColumnsIn(header);
  QStringList missing;
  for (const QString& column : columns) {
    if (!present.contains(column)) {
      missing.append(column);
    }
  }
  return missing;
}

QVariantList importPreviewColumns(const QStringList& header, int maxColumns) {
  QVariantList columns{
      QVariantMap{{QStringLiteral("role"), QStringLiteral("line")},
                  {QStringLiteral("title"), QCoreApplication::translate("ImportJob", "Baris")},
                  {QStringLiteral("width"), 64},
                  {QStringLiteral("align"), static_cast<int>(Qt::AlignRight)}}};
  for (int i = 0; i < header.size() && i < maxColumns; ++i) {
    QVariantMap column{{QStringLiteral("role"), QStringLiteral("c%1").arg(i)},
                       {QStringLiteral("title"), header[i]}};
    const QString key = importHeaderKey(header[i]);
    if (key == QLatin1String("nik") || key == QLatin1String("no_kk")) {
      column.insert(QStringLiteral("width"), 160); // 16 digits, whole
    }
    columns.append(column);
  }
  return columns;
}

QString readerMessage(const std::string& text) {
  const QString message = QString::fromStdString(text);
  const qsizetype split = message.indexOf(QStringLiteral(" / "));
  if (split < 0) {
    return message;
  }
  return englishUi() ? message.mid(split + 3) : message.left(split);
}

} // namespace simpul::pmks::ui
