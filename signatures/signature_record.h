// The record's `signatures` object completed with what only the PDF shows.
//
// records::BuildRecord fills `signatures.visma` (the signature page's text)
// and `signatures.printed` (names under the signature headings) from text.
// This adds, in place:
//   pdf[]            every digital signature (pdf_signatures.h), with
//                    `covers_whole_file`, `digest_valid`, `signature_valid`
//                    and `chain_validated: false` (never claimed offline);
//   visma.stamp      pages with the Visma stamp, verification link and code;
//   visma.signature_pages, visma.pages_before_actual / _agrees;
//   match            Visma signers vs printed names (signer_match.h);
// and a `warnings[]` entry for each problem found (malformed signature
// dictionaries, a digest that does not match, changes after signing, a
// stated page count that is wrong, unmatched names).
#ifndef FINSAM_SIGNATURES_SIGNATURE_RECORD_H_
#define FINSAM_SIGNATURES_SIGNATURE_RECORD_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "signatures/pdf_signatures.h"
#include "signatures/visma_evidence.h"

namespace finsam::signatures {

// One pdf[] entry.
nlohmann::ordered_json PdfSignatureJson(const PdfSignature& signature);

// Completes `record` (a records::BuildRecord result) as described above.
void AddSignatureEvidence(const PdfSignatures& pdf,
                          const std::vector<PageEvidence>& pages,
                          nlohmann::ordered_json* record);

// The signatures object as text for people (`signatures --format text`).
std::string SignaturesText(const nlohmann::ordered_json& signatures);

}  // namespace finsam::signatures

#endif  // FINSAM_SIGNATURES_SIGNATURE_RECORD_H_
