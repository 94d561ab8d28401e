#include "records/key_vocabulary.h"

#include <re2/re2.h>

#include <algorithm>

#include "base/text.h"
#include "records/text_fold.h"

namespace finsam::records {
namespace {

struct VocabularyEntry {
  const char* folded_label;
  const char* key;
  bool prefix;  // the label may continue ("Utgående eget kapital /sparade")
};

// Contract vocabulary first, then the equivalent labels of the same annual
// report law in housing-cooperative and company reports.
constexpr VocabularyEntry kVocabulary[] = {
    {"verksamhetens intakter", "operating_income", false},
    {"summa verksamhetens intakter", "operating_income", false},
    {"summa rorelseintakter", "operating_income", false},
    {"verksamhetens kostnader", "operating_expenses", false},
    {"summa verksamhetens kostnader", "operating_expenses", false},
    {"summa rorelsekostnader", "operating_expenses", false},
    {"avskrivningar", "depreciation", false},
    // K2's own wording of the line (the lead's r7 Tallbacken probe).
    {"avskrivningar av materiella anlaggningstillgangar", "depreciation",
     false},
    {"verksamhetens nettokostnad", "net_operating_cost", false},
    {"verksamhetens nettokostnader", "net_operating_cost", false},
    {"verksamhetens resultat", "operating_result", false},
    {"rorelseresultat", "operating_result", false},
    {"finansiella intakter", "financial_income", false},
    {"finansiella kostnader", "financial_expenses", false},
    {"resultat efter finansiella poster", "result_after_financial_items",
     false},
    {"resultat efter finansiella intakter och kostnader",
     "result_after_financial_items", false},
    // The same line in the municipal form before extraordinary items were
    // abolished (kommunal redovisning: "Resultat före extraordinära poster"
    // between the financial items and "Extraordinära poster").
    {"resultat fore extraordinara poster", "result_after_financial_items",
     false},
    {"extraordinara poster", "extraordinary_items", false},
    {"arets resultat", "result_for_year", false},
    {"arets resultat enligt resultatrakningen", "result_for_year", false},
    {"anlaggningstillgangar", "fixed_assets", false},
    {"summa anlaggningstillgangar", "fixed_assets", false},
    {"fordringar", "receivables", false},
    {"kortfristiga fordringar", "receivables", false},
    {"summa fordringar", "receivables", false},
    {"summa kortfristiga fordringar", "receivables", false},
    {"kassa och bank", "cash_and_bank", false},
    {"summa kassa och bank", "cash_and_bank", false},
    {"summa omsattningstillgangar", "current_assets", false},
    {"omsattningstillgangar", "current_assets", false},
    {"summa tillgangar", "total_assets", false},
    {"summa eget kapital", "equity", false},
    {"eget kapital", "equity", false},
    {"utgaende eget kapital", "equity", true},
    {"summa avsattningar", "provisions", false},
    {"avsattningar", "provisions", false},
    {"kortfristiga skulder", "current_liabilities", false},
    {"summa kortfristiga skulder", "current_liabilities", false},
    {"langfristiga skulder", "long_term_liabilities", false},
    {"summa langfristiga skulder", "long_term_liabilities", false},
    {"summa eget kapital avsattningar och skulder",
     "total_equity_and_liabilities", false},
    {"summa eget kapital och skulder", "total_equity_and_liabilities", false},
    {"summa skulder och eget kapital", "total_equity_and_liabilities", false},
    {"medlemsbidrag", "member_contributions_total", false},
    {"summa medlemsbidrag", "member_contributions_total", false},
    // The same line as associations and some förbund print it.
    {"medlemsavgifter", "member_contributions_total", false},
    {"summa medlemsavgifter", "member_contributions_total", false},
    {"bidrag fran medlemmarna", "member_contributions_total", false},
    {"bidrag fran medlemmar", "member_contributions_total", false},
    {"soliditet", "equity_ratio_percent", false},
    {"antal anstallda", "employees", false},
    {"balanskravsresultat", "balance_requirement_result", false},
    {"arets balanskravsresultat", "balance_requirement_result", false},
    {"arets kassaflode", "cash_flow_for_year", false},
    {"likvida medel vid arets slut", "cash_end_of_year", false},
    // K2/K3 reports of housing cooperatives and other associations.
    {"nettoomsattning", "net_revenue", false},
    {"rantekostnader", "interest_expenses", false},
    {"rantekostnader och liknande resultatposter", "interest_expenses", false},
    {"fond for yttre underhall", "maintenance_fund", false},
    // Accounting programs' period reports (Resultatrapport): the net revenue
    // total, and the year's result as computed before closing the books
    // (trollhattans-jk-2023's Resultatrapport).
    {"summa nettoomsattning", "net_revenue", false},
    {"beraknat resultat", "result_for_year", false},
};

}  // namespace

std::string LabelCore(std::string_view label) {
  std::string s(label);
  static const RE2 kParen(R"(\([^)]*\)?)");
  // OCR reads a note "1" as "I" or "l" ("Nettoomsättning Not I",
  // Sjötungan 2007).
  static const RE2 kNote(
      R"((?i)\bnot\s*(?:\d{1,2}(?:\s*,\s*\d{1,2})*|[il])\b)");
  RE2::GlobalReplace(&s, kParen, " ");
  RE2::GlobalReplace(&s, kNote, " ");
  // "S:a" is how accounting programs' reports abbreviate "Summa" ("S:a
  // Nettoomsättning", "S:a Övriga externa kostnader").
  static const RE2 kSumAbbreviation(R"((?i)^\s*s:a\s)");
  RE2::Replace(&s, kSumAbbreviation, "Summa ");
  std::string folded = Fold(s);
  // Unit words at the end ("Soliditet %", "Nettoomsättning Tkr").
  static const RE2 kUnitTail(R"((?:\s+(?:tkr|kr|mnkr|kronor|procent))+$)");
  RE2::Replace(&folded, kUnitTail, "");
  return folded;
}

namespace {

// Labels one OCR error away from a vocabulary label that mean something
// else: never given a key.
bool IsKnownNonKey(const std::string& core) {
  static const char* kNonKeys[] = {
      "ingaende eget kapital",    "ovrigt eget kapital",
      "summa finansiella poster", "kostnad verksamhet",
      "summa intakter",           "summa kostnader"};
  for (const char* n : kNonKeys) {
    if (core == n) return true;
  }
  return false;
}

// Fuzzy matching only between labels that start alike: "ingående" is not an
// OCR error of "utgående".
bool NearSameStart(std::string_view a, std::string_view b) {
  return a.size() >= 2 && b.size() >= 2 && a.substr(0, 2) == b.substr(0, 2) &&
         FoldedNear(a, b);
}

// Words printed cut short with a full stop, folded: "Resultat efter fin.
// poster" -> {"fin"}. Three letters at least: "ek." or "s." are too short
// to say which word they cut.
std::vector<std::string> AbbreviatedWords(std::string_view label) {
  static const RE2 kAbbreviated(R"((\p{L}\p{L}\p{L}+)\.)");
  std::vector<std::string> out;
  re2::StringPiece input(label.data(), label.size());
  std::string word;
  while (RE2::FindAndConsume(&input, kAbbreviated, &word)) {
    out.push_back(Fold(word));
  }
  return out;
}

// The key of the one vocabulary label that `core` spells out when each of
// its `abbreviated` words stands for a whole word it begins ("resultat
// efter fin poster" -> "resultat efter finansiella poster", "summa kortfr
// skulder" -> "summa kortfristiga skulder"); "" when none or two keys fit.
std::string KeyOfAbbreviation(const std::string& core,
                              const std::vector<std::string>& abbreviated) {
  if (abbreviated.empty()) return "";
  const std::vector<std::string> words = SplitWords(core);
  std::string found;
  for (const VocabularyEntry& e : kVocabulary) {
    const std::vector<std::string> full = SplitWords(e.folded_label);
    if (full.size() != words.size()) continue;
    bool fits = true, cut = false;
    for (size_t k = 0; k < words.size() && fits; ++k) {
      if (words[k] == full[k]) continue;
      const bool is_abbreviation =
          std::find(abbreviated.begin(), abbreviated.end(), words[k]) !=
          abbreviated.end();
      fits = is_abbreviation && full[k].size() > words[k].size() &&
             full[k].compare(0, words[k].size(), words[k]) == 0;
      cut = cut || fits;
    }
    if (!fits || !cut) continue;
    if (!found.empty() && found != e.key) return "";
    found = e.key;
  }
  return found;
}

}  // namespace

std::string KeyForLabel(std::string_view label) {
  const std::string core = LabelCore(label);
  if (core.empty() || IsKnownNonKey(core)) return "";
  for (const VocabularyEntry& e : kVocabulary) {
    if (core == e.folded_label) return e.key;
  }
  if (std::string key = KeyOfAbbreviation(core, AbbreviatedWords(label));
      !key.empty()) {
    return key;
  }
  for (const VocabularyEntry& e : kVocabulary) {
    const std::string_view l = e.folded_label;
    if (e.prefix && core.size() >= l.size() &&
        (core.compare(0, l.size(), l) == 0 ||
         NearSameStart(std::string_view(core).substr(0, l.size()), l))) {
      return e.key;
    }
  }
  for (const VocabularyEntry& e : kVocabulary) {
    if (NearSameStart(core, e.folded_label)) return e.key;
  }
  return "";
}

const std::vector<std::string>& AllKeys() {
  static const std::vector<std::string> kKeys = {
      "operating_income",
      "operating_expenses",
      "depreciation",
      "net_operating_cost",
      "operating_result",
      "financial_income",
      "financial_expenses",
      "result_after_financial_items",
      "extraordinary_items",
      "result_for_year",
      "fixed_assets",
      "receivables",
      "cash_and_bank",
      "current_assets",
      "total_assets",
      "equity",
      "provisions",
      "current_liabilities",
      "long_term_liabilities",
      "total_equity_and_liabilities",
      "member_contributions_total",
      "equity_ratio_percent",
      "employees",
      "balance_requirement_result",
      "cash_flow_for_year",
      "cash_end_of_year",
      "net_revenue",
      "interest_expenses",
      "maintenance_fund",
  };
  return kKeys;
}

bool IsUnitlessKey(std::string_view key) {
  return key == "equity_ratio_percent" || key == "employees";
}

}  // namespace finsam::records
