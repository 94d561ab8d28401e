// The CMS SignedData inside a PDF signature's /Contents, read and checked
// with OpenSSL.
//
// Two separate questions, answered separately:
//   digest_valid:    the hash of the bytes the /ByteRange covers, with the
//                    signer's digest algorithm, equals the signed
//                    messageDigest attribute (the document is unchanged);
//   signature_valid: the signer certificate's public key verifies the
//                    signature over the signed attributes (the attributes,
//                    and so the digest, are the signer's).
// Neither says who the signer is: the certificate chain is not validated
// (that needs trust anchors and revocation data, not available offline).
//
// Total over untrusted input: garbage gives `parsed == false` and a
// warning; OpenSSL's error queue is cleared before returning.
#ifndef FINSAM_SIGNATURES_CMS_SIGNATURE_H_
#define FINSAM_SIGNATURES_CMS_SIGNATURE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam::signatures {

struct CertificateInfo {
  std::string subject;  // RFC 2253: "CN=Anna Lindqvist,O=...,C=SE"
  std::string common_name;
  std::string organization;
  std::string country;
  std::string serial_number;  // SERIALNUMBER attribute of the subject
  std::string issuer;         // RFC 2253
  std::string serial;         // the certificate's serial, hex
  std::string not_before;     // ISO 8601 UTC
  std::string not_after;
  bool self_signed = false;  // issued by its own key
};

struct CmsCheck {
  bool parsed = false;       // a CMS SignedData with one signer was read
  std::string content_type;  // of the encapsulated content, e.g. "pkcs7-data"
  int signer_count = 0;
  std::string digest_algorithm;           // "SHA256"
  std::string signature_algorithm;        // "RSA", "rsassaPss", "ECDSA"...
  std::optional<CertificateInfo> signer;  // nullopt: certificate not embedded
  bool has_signed_attributes = false;
  std::string signing_time;     // signingTime attribute, ISO UTC; "" if absent
  std::string message_digest;   // messageDigest attribute, hex
  std::string document_digest;  // computed over the covered bytes, hex
  std::optional<bool> digest_valid;     // nullopt: could not be decided
  std::optional<bool> signature_valid;  // nullopt: could not be decided
  std::vector<std::string> warnings;
};

// Reads `der` (trailing zero padding allowed) and checks it against the
// concatenation of `covered` (the /ByteRange spans, in order).
CmsCheck CheckDetachedCms(std::string_view der,
                          const std::vector<std::string_view>& covered);

}  // namespace finsam::signatures

#endif  // FINSAM_SIGNATURES_CMS_SIGNATURE_H_
