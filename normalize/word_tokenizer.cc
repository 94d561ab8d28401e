#include "normalize/word_tokenizer.h"

#include <algorithm>
#include <string>

#include "lang/swedish_letters.h"

namespace finsam {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\v';
}

bool IsLeadingPunct(char32_t c) {
  if (c < 0x80) {
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{' ||
           c == '<' || c == '*' || c == '-' || c == '|';
  }
  // Swedish typography opens a quotation with the closing marks too
  // (”när den är som bäst”, »så«).
  return c == U'«' || c == U'“' || c == U'‘' || c == U'„' || c == U'•' ||
         c == U'·' || c == U'–' || c == U'—' || c == U'¢' || c == U'”' ||
         c == U'’' || c == U'»';
}

bool IsTrailingPunct(char32_t c) {
  if (c < 0x80) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
           c == '?' || c == ')' || c == ']' || c == '}' || c == '"' ||
           c == '\'' || c == '>' || c == '*' || c == '|';
  }
  return c == U'»' || c == U'”' || c == U'’' || c == U'…' || c == U'«' ||
         c == U'“';
}

// Words joined without a space: "hälsa/vård", "Ökning(-)/Minskning(+)",
// "kolumn(grön)", markup ("<b>Mål</b>", "**Mål**").
bool IsPartSeparator(char c) {
  return c == '-' || c == '/' || c == '=' || c == '<' || c == '>' || c == '*' ||
         c == '(' || c == ')' || c == '[' || c == ']';
}

// The bytes of the part separator at `s[i]`, 0 when none is there: the
// ASCII ones above, and the en and em dashes of ranges and pairs ("16–64
// år", "Stockholm–Göteborg").
size_t SeparatorAt(std::string_view s, size_t i) {
  if (IsPartSeparator(s[i])) return 1;
  if (s.compare(i, 3, "–") == 0 || s.compare(i, 3, "—") == 0) return 3;
  return 0;
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// "5års", "2024ars", "10kr": a number run into the word after it. The
// length of the digits, or 0 when `part` is not digits then two letters or
// more with no digit among them. (OCR's digits inside a word, "6versiktlig",
// "14n", are classified as words before this is asked.)
size_t LeadingNumber(std::string_view part) {
  size_t digits = 0;
  while (digits < part.size() && part[digits] >= '0' && part[digits] <= '9') {
    ++digits;
  }
  if (digits == 0 || part.size() - digits < 2) return 0;
  for (size_t i = digits; i < part.size(); ++i) {
    if (part[i] >= '0' && part[i] <= '9') return 0;
    // Letters only: ASCII or the bytes of a multi-byte letter.
    if (!IsAsciiLetter(part[i]) && (static_cast<unsigned char>(part[i]) < 0x80))
      return 0;
  }
  return digits;
}

bool IsHexDigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') ||
         (c >= 'a' && c <= 'f');
}

bool LooksLikeUrlOrMail(std::string_view chunk) {
  // Words have none of these; only then are the slower checks worth it.
  bool maybe = false;
  for (char c : chunk) {
    maybe |= c == '@' || c == ':' || c == '.' || c == '%' || c == '/';
  }
  if (!maybe) return false;
  // A URL broken across lines: its second half has no "www." but keeps
  // percent-encoding ("f%C3%B6r") or a path of dashed words.
  for (size_t i = chunk.find('%'); i != std::string_view::npos;
       i = chunk.find('%', i + 1)) {
    if (i + 2 < chunk.size() && IsHexDigit(chunk[i + 1]) &&
        IsHexDigit(chunk[i + 2])) {
      return true;
    }
  }
  if (chunk.find('/') != std::string_view::npos &&
      std::count(chunk.begin(), chunk.end(), '-') >= 3) {
    return true;
  }
  if (chunk.find('@') != std::string_view::npos) return true;
  if (chunk.find("://") != std::string_view::npos) return true;
  if (chunk.size() >= 4 &&
      (chunk.substr(0, 4) == "www." || chunk.substr(0, 4) == "WWW.")) {
    return true;
  }
  for (std::string_view tld : {".se", ".com", ".nu", ".org", ".net", ".eu"}) {
    size_t pos = chunk.find(tld);
    while (pos != std::string_view::npos) {
      const size_t after = pos + tld.size();
      if (pos > 0 &&
          (after == chunk.size() || chunk[after] == '/' ||
           chunk[after] == '.' || chunk[after] == ',' || chunk[after] == ')')) {
        return true;
      }
      pos = chunk.find(tld, pos + 1);
    }
  }
  return false;
}

// Classifies one part of a chunk (no '-', '/', '=' inside).
WordToken::Kind Classify(std::string_view part) {
  int letters = 0, digits = 0, upper_inside = 0, other = 0, ampersands = 0;
  int capital_i_inside = 0;  // "lI6pande": an l read as I
  bool first = true;
  for (size_t i = 0; i < part.size();) {
    int len = 1;
    const char32_t c = DecodeUtf8(part, i, &len);
    i += len;
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (IsLetter(c)) {
      ++letters;
      if (!first && IsUpperLetter(c)) ++upper_inside;
      if (!first && c == 'I') ++capital_i_inside;
    } else if (c == '&') {
      ++ampersands;
    } else if (c == ',' || c == '.') {
      ++other;
    } else if (c == '%' && i == part.size() && digits > 0 && letters == 0) {
      // "62,5%": a number with its percent sign.
      continue;
    } else if (c == '\'' || c == U'’' || c == ':') {
      ++other;
    } else {
      return WordToken::Kind::kProtected;
    }
    first = false;
  }
  if (letters == 0) {
    return digits > 0 && ampersands == 0 ? WordToken::Kind::kNumber
                                         : WordToken::Kind::kProtected;
  }
  if (other > 0) return WordToken::Kind::kProtected;  // "t.ex", "3,5kr"
  if (digits == 0) return WordToken::Kind::kWord;
  // Digits among letters: an OCR reading of ö/l/ä/å ("6ka", "14n", "16pande")
  // only in lower-case words with few digits, where a capital inside can
  // only be an I read for an l ("lI6pande"); otherwise a code ("20RS7883").
  if ((upper_inside > 0 && (upper_inside != capital_i_inside || letters < 4)) ||
      digits > 2) {
    return WordToken::Kind::kProtected;
  }
  for (char c : part) {
    if (c >= '0' && c <= '9' && c != '1' && c != '3' && c != '4' && c != '6') {
      return WordToken::Kind::kProtected;
    }
  }
  if (letters + digits < 3) return WordToken::Kind::kProtected;
  return WordToken::Kind::kWord;
}

// "1.1", "4.2.3", "#", "##": section numbers and markdown heading marks.
bool IsHeadingMark(std::string_view core) {
  if (core.empty() || core.size() > 8) return false;
  if (core.find_first_not_of('#') == std::string_view::npos) return true;
  bool dot = false;
  size_t digits = 0;
  for (char c : core) {
    if (c == '.') {
      if (digits == 0) return false;
      dot = true;
      digits = 0;
    } else if (c >= '0' && c <= '9') {
      if (++digits > 2) return false;
    } else {
      return false;
    }
  }
  return dot && digits > 0;
}

}  // namespace

// Dots of a table of contents' leader ("Resultaträkning ....... s. 6",
// spaced ". . . . s."): the chunk after this many is its page reference.
// More than an ellipsis ("...").
constexpr size_t kLeaderMinDots = 4;

std::vector<WordToken> TokenizeLine(std::string_view line) {
  std::vector<WordToken> tokens;
  bool sentence_start = true;
  size_t leader_dots = 0;  // dots of the chunks just before, spaced or not
  size_t i = 0;
  while (i < line.size()) {
    // A tab or a run of spaces separates table cells (or layout columns):
    // a cell starts like a sentence, with a capital that says nothing.
    const size_t gap_start = i;
    bool cell_gap = false;
    while (i < line.size() && IsSpace(line[i])) {
      cell_gap |= line[i] == '\t';
      ++i;
    }
    if (i - gap_start >= 2 && gap_start > 0) cell_gap = true;
    if (cell_gap) sentence_start = true;
    if (i >= line.size()) break;
    // A run of dots (table-of-contents leaders) also ends a chunk:
    // "RESULTATRAKNING....cccsmm 24" holds the word "RESULTATRAKNING".
    size_t chunk_end = i;
    while (chunk_end < line.size() && line[chunk_end] == '.') ++chunk_end;
    while (chunk_end < line.size() && !IsSpace(line[chunk_end])) {
      if (chunk_end > i && line[chunk_end] == '.' &&
          chunk_end + 1 < line.size() && line[chunk_end + 1] == '.') {
        break;
      }
      ++chunk_end;
    }
    const std::string_view chunk = line.substr(i, chunk_end - i);
    const size_t chunk_begin = i;
    i = chunk_end;
    const size_t first_not_dot = chunk.find_first_not_of('.');
    if (first_not_dot == std::string_view::npos) {
      leader_dots += chunk.size();
      sentence_start = true;  // as after any full stop
      continue;
    }
    const bool page_reference =
        leader_dots >= kLeaderMinDots && first_not_dot == 0;
    leader_dots = 0;

    // Strip punctuation around the chunk.
    size_t b = 0, e = chunk.size();
    while (b < e) {
      int len = 1;
      const char32_t c = DecodeUtf8(chunk, b, &len);
      if (!IsLeadingPunct(c)) break;
      b += len;
    }
    bool punct_after = false;
    bool ends_sentence = false;
    while (e > b) {
      // Step back one code point.
      size_t s = e - 1;
      while (s > b && (static_cast<unsigned char>(chunk[s]) & 0xC0) == 0x80) {
        --s;
      }
      int len = 1;
      const char32_t c = DecodeUtf8(chunk, s, &len);
      if (!IsTrailingPunct(c)) break;
      punct_after = true;
      if (c == '.' || c == '!' || c == '?') ends_sentence = true;
      e = s;
    }
    const std::string_view core = chunk.substr(b, e - b);
    if (core.empty()) {
      if (ends_sentence) sentence_start = true;
      continue;
    }
    if (LooksLikeUrlOrMail(core)) {
      WordToken t;
      t.kind = WordToken::Kind::kProtected;
      t.begin = chunk_begin + b;
      t.end = chunk_begin + e;
      t.text = line.substr(t.begin, t.end - t.begin);
      t.sentence_start = sentence_start;
      t.punct_after = punct_after;
      tokens.push_back(t);
      sentence_start = ends_sentence;
      continue;
    }
    // Split at '-', '/', '=' and brackets into parts; markup ("<b>Mål</b>",
    // "**Mål**") separates too, and tag names are not words.
    size_t p = 0;
    bool first_part = true;
    while (p <= core.size()) {
      size_t q = p;
      size_t separator = 0;
      while (q < core.size() && (separator = SeparatorAt(core, q)) == 0) ++q;
      if (q > p) {
        WordToken t;
        t.text = core.substr(p, q - p);
        t.kind = Classify(t.text);
        // "5ars" is the number 5 and the word "års".
        if (const size_t digits = t.kind == WordToken::Kind::kProtected
                                      ? LeadingNumber(t.text)
                                      : 0;
            digits > 0) {
          WordToken number;
          number.kind = WordToken::Kind::kNumber;
          number.text = t.text.substr(0, digits);
          number.begin = chunk_begin + b + p;
          number.end = number.begin + digits;
          number.sentence_start = sentence_start && first_part;
          tokens.push_back(number);
          first_part = false;
          p += digits;
          t.text = core.substr(p, q - p);
          t.kind = Classify(t.text);
        }
        // "förening(ar)", "år(en)": a short ending in brackets is part of
        // the word before, never a word of its own.
        const auto closing = [](char c) { return c == ')' || c == ']'; };
        const bool closed = q < core.size()
                                ? closing(core[q])
                                : e < chunk.size() && closing(chunk[e]);
        if (p >= 2 && (core[p - 1] == '(' || core[p - 1] == '[') &&
            !IsPartSeparator(core[p - 2]) && q - p <= 3 && closed) {
          t.kind = WordToken::Kind::kProtected;
        }
        // "p-platser", "P-automater", "e-post": one letter before a hyphen
        // is an abbreviation, never "på" or "å" that lost its letters.
        if (q - p == 1 && q < core.size() && core[q] == '-' &&
            IsAsciiLetter(core[p])) {
          t.kind = WordToken::Kind::kProtected;
        }
        const size_t at = b + p;  // offset of the part in the chunk
        const bool tag_name =
            (at + (q - p) < chunk.size() && chunk[at + (q - p)] == '>') ||
            (at >= 1 && chunk[at - 1] == '<') ||
            (at >= 2 && chunk[at - 1] == '/' && chunk[at - 2] == '<');
        if (tag_name || page_reference) t.kind = WordToken::Kind::kProtected;
        t.begin = chunk_begin + at;
        t.end = t.begin + (q - p);
        t.sentence_start = sentence_start && first_part;
        // Converters open a tag per run of bold text ("<b>Budget</b>
        // <b>Helår 2024</b>"): a label, like a table cell.
        if (!tag_name && at >= 3 && chunk[at - 1] == '>') {
          const size_t open = chunk.substr(0, at).rfind('<');
          if (open != std::string_view::npos && chunk[open + 1] != '/') {
            t.sentence_start = true;
          }
        }
        t.punct_after = punct_after && q == core.size();
        t.hyphen_joined =
            (at >= 1 && chunk[at - 1] == '-') ||
            (at + (q - p) < chunk.size() && chunk[at + (q - p)] == '-');
        tokens.push_back(t);
        first_part = first_part && tag_name;
      }
      p = q + std::max<size_t>(separator, 1);
    }
    // A heading's number ("1.1 Ändamål", "## 3.1 Årsplanering") does not
    // end the position where a sentence starts.
    sentence_start = ends_sentence || (sentence_start && IsHeadingMark(core));
  }
  return tokens;
}

}  // namespace finsam
