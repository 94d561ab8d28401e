#include "base/text.h"

namespace finsam {

std::string GroupThousands(std::string_view digits) {
  std::string out;
  out.reserve(digits.size() + digits.size() / 3);
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ' ';
    out += digits[i];
  }
  return out;
}

std::string GroupedMagnitude(int64_t value) {
  // Unsigned, so that the most negative value has a magnitude too.
  const uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value)
                                       : static_cast<uint64_t>(value);
  return GroupThousands(std::to_string(magnitude));
}

std::string GroupedInteger(int64_t value) {
  return value < 0 ? "-" + GroupedMagnitude(value) : GroupedMagnitude(value);
}

std::vector<std::string> SplitWords(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t') ++j;
    if (j > i) out.emplace_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

std::vector<std::string> SplitPages(std::string_view text) {
  std::vector<std::string> pages;
  std::string page;
  for (char c : text) {
    if (c == '\f') {
      pages.push_back(std::move(page));
      page.clear();
    } else {
      page += c;
    }
  }
  if (!page.empty() && page != "\n") pages.push_back(std::move(page));
  return pages;
}

std::string CsvField(std::string_view field, char separator) {
  if (field.find_first_of(std::string("\"\r\n") + separator) ==
      std::string_view::npos) {
    return std::string(field);
  }
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace finsam
