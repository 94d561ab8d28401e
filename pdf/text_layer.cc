#include "pdf/text_layer.h"

#include <poppler/cpp/poppler-page.h>

#include <string>
#include <string_view>

#include "lang/swedish_letters.h"

namespace finsam {
namespace {

// Poppler's UTF-16 as UTF-8. Done here: ustring::to_utf8 goes through
// iconv and cost a tenth of reading a born-digital page's text layer.
std::string ToUtf8(const poppler::ustring& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size() &&
        text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;  // a lone surrogate
    }
    AppendUtf8(c, &out);
  }
  return out;
}

bool IsBlank(const std::string& s) {
  for (unsigned char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

// Removes the zero-width characters (U+200B-U+200D, U+2060, U+FEFF) that
// some producers put between words and cells (Google Docs exports): they
// draw nothing, and a "word" of them is no word.
void StripZeroWidth(std::string* s) {
  static constexpr std::string_view kZeroWidth[] = {
      "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"};
  for (std::string_view z : kZeroWidth) {
    for (size_t at = s->find(z); at != std::string::npos; at = s->find(z, at)) {
      s->erase(at, z.size());
    }
  }
}

}  // namespace

PageWords ReadTextLayer(const poppler::page& page) {
  PageWords out;
  const poppler::rectf rect = page.page_rect(poppler::crop_box);
  const poppler::page::orientation_enum orientation = page.orientation();
  const bool sideways = orientation == poppler::page::landscape ||
                        orientation == poppler::page::seascape;
  out.width = sideways ? rect.height() : rect.width();
  out.height = sideways ? rect.width() : rect.height();

  std::vector<poppler::text_box> boxes = page.text_list();
  out.words.reserve(boxes.size());
  for (const poppler::text_box& box : boxes) {
    std::string text = ToUtf8(box.text());
    StripZeroWidth(&text);
    if (text.empty() || IsBlank(text)) continue;
    const poppler::rectf r = box.bbox();
    Word word;
    word.text = std::move(text);
    word.box = Box{r.left(), r.top(), r.right(), r.bottom()};
    word.confidence = 1.0f;
    word.space_after = box.has_space_after();
    word.rotation = ((box.rotation() % 4) + 4) % 4;
    out.words.push_back(std::move(word));
  }
  return out;
}

}  // namespace finsam
