// UnicodeCleaner: the character-level damage of PDF extraction and OCR,
// repaired line by line before letters and numbers are looked at.
//
//   "a" U+030A, "o" U+0308   -> "å", "ö"        unicode (NFC for Latin)
//   "¨a", "˚a" (spacing)     -> "ä", "å"        unicode
//   "ﬁ" "ﬂ" "ﬀ" "ﬃ" "ﬄ" "ﬆ" -> "fi" ... "st"   ligature
//   U+00AD soft hyphen       -> removed         soft-hyphen
//   U+00A0, U+202F, U+2009.. -> " "             unicode (no-break and
//                                               thin spaces, also in numbers)
//   U+200B..U+200D, U+2060, U+FEFF, control characters -> removed   unicode
//   "¢ visma sign"           -> "visma sign"    logo-junk (the e-signature
//                                               logo read as a glyph)
//   "¢ Kunskapsöverföring"   -> "• Kunskaps..." ocr-confusion (a bullet read
//                                               as a cent sign)
//   "e Fortsatt arbete"      -> "• Fortsatt..." ocr-confusion (a bullet read
//   "analysgrupp. e En Lokal" -> "... • En ..."  as "e" before a capital, or
//                                               opening a line before a
//                                               digit)
//   "[ Verksamhetsplanen"    -> "I Verksamhet." ocr-confusion (the word "I"
//   "e | Coachingteamet"     -> "• I Coaching." read as a bracket or bar)
//   "86 % 100% | 100 %"      -> "86 % 100% 100 %"   table-rule (ruled table
//                                               lines read as "|" or "[")
//   "ställning ......ccoeevee, 4" -> "ställning ..... 4"   toc-leader (a
//                                               table of contents' dots
//                                               read as dots and letters)
//
// Kept on purpose: curly quotes (”citat” is correct Swedish typography),
// "…", dashes, form feeds (page breaks) and tabs, "|" inside a token (URLs,
// "a|b"), bars in contact footers ("Box 1613 | 701 16 Örebro"), and a word
// hyphenated across a line end ("Försäkrings-" / "kassan"): lines are kept,
// so joining is left to the record stage. A combining mark the small
// composition table does not know (no ICU) is left as it is.
//
// Stray table rules live here rather than in NumberFormatter because they
// sit between any cells, words as often as numbers, and removing them
// first lets the number rules see clean cells.
//
// Idempotent: cleaning cleaned text changes nothing (line patterns treat
// what the character pass removes or turns into spaces as blank).
//
// Edits: one per change, line and 1-based byte column relative to the text
// given, in input order; a change below min_confidence is not applied and
// is listed in `uncertain`. Invalid UTF-8 passes through unchanged.
// Thread safety: const methods over compiled patterns; share one instance.
#ifndef FINSAM_NORMALIZE_UNICODE_CLEANER_H_
#define FINSAM_NORMALIZE_UNICODE_CLEANER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/normalizer.h"

namespace finsam {

namespace internal {
struct CleanerPatterns;  // compiled RE2 patterns, unicode_cleaner.cc
}  // namespace internal

class UnicodeCleaner {
 public:
  UnicodeCleaner();
  ~UnicodeCleaner();
  UnicodeCleaner(const UnicodeCleaner&) = delete;
  UnicodeCleaner& operator=(const UnicodeCleaner&) = delete;

  // Cleans one line (without its '\n'). `line_no` is stored in the edits.
  // `edits` and `uncertain` may be null; new entries are appended.
  std::string CleanLine(std::string_view line, int line_no,
                        std::vector<Edit>* edits,
                        std::vector<Edit>* uncertain = nullptr,
                        float min_confidence = kDefaultMinConfidence) const;

  // Cleans a text line by line: as many '\n' out as in. Lines count from 1.
  std::string Clean(std::string_view text, std::vector<Edit>* edits,
                    std::vector<Edit>* uncertain = nullptr,
                    float min_confidence = kDefaultMinConfidence) const;

 private:
  std::unique_ptr<const internal::CleanerPatterns> patterns_;
};

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_UNICODE_CLEANER_H_
