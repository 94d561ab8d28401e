#include "ocr/page_renderer.h"

#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

namespace finsam {
namespace {

// Above this Poppler's Splash bitmaps and Leptonica's 32-bit sizes become
// unsafe long before the pixel budget would, so it is a hard upper bound.
constexpr int kMaxDpi = 2400;

// Luminance in 0..255 from 8-bit sRGB (ITU-R BT.601 weights, which is what
// Leptonica's pixConvertRGBToLuminance uses too).
inline uint8_t Luma(uint32_t r, uint32_t g, uint32_t b) {
  return static_cast<uint8_t>((299 * r + 587 * g + 114 * b + 500) / 1000);
}

// Copies one row of a Poppler image into 8-bit gray. Returns false for a
// format this function does not know.
bool RowToGray(poppler::image::format_enum format, const uint8_t* src,
               int width, uint8_t* dst) {
  switch (format) {
    case poppler::image::format_gray8:
      std::memcpy(dst, src, static_cast<size_t>(width));
      return true;
    case poppler::image::format_argb32:
      // Native-endian 0xAARRGGBB words. The paper is opaque white, so alpha
      // can be ignored.
      for (int x = 0; x < width; ++x) {
        uint32_t v;
        std::memcpy(&v, src + 4 * x, 4);
        dst[x] = Luma((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
      }
      return true;
    case poppler::image::format_rgb24:
      for (int x = 0; x < width; ++x) {
        dst[x] = Luma(src[3 * x], src[3 * x + 1], src[3 * x + 2]);
      }
      return true;
    case poppler::image::format_bgr24:
      for (int x = 0; x < width; ++x) {
        dst[x] = Luma(src[3 * x + 2], src[3 * x + 1], src[3 * x]);
      }
      return true;
    default:
      return false;
  }
}

// Builds an 8-bit Leptonica image from a rendered Poppler image. Rows are
// copied one by one because Poppler pads rows to its own stride and
// Leptonica to 32-bit words.
Result<PixPtr> ToPix(const poppler::image& image, int resolution) {
  const int width = image.width();
  const int height = image.height();
  PixPtr pix(pixCreate(width, height, 8));
  if (pix == nullptr) {
    return Status(ErrorCode::kTooLarge, "cannot allocate a " +
                                            std::to_string(width) + "x" +
                                            std::to_string(height) + " image");
  }
  const auto* src = reinterpret_cast<const uint8_t*>(image.const_data());
  const int src_stride = image.bytes_per_row();
  l_uint32* dst = pixGetData(pix.get());
  const int dst_wpl = pixGetWpl(pix.get());
  for (int y = 0; y < height; ++y) {
    auto* row =
        reinterpret_cast<uint8_t*>(dst + static_cast<size_t>(y) * dst_wpl);
    if (!RowToGray(image.format(), src + static_cast<size_t>(y) * src_stride,
                   width, row)) {
      return Status(ErrorCode::kRenderFailed,
                    "unexpected image format from Poppler: " +
                        std::to_string(static_cast<int>(image.format())));
    }
  }
  // Leptonica addresses bytes within native-endian 32-bit words (byte 0 is
  // the most significant), so bytes copied in memory order must be swapped
  // on little-endian machines; this is a no-op on big-endian ones.
  pixEndianByteSwap(pix.get());
  pixSetResolution(pix.get(), resolution, resolution);
  return pix;
}

}  // namespace

Box ClipInPoints(const RenderOptions& options) {
  const double scale = options.dpi / 72.0;
  const Box& c = options.clip;
  return Box{std::round(std::max(0.0, c.x0) * scale) / scale,
             std::round(std::max(0.0, c.y0) * scale) / scale,
             std::round(c.x1 * scale) / scale,
             std::round(c.y1 * scale) / scale};
}

Result<PixPtr> RenderPage(const poppler::page& page,
                          const RenderOptions& options) {
  if (options.dpi <= 0 || options.dpi > kMaxDpi) {
    return Status(ErrorCode::kInvalidArgument,
                  "render resolution must be 1.." + std::to_string(kMaxDpi) +
                      " dpi, not " + std::to_string(options.dpi));
  }
  // The crop box is what Poppler renders; its rotation swaps width and
  // height but not their product, so the budget check ignores it.
  const poppler::rectf rect = page.page_rect(poppler::crop_box);
  const double scale = options.dpi / 72.0;
  // Rounded to nearest like Poppler's Splash output device does.
  const double page_width_px = std::floor(std::abs(rect.width()) * scale + 0.5);
  const double page_height_px =
      std::floor(std::abs(rect.height()) * scale + 0.5);
  if (!(page_width_px >= 1 && page_height_px >= 1)) {
    return Status(ErrorCode::kRenderFailed, "page has an empty crop box");
  }
  // The clip in pixels of the rendered page (display orientation: Poppler
  // renders the page turned by its /Rotate; the budget check below does not
  // care which side is which).
  const bool clipped = options.clip.width() > 0 && options.clip.height() > 0;
  double clip_x = 0, clip_y = 0;
  double width_px = page_width_px, height_px = page_height_px;
  if (clipped) {
    // Rounded to the nearest pixel: ClipOrigin says where that puts it.
    clip_x = std::round(std::max(0.0, options.clip.x0) * scale);
    clip_y = std::round(std::max(0.0, options.clip.y0) * scale);
    width_px = std::round(options.clip.x1 * scale) - clip_x;
    height_px = std::round(options.clip.y1 * scale) - clip_y;
    if (!(width_px >= 1 && height_px >= 1)) {
      return Status(ErrorCode::kRenderFailed, "empty region to render");
    }
  }
  // Checked in floating point: a corrupt page can be many kilometres wide
  // and the product would overflow an integer.
  if (width_px * height_px > static_cast<double>(options.max_pixels)) {
    return Status(ErrorCode::kTooLarge,
                  "page would render to " +
                      std::to_string(static_cast<int64_t>(width_px)) + "x" +
                      std::to_string(static_cast<int64_t>(height_px)) +
                      " pixels at " + std::to_string(options.dpi) +
                      " dpi, over the budget of " +
                      std::to_string(options.max_pixels));
  }
  if (!poppler::page_renderer::can_render()) {
    return Status(ErrorCode::kRenderFailed,
                  "Poppler was built without a raster backend");
  }

  try {
    poppler::page_renderer renderer;
    // Gray straight from Splash saves a 4x larger ARGB buffer and a pass.
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    // Hinting snaps glyphs to the pixel grid for screens; OCR wants shapes.
    renderer.set_render_hint(poppler::page_renderer::text_hinting, false);
    const poppler::image image =
        clipped ? renderer.render_page(
                      &page, options.dpi, options.dpi, static_cast<int>(clip_x),
                      static_cast<int>(clip_y), static_cast<int>(width_px),
                      static_cast<int>(height_px))
                : renderer.render_page(&page, options.dpi, options.dpi);
    if (!image.is_valid() || image.width() <= 0 || image.height() <= 0) {
      return Status(ErrorCode::kRenderFailed, "Poppler rendered no image");
    }
    // Poppler may round differently than the estimate above; never let the
    // copy exceed the budget by more than that rounding.
    if (static_cast<double>(image.width()) * image.height() >
        static_cast<double>(options.max_pixels) + width_px + height_px + 1) {
      return Status(ErrorCode::kTooLarge, "rendered page exceeds the budget");
    }
    return ToPix(image,
                 options.resolution > 0 ? options.resolution : options.dpi);
  } catch (const std::bad_alloc&) {
    // poppler-cpp allocates the bitmap copies with new.
    return Status(
        ErrorCode::kTooLarge,
        "out of memory rendering at " + std::to_string(options.dpi) + " dpi");
  }
}

}  // namespace finsam
