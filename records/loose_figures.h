// Key figures printed outside the statements, for keys no statement or
// overview gives (records/record_builder.cc fills only those):
// - a small table of unitless figures: "Nyckeltal 2023 2022" over
//   "Soliditet, % 78 78" and "Antal anställda 4 4";
// - a sentence: "Förbundet redovisar ett positivt balanskravsresultat för
//   2019 som uppgick till 323 481 kr" (seed 001's embedded report prints no
//   balanskravsutredning table).
// The members' printed total (records/member_contributions.h) comes as the
// same LooseFigure.
#ifndef FINSAM_RECORDS_LOOSE_FIGURES_H_
#define FINSAM_RECORDS_LOOSE_FIGURES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "records/record_text.h"

namespace finsam::records {

struct LooseFigure {
  std::string key;  // "equity_ratio_percent", "balance_requirement_result"
  int year = 0;
  int64_t value = 0;  // kronor; percent and head-counts as printed, rounded
  double exact = 0;   // the value as printed when it has decimals (85.9)
  bool has_decimals = false;
  int page = 0;
  bool operator==(const LooseFigure&) const = default;
};

// Rows of unitless keys (records/key_vocabulary.h IsUnitlessKey: equity
// ratio, employees) under a header row's years (records/table_row.h
// HeaderRowYears), wherever the table stands. The first row of a key and
// year wins.
std::vector<LooseFigure> ReadUnitlessRows(const RecordText& text);

// The balance-requirement result each sentence states: the word
// "balanskravsresultat(et)", the year when the sentence names one after it
// ("för 2019", else `fiscal_year`; none when that is 0), a verb of amount
// ("uppgick till", "uppgår till", "blev", "är", "var", "om") and the amount
// with its unit (kr, tkr, mnkr, kronor). "negativt" before the word, or "ett
// underskott om" before the amount, makes an unsigned amount negative. The
// first statement of a year wins. A sentence is read over the line breaks
// of its paragraph.
std::vector<LooseFigure> ReadBalanceRequirementInProse(const RecordText& text,
                                                       int fiscal_year);

// Key figures a sentence states, `fiscal_year`'s first and the year
// before's in parentheses after it: "Årets resultat blev 312 405 kr
// (-98 212 kr)", "Eget kapital uppgick vid årets slut till 2 987 330 kr
// (föregående år 2 674 925 kr)", "Soliditeten uppgick till 71 % (64 %)",
// "Förbundet har 3 anställda (2)"; or the year before's first: "Soliditeten
// ökade från 64 % till 71 %". The words before the verb name the key: a
// vocabulary label (records/key_vocabulary.h) or its definite form
// ("resultatet", "det egna kapitalet", "soliditeten"). An amount without a
// unit is in kronor (a percentage key's as printed); "underskott",
// "negativt" or "förlust" before an unsigned amount makes it negative. The
// sentence may name the year ("för 2024"), else `fiscal_year`; none when
// that is 0. The first statement of a key and year wins.
std::vector<LooseFigure> ReadKeyFiguresInProse(const RecordText& text,
                                               int fiscal_year);

// A key figure table printed transposed, the years as rows: a header of
// key labels ("År | Intäkter | Kostnader | Resultat | Eget kapital |
// Soliditet %", records/key_vocabulary.h, at least two of them keys) over
// rows each starting with a year ("2024 | 6 143 200 | ..."; a broken
// fiscal year "2023/24" is its ending year). Amounts are in the unit a
// column heading names ("Eget kapital, tkr"), else the header's or the
// caption's above it ("Flerårsöversikt (tkr)"), else kronor; percentages
// and head-counts as printed.
std::vector<LooseFigure> ReadTransposedTables(const RecordText& text);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_LOOSE_FIGURES_H_
