#include "export_table.h"

#include <cstdio>
#include <fstream>
#include <xlsxwriter.h>

namespace simpul::pmks {

TableWriter::~TableWriter() = default;

std::string csvQuoted(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) {
    return text;
  }
  std::string quoted = "\"";
  for (const char c : text) {
    quoted += c;
    if (c == '"') {
      quoted += '"';
    }
  }
  return quoted + '"';
}

namespace {

std::string cannotCreate(const std::string& detail) {
  return "Berkas ekspor tidak dapat dibuat / The export file cannot be created (" + detail + ")";
}

class CsvWriter final : public TableWriter {
public:
  bool open(const std::string& path, const std::vector<std::string>& header, std::string* error) {
    m_out.open(path, std::ios::binary | std::ios::trunc);
    if (!m_out) {
      *error = cannotCreate(path);
      return false;
    }
    m_out << "\xEF\xBB\xBF";
    std::vector<ExportCell> cells(header.begin(), header.end());
    return writeRow(cells) || (*error = m_error, false);
  }

  bool writeRow(const std::vector<ExportCell>& cells) override {
    if (!m_error.empty()) {
      return false;
    }
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) {
        line += ',';
      }
      if (const auto* text = std::get_if<std::string>(&cells[i])) {
        line += csvQuoted(*text);
      } else {
        line += std::to_string(std::get<std::int64_t>(cells[i]));
      }
    }
    // CRLF as RFC 4180 says; every reader (Excel, LibreOffice, TableReader) takes it.
    line += "\r\n";
    m_out << line;
    if (!m_out) {
      m_error = "Gagal menulis berkas ekspor / Writing the export file failed";
      return false;
    }
    return true;
  }

  bool finish() override {
    m_out.close();
    if (m_error.empty() && m_out.fail()) {
      m_error = "Gagal menulis berkas ekspor / Writing the export file failed";
    }
    return m_error.empty();
  }

  std::string error() const override { return m_error; }

private:
  std::ofstream m_out;
  std::string m_error;
};

class XlsxWriter final : public TableWriter {
public:
  ~XlsxWriter() override {
    if (m_workbook != nullptr) {
      workbook_close(m_workbook); // an unfinished export still releases its temporary files
    }
  }

  bool open(const std::string& path, const std::vector<std::string>& header,
            const std::string& sheetName, std::string* error) {
    // libxlsxwriter opens the file only when the workbook is closed: find out now whether it
    // can be created, before a long export is spent on it.
    if (std::FILE* probe = std::fopen(path.c_str(), "wb")) {
      std::fclose(probe);
    } else {
      *error = cannotCreate(path);
      return false;
    }
    // Constant memory: each row goes to a temporary file as written (rows in order only).
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(path.c_str(), &options);
    if (m_workbook == nullptr) {
      *error = cannotCreate(path);
      return false;
    }
    const std::string name = sheetName.empty() ? "Data" : sheetName.substr(0, 31);
    m_sheet = workbook_add_worksheet(m_workbook, name.c_str());
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    if (m_sheet == nullptr) {
      *error = cannotCreate("worksheet");
      return false;
    }
    for (std::size_t c = 0; c < header.size(); ++c) {
      worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(c), header[c].c_str(), m_bold);
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    return true;
  }

  bool writeRow(const std::vector<ExportCell>& cells) override {
    if (!m_error.empty()) {
      return false;
    }
    if (m_row >= LXW_ROW_MAX) {
      m_error = "Terlalu banyak baris untuk XLSX (maks. 1.048.576) / Too many rows for XLSX "
                "(at most 1,048,576): use CSV";
      return false;
    }
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      lxw_error result = LXW_NO_ERROR;
      if (const auto* text = std::get_if<std::string>(&cells[c])) {
        if (!text->empty()) {
          result = worksheet_write_string(m_sheet, m_row, col, text->c_str(), nullptr);
        }
      } else {
        result = worksheet_write_number(
            m_sheet, m_row, col, static_cast<double>(std::get<std::int64_t>(cells[c])), nullptr);
      }
      if (result != LXW_NO_ERROR) {
        m_error = std::string("Gagal menulis sel XLSX / Writing an XLSX cell failed (") +
                  lxw_strerror(result) + ")";
        return false;
      }
    }
    ++m_row;
    return true;
  }

  bool finish() override {
    if (m_workbook == nullptr) {
      return m_error.empty();
    }
    const lxw_error result = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (result != LXW_NO_ERROR && m_error.empty()) {
      m_error = std::string("Gagal menyimpan XLSX / Saving the XLSX file failed (") +
                lxw_strerror(result) + ")";
    }
    return m_error.empty();
  }

  std::string error() const override { return m_error; }

private:
  lxw_workbook* m_workbook = nullptr;
  lxw_worksheet* m_sheet = nullptr;
  lxw_format* m_bold = nullptr;
  lxw_row_t m_row = 0;
  std::string m_error;
};

} // namespace

std::unique_ptr<TableWriter> TableWriter::create(ExportFormat format, const std::string& path,
                                                 const std::vector<std::string>& header,
                                                 const std::string& sheetName, std::string* error) {
  if (format == ExportFormat::Csv) {
    auto writer = std::make_unique<CsvWriter>();
    if (!writer->open(path, header, error)) {
      return nullptr;
    }
    return writer;
  }
  auto writer = std::make_unique<XlsxWriter>();
  if (!writer->open(path, header, sheetName, error)) {
    return nullptr;
  }
  return writer;
}

} // namespace simpul::pmks
