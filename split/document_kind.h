// The kinds of document a package holds, as their title pages name them.
#ifndef FINSAM_SPLIT_DOCUMENT_KIND_H_
#define FINSAM_SPLIT_DOCUMENT_KIND_H_

#include <string_view>

namespace finsam::split {

enum class DocumentKind {
  kOther,
  kAnnualReport,    // Årsredovisning, Årsbokslut, Bokslut
  kAuditReport,     // Revisionsberättelse, Revisorernas granskningsrapport
  kAgenda,          // Kallelse, Föredragningslista, Dagordning
  kMinutes,         // Protokoll
  kAppendix,        // Bilaga N
  kActivityReport,  // Verksamhetsberättelse
  kPlan,            // Verksamhetsplan, Budget
  kInterimReport,   // Delårsrapport
  kMemo,            // Tjänsteskrivelse, FöredragningsPM, Missiv, PM
  kMotion,          // Motion, Framställan, Proposition (to a meeting)
  kNomination,      // Valberedningens förslag
  kProxyForm,       // Fullmakt
};

// "annual-report", "audit-report", "agenda", "minutes", "appendix",
// "activity-report", "plan", "interim-report", "memo", "motion",
// "nomination", "proxy-form", "other".
const char* DocumentKindName(DocumentKind kind);

// The kind a title line names, kOther when none: the line must start with
// the kind's word ("Årsredovisning 2019", "Revisionsberättelse för ...",
// "Bilaga 3"), or be a short organisation-and-kind line that ends in the
// word or in a year ("Samordningsförbundet Sydnärke Årsredovisning 2019").
// The text is folded first, and å/ä/ö may be missing ("rsredovisning", as a
// layer that lost them prints it). Plurals ("Årsredovisningar för ...")
// and a table-of-contents line ("Revisionsberättelse ..... 18") name none.
DocumentKind TitleKind(std::string_view line);

}  // namespace finsam::split

#endif  // FINSAM_SPLIT_DOCUMENT_KIND_H_
