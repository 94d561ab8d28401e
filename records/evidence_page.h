// Evidence pages other e-signing services than Visma append to a signed
// document (../shared/spec/visma.md, "Other e-signing services"): who
// signed, with which e-ID, under which legal name, when. One reader per
// layout; each writes times in ISO 8601 with the offset the page gives (or,
// where it prints Swedish local time without one, the Swedish offset of
// that date).
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
//
// Verified's "Verification" (in English): "Transaction ID <id>", the
// parties under "Signing parties" one a row ("Leif Nilsson <TAB>
// leif@example.se <TAB> Action: Sign <TAB> Method: Swedish BankID"), then
// an "Activity log" whose "Document signed by LEIF GÖRAN NILSSON" /
// "Birth date: ..,2022-03-16 16:59:01 CET," gives the e-ID's legal name and
// the time; the legal names are matched to the parties with the signer
// matcher (records/signer_match.h). Ends "Verified ensures that ...".
//
// Verified's later layout, a "Document summary" / "Document history" page
// OCR'd in these archives: an "Activity log" table, one signer a row
// ("1. LEGAL NAME <TAB> Signed <TAB> 12.03.2026 09:37 <TAB> eID <TAB>
// Swedish BankID"), the envelope id after "ENVELOPE ID:" when read; the
// times are taken as Swedish local time.
//
// TellusTalk's (ebox) page, placed FIRST in the file: "Signerat dokument" /
// "via https://min.ebox.nu", the signed file's name and hash, then
// "Signerat av 4:" and per signer the e-ID's name and
// "Signerat med BankID 2024-05-24 08:49 Ref: <uuid>" (Swedish local time).
//
// GetAccept's evidence page (no file in these archives has one; read as
// ../shared/spec/visma.md lists what such pages give: signer, e-ID, time,
// IP, document id): a line naming GetAccept with the document's id
// ("Dokument-ID: <id>", "Document ID: <id>") within the lines around it,
// then per signer a name line and labelled lines in Swedish or English,
// in any order: the time ("Signerat: 2025-03-12 09:41:07 (UTC+01:00)",
// "Signed: ... UTC"; Swedish local time when no zone is printed), the e-ID
// ("Verifierad med: BankID", "Verified with: ..."), the IP address (read
// past) and e-mail addresses. A signer is a name line followed by a time.
// The page ends at "Detta dokument ..." / "This document ..." or the text's
// end.
//
// DocuSign and GetAccept as these archives hold them print no evidence
// page, only a line on every page ("DocuSign Envelope ID: <uuid>",
// "Detta dokument har signerats genom GetAccept"), which the pipeline
// moves into the page furniture: the service and its pages, no signers.
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
  std::string e_id;          // "BankID (SE)", else the method as printed
  std::string organisation;  // the party's company line, "" when none
  bool operator==(const EvidenceSigner&) const = default;
};

struct EvidencePages {
  // "scrive", "verified", "tellustalk", "docusign", "getaccept".
  std::string service;
  std::string transaction;  // the service's id of the signing, "" if none
  std::vector<int> pages;   // pages the evidence (or the stamp) is on
  std::vector<EvidenceSigner> signers;
  bool operator==(const EvidencePages&) const = default;
};

// True when `line` opens a service's evidence page ("Verifikat",
// "Verification", "Signerat dokument", "Document summary", "Document" (over
// "history"), "Activity log", "Transaktion 0922...", "Transaction ID ...",
// "Dokument-ID: ...", a short line naming GetAccept that is not its stamp):
// what follows is the service's, not the report's, so a signature block read
// from the report ends there.
bool IsEvidencePageMarker(const std::string& line);

// Every evidence block in `text`, then the services `furniture` (the page
// furniture the pipeline took out of the text; may be empty) shows only
// by their stamps, in page order; empty when there is none.
std::vector<EvidencePages> ParseEvidencePages(const RecordText& text,
                                              const RecordText& furniture);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_EVIDENCE_PAGE_H_
