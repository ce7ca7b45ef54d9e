// The recap PDF writer (see recap_pdf.h): A4 landscape pages of fixed-width Courier lines.
#include "recap_pdf.h"

#include <QString>
#include <algorithm>
#include <cstdio>
#include <fstream>

namespace simpul::pmks {

namespace {

// A4 landscape in points; Courier 8.5 pt is 5.1 pt a character, so a line holds 150.
constexpr int kPageWidth = 842;
constexpr int kPageHeight = 595;
constexpr int kMargin = 36;
constexpr double kFontSize = 8.5;
constexpr double kLineHeight = 11.5;
constexpr int kRowsPerPage = 38;

// UTF-8 → the PDF string of a WinAnsi font: Latin-1 bytes, '?' for what it lacks, with
// the string delimiters escaped.
std::string pdfText(const std::string& utf8) {
  std::string out;
  for (const QChar c : QString::fromStdString(utf8)) {
    const char byte = c.unicode() < 256 ? static_cast<char>(c.unicode()) : '?';
    if (byte == '(' || byte == ')' || byte == '\\') {
      out += '\\';
    }
    out += byte;
  }
  return out;
}

std::string cellText(const ExportCell& cell) {
  if (const auto* text = std::get_if<std::string>(&cell)) {
    return *text;
  }
  return std::to_string(std::get<std::int64_t>(cell));
}

// Fits `text` in `width` characters (counted as characters, not UTF-8 bytes), padded.
std::string fit(const std::string& text, std::size_t width, bool right) {
  QString s = QString::fromStdString(text);
  if (static_cast<std::size_t>(s.size()) > width) {
    // '.' rather than an ellipsis, which WinAnsi has but Latin-1 mapping here does not.
    s = s.left(static_cast<qsizetype>(width) - 1) + '.';
  }
  const QString fill(static_cast<qsizetype>(width) - s.size(), ' ');
  return (right ? fill + s : s + fill).toStdString();
}

constexpr std::size_t kWidths[] = {14, 30, 3, 58, 9, 9, 10};
constexpr bool kRight[] = {false, false, true, false, true, true, true};

std::string tableLine(const std::vector<std::string>& cells) {
  std::string line;
  for (std::size_t c = 0; c < cells.size() && c < std::size(kWidths); ++c) {
    line += fit(cells[c], kWidths[c], kRight[c]) + "  ";
  }
  return line;
}

class Page {
public:
  void text(double x, double y, const char* font, double size, const std::string& utf8) {
    char head[96];
    std::snprintf(head, sizeof head, "BT /%s %.1f Tf %.1f %.1f Td (", font, size, x, y);
    m_content += head + pdfText(utf8) + ") Tj ET\n";
  }
  void rule(double y) {
    char line[96];
    std::snprintf(line, sizeof line, "%d %.1f m %d %.1f l S\n", kMargin, y, kPageWidth - kMargin,
                  y);
    m_content += line;
  }
  const std::string& content() const { return m_content; }

private:
  std::string m_content = "0.5 w\n";
};

} // namespace

bool writeRecapPdf(const std::string& path, const RecapTable& table, std::string* error) {
  std::vector<std::vector<std::string>> lines;
  std::int64_t male = 0;
  std::int64_t female = 0;
  std::int64_t total = 0;
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    for (const auto& cell : row) {
      cells.push_back(cellText(cell));
    }
    if (row.size() >= 7) {
      male += std::get<std::int64_t>(row[4]);
      female += std::get<std::int64_t>(row[5]);
      total += std::get<std::int64_t>(row[6]);
    }
    lines.push_back(std::move(cells));
  }
  lines.push_back({"", "Jumlah / total", "", "", std::to_string(male), std::to_string(female),
                   std::to_string(total)});
  const std::size_t pageCount = (lines.size() + kRowsPerPage - 1) / kRowsPerPage;

  std::vector<Page> pages(pageCount);
  for (std::size_t p = 0; p < pageCount; ++p) {
    Page& page = pages[p];
    double y = kPageHeight - kMargin - 14;
    page.text(kMargin, y, "F1", 14, "Rekap PMKS / PMKS recap");
    y -= 18;
    std::string about =
        "Wilayah: " + table.wilayah + "   Periode: " + table.period + "   Status: " + table.status;
    if (!table.level.empty()) {
      about += "   Tingkat: " + table.level;
    }
    page.text(kMargin, y, "F2", 9, about);
    y -= 12;
    page.text(kMargin, y, "F2", 9, "Dicetak / printed: " + table.date);
    y -= 18;
    page.text(kMargin, y, "F3", kFontSize,
              tableLine({"Kode", "Wilayah", "No", "Jenis PMKS", "L", "P", "Jumlah"}));
    page.rule(y - 3);
    y -= kLineHeight + 2;
    const std::size_t first = p * kRowsPerPage;
    const std::size_t last = std::min(lines.size(), first + kRowsPerPage);
    for (std::size_t i = first; i < last; ++i) {
      if (i + 1 == lines.size()) {
        page.rule(y + kLineHeight - 3);
      }
      page.text(kMargin, y, "F3", kFontSize, tableLine(lines[i]));
      y -= kLineHeight;
    }
    page.text(kMargin, kMargin - 12, "F2", 8,
              "Halaman / page " + std::to_string(p + 1) + " / " + std::to_string(pageCount));
  }

  // Objects: 1 catalog, 2 page tree, 3-5 fonts, then a page and its content per page.
  std::vector<std::string> objects;
  std::string kids;
  for (std::size_t p = 0; p < pageCount; ++p) {
    kids += std::to_string(6 + 2 * p) + " 0 R ";
  }
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pageCount) +
                    " >>");
  for (const char* font : {"Helvetica-Bold", "Helvetica", "Courier"}) {
    objects.push_back(std::string("<< /Type /Font /Subtype /Type1 /BaseFont /") + font +
                      " /Encoding /WinAnsiEncoding >>");
  }
  for (std::size_t p = 0; p < pageCount; ++p) {
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + std::to_string(kPageWidth) +
                      " " + std::to_string(kPageHeight) +
                      "] /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> /Contents " +
                      std::to_string(7 + 2 * p) + " 0 R >>");
    const std::string& content = pages[p].content();
    objects.push_back("<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content +
                      "endstream");
  }
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (const std::size_t offset : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";

  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << pdf;
  out.close();
  if (!out) {
    *error = "Berkas PDF tidak dapat ditulis / The PDF file cannot be written (" + path + ")";
    return false;
  }
  return true;
}

} // namespace simpul::pmks
