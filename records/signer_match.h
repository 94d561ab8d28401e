// Signer names (a Visma signature page's, an e-signing service's evidence
// page's) matched against the names printed under "Styrelsens underskrift"
// / "Revisorernas påteckning" (records/people.h reads both), and an
// evidence page's parties against the e-ID's legal names it logs. The one
// matcher for signers' names.
//
// Names are compared folded (records/text_fold.h: case and diacritics
// gone, so OCR's "Barksjé" and the page's "Barksjö" meet), with a few
// letter errors allowed for long names and the word order ignored
// ("Johansson Carola").
#ifndef FINSAM_RECORDS_SIGNER_MATCH_H_
#define FINSAM_RECORDS_SIGNER_MATCH_H_

#include <string>
#include <vector>

namespace finsam::records {

struct PrintedName {
  std::string name;
  std::string under;  // "board" or "auditors"
};

struct NameMatch {
  std::string signer;  // as on the signature page
  PrintedName printed;
};

struct SignerMatch {
  std::vector<NameMatch> matched;
  std::vector<std::string> unmatched_signers;  // signed, not printed
  std::vector<PrintedName> unmatched_printed;  // printed, not signed
};

// Each name is matched at most once, exact folded matches first.
SignerMatch MatchSigners(const std::vector<std::string>& signers,
                         const std::vector<PrintedName>& printed);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_SIGNER_MATCH_H_
