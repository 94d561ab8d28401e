// libFuzzer target: layout on arbitrary word boxes (OCR boxes can overlap,
// be empty, inverted or outside the page), with rulings, tables and turned
// words among them; the tables' cells read back from the text.
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "layout/furniture.h"
#include "layout/line_builder.h"
#include "layout/page_role.h"
#include "pipeline/page_tables.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  finsam::PageWords page;
  page.width = 595;
  page.height = 842;
  // Each word: 4 bytes of geometry, 1 byte of length, then its text.
  size_t pos = 0;
  while (pos + 5 <= size && page.words.size() < 2000) {
    finsam::Word w;
    w.box.x0 = data[pos] * 2.4;
    w.box.y0 = data[pos + 1] * 3.3;
    w.box.x1 = w.box.x0 + data[pos + 2] % 64;
    w.box.y1 = w.box.y0 + data[pos + 3] % 32;
    const size_t len = data[pos + 4] % 16;
    pos += 5;
    const size_t take = std::min(len, size - pos);
    w.text.assign(reinterpret_cast<const char*>(data + pos), take);
    pos += take;
    if (w.text.empty()) w.text = "x";
    // Every seventh word a ruling instead, every thirteenth turned.
    if (page.words.size() % 7 == 3) {
      const bool horizontal = w.box.x1 - w.box.x0 > w.box.y1 - w.box.y0;
      page.rulings.push_back(
          horizontal ? finsam::Ruling{w.box.x0, w.box.y0,
                                      w.box.x0 + 8 * w.box.width(), w.box.y0}
                     : finsam::Ruling{w.box.x0, w.box.y0, w.box.x0,
                                      w.box.y0 + 8 * w.box.height()});
    }
    if (page.words.size() % 13 == 5) w.rotation = 3;
    page.words.push_back(std::move(w));
  }
  const finsam::PageLayout layout = finsam::BuildPageLayout(page);
  const std::vector<finsam::TextLine>& lines = layout.lines;
  const std::string text = finsam::JoinLines(lines);
  for (const finsam::TextLine& line : lines) {
    if (line.table >= static_cast<int>(layout.tables.size())) __builtin_trap();
  }
  const auto tables = finsam::PageTables(lines, layout.tables, text);
  for (const finsam::PageTable& t : tables) {
    for (const auto& row : t.rows) {
      if (static_cast<int>(row.size()) != t.columns) __builtin_trap();
    }
  }
  std::vector<finsam::PageLines> pages(2);
  pages[0].height = page.height;
  pages[0].lines = lines;
  pages[1] = pages[0];
  const auto splits = finsam::SplitFurniture(pages);
  if (splits.size() != 2) __builtin_trap();
  finsam::ClassifyPageRole(text, 0, 2);
  return 0;
}
