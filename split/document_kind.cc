#include "split/document_kind.h"

#include <re2/re2.h>

#include <string>
#include <utility>
#include <vector>

#include "records/text_fold.h"

namespace finsam::split {

const char* DocumentKindName(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::kAnnualReport:
      return "annual-report";
    case DocumentKind::kAuditReport:
      return "audit-report";
    case DocumentKind::kAgenda:
      return "agenda";
    case DocumentKind::kMinutes:
      return "minutes";
    case DocumentKind::kAppendix:
      return "appendix";
    case DocumentKind::kActivityReport:
      return "activity-report";
    case DocumentKind::kPlan:
      return "plan";
    case DocumentKind::kInterimReport:
      return "interim-report";
    case DocumentKind::kMemo:
      return "memo";
    case DocumentKind::kMotion:
      return "motion";
    case DocumentKind::kNomination:
      return "nomination";
    case DocumentKind::kProxyForm:
      return "proxy-form";
    case DocumentKind::kOther:
      break;
  }
  return "other";
}

namespace {

// Title lines are short: "Årsredovisning för Samordningsförbundet Finsam
// Lekeberg och Örebro 2019" has 8 words (seed 001's agenda).
constexpr int kMaxTitleWords = 10;

// "Bilaga 4 - Presentation av indikatorsutvärdering 2019" is an agenda's
// list entry (seed 001); "Bilaga 3 Insatserna i siffror" a title.
constexpr int kMaxAppendixTitleWords = 4;

int WordCount(std::string_view folded) {
  int words = 0;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded[i] != ' ' && (i == 0 || folded[i - 1] == ' ')) ++words;
  }
  return words;
}

struct KindWord {
  const RE2* word;
  DocumentKind kind;
};

// Words of the folded title; a letter å/ä/ö lost from a text layer drops
// out of the folded word too, hence the optional letters.
std::vector<KindWord> KindWords() {
  static const RE2 kAnnual(R"(\b((?:a?rsredovisning|a?rsbokslut|bokslut))\b)");
  static const RE2 kAudit(
      R"(\b((?:revisionsber?a?ttelse|revisorernas )"
      R"((?:granskningsrapport|redog?o?relse|ber?a?ttelse)|)"
      R"(granskningsrapport|revisorsrapport|revisionsrapport))\b)");
  // A compound names its kind by its last part: "Stämmokallelse",
  // "ÅRSMÖTESPROTOKOLL" (brf-sjotungan's minutes).
  static const RE2 kAgenda(
      R"(\b((?:[a-z]*kallelse|f?o?redragningslista|dagordning))\b)");
  static const RE2 kMinutes(R"(\b([a-z]*protokoll)\b)");
  static const RE2 kAppendix(R"(\b(bilaga)\b)");
  static const RE2 kActivity(
      R"(\b((?:verksamhetsber?a?ttelse|a?rsber?a?ttelse))\b)");
  static const RE2 kPlan(R"(\b((?:verksamhetsplan|budget))\b)");
  static const RE2 kInterim(R"(\b(del?a?rsrapport)\b)");
  // A memo ("PM", "promemoria"), named by its subject too: the auditors'
  // "Revisions-PM 2016" and the board's comment on it (stenalderns 2017).
  static const RE2 kMemo(
      R"(\b((?:tj?a?nsteskrivelse|f?o?redragningspm|missiv|promemoria|)"
      R"((?:[a-z]+s )?pm))\b)");
  // The papers of an association's annual meeting besides the report.
  static const RE2 kMotion(
      R"(\b((?:motion|motioner|framst?a?llan|proposition))\b)");
  static const RE2 kNomination(R"(\b(valberedningens forslag)\b)");
  static const RE2 kProxy(R"(\b(fullmakt)\b)");
  return {{&kAnnual, DocumentKind::kAnnualReport},
          {&kAudit, DocumentKind::kAuditReport},
          {&kAgenda, DocumentKind::kAgenda},
          {&kMinutes, DocumentKind::kMinutes},
          {&kAppendix, DocumentKind::kAppendix},
          {&kActivity, DocumentKind::kActivityReport},
          {&kPlan, DocumentKind::kPlan},
          {&kInterim, DocumentKind::kInterimReport},
          {&kMemo, DocumentKind::kMemo},
          {&kMotion, DocumentKind::kMotion},
          {&kNomination, DocumentKind::kNomination},
          {&kProxy, DocumentKind::kProxyForm}};
}

// OCR splits a long word ("Arsre dovisning 2014" on a scanned cover):
// two adjacent pieces that make a kind's word of at least
// kMinJoinedLetters, neither one alone, are joined. A short one is not
// ("Bi laga 2" labels a page of stenalderns 2017's accounts, whose first
// page had no label: joined, it made a false start).
constexpr size_t kMinJoinedLetters = 10;

std::string JoinSplitKindWord(const std::string& folded) {
  std::vector<std::string> words;
  for (size_t b = 0; b < folded.size();) {
    size_t e = folded.find(' ', b);
    if (e == std::string::npos) e = folded.size();
    if (e > b) words.push_back(folded.substr(b, e - b));
    b = e + 1;
  }
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const std::string joined = words[i] + words[i + 1];
    if (joined.size() < kMinJoinedLetters) continue;
    for (const KindWord& k : KindWords()) {
      if (!RE2::FullMatch(joined, *k.word) ||
          RE2::PartialMatch(words[i], *k.word) ||
          RE2::PartialMatch(words[i + 1], *k.word)) {
        continue;
      }
      std::string out;
      for (size_t j = 0; j < words.size(); ++j) {
        if (j == i + 1) continue;
        if (!out.empty()) out += ' ';
        out += j == i ? joined : words[j];
      }
      return out;
    }
  }
  return folded;
}

}  // namespace

DocumentKind TitleKind(std::string_view line) {
  static const RE2 kLeaders(R"(\.{3,}|…)");
  const std::string_view trimmed = records::Trim(line);
  // A title is one phrase: no full stop or comma in it ("Årsredovisning
  // för 2019, för Samordningsförbundet Sydnärke" opens an e-mail, seed
  // 001), and it does not run on to the next line ("... för år 2019 -").
  if (trimmed.empty() || trimmed.back() == '.' ||
      trimmed.find(',') != std::string_view::npos ||
      RE2::PartialMatch(trimmed, kLeaders)) {
    return DocumentKind::kOther;
  }
  std::string folded = JoinSplitKindWord(records::Fold(trimmed));
  const int words = WordCount(folded);
  // "MOTION 1:" heads its text; a longer line ending in a colon leads
  // into a list.
  static const RE2 kRunsOn(R"([-–]$)");
  if (RE2::PartialMatch(trimmed, kRunsOn) ||
      (trimmed.back() == ':' && words > 2)) {
    return DocumentKind::kOther;
  }
  // Titles are capitalised; a line in lower case continues a wrapped one
  // ("... Region Örebro läns / delårsrapport 2020", seed 001), unless its
  // first letter was an Å lost with the layer ("rsredovisning").
  if (records::StartsLower(trimmed) && folded.rfind("rs", 0) != 0) {
    return DocumentKind::kOther;
  }
  // A line ending in "för", "om", ... runs on: a title only when it begins
  // with the kind's word ("Framställan från styrelsen ... om" / its
  // subject on the next line).
  static const RE2 kOpenEnd(R"( (?:for|och|av|i|till|med|under|samt|om)$)");
  const bool open_end = RE2::PartialMatch(folded, kOpenEnd);
  // "9. Bilaga", "10. Revisorernas påteckning": a numbered heading is a
  // chapter of the document it is in (seed 000's appendix, chapter 9 of
  // the annual report), not a document's title.
  static const RE2 kNumbering(R"(^\d{1,2}\s+)");
  if (RE2::PartialMatch(folded, kNumbering)) return DocumentKind::kOther;
  if (words == 0 || words > kMaxTitleWords) return DocumentKind::kOther;
  for (const KindWord& k : KindWords()) {
    re2::StringPiece match;
    if (!RE2::PartialMatch(folded, *k.word, &match)) continue;
    const size_t begin = static_cast<size_t>(match.data() - folded.data());
    const std::string rest = folded.substr(begin + match.size());
    if (open_end && begin != 0) return DocumentKind::kOther;
    if (begin == 0) {
      // Starts with the word: a table of contents' page number after it
      // makes it an entry, not a title ("Bilaga 3" is the appendix's
      // number).
      static const RE2 kPageRef(R"(^\s*\d{1,3}\s*$)");
      if (k.kind == DocumentKind::kAppendix) {
        // "Bilaga 3", "Bilaga 3 Insatserna i siffror"; a longer one
        // describes an appendix in a list.
        return WordCount(rest) <= kMaxAppendixTitleWords ? k.kind
                                                         : DocumentKind::kOther;
      }
      // "Motion 1" is numbered too.
      return RE2::FullMatch(rest, kPageRef) && k.kind != DocumentKind::kMotion
                 ? DocumentKind::kOther
                 : k.kind;
    }
    // The organisation first: the word ends the line or a year follows.
    static const RE2 kYearTail(
        R"(^\s*(?:(?:19|20)\d\d(?:\s+(?:19|20)?\d\d)?)?\s*$)");
    return RE2::FullMatch(rest, kYearTail) && words <= 8 ? k.kind
                                                         : DocumentKind::kOther;
  }
  return DocumentKind::kOther;
}

}  // namespace finsam::split
