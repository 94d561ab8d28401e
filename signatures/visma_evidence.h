// Visma Sign's printed evidence beyond the signature page's text: the stamp
// on the pages (found by the text pipeline as page furniture) with its
// verification link and code, the pages whose role is "signature-page",
// and the page count the signature page states checked against the pages
// that really come before it.
//
// Pure: what the pipeline found per page in, evidence out.
#ifndef FINSAM_SIGNATURES_VISMA_EVIDENCE_H_
#define FINSAM_SIGNATURES_VISMA_EVIDENCE_H_

#include <optional>
#include <string>
#include <vector>

namespace finsam::signatures {

// One page as the text pipeline saw it.
struct PageEvidence {
  int number = 0;  // 1-based
  bool signature_page = false;
  std::vector<std::string> stamp_lines;  // furniture of kind visma-stamp
};

struct VismaStamp {
  std::vector<int> pages;        // pages carrying the stamp, ascending
  std::string verification_url;  // "https://vismasign.frakt.io/..." if printed
  // The printed verification code ("Verifieringskod: ..."), else the
  // document id.
  std::string verification_code;
  // The document id: the UUID in the link, else "Dokument-ID: ..." as
  // printed (often shortened).
  std::string document_id;
};

// The stamp across `pages`; `pages` empty when no page carries it.
VismaStamp FindVismaStamp(const std::vector<PageEvidence>& pages);

// The pages whose role is "signature-page", ascending.
std::vector<int> SignaturePages(const std::vector<PageEvidence>& pages);

struct PageCountCheck {
  int stated = 0;  // "Detta dokument innehåller N sidor före denna sida"
  int actual = 0;  // pages before the (first) signature page
  bool agrees = false;
};

// `stated` pages before the signature page that starts on page
// `signature_page` (1-based); nullopt when either is unknown (0).
std::optional<PageCountCheck> CheckPagesBefore(int stated, int signature_page);

}  // namespace finsam::signatures

#endif  // FINSAM_SIGNATURES_VISMA_EVIDENCE_H_
