#include "extract/text_layer.h"

#include <poppler/cpp/poppler-page.h>

#include <string>

namespace finsam {
namespace {

std::string ToUtf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

bool IsBlank(const std::string& s) {
  for (unsigned char c : s) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
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
    if (text.empty() || IsBlank(text)) continue;
    const poppler::rectf r = box.bbox();
    Word word;
    word.text = std::move(text);
    word.box = Box{r.left(), r.top(), r.right(), r.bottom()};
    word.confidence = 1.0f;
    word.space_after = box.has_space_after();
    out.words.push_back(std::move(word));
  }
  return out;
}

}  // namespace finsam
