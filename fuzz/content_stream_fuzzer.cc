// libFuzzer target: a page's content stream, as the ruling reader reads it.
// The bytes are lexed alone, then drawn by a one-page PDF whose rulings are
// read (qpdf parses the wrapper; the bytes are the page's contents).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "pdf/content_lexer.h"
#include "pdf/pdf_rulings.h"

namespace {

std::string OnePagePdf(std::string_view content) {
  std::string pdf = "%PDF-1.4\n";
  std::string objects[4] = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
      ">>",
      "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" +
          std::string(content) + "\nendstream"};
  size_t offsets[4];
  for (int i = 0; i < 4; ++i) {
    offsets[i] = pdf.size();
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 5\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    pdf += line;
  }
  pdf += "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  finsam::ContentLexer lexer(bytes);
  size_t tokens = 0;
  for (auto t = lexer.Next(); t.kind != finsam::ContentLexer::Kind::kEnd;
       t = lexer.Next()) {
    // Each token consumes input: there are never more tokens than bytes.
    if (++tokens > size) __builtin_trap();
  }
  const std::string pdf = OnePagePdf(bytes);
  finsam::PdfRulingReader reader(pdf, "");
  for (const finsam::Ruling& r : reader.Read(0)) {
    if (r.x1 < r.x0 || r.y1 < r.y0 || r.x0 < 0 || r.y1 > 842) __builtin_trap();
  }
  return 0;
}
