#include "normalize/unicode_cleaner.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace finsam {
namespace internal {

// Blank for the line patterns: whitespace, and everything the character
// pass turns into a space or removes, so a second pass sees what the first
// one saw.
constexpr char kBlank[] =
    "[\\s\\x{A0}\\x{AD}\\x{2000}-\\x{200D}\\x{202F}\\x{205F}\\x{2060}"
    "\\x{3000}\\x{FEFF}\\x{01}-\\x{08}\\x{0B}\\x{0E}-\\x{1F}\\x{7F}-"
    "\\x{9F}]";

// Junk from ruled table lines, removed wherever it stands alone.
constexpr char kRule[] = "[\\[\\]|¦]";

// Compiled once per cleaner; RE2 matching is const and thread-safe.
struct CleanerPatterns {
  CleanerPatterns()
      // A glyph in front of the e-signature logo text.
      : logo(std::string("^(?:") + kBlank + "|" + kRule + ")*([¢©®]" + kBlank +
             "*)(?i:visma\\s+sign)"),
        // A cent sign where a bullet was: "¢ Kunskapsöverföring".
        bullet(std::string("^(?:") + kBlank + "|" + kRule +
               ")*(¢)(?:" + kBlank + "|" + kRule + ")+[\\pL\\pN¨˚]"),
        // Tesseract reads a list bullet as "e" ("e Fortsatt arbete med
        // samsyn", "analysgrupp. e En Lokal behovsanalys"): a lone
        // lower-case "e" before a capital, or opening a line before a
        // digit, is no Swedish word. ("o" is left: Word's second-level
        // bullet is a real "o".)
        letter_bullet(std::string("^(?:") + kBlank + "|" + kRule + ")*(e)" +
                      kBlank + "(?:" + kBlank + "|" + kRule +
                      ")*(?:[¨˚]?\\p{Lu}|\\p{N})"),
        inner_letter_bullet(std::string(kBlank) + "(e)" + kBlank +
                            "(?:" + kBlank + "|" + kRule + ")*[¨˚]?\\p{Lu}"),
        // The word "I" read as "[" or "|" at the start of a sentence,
        // possibly after a bullet: "[ Verksamhetsplan", "e | Coaching".
        capital_i(std::string("^(?:(?:") + kBlank + "|" + kRule + ")*" +
                  kBlank + ")?(?:(?:e|o|•|¢|\\*|-)" + kBlank + "+)?([\\[|])" +
                  kBlank + "+[\\pL¨˚]"),
        // A table of contents' dot leader OCR read as dots and letters
        // ("ekonomisk StallNiNg .........ccccoeevevee, 4"): dots, then
        // at once and up to the page number only the letters dots turn
        // into ("Vi vet inte... men 12" has a word after its dots).
        toc_leader(
            "(\\.{2,}[aceimnorstuv][.,:;'’ aceimnorstuv]*?) +\\d{1,3} *$"),
        // Contact footers use "|" as a real separator.
        footer(
            "(?i)\\bbox\\b|\\btel\\b|telefon|\\bfax\\b|www\\.|@|"
            "org\\.?\\s?nr|\\b\\d{3} \\d{2} \\p{Lu}") {}

  const RE2 logo;
  const RE2 bullet;
  const RE2 letter_bullet;
  const RE2 inner_letter_bullet;
  const RE2 capital_i;
  const RE2 toc_leader;
  const RE2 footer;
};

}  // namespace internal

namespace {

// How sure each clean-up is. A score only meets the threshold
// (--min-confidence, kDefaultMinConfidence = 0.6): at or above it the change
// is made, below it the decision is listed as uncertain.
namespace score {
// Unicode's own facts: a ligature spelt out ("ﬁ" -> "fi"), a letter and its
// combining mark composed, a soft hyphen dropped.
constexpr float kUnicodeFact = 0.99f;
// Space look-alikes made spaces, invisible characters dropped, the glyphs
// of a signing service's logo dropped: certain once recognised.
constexpr float kInvisibleOrLogo = 0.95f;
// A spacing diaeresis or ring before its vowel ("¨a" -> "ä"), as some text
// layers write them; a real "¨" before a vowel is rarer still.
constexpr float kSpacingMark = 0.8f;
// OCR's look-alikes told by position: a bullet read as "e" or a stray
// glyph, a capital I read as "|" or "]".
constexpr float kOcrLookAlike = 0.75f;
// Ruled lines: a dot leader OCR read as dots and letters, a lone "|"
// between cells.
constexpr float kRuledLine = 0.9f;
// A lone "[" or "]" with no partner on the line: a rule, or a bracket whose
// partner OCR lost.
constexpr float kUnpairedBracket = 0.7f;
}  // namespace score

// Base letters and what they compose to with one combining mark; the
// Latin-1 and Latin Extended-A part of Unicode canonical composition,
// which covers Swedish and the names and loanwords met in its reports.
struct Composition {
  char32_t mark;
  std::string_view bases;
  std::u16string_view composed;  // parallel to `bases`
};

constexpr Composition kCompositions[] = {
    // grave
    {0x0300, "AEIOUaeiou",
     u"\u00C0\u00C8\u00CC\u00D2\u00D9\u00E0\u00E8\u00EC\u00F2\u00F9"},
    // acute
    {0x0301, "ACEILNORSUYZaceilnorsuyz",
     u"\u00C1\u0106\u00C9\u00CD\u0139\u0143\u00D3\u0154\u015A\u00DA\u00DD"
     u"\u0179\u00E1\u0107\u00E9\u00ED\u013A\u0144\u00F3\u0155\u015B\u00FA"
     u"\u00FD\u017A"},
    // circumflex
    {0x0302, "ACEGHIJOSUWYaceghijosuwy",
     u"\u00C2\u0108\u00CA\u011C\u0124\u00CE\u0134\u00D4\u015C\u00DB\u0174"
     u"\u0176\u00E2\u0109\u00EA\u011D\u0125\u00EE\u0135\u00F4\u015D\u00FB"
     u"\u0175\u0177"},
    // tilde
    {0x0303, "AINOUainou",
     u"\u00C3\u0128\u00D1\u00D5\u0168\u00E3\u0129\u00F1\u00F5\u0169"},
    // diaeresis
    {0x0308, "AEIOUYaeiouy",
     u"\u00C4\u00CB\u00CF\u00D6\u00DC\u0178\u00E4\u00EB\u00EF\u00F6\u00FC"
     u"\u00FF"},
    // ring above
    {0x030A, "AUau", u"\u00C5\u016E\u00E5\u016F"},
    // cedilla
    {0x0327, "CGKLNRSTcgklnrst",
     u"\u00C7\u0122\u0136\u013B\u0145\u0156\u015E\u0162\u00E7\u0123\u0137"
     u"\u013C\u0146\u0157\u015F\u0163"},
    // caron
    {0x030C, "CDELNRSTZcdelnrstz",
     u"\u010C\u010E\u011A\u013D\u0147\u0158\u0160\u0164\u017D\u010D\u010F"
     u"\u011B\u013E\u0148\u0159\u0161\u0165\u017E"},
};

// The composed letter for `base` + `mark`, or 0.
char32_t Compose(char32_t base, char32_t mark) {
  if (base > 0x7F) return 0;
  for (const Composition& c : kCompositions) {
    if (c.mark != mark) continue;
    const size_t k = c.bases.find(static_cast<char>(base));
    return k == std::string_view::npos ? 0 : c.composed[k];
  }
  return 0;
}

std::string_view Ligature(char32_t c) {
  switch (c) {
    case 0xFB00:
      return "ff";
    case 0xFB01:
      return "fi";
    case 0xFB02:
      return "fl";
    case 0xFB03:
      return "ffi";
    case 0xFB04:
      return "ffl";
    case 0xFB05:  // long s + t
    case 0xFB06:
      return "st";
  }
  return {};
}

bool IsSpaceLike(char32_t c) {
  return c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

bool IsInvisible(char32_t c) {
  return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 ||
         c == 0xFEFF;
}

// Control characters other than tab, form feed (a page break the pipeline
// keeps) and carriage return (left to whoever splits lines).
bool IsStrayControl(char32_t c) {
  if (c == '\t' || c == '\f' || c == '\r' || c == '\n') return false;
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// Decodes the code point at s[pos]; on invalid UTF-8 returns false and the
// byte is passed through as it is.
bool Decode(std::string_view s, size_t pos, char32_t* cp, size_t* len) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    *cp = b0;
    *len = 1;
    return true;
  }
  size_t n;
  char32_t c;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    n = 2;
    c = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    n = 3;
    c = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    n = 4;
    c = b0 & 0x07;
  } else {
    return false;
  }
  if (pos + n > s.size()) return false;
  for (size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(s[pos + k]);
    if ((b & 0xC0) != 0x80) return false;
    c = (c << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  if ((n == 3 && c < 0x800) || (n == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
      (c >= 0xD800 && c <= 0xDFFF)) {
    return false;
  }
  *cp = c;
  *len = n;
  return true;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else if (c < 0x800) {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out += static_cast<char>(0xE0 | (c >> 12));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// One change to the input line.
struct Change {
  size_t begin;
  size_t end;
  std::string text;
  const char* reason;
  float confidence;
};

// Characters the character pass deletes.
bool IsRemoved(char32_t c) {
  return c == 0x00AD || IsInvisible(c) || IsStrayControl(c);
}

// The code point at or after `pos`, past any characters the pass deletes
// (so that "a", soft hyphen, U+0308 still composes, and a second pass finds
// nothing left to do). `end` is set past it.
bool NextKept(std::string_view line, size_t pos, char32_t* cp, size_t* end) {
  while (pos < line.size()) {
    size_t len;
    if (!Decode(line, pos, cp, &len)) return false;
    pos += len;
    if (!IsRemoved(*cp)) {
      *end = pos;
      return true;
    }
  }
  return false;
}

// Character-level changes: composition, ligatures, spaces, invisibles.
void CharacterChanges(std::string_view line, std::vector<Change>* changes) {
  size_t pos = 0;
  while (pos < line.size()) {
    char32_t c;
    size_t len;
    if (!Decode(line, pos, &c, &len)) {
      ++pos;
      continue;
    }
    char32_t next = 0;
    size_t next_end = 0;
    const bool has_next = NextKept(line, pos + len, &next, &next_end);
    const std::string_view lig = Ligature(c);
    // A letter (or a ligature's last letter) + combining mark.
    const char32_t base = lig.empty() ? c : static_cast<char32_t>(lig.back());
    if (const char32_t composed = has_next ? Compose(base, next) : 0;
        composed != 0) {
      std::string text(lig.empty() ? "" : lig.substr(0, lig.size() - 1));
      AppendUtf8(composed, &text);
      changes->push_back({pos, next_end, std::move(text),
                          lig.empty() ? "unicode" : "ligature",
                          score::kUnicodeFact});
      pos = next_end;
      continue;
    }
    // A spacing diaeresis or ring before its vowel, as some PDF text
    // layers emit it: "¨a", "˚a".
    const char32_t mark = c == 0x00A8 ? 0x0308 : c == 0x02DA ? 0x030A : 0;
    if (const char32_t composed = mark && has_next ? Compose(next, mark) : 0;
        composed != 0) {
      std::string text;
      AppendUtf8(composed, &text);
      changes->push_back(
          {pos, next_end, std::move(text), "unicode", score::kSpacingMark});
      pos = next_end;
      continue;
    }
    if (!lig.empty()) {
      changes->push_back(
          {pos, pos + len, std::string(lig), "ligature", score::kUnicodeFact});
    } else if (c == 0x00AD) {
      changes->push_back(
          {pos, pos + len, "", "soft-hyphen", score::kUnicodeFact});
    } else if (IsSpaceLike(c)) {
      changes->push_back(
          {pos, pos + len, " ", "unicode", score::kInvisibleOrLogo});
    } else if (IsRemoved(c)) {
      changes->push_back(
          {pos, pos + len, "", "unicode", score::kInvisibleOrLogo});
    }
    pos += len;
  }
}

size_t Offset(std::string_view line, re2::StringPiece piece) {
  return static_cast<size_t>(piece.data() - line.data());
}

// Removes the token [begin, end) with one space next to it, so that
// "a | b" becomes "a b"; bytes before `taken` are already removed.
Change RemoveToken(std::string_view line, size_t begin, size_t end,
                   size_t taken, const char* reason, float confidence) {
  // The space before may already go with the previous removed token.
  if (begin > taken && line[begin - 1] == ' ') {
    --begin;
  } else if (end < line.size() && line[end] == ' ') {
    ++end;
  }
  return {begin, end, "", reason, confidence};
}

// The line with `changes` (sorted, not overlapping) applied.
std::string Apply(std::string_view line, const std::vector<Change>& changes) {
  std::string out;
  size_t done = 0;
  for (const Change& c : changes) {
    out += line.substr(done, c.begin - done);
    out += c.text;
    done = c.end;
  }
  out += line.substr(done);
  return out;
}

// Bytes at pos that separate tokens: ASCII blanks and the spaces this
// cleaner turns into ' ' (so that a second pass sees the same tokens).
// 0 if none.
size_t SeparatorLength(std::string_view line, size_t pos) {
  const char b = line[pos];
  if (b == ' ' || b == '\t' || b == '\f') return 1;
  char32_t c;
  size_t len;
  if (!Decode(line, pos, &c, &len)) return 0;
  return IsSpaceLike(c) ? len : 0;
}

// The token without the characters the character pass deletes.
std::string Kept(std::string_view token) {
  std::string kept;
  size_t pos = 0;
  while (pos < token.size()) {
    char32_t c;
    size_t len;
    if (!Decode(token, pos, &c, &len)) {
      kept += token[pos++];
      continue;
    }
    if (!IsRemoved(c)) kept += token.substr(pos, len);
    pos += len;
  }
  return kept;
}

}  // namespace

UnicodeCleaner::UnicodeCleaner()
    : patterns_(std::make_unique<internal::CleanerPatterns>()) {}
UnicodeCleaner::~UnicodeCleaner() = default;

std::string UnicodeCleaner::CleanLine(std::string_view line, int line_no,
                                      std::vector<Edit>* edits,
                                      std::vector<Edit>* uncertain,
                                      float min_confidence) const {
  const internal::CleanerPatterns& p = *patterns_;
  std::vector<Change> changes;
  CharacterChanges(line, &changes);

  // Line-start glyphs: the signature logo, a misread bullet, a misread "I".
  re2::StringPiece glyph;
  size_t capital_i = std::string_view::npos;
  if (RE2::PartialMatch(line, p.logo, &glyph)) {
    changes.push_back({Offset(line, glyph), Offset(line, glyph) + glyph.size(),
                       "", "logo-junk", score::kInvisibleOrLogo});
  } else if (RE2::PartialMatch(line, p.bullet, &glyph)) {
    changes.push_back({Offset(line, glyph), Offset(line, glyph) + glyph.size(),
                       "•", "ocr-confusion", score::kOcrLookAlike});
  }
  // A bullet read as "e": where the line opens (before a capital or a
  // digit) and where a second column's list begins (before a capital).
  if (RE2::PartialMatch(line, p.letter_bullet, &glyph)) {
    changes.push_back({Offset(line, glyph), Offset(line, glyph) + glyph.size(),
                       "•", "ocr-confusion", score::kOcrLookAlike});
  }
  const re2::StringPiece text(line.data(), line.size());
  re2::StringPiece m[2];
  for (size_t from = 0; from < line.size() &&
                        p.inner_letter_bullet.Match(text, from, line.size(),
                                                    RE2::UNANCHORED, m, 2);
       from = Offset(line, m[1]) + 1) {
    changes.push_back({Offset(line, m[1]), Offset(line, m[1]) + 1, "•",
                       "ocr-confusion", score::kOcrLookAlike});
  }
  if (RE2::PartialMatch(line, p.capital_i, &glyph)) {
    // Only when it cannot be a table border: no other bar on the line, and
    // no closing bracket for a "[".
    const size_t at = Offset(line, glyph);
    const bool bar = glyph == "|";
    const bool alone = bar ? line.find('|', at + 1) == std::string_view::npos
                           : line.find(']') == std::string_view::npos;
    if (alone) {
      capital_i = at;
      changes.push_back(
          {at, at + 1, "I", "ocr-confusion", score::kOcrLookAlike});
    }
  }

  if (RE2::PartialMatch(line, p.toc_leader, &glyph)) {
    const size_t at = Offset(line, glyph);
    const bool glued = at > 0 && line[at - 1] != ' ' && line[at - 1] != '\t';
    changes.push_back({at, at + glyph.size(), glued ? " ....." : ".....",
                       "toc-leader", score::kRuledLine});
  }

  // Standalone bars and unmatched brackets: ruled table lines.
  // (Judged on the line as the character pass leaves it, so that a second
  // pass judges alike.)
  const bool footer = RE2::PartialMatch(Apply(line, changes), p.footer);
  const bool has_open = line.find('[') != std::string_view::npos;
  const bool has_close = line.find(']') != std::string_view::npos;
  size_t pos = 0;
  size_t taken = 0;
  while (pos < line.size()) {
    for (size_t n; pos < line.size() && (n = SeparatorLength(line, pos));) {
      pos += n;
    }
    const size_t begin = pos;
    while (pos < line.size() && SeparatorLength(line, pos) == 0) ++pos;
    if (begin == pos || begin == capital_i) continue;
    const std::string token = Kept(line.substr(begin, pos - begin));
    if (token == "|" || token == "||" || token == "¦") {
      if (!footer) {
        changes.push_back(RemoveToken(line, begin, pos, taken, "table-rule",
                                      score::kRuledLine));
        taken = changes.back().end;
      }
    } else if ((token == "[" && !has_close) || (token == "]" && !has_open)) {
      changes.push_back(RemoveToken(line, begin, pos, taken, "table-rule",
                                    score::kUnpairedBracket));
      taken = changes.back().end;
    }
  }

  // Apply in order; a change overlapping an earlier one is dropped.
  // At equal starts the wider change wins.
  std::sort(changes.begin(), changes.end(),
            [](const Change& a, const Change& b) {
              return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
            });
  std::string out;
  out.reserve(line.size());
  size_t done = 0;
  for (const Change& c : changes) {
    if (c.begin < done) continue;
    out += line.substr(done, c.begin - done);
    std::string before(line.substr(c.begin, c.end - c.begin));
    Edit edit{line_no,           static_cast<int>(c.begin) + 1,
              std::move(before), c.text,
              c.reason,          c.confidence};
    if (c.confidence >= min_confidence) {
      out += c.text;
      if (edits != nullptr) edits->push_back(std::move(edit));
    } else {
      out += edit.before;
      if (uncertain != nullptr) uncertain->push_back(std::move(edit));
    }
    done = c.end;
  }
  out += line.substr(done);
  return out;
}

std::string UnicodeCleaner::Clean(std::string_view text,
                                  std::vector<Edit>* edits,
                                  std::vector<Edit>* uncertain,
                                  float min_confidence) const {
  std::string out;
  out.reserve(text.size());
  int line_no = 1;
  size_t start = 0;
  while (true) {
    const size_t nl = text.find('\n', start);
    const size_t len =
        nl == std::string_view::npos ? std::string_view::npos : nl - start;
    out += CleanLine(text.substr(start, len), line_no, edits, uncertain,
                     min_confidence);
    if (nl == std::string_view::npos) break;
    out += '\n';
    start = nl + 1;
    ++line_no;
  }
  return out;
}

}  // namespace finsam
