// Evidence pages other e-signing services than Visma append to a signed
// document (../shared/spec/visma.md, "Other e-signing services"): who
// signed, with which e-ID, under which legal name, when.
//
// Scrive's "Verifikat" (one per signed file, so a merged annual report and
// audit report carry two): "Transaktion <number>", the parties under
// "Signerande parter" two to a row in two columns, each as
//   Leif Nilsson (LN)
//   Brf Exempel 17 leif@example.se
//   Namnet som returnerades från svenskt BankID var "LEIF NILSSON"
//   Signerade 2022-11-16 10:56:09 CET (+0100)
// where a quoted name may wrap onto the next line, and the page ends with
// "Detta verifikat är utfärdat av Scrive".
#ifndef FINSAM_RECORDS_EVIDENCE_PAGE_H_
#define FINSAM_RECORDS_EVIDENCE_PAGE_H_

#include <string>
#include <vector>

#include "records/record_text.h"

namespace finsam::records {

struct EvidenceSigner {
  std::string name;          // as the service shows the party
  std::string legal_name;    // as the e-ID returned it ("LEIF NILSSON")
  std::string time;          // ISO 8601 with offset; "" when not printed
  std::string e_id;          // "BankID (SE)"
  std::string organisation;  // the party's company line, "" when none
  bool operator==(const EvidenceSigner&) const = default;
};

struct EvidencePages {
  std::string service;      // "scrive"
  std::string transaction;  // the service's id of the signing
  std::vector<int> pages;   // pages the evidence is printed on
  std::vector<EvidenceSigner> signers;
  bool operator==(const EvidencePages&) const = default;
};

// Every evidence block in the text, in order; empty when there is none.
std::vector<EvidencePages> ParseEvidencePages(const RecordText& text);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_EVIDENCE_PAGE_H_
