#include "tests/testing/mini_pdf.h"

#include <cstdint>
#include <cstdio>

namespace finsam::testing {
namespace {

// UTF-8 -> a PDF literal string in WinAnsiEncoding (Latin-1 range), with
// the characters PDF strings need escaped.
std::string PdfLiteral(const std::string& utf8) {
  std::string out = "(";
  for (size_t i = 0; i < utf8.size(); ++i) {
    unsigned c = static_cast<uint8_t>(utf8[i]);
    if ((c & 0xE0) == 0xC0 && i + 1 < utf8.size()) {
      c = ((c & 0x1F) << 6) | (static_cast<uint8_t>(utf8[++i]) & 0x3F);
    }
    if (c == '(' || c == ')' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c & 0xFF);
      out += buf;
    }
  }
  return out + ")";
}

}  // namespace

std::string MiniPdf(const std::vector<MiniPage>& pages) {
  std::vector<std::string> objects;  // object i+1
  const int n = static_cast<int>(pages.size());
  // 1: catalog, 2: pages, 3: font, then per page: page, content.
  std::string kids;
  for (int i = 0; i < n; ++i) kids += std::to_string(4 + 2 * i) + " 0 R ";
  objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
  objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " +
                    std::to_string(n) + " >>");
  objects.push_back(
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
      "/Encoding /WinAnsiEncoding >>");
  for (int i = 0; i < n; ++i) {
    const MiniPage& page = pages[static_cast<size_t>(i)];
    std::string content =
        page.graphics + "\nBT /F1 " + std::to_string(page.font_size) + " Tf ";
    double y = page.height - 72;
    for (const std::string& line : page.lines) {
      content += "1 0 0 1 72 " + std::to_string(y) + " Tm " + PdfLiteral(line) +
                 " Tj ";
      y -= page.font_size * 1.4;
    }
    content += "ET";
    objects.push_back(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " +
        std::to_string(page.width) + " " + std::to_string(page.height) + "]" +
        (page.rotate != 0 ? " /Rotate " + std::to_string(page.rotate)
                          : std::string()) +
        " /Resources << /Font << /F1 3 0 R >> >> /Contents " +
        std::to_string(5 + 2 * i) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(content.size()) +
                      " >>\nstream\n" + content + "\nendstream");
  }
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) +
         "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", offset);
    pdf += buf;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) +
         " /Root 1 0 R >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace finsam::testing
