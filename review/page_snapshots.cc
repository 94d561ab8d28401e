#include "review/page_snapshots.h"

#include <leptonica/allheaders.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <algorithm>
#include <memory>

#include "ocr/page_renderer.h"
#include "ocr/pix.h"

namespace finsam::review {
namespace {

// Owns a buffer Leptonica allocated.
struct LeptFree {
  void operator()(l_uint8* data) const { lept_free(data); }
};

Result<std::string> EncodeJpeg(Pix* pix, int quality) {
  l_uint8* data = nullptr;
  size_t size = 0;
  if (pixWriteMemJpeg(&data, &size, pix, quality, 0) != 0 || data == nullptr) {
    return Status(ErrorCode::kRenderFailed, "JPEG encoding failed");
  }
  std::unique_ptr<l_uint8, LeptFree> owner(data);
  return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace

Result<std::vector<PageSnapshot>> RenderSnapshots(
    const PdfFile& file, int first, int last, const SnapshotOptions& options) {
  auto doc = file.NewPopplerDocument();
  if (!doc.ok()) return doc.status();
  std::vector<PageSnapshot> out;
  for (int number = first; number <= last; ++number) {
    PageSnapshot snapshot;
    snapshot.number = number;
    std::unique_ptr<poppler::page> page((*doc)->create_page(number - 1));
    if (page == nullptr) {
      snapshot.status = Status(ErrorCode::kCorruptPdf, "page cannot be read");
      out.push_back(std::move(snapshot));
      continue;
    }
    // The page as displayed (rotation applied) decides the width.
    const poppler::rectf rect = page->page_rect(poppler::media_box);
    const poppler::page::orientation_enum turn = page->orientation();
    const bool sideways =
        turn == poppler::page::landscape || turn == poppler::page::seascape;
    const double width_pt = sideways ? rect.height() : rect.width();
    RenderOptions render;
    render.max_pixels = options.max_pixels;
    render.dpi = options.dpi;
    if (width_pt > 0) {
      const int fit = static_cast<int>(options.max_width * 72.0 / width_pt);
      render.dpi = std::max(1, std::min(options.dpi, fit));
    }
    auto pix = RenderPage(*page, render);
    if (!pix.ok()) {
      snapshot.status = pix.status();
      out.push_back(std::move(snapshot));
      continue;
    }
    auto jpeg = EncodeJpeg(pix->get(), options.jpeg_quality);
    if (!jpeg.ok()) {
      snapshot.status = jpeg.status();
    } else {
      snapshot.jpeg = std::move(jpeg).value();
      snapshot.width = pixGetWidth(pix->get());
      snapshot.height = pixGetHeight(pix->get());
    }
    out.push_back(std::move(snapshot));
  }
  return out;
}

}  // namespace finsam::review
