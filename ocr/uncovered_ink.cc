#include "ocr/uncovered_ink.h"

#include <algorithm>
#include <numeric>

namespace finsam {
namespace {

// Gray level below which a pixel is ink (the cleaned image's background is
// evened to white, its text near black).
constexpr int kInkThreshold = 128;

// Ink pixels of `pix` (1-bit) inside `b`.
long InkIn(Pix* pix, const PixelBox& b) {
  BOX* box = boxCreate(b.x, b.y, b.w, b.h);
  if (box == nullptr) return 0;
  PixPtr clip(pixClipRectangle(pix, box, nullptr));
  boxDestroy(&box);
  l_int32 count = 0;
  if (clip == nullptr || pixCountPixels(clip.get(), &count, nullptr) != 0) {
    return 0;
  }
  return count;
}

int Find(std::vector<int>& parent, int i) {
  while (parent[i] != i) {
    parent[i] = parent[parent[i]];
    i = parent[i];
  }
  return i;
}

}  // namespace

std::vector<PixelBox> FindUncoveredInk(const Pix& image,
                                       const std::vector<PixelBox>& words,
                                       const InkThresholds& t) {
  std::vector<PixelBox> blocks;
  if (words.empty()) return blocks;
  std::vector<int> heights;
  for (const PixelBox& w : words) heights.push_back(w.h);
  std::nth_element(heights.begin(), heights.begin() + heights.size() / 2,
                   heights.end());
  const double glyph = heights[heights.size() / 2];
  if (glyph < 4) return blocks;

  Pix* source = const_cast<Pix*>(&image);
  const int depth = pixGetDepth(source);
  PixPtr ink;
  if (depth == 1) {
    ink.reset(pixCopy(nullptr, source));
  } else if (depth == 8) {
    ink.reset(pixThresholdToBinary(source, kInkThreshold));
  }
  if (ink == nullptr) return blocks;
  const int width = pixGetWidth(ink.get());
  const int height = pixGetHeight(ink.get());
  for (const PixelBox& w : words) {
    PixelBox r{w.x - t.word_margin_px, w.y - t.word_margin_px,
               w.w + 2 * t.word_margin_px, w.h + 2 * t.word_margin_px};
    BOX* box = boxCreate(r.x, r.y, r.w, r.h);
    if (box == nullptr) continue;
    pixClearInRect(ink.get(), box);
    boxDestroy(&box);
  }
  BoxaPtr components(pixConnCompBB(ink.get(), /*connectivity=*/8));
  if (components == nullptr) return blocks;

  std::vector<PixelBox> glyphs;
  const int n = boxaGetCount(components.get());
  for (int i = 0; i < n; ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    if (boxaGetBoxGeometry(components.get(), i, &x, &y, &w, &h) != 0) continue;
    if (h < t.min_height * glyph || h > t.max_height * glyph ||
        w > t.max_width * glyph) {
      continue;
    }
    glyphs.push_back(PixelBox{x, y, w, h});
    if (static_cast<int>(glyphs.size()) > t.max_components) return blocks;
  }

  // Glyphs whose boxes, widened by the join distances, meet are one block.
  const int gx = static_cast<int>(t.join_x * glyph);
  const int gy = static_cast<int>(t.join_y * glyph);
  std::sort(glyphs.begin(), glyphs.end(),
            [](const PixelBox& a, const PixelBox& b) { return a.x < b.x; });
  std::vector<int> parent(glyphs.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (size_t i = 0; i < glyphs.size(); ++i) {
    const PixelBox& a = glyphs[i];
    for (size_t j = i + 1; j < glyphs.size(); ++j) {
      const PixelBox& b = glyphs[j];
      if (b.x > a.x + a.w + gx) break;  // sorted by x: none further can meet
      if (b.y > a.y + a.h + gy || a.y > b.y + b.h + gy) continue;
      parent[Find(parent, static_cast<int>(i))] =
          Find(parent, static_cast<int>(j));
    }
  }
  std::vector<int> count(glyphs.size(), 0);
  std::vector<PixelBox> bounds(glyphs.size());
  for (size_t i = 0; i < glyphs.size(); ++i) {
    const int root = Find(parent, static_cast<int>(i));
    const PixelBox& g = glyphs[i];
    PixelBox& b = bounds[root];
    if (count[root]++ == 0) {
      b = g;
    } else {
      const int x1 = std::max(b.x + b.w, g.x + g.w);
      const int y1 = std::max(b.y + b.h, g.y + g.h);
      b.x = std::min(b.x, g.x);
      b.y = std::min(b.y, g.y);
      b.w = x1 - b.x;
      b.h = y1 - b.y;
    }
  }
  // The ink that is in no glyph: what is left with every glyph cleared.
  PixPtr no_glyphs;
  const int pad = static_cast<int>(glyph / 2);
  for (size_t i = 0; i < glyphs.size(); ++i) {
    if (count[i] < t.min_glyphs) continue;
    const PixelBox& b = bounds[i];
    const int x0 = std::max(0, b.x - pad), y0 = std::max(0, b.y - pad);
    const int x1 = std::min(width, b.x + b.w + pad);
    const int y1 = std::min(height, b.y + b.h + pad);
    const PixelBox block{x0, y0, x1 - x0, y1 - y0};
    if (no_glyphs == nullptr) {
      no_glyphs.reset(pixCopy(nullptr, ink.get()));
      if (no_glyphs == nullptr) return {};
      for (const PixelBox& g : glyphs) {
        BOX* box = boxCreate(g.x, g.y, g.w, g.h);
        if (box == nullptr) continue;
        pixClearInRect(no_glyphs.get(), box);
        boxDestroy(&box);
      }
    }
    const long all = InkIn(ink.get(), block);
    if (all > 0 && static_cast<double>(InkIn(no_glyphs.get(), block)) >
                       t.max_picture_share * all) {
      continue;
    }
    blocks.push_back(block);
  }
  std::sort(blocks.begin(), blocks.end(),
            [](const PixelBox& a, const PixelBox& b) {
              return a.y != b.y ? a.y < b.y : a.x < b.x;
            });
  return blocks;
}

}  // namespace finsam
