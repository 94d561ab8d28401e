// libFuzzer target: opening untrusted PDF bytes and reading their text layer
// and image inventory. Exercises our error classification and the Poppler
// and qpdf calls behind it; not run in CI (a crash inside Poppler is not
// ours to fix), run by hand with scripts/fuzz --pdf.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "pdf/page_images.h"
#include "pdf/pdf_document.h"
#include "pdf/text_layer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static finsam::QuietPoppler quiet;
  auto file = finsam::PdfFile::FromBytes(
      std::string(reinterpret_cast<const char*>(data), size));
  if (!file.ok()) return 0;
  auto doc = (*file)->NewPopplerDocument();
  if (!doc.ok()) return 0;
  const int pages = std::min((*file)->page_count(), 3);
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page((*doc)->create_page(i));
    if (page != nullptr) finsam::ReadTextLayer(*page);
  }
  finsam::InventoryPageImages((*file)->bytes(), "", pages);
  return 0;
}
