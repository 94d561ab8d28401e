#include "signatures/signature_record.h"

#include <cctype>
#include <sstream>
#include <utility>

#include "signatures/signer_match.h"

namespace finsam::signatures {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kChainNote =
    "certificate chain not validated (offline: no trust anchors or "
    "revocation data); digest_valid and signature_valid say the file is the "
    "one the certificate's key signed, not who holds that key";

void Warn(Json* record, const std::string& code, const std::string& message,
          int page = 0) {
  Json w;
  w["code"] = code;
  w["message"] = message;
  if (page > 0) w["page"] = page;
  if (!record->contains("warnings") || !(*record)["warnings"].is_array()) {
    (*record)["warnings"] = Json::array();
  }
  (*record)["warnings"].push_back(std::move(w));
}

std::string Str(const Json& object, const char* key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

int Int(const Json& object, const char* key) {
  if (!object.is_object()) return 0;
  auto it = object.find(key);
  return it != object.end() && it->is_number_integer() ? it->get<int>() : 0;
}

// Case-insensitive; a shortened id (a prefix of at least 8 characters)
// counts as the same.
bool SameId(std::string a, std::string b) {
  for (std::string* s : {&a, &b}) {
    for (char& c : *s) c = static_cast<char>(std::tolower(c));
  }
  if (a.size() > b.size()) std::swap(a, b);
  return a.size() >= 8 && b.compare(0, a.size(), a) == 0;
}

std::vector<PrintedName> PrintedNames(const Json& printed) {
  std::vector<PrintedName> out;
  for (const char* under : {"board", "auditors"}) {
    if (!printed.is_object() || !printed.contains(under)) continue;
    for (const Json& p : printed[under]) {
      const std::string name = Str(p, "name");
      if (!name.empty()) out.push_back(PrintedName{name, under});
    }
  }
  return out;
}

}  // namespace

Json PdfSignatureJson(const PdfSignature& s) {
  Json j;
  if (!s.field.empty()) j["field"] = s.field;
  if (!s.subfilter.empty()) j["subfilter"] = s.subfilter;
  // The time the signing tool wrote (/M) when it names its zone, else the
  // CMS's signed signingTime (always UTC).
  const std::string time =
      !s.signing_time.empty() ? s.signing_time : s.cms.signing_time;
  if (!time.empty()) j["signing_time"] = time;
  std::string signer = s.cms.signer ? s.cms.signer->common_name : "";
  if (signer.empty()) signer = s.name;
  if (!signer.empty()) j["signer"] = signer;
  j["covers_whole_file"] = s.range.covers_whole_file();
  if (s.cms.digest_valid) j["digest_valid"] = *s.cms.digest_valid;
  if (s.cms.signature_valid) j["signature_valid"] = *s.cms.signature_valid;
  j["chain_validated"] = false;
  j["note"] = kChainNote;
  if (!s.name.empty()) j["name"] = s.name;
  if (!s.filter.empty()) j["filter"] = s.filter;
  if (!s.reason.empty()) j["reason"] = s.reason;
  if (!s.location.empty()) j["location"] = s.location;
  if (!s.cms.signing_time.empty()) j["cms_signing_time"] = s.cms.signing_time;
  if (!s.cms.digest_algorithm.empty()) {
    j["digest_algorithm"] = s.cms.digest_algorithm;
  }
  if (!s.cms.signature_algorithm.empty()) {
    j["signature_algorithm"] = s.cms.signature_algorithm;
  }
  if (s.cms.signer) {
    const CertificateInfo& c = *s.cms.signer;
    Json cert;
    cert["subject"] = c.subject;
    if (!c.common_name.empty()) cert["common_name"] = c.common_name;
    if (!c.organization.empty()) cert["organization"] = c.organization;
    if (!c.country.empty()) cert["country"] = c.country;
    if (!c.serial_number.empty()) cert["serial_number"] = c.serial_number;
    cert["issuer"] = c.issuer;
    if (!c.serial.empty()) cert["serial"] = c.serial;
    if (!c.not_before.empty()) cert["not_before"] = c.not_before;
    if (!c.not_after.empty()) cert["not_after"] = c.not_after;
    cert["self_signed"] = c.self_signed;
    j["certificate"] = std::move(cert);
  }
  if (s.has_byte_range) j["byte_range"] = s.byte_range;
  if (s.range.usable) {
    j["signed_revision_covered"] =
        s.range.starts_at_zero && s.range.hole_is_contents;
    j["bytes_after"] = s.range.bytes_after;
    j["incremental_updates_after"] = s.range.incremental_updates_after;
    if (s.later_signatures > 0) j["later_signatures"] = s.later_signatures;
  }
  const std::vector<std::string> warnings = s.AllWarnings();
  if (!warnings.empty()) j["warnings"] = warnings;
  return j;
}

void AddSignatureEvidence(const PdfSignatures& pdf,
                          const std::vector<PageEvidence>& pages,
                          Json* record) {
  Json sig =
      record->contains("signatures") && (*record)["signatures"].is_object()
          ? (*record)["signatures"]
          : Json::object();

  // Digital signatures.
  for (const std::string& w : pdf.warnings) Warn(record, "pdf_signature", w);
  if (!pdf.signatures.empty()) {
    Json list = Json::array();
    for (const PdfSignature& s : pdf.signatures) {
      const std::string who =
          s.field.empty() ? "signature" : "field " + s.field;
      for (const std::string& w : s.AllWarnings()) {
        Warn(record, "pdf_signature", who + ": " + w);
      }
      if (s.cms.digest_valid.has_value() && !*s.cms.digest_valid) {
        Warn(record, "pdf_signature_digest_mismatch",
             who + ": the signed bytes changed after signing");
      }
      if (s.cms.signature_valid.has_value() && !*s.cms.signature_valid) {
        Warn(
            record, "pdf_signature_invalid",
            who + ": the signature does not verify with the certificate's key");
      }
      // Later signatures are expected appendices; anything beyond them
      // (or bytes after the last signature) changed the file.
      const int unexplained =
          s.range.incremental_updates_after - s.later_signatures;
      if (s.range.usable && s.range.bytes_after > 0 &&
          (unexplained > 0 || s.later_signatures == 0)) {
        Warn(record, "pdf_signature_changes_after_signing",
             who + ": " + std::to_string(s.range.bytes_after) +
                 " bytes appended after signing (" +
                 std::to_string(s.range.incremental_updates_after) +
                 " incremental updates, " + std::to_string(s.later_signatures) +
                 " of them later signatures)");
      }
      list.push_back(PdfSignatureJson(s));
    }
    sig["pdf"] = std::move(list);
  }

  // Visma stamp, signature pages and the stated page count.
  const VismaStamp stamp = FindVismaStamp(pages);
  const std::vector<int> signature_pages = SignaturePages(pages);
  if (!stamp.pages.empty() || sig.contains("visma")) {
    Json& visma = sig["visma"];
    if (!visma.contains("signers")) visma["signers"] = Json::array();
    if (!stamp.pages.empty()) {
      Json st;
      st["pages"] = stamp.pages;
      if (!stamp.verification_url.empty()) {
        st["verification_url"] = stamp.verification_url;
      }
      if (!stamp.verification_code.empty()) {
        st["verification_code"] = stamp.verification_code;
      }
      if (!stamp.document_id.empty()) {
        st["document_id"] = stamp.document_id;
        // The stamp and the signature page name the same document (the
        // stamp may print a shortened id).
        const std::string page_id = Str(visma, "document_id");
        if (!page_id.empty()) {
          const bool agrees = SameId(stamp.document_id, page_id);
          st["document_id_agrees"] = agrees;
          if (!agrees) {
            Warn(record, "visma_document_id_mismatch",
                 "the stamp names document " + stamp.document_id +
                     ", the signature page " + page_id);
          }
        }
      }
      visma["stamp"] = std::move(st);
    }
    if (!signature_pages.empty()) visma["signature_pages"] = signature_pages;
    // The page count is stated on the first signature page.
    int first = Int(visma, "page");
    if (!signature_pages.empty() &&
        (first == 0 || signature_pages.front() < first)) {
      first = signature_pages.front();
    }
    if (auto check = CheckPagesBefore(Int(visma, "pages_before"), first)) {
      visma["pages_before_actual"] = check->actual;
      visma["pages_before_agrees"] = check->agrees;
      if (!check->agrees) {
        Warn(record, "visma_page_count_mismatch",
             "the signature page states " + std::to_string(check->stated) +
                 " pages before it, the file has " +
                 std::to_string(check->actual),
             first);
      }
    }
  }

  // Signers vs printed names.
  std::vector<std::string> signers;
  if (sig.contains("visma")) {
    for (const Json& s : sig["visma"]["signers"]) {
      const std::string name = Str(s, "name");
      if (!name.empty()) signers.push_back(name);
    }
  }
  const std::vector<PrintedName> printed =
      PrintedNames(sig.contains("printed") ? sig["printed"] : Json());
  if (!signers.empty() && !printed.empty()) {
    const SignerMatch match = MatchSigners(signers, printed);
    Json m;
    Json matched = Json::array();
    for (const NameMatch& n : match.matched) {
      Json j;
      j["signer"] = n.signer;
      j["printed"] = n.printed.name;
      j["under"] = n.printed.under;
      matched.push_back(std::move(j));
    }
    m["matched"] = std::move(matched);
    m["unmatched_signers"] = match.unmatched_signers;
    Json unmatched = Json::array();
    for (const PrintedName& p : match.unmatched_printed) {
      Json j;
      j["name"] = p.name;
      j["under"] = p.under;
      unmatched.push_back(std::move(j));
    }
    m["unmatched_printed"] = std::move(unmatched);
    for (const std::string& n : match.unmatched_signers) {
      Warn(record, "signer_unmatched",
           n + " signed but is not printed under a signature heading");
    }
    for (const PrintedName& p : match.unmatched_printed) {
      Warn(record, "signer_unmatched",
           p.name + " is printed under the " +
               (p.under == "board" ? "board's" : "auditors'") +
               " signatures but did not sign on the Visma page");
    }
    sig["match"] = std::move(m);
  }
  if (!sig.empty()) (*record)["signatures"] = std::move(sig);
}

std::string SignaturesText(const Json& sig) {
  std::ostringstream out;
  auto yes_no = [](const Json& j, const char* key) -> std::string {
    if (!j.contains(key) || !j[key].is_boolean()) return "unknown";
    return j[key].get<bool>() ? "yes" : "no";
  };
  if (!sig.is_object() || sig.empty()) {
    out << "No signatures found (no digital signature, Visma stamp or "
           "signature page).\n";
    return out.str();
  }
  if (sig.contains("pdf")) {
    int n = 0;
    for (const Json& p : sig["pdf"]) {
      out << "Digital signature " << ++n;
      if (p.contains("field")) out << " (field " << Str(p, "field") << ")";
      out << "\n";
      if (p.contains("subfilter"))
        out << "  type:            " << Str(p, "subfilter") << "\n";
      if (p.contains("signer"))
        out << "  signer:          " << Str(p, "signer") << "\n";
      if (p.contains("certificate")) {
        out << "  certificate:     " << Str(p["certificate"], "subject")
            << "\n";
        out << "  issued by:       " << Str(p["certificate"], "issuer") << "\n";
      }
      if (p.contains("signing_time"))
        out << "  signing time:    " << Str(p, "signing_time") << "\n";
      out << "  digest valid:    " << yes_no(p, "digest_valid") << "\n";
      out << "  signature valid: " << yes_no(p, "signature_valid") << "\n";
      out << "  whole file:      " << yes_no(p, "covers_whole_file");
      if (p.contains("bytes_after") && p["bytes_after"].get<int64_t>() > 0) {
        out << " (" << p["bytes_after"].get<int64_t>()
            << " bytes appended after signing, "
            << p["incremental_updates_after"].get<int>()
            << " incremental updates";
        if (p.contains("later_signatures")) {
          out << ", " << p["later_signatures"].get<int>()
              << " of them later signatures";
        }
        out << ")";
      }
      out << "\n  chain:           not validated (offline)\n";
      if (p.contains("warnings")) {
        for (const Json& w : p["warnings"]) {
          out << "  warning:         " << w.get<std::string>() << "\n";
        }
      }
    }
  } else {
    out << "No digital signature.\n";
  }
  if (sig.contains("visma")) {
    const Json& v = sig["visma"];
    out << "Visma Sign\n";
    if (v.contains("stamp")) {
      out << "  stamp on pages:  ";
      bool first = true;
      for (const Json& p : v["stamp"]["pages"]) {
        out << (first ? "" : ", ") << p.get<int>();
        first = false;
      }
      out << "\n";
      if (v["stamp"].contains("verification_url")) {
        out << "  verify at:       " << Str(v["stamp"], "verification_url")
            << "\n";
      }
      if (v["stamp"].contains("verification_code")) {
        out << "  code:            " << Str(v["stamp"], "verification_code")
            << "\n";
      }
    }
    if (v.contains("page"))
      out << "  signature page:  " << Int(v, "page") << "\n";
    if (v.contains("pages_before")) {
      out << "  pages before:    " << Int(v, "pages_before") << " stated";
      if (v.contains("pages_before_actual")) {
        out << ", " << Int(v, "pages_before_actual") << " in the file ("
            << (v["pages_before_agrees"].get<bool>() ? "agrees" : "DISAGREES")
            << ")";
      }
      out << "\n";
    }
    for (const Json& s : v["signers"]) {
      out << "  signer:          " << Str(s, "name");
      if (s.contains("time")) out << ", " << Str(s, "time");
      if (s.contains("country")) out << " (" << Str(s, "country") << ")";
      out << "\n";
      if (s.contains("company"))
        out << "    company:       " << Str(s, "company") << "\n";
    }
  }
  if (sig.contains("match")) {
    const Json& m = sig["match"];
    out << "Signers vs printed names\n";
    for (const Json& j : m["matched"]) {
      out << "  matched:         " << Str(j, "signer") << " = "
          << Str(j, "printed") << " (" << Str(j, "under") << ")\n";
    }
    for (const Json& j : m["unmatched_signers"]) {
      out << "  not printed:     " << j.get<std::string>() << "\n";
    }
    for (const Json& j : m["unmatched_printed"]) {
      out << "  did not sign:    " << Str(j, "name") << " (" << Str(j, "under")
          << ")\n";
    }
  }
  return out.str();
}

}  // namespace finsam::signatures
