#include "signatures/signature_record.h"

#include <cctype>
#include <set>
#include <sstream>
#include <utility>

#include "records/signer_match.h"
#include "records/text_fold.h"

namespace finsam::signatures {
namespace {

using Record = records::ReportRecord;
using records::MatchSigners;
using records::NameMatch;
using records::PrintedName;
using records::SignerMatch;

constexpr const char* kChainNote =
    "certificate chain not validated (offline: no trust anchors or "
    "revocation data); digest_valid and signature_valid say the file is the "
    "one the certificate's key signed, not who holds that key";

// Case-insensitive; a shortened id (a prefix of at least 8 characters)
// counts as the same.
bool SameId(std::string a, std::string b) {
  for (std::string* s : {&a, &b}) {
    for (char& c : *s) c = static_cast<char>(std::tolower(c));
  }
  if (a.size() > b.size()) std::swap(a, b);
  return a.size() >= 8 && b.compare(0, a.size(), a) == 0;
}

// Each printed name once. An auditor who signs under the board's
// signatures too ("Auktoriserad revisor", brf-malmohus17-2021-2022) is one
// of the auditors, by that role or by signing the audit report as well.
std::vector<PrintedName> PrintedNames(const Record::Printed& printed) {
  std::set<std::string> auditors, seen;
  for (const Record::PrintedSigner& p : printed.auditors) {
    auditors.insert(records::Fold(p.name));
  }
  std::vector<PrintedName> out;
  for (const Record::PrintedSigner& p : printed.board) {
    const std::string key = records::Fold(p.name);
    if (!p.name.empty() && seen.insert(key).second) {
      const bool auditor =
          auditors.count(key) > 0 ||
          records::Fold(p.role).find("revisor") != std::string::npos;
      out.push_back(PrintedName{p.name, auditor ? "auditors" : "board"});
    }
  }
  for (const Record::PrintedSigner& p : printed.auditors) {
    if (!p.name.empty() && seen.insert(records::Fold(p.name)).second) {
      out.push_back(PrintedName{p.name, "auditors"});
    }
  }
  return out;
}

}  // namespace

Record::PdfSignature PdfSignatureOf(const PdfSignature& s) {
  Record::PdfSignature out;
  out.field = s.field;
  out.subfilter = s.subfilter;
  // The time the signing tool wrote (/M) when it names its zone, else the
  // CMS's signed signingTime (always UTC).
  out.signing_time =
      !s.signing_time.empty() ? s.signing_time : s.cms.signing_time;
  out.signer = s.cms.signer ? s.cms.signer->common_name : "";
  if (out.signer.empty()) out.signer = s.name;
  out.covers_whole_file = s.range.covers_whole_file();
  out.digest_valid = s.cms.digest_valid;
  out.signature_valid = s.cms.signature_valid;
  out.chain_validated = false;
  out.note = kChainNote;
  out.name = s.name;
  out.filter = s.filter;
  out.reason = s.reason;
  out.location = s.location;
  out.cms_signing_time = s.cms.signing_time;
  out.digest_algorithm = s.cms.digest_algorithm;
  out.signature_algorithm = s.cms.signature_algorithm;
  if (s.cms.signer) {
    const CertificateInfo& c = *s.cms.signer;
    out.certificate = Record::Certificate{
        c.subject, c.common_name, c.organization, c.country,   c.serial_number,
        c.issuer,  c.serial,      c.not_before,   c.not_after, c.self_signed};
  }
  if (s.has_byte_range) out.byte_range = s.byte_range;
  if (s.range.usable) {
    out.range = Record::SignedRange{
        s.range.starts_at_zero && s.range.hole_is_contents, s.range.bytes_after,
        s.range.incremental_updates_after, s.later_signatures};
  }
  out.warnings = s.AllWarnings();
  return out;
}

void AddSignatureEvidence(const PdfSignatures& pdf,
                          const std::vector<PageEvidence>& pages,
                          Record* record) {
  Record::Signatures& sig = record->signatures;

  // Digital signatures.
  for (const std::string& w : pdf.warnings) record->Warn("pdf_signature", w);
  for (const PdfSignature& s : pdf.signatures) {
    const std::string who = s.field.empty() ? "signature" : "field " + s.field;
    for (const std::string& w : s.AllWarnings()) {
      record->Warn("pdf_signature", who + ": " + w);
    }
    if (s.cms.digest_valid.has_value() && !*s.cms.digest_valid) {
      record->Warn("pdf_signature_digest_mismatch",
                   who + ": the signed bytes changed after signing");
    }
    if (s.cms.signature_valid.has_value() && !*s.cms.signature_valid) {
      record->Warn(
          "pdf_signature_invalid",
          who + ": the signature does not verify with the certificate's key");
    }
    // Later signatures are expected appendices; anything beyond them
    // (or bytes after the last signature) changed the file.
    const int unexplained =
        s.range.incremental_updates_after - s.later_signatures;
    if (s.range.usable && s.range.bytes_after > 0 &&
        (unexplained > 0 || s.later_signatures == 0)) {
      record->Warn("pdf_signature_changes_after_signing",
                   who + ": " + std::to_string(s.range.bytes_after) +
                       " bytes appended after signing (" +
                       std::to_string(s.range.incremental_updates_after) +
                       " incremental updates, " +
                       std::to_string(s.later_signatures) +
                       " of them later signatures)");
    }
    sig.pdf.push_back(PdfSignatureOf(s));
  }

  // Visma stamp, signature pages and the stated page count.
  const VismaStamp stamp = FindVismaStamp(pages);
  const std::vector<int> signature_pages = SignaturePages(pages);
  if (!stamp.pages.empty() || sig.visma) {
    if (!sig.visma) sig.visma = Record::Visma{};
    Record::Visma& visma = *sig.visma;
    if (!stamp.pages.empty()) {
      Record::VismaStamp st;
      st.pages = stamp.pages;
      st.verification_url = stamp.verification_url;
      st.verification_code = stamp.verification_code;
      st.document_id = stamp.document_id;
      // The stamp and the signature page name the same document (the
      // stamp may print a shortened id).
      if (!stamp.document_id.empty() && !visma.document_id.empty()) {
        const bool agrees = SameId(stamp.document_id, visma.document_id);
        st.document_id_agrees = agrees;
        if (!agrees) {
          record->Warn("visma_document_id_mismatch",
                       "the stamp names document " + stamp.document_id +
                           ", the signature page " + visma.document_id);
        }
      }
      visma.stamp = std::move(st);
    }
    visma.signature_pages = signature_pages;
    // The page count is stated on the first signature page.
    int first = visma.page;
    if (!signature_pages.empty() &&
        (first == 0 || signature_pages.front() < first)) {
      first = signature_pages.front();
    }
    if (auto check = CheckPagesBefore(visma.pages_before, first)) {
      visma.pages_before_actual = check->actual;
      visma.pages_before_agrees = check->agrees;
      if (!check->agrees) {
        record->Warn("visma_page_count_mismatch",
                     "the signature page states " +
                         std::to_string(check->stated) +
                         " pages before it, the file has " +
                         std::to_string(check->actual),
                     first);
      }
    }
  }

  // Signers (Visma's page, other services' evidence pages: the e-ID's
  // legal name where the page gives it) vs printed names. One who signed
  // two merged files (the report and the audit report) is one signer.
  std::vector<std::string> signers;
  std::set<std::string> seen;
  auto add_signer = [&](const std::string& name) {
    if (!name.empty() && seen.insert(records::Fold(name)).second) {
      signers.push_back(name);
    }
  };
  if (sig.visma) {
    for (const Record::VismaSigner& s : sig.visma->signers) add_signer(s.name);
  }
  for (const records::EvidencePages& e : sig.evidence) {
    for (const records::EvidenceSigner& s : e.signers) {
      add_signer(s.legal_name.empty() ? s.name : s.legal_name);
    }
  }
  const std::vector<PrintedName> printed = PrintedNames(sig.printed);
  if (!signers.empty() && !printed.empty()) {
    const SignerMatch match = MatchSigners(signers, printed);
    Record::SignerMatch m;
    for (const NameMatch& n : match.matched) {
      m.matched.push_back({n.signer, n.printed.name, n.printed.under});
    }
    m.unmatched_signers = match.unmatched_signers;
    for (const PrintedName& p : match.unmatched_printed) {
      m.unmatched_printed.push_back({p.name, p.under});
    }
    for (const std::string& n : match.unmatched_signers) {
      record->Warn("signer_unmatched",
                   n + " signed but is not printed under a signature heading");
    }
    for (const PrintedName& p : match.unmatched_printed) {
      record->Warn("signer_unmatched",
                   p.name + " is printed under the " +
                       (p.under == "board" ? "board's" : "auditors'") +
                       " signatures but is not among the signers of the "
                       "signature or evidence pages");
    }
    sig.match = std::move(m);
  }
}

std::string SignaturesText(const Record::Signatures& sig) {
  std::ostringstream out;
  auto yes_no = [](const std::optional<bool>& v) -> std::string {
    if (!v) return "unknown";
    return *v ? "yes" : "no";
  };
  if (sig.empty()) {
    out << "No signatures found (no digital signature, Visma stamp or "
           "signature page).\n";
    return out.str();
  }
  if (!sig.pdf.empty()) {
    int n = 0;
    for (const Record::PdfSignature& p : sig.pdf) {
      out << "Digital signature " << ++n;
      if (!p.field.empty()) out << " (field " << p.field << ")";
      out << "\n";
      if (!p.subfilter.empty())
        out << "  type:            " << p.subfilter << "\n";
      if (!p.signer.empty()) out << "  signer:          " << p.signer << "\n";
      if (p.certificate) {
        out << "  certificate:     " << p.certificate->subject << "\n";
        out << "  issued by:       " << p.certificate->issuer << "\n";
      }
      if (!p.signing_time.empty())
        out << "  signing time:    " << p.signing_time << "\n";
      out << "  digest valid:    " << yes_no(p.digest_valid) << "\n";
      out << "  signature valid: " << yes_no(p.signature_valid) << "\n";
      out << "  whole file:      " << yes_no(p.covers_whole_file);
      if (p.range && p.range->bytes_after > 0) {
        out << " (" << p.range->bytes_after << " bytes appended after signing, "
            << p.range->incremental_updates_after << " incremental updates";
        if (p.range->later_signatures > 0) {
          out << ", " << p.range->later_signatures
              << " of them later signatures";
        }
        out << ")";
      }
      out << "\n  chain:           not validated (offline)\n";
      for (const std::string& w : p.warnings) {
        out << "  warning:         " << w << "\n";
      }
    }
  } else {
    out << "No digital signature.\n";
  }
  if (sig.visma) {
    const Record::Visma& v = *sig.visma;
    out << "Visma Sign\n";
    if (v.stamp) {
      out << "  stamp on pages:  ";
      bool first = true;
      for (int p : v.stamp->pages) {
        out << (first ? "" : ", ") << p;
        first = false;
      }
      out << "\n";
      if (!v.stamp->verification_url.empty()) {
        out << "  verify at:       " << v.stamp->verification_url << "\n";
      }
      if (!v.stamp->verification_code.empty()) {
        out << "  code:            " << v.stamp->verification_code << "\n";
      }
    }
    if (v.page > 0) out << "  signature page:  " << v.page << "\n";
    if (v.pages_before > 0) {
      out << "  pages before:    " << v.pages_before << " stated";
      if (v.pages_before_actual) {
        out << ", " << *v.pages_before_actual << " in the file ("
            << (v.pages_before_agrees.value_or(false) ? "agrees" : "DISAGREES")
            << ")";
      }
      out << "\n";
    }
    for (const Record::VismaSigner& s : v.signers) {
      out << "  signer:          " << s.name;
      if (!s.time.empty()) out << ", " << s.time;
      if (!s.country.empty()) out << " (" << s.country << ")";
      out << "\n";
      if (!s.company.empty()) out << "    company:       " << s.company << "\n";
    }
  }
  if (sig.match) {
    const Record::SignerMatch& m = *sig.match;
    out << "Signers vs printed names\n";
    for (const Record::NameMatch& j : m.matched) {
      out << "  matched:         " << j.signer << " = " << j.printed << " ("
          << j.under << ")\n";
    }
    for (const std::string& j : m.unmatched_signers) {
      out << "  not printed:     " << j << "\n";
    }
    for (const Record::PrintedName& j : m.unmatched_printed) {
      out << "  did not sign:    " << j.name << " (" << j.under << ")\n";
    }
  }
  return out.str();
}

}  // namespace finsam::signatures
