#pragma once

// The preview half of the import wizard (ImportJob::preview): a file read with TableReader
// off the GUI thread into its header, its first rows and its number of rows, and the import
// template's columns matched against the header as the server matches them
// (plugins/pmks/server/import_row.cpp: any order, any case, blanks trimmed, " " and "-" as
// "_").

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <functional>
#include <string>

namespace simpul::pmks::ui {

struct ImportPreview {
  QString path;
  QString error; // in the UI language; "" when the file could be read to its end
  QStringList header;
  QList<QVariantMap> rows; // {line, c0, c1, ...}: the first `maxRows` data rows
  int fileRows = 0;        // data rows in the whole file
  bool stopped = false;    // `stop` said so: ignore this preview
};

// Reads `path` (a local path). `stop` is asked between rows. Runs on any thread.
ImportPreview readImportPreview(const QString& path, int maxRows, int maxColumns,
                                const std::function<bool()>& stop);

// The template's columns, in order, and the required ones.
const QStringList& importTemplateColumns();
const QStringList& importRequiredColumns();
// A header cell as the server compares it with the template's names.
QString importHeaderKey(const QString& cell);
// The template columns `header` has, in template order.
QStringList templateColumnsIn(const QStringList& header);
// Those of `columns` (template names) that `header` lacks.
QStringList templateColumnsMissing(const QStringList& header, const QStringList& columns);
// PagedTable columns for the preview rows: the line, then the file's columns (at most
// `maxColumns`) titled as in its header.
QVariantList importPreviewColumns(const QStringList& header, int maxColumns);

// A TableReader or import message ("<Indonesian> / <English>") in the UI language.
QString readerMessage(const std::string& text);

} // namespace simpul::pmks::ui
