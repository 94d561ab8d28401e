// The signature page Visma Sign appends to a signed PDF, in both layouts.
//
// As Visma prints it (../shared/spec/visma.md): one row per signer, the
// e-ID's legal name, UTC time, country and hash as cells of one line, the
// company on the line below, blocks in one column or two; OCR of a scan
// often keeps only the names in capitals (no time):
//
//   Detta dokument innehåller 24 sidor före denna sida
//   KARIN ELISABET LUNDQVIST   2025-02-21 13:05:42 UTC   SE   5261ee11…
//   Company - Yritys - Företag - Selskap - Virksomhed: Nora kommun
//
// The block layout of the project's older fixtures:
//
//   Signature page / Allekirjoitussivu / Signatursida / ...
//   Detta dokument innehåller 5 sidor före denna sida
//   Anna Lindqvist
//   Ordförande, Samordningsförbundet Exempelbygd
//   Company - Yritys - Företag - Selskap - Virksomhed: Samordningsförbundet ...
//   Authentication - ... : BankID (SE)
//   Signed - Allekirjoitettu - Signerat - ...: 2024-03-27 14:02:11 UTC (SE)
#ifndef FINSAM_RECORDS_VISMA_SIGNATURE_PAGE_H_
#define FINSAM_RECORDS_VISMA_SIGNATURE_PAGE_H_

#include <optional>
#include <string>
#include <vector>

#include "records/record_text.h"

namespace finsam::records {

struct VismaSigner {
  std::string name;
  std::string role;          // "Ordförande" (before the comma), if printed
  std::string organisation;  // after the comma on the role line
  // ISO 8601 with zone: 2024-03-27T14:02:11Z; "" when OCR lost it.
  std::string time;
  std::string country;  // "SE"
  std::string company;
  std::string authentication;  // "BankID"
  // The signature's hash or fingerprint when printed ("Hash: 3f2a...",
  // or a bare run of 32+ hex digits in the signer's block), lower case.
  std::string hash;
};

struct VismaSignaturePage {
  int page = 0;
  int pages_before = 0;  // 0 when not printed
  std::string document_id;
  std::vector<VismaSigner> signers;
};

// True for the lines that open a Visma signature page (its multilingual
// title, "Detta dokument innehåller N sidor före denna sida").
bool IsVismaPageMarker(const std::string& line);

// The last Visma signature page in `text`, or nullopt.
std::optional<VismaSignaturePage> ParseVismaSignaturePage(
    const RecordText& text);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_VISMA_SIGNATURE_PAGE_H_
