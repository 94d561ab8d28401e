// The record's signatures completed with what only the PDF shows.
//
// records::BuildRecord fills `signatures.visma` (the signature page's text)
// and `signatures.printed` (names under the signature headings) from text.
// This adds:
//   pdf[]            every digital signature (pdf_signatures.h), with
//                    `covers_whole_file`, `digest_valid`, `signature_valid`
//                    and `chain_validated: false` (never claimed offline);
//   visma.stamp      pages with the Visma stamp, verification link and code;
//   visma.signature_pages, visma.pages_before_actual / _agrees;
//   match            signers of the Visma page and of other services'
//                    evidence pages vs printed names
//                    (records/signer_match.h);
// and a `warnings[]` entry for each problem found (malformed signature
// dictionaries, a digest that does not match, changes after signing, a
// stated page count that is wrong, unmatched names).
#ifndef FINSAM_SIGNATURES_SIGNATURE_RECORD_H_
#define FINSAM_SIGNATURES_SIGNATURE_RECORD_H_

#include <string>
#include <vector>

#include "records/report_record.h"
#include "signatures/pdf_signatures.h"
#include "signatures/visma_evidence.h"

namespace finsam::signatures {

// One pdf[] entry.
records::ReportRecord::PdfSignature PdfSignatureOf(
    const PdfSignature& signature);

// Completes `record` (a records::BuildRecord result) as described above.
// REQUIRES: `record` is not null.
void AddSignatureEvidence(const PdfSignatures& pdf,
                          const std::vector<PageEvidence>& pages,
                          records::ReportRecord* record);

// The signatures as text for people (`signatures --format text`).
std::string SignaturesText(const records::ReportRecord::Signatures& signatures);

}  // namespace finsam::signatures

#endif  // FINSAM_SIGNATURES_SIGNATURE_RECORD_H_
