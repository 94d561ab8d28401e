// NumberFormatter: Swedish number style for OCR and PDF text, line by line.
//
// Swedish style is a space as thousands separator, a decimal comma, a space
// before "%" and before a currency unit, and the minus sign attached to the
// number. OCR and PDF extraction break all of these; the formatter repairs
// them and leaves everything that only looks like a number alone.
//
//   "8036515"      -> "8 036 515"       number-grouping
//   "8036 515"     -> "8 036 515"       number-grouping (a 4-digit head
//                                       followed by 3-digit groups)
//   "2.113.812"    -> "2 113 812"       number-grouping
//   "- 438 192"    -> "-438 192"        number-sign
//   "−438" "–438"  -> "-438"            number-sign (see below)
//   "55%" "41,8%"  -> "55 %" "41,8 %"   percent-space
//   "2356 616kr"   -> "2 356 616 kr"    number-grouping + unit-space
//   "1O5 2S0"      -> "105 250"         ocr-digit (table lines only)
//   "10 9% Samordnare" -> "10 % Samordnare"  ocr-digit ("%" read as "9%")
//
// Left alone: years (1900-2099, also "2023 2022 2021" column headers and
// "ingående 2023" in a row label), dates ("2023-12-31",
// "2023-03-31-2026-03-30", compact "200901" and "20180901"), ranges
// ("2019-2024", "16-65", "19 – 67"), organisation, person and account
// numbers ("222000-2493", runs of 10 digits or more, and as OCR spaces
// them: "769612 - 2675", and "769612 -2675" or "769612 2675" when the
// check digit holds; anything after a label such as "Org nr", "Bankgiro",
// "Personnummer", "Postadress"), telephone numbers
// ("019-602 71 73", leading zeros, "+46"), postcodes ("701 16", "70116
// Örebro"), case and reference numbers ("20RS7883", "Dnr 2023/45",
// "Bankgiro 50501055", after a keyword such as Dnr, nr, Box), page and note
// references ("2 (332)", "Sida 3", "Not 2"), times ("09:31", "09.30"),
// decimals ("3,5", "1,037"), codes and versions ("1.2.3", "K2"), numbers
// glued to letters or inside URLs, and 4-digit counts in prose ("1900
// besök": only approximations such as "ca 1900" and amounts such as "5000
// kr" are grouped; in prose, plain 4-digit numbers are left as written).
//
// Tables. A line is a table line when it holds a tab, a standalone "|", a
// column gap of two or more spaces before a number, or ends in two or more
// numeric cells. In a table line every 4-digit amount is grouped (as a
// person correcting the text would do, so columns read alike) and OCR digit
// confusions inside numeric cells are fixed.
//
// Minus. A detached minus ("- 438 192", from ruled accounting layouts) and a
// typographic minus (U+2212) or en dash used as a sign are written as ASCII
// "-": it is what the corrected corpus uses and what every later stage and
// a spreadsheet parse. An en dash between numbers ("19 – 67", "70–90") or
// before a year ("–2026") is a range and is kept. A dash after a label and
// one space ("Kumla kommun - 522 039") may be an empty cell of a two-column
// table: that sign is only proposed (confidence 0.5, below the default).
//
// Idempotent: formatting formatted text changes nothing.
//
// Edits. Each changed number is reported as one Edit covering the number
// (with its detached sign, and the 3-digit groups that follow a regrouped
// head), with line and 1-based byte column relative to the text given.
// When several rules touch one number the reasons are joined with "+" in
// the order above, e.g. "number-grouping+unit-space", and the confidence is
// the lowest of them. A rule whose confidence is below min_confidence is not
// applied; the number's full proposed change is listed in `uncertain`.
//
// Thread safety: all methods are const and the object holds only compiled
// patterns, so one instance serves every thread. Input is UTF-8; bytes that
// are not valid UTF-8 pass through unchanged. Run UnicodeCleaner first:
// only ' ' and '\t' separate tokens here (no-break spaces are its job).
#ifndef FINSAM_NORMALIZE_NUMBER_FORMATTER_H_
#define FINSAM_NORMALIZE_NUMBER_FORMATTER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/normalizer.h"

namespace finsam {

namespace internal {
struct NumberPatterns;  // compiled RE2 patterns, number_formatter.cc
}  // namespace internal

class NumberFormatter {
 public:
  NumberFormatter();
  ~NumberFormatter();
  NumberFormatter(const NumberFormatter&) = delete;
  NumberFormatter& operator=(const NumberFormatter&) = delete;

  // Formats one line (without its '\n'; a '\n' inside is treated as an
  // ordinary byte). `line_no` is stored in the edits. `edits` and
  // `uncertain` may be null; new entries are appended.
  std::string FormatLine(std::string_view line, int line_no,
                         std::vector<Edit>* edits,
                         std::vector<Edit>* uncertain = nullptr,
                         float min_confidence = kDefaultMinConfidence) const;

  // Formats a text line by line: the output has exactly as many '\n' as the
  // input, and form feeds stay where they are. Lines are numbered from 1.
  std::string Format(std::string_view text, std::vector<Edit>* edits,
                     std::vector<Edit>* uncertain = nullptr,
                     float min_confidence = kDefaultMinConfidence) const;

 private:
  std::unique_ptr<const internal::NumberPatterns> patterns_;
};

}  // namespace finsam

#endif  // FINSAM_NORMALIZE_NUMBER_FORMATTER_H_
