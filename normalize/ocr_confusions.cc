#include "normalize/ocr_confusions.h"

#include <cstddef>

namespace finsam {
namespace {

// `from` read where `to` was printed (see the header for strong and weak).
struct Confusion {
  std::u32string_view from;
  std::u32string_view to;
  float cost;  // nats
  bool strong;
};

constexpr Confusion kConfusions[] = {
    // Strong: accented vowels, digits and '&' inside a word, alone or with
    // the letter Tesseract saw beside them ("Héandelser", "samhaéllet").
    {U"éo", U"ö", 0.3f, true},
    {U"éa", U"ä", 0.3f, true},
    {U"éa", U"å", 1.0f, true},
    {U"éi", U"ä", 0.5f, true},
    {U"aé", U"ä", 0.5f, true},
    {U"oé", U"ö", 0.5f, true},
    {U"dé", U"ö", 0.7f, true},
    {U"é", U"ö", 0.5f, true},
    {U"é", U"ä", 1.2f, true},
    {U"é", U"å", 1.5f, true},
    {U"é", U"é", 1.0f, true},  // idé, entré
    {U"è", U"ö", 0.5f, true},
    {U"è", U"ä", 1.2f, true},
    {U"ê", U"ö", 0.7f, true},
    {U"ó", U"ö", 0.3f, true},
    {U"ò", U"ö", 0.5f, true},
    {U"ô", U"ö", 0.5f, true},
    {U"6", U"ö", 0.3f, true},
    {U"o6", U"ö", 0.3f, true},  // "o6ka": the o and its dots
    {U"éd", U"ä", 0.5f, true},  // "Kédnna"
    {U"&", U"ä", 0.7f, true},
    {U"&", U"å", 0.7f, true},
    {U"1", U"l", 0.5f, true},
    {U"3", U"å", 0.7f, true},
    {U"4", U"ä", 0.7f, true},
    // Weak: real letters, tried only for unknown or rare words, at most two
    // per word ("dr", "sdledes", "Vilfirdsguiden", "hiandelse", "lI6pande").
    {U"d", U"ä", 2.0f, false},
    {U"d", U"å", 2.0f, false},
    {U"d", U"ö", 2.5f, false},
    {U"i", U"ä", 2.0f, false},
    {U"ia", U"ä", 2.0f, false},
    {U"id", U"ä", 2.5f, false},
    {U"ad", U"å", 2.5f, false},
    {U"id", U"å", 2.5f, false},  // "pagidende"
    {U"i", U"å", 2.5f, false},   // "sisom"
    {U"da", U"ä", 2.5f, false},
    {U"da", U"å", 2.5f, false},
    {U"do", U"ö", 2.5f, false},
    {U"od", U"ö", 2.5f, false},
    {U"ao", U"ö", 2.5f, false},
    {U"li", U"l", 2.0f, false},
    // A k read twice, once as a capital ("PsyKkiatriveckan", "kKlargörs"):
    // Swedish spells the double k "ck".
    {U"kk", U"k", 1.5f, false},
};

bool IsStrongChar(char32_t c) {
  return c == U'é' || c == U'è' || c == U'ê' || c == U'ó' || c == U'ò' ||
         c == U'ô' || c == U'6' || c == U'&' || c == U'1' || c == U'3' ||
         c == U'4';
}

constexpr size_t kMaxVariants = 512;
constexpr int kMaxWeak = 2;

// Readings with exactly `weak` weak substitutions, depth first.
void Generate(std::u32string_view word, size_t pos, int weak,
              OcrReading* current, std::vector<OcrReading>* out) {
  if (out->size() >= kMaxVariants) return;
  if (pos == word.size()) {
    if (current->weak == weak) out->push_back(*current);
    return;
  }
  bool must_replace = false;
  for (const Confusion& c : kConfusions) {
    if (word.substr(pos, c.from.size()) != c.from) continue;
    if (!c.strong && current->weak >= weak) continue;
    // Only a character that cannot stand must go ("aé": the a may stay).
    if (c.strong && IsStrongChar(word[pos])) must_replace = true;
    const size_t mark = current->text.size();
    current->text.append(c.to);
    current->cost += c.cost;
    int& count = c.strong ? current->strong : current->weak;
    ++count;
    Generate(word, pos + c.from.size(), weak, current, out);
    --count;
    current->cost -= c.cost;
    current->text.resize(mark);
  }
  if (must_replace) return;
  current->text.push_back(word[pos]);
  Generate(word, pos + 1, weak, current, out);
  current->text.pop_back();
}

}  // namespace

std::vector<OcrReading> OcrReadings(std::u32string_view word, bool allow_weak) {
  // Fewer weak substitutions first, so the cap drops the least likely
  // readings, not those whose damage sits late in a long word.
  std::vector<OcrReading> out;
  for (int weak = 0; weak <= (allow_weak ? kMaxWeak : 0); ++weak) {
    OcrReading current;
    Generate(word, 0, weak, &current, &out);
  }
  return out;
}

bool HasStrongConfusion(std::u32string_view word) {
  for (char32_t c : word) {
    if (IsStrongChar(c)) return true;
  }
  return false;
}

}  // namespace finsam
