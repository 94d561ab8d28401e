#include "signatures/cms_signature.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

#include <climits>
#include <cstdio>
#include <ctime>
#include <memory>

namespace finsam::signatures {
namespace {

// RAII for OpenSSL's C objects.
template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const { Free(p); }
};
using CmsPtr = std::unique_ptr<CMS_ContentInfo,
                               Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using MdCtxPtr =
    std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using TstInfoPtr =
    std::unique_ptr<TS_TST_INFO, Deleter<TS_TST_INFO, TS_TST_INFO_free>>;

void FreeCertStack(STACK_OF(X509) * certs) {
  sk_X509_pop_free(certs, X509_free);
}
using CertStackPtr =
    std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), FreeCertStack>>;

// Clears OpenSSL's thread-local error queue when a check ends, so one
// file's failures do not show up in the next file's diagnostics.
struct ErrorQueueGuard {
  ~ErrorQueueGuard() { ERR_clear_error(); }
};

std::string Hex(const unsigned char* data, size_t size) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (size_t i = 0; i < size; ++i) {
    out += kDigits[data[i] >> 4];
    out += kDigits[data[i] & 15];
  }
  return out;
}

std::string IsoTime(const ASN1_TIME* time) {
  if (time == nullptr) return "";
  std::tm tm{};
  if (ASN1_TIME_to_tm(time, &tm) != 1) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ",
                tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                tm.tm_min, tm.tm_sec);
  return buf;
}

std::string NameText(const X509_NAME* name) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio || name == nullptr) return "";
  // RFC 2253 order and escaping, but UTF-8 kept as it is (Swedish names).
  if (X509_NAME_print_ex(bio.get(), name, 0,
                         XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
    return "";
  }
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return size > 0 ? std::string(data, static_cast<size_t>(size)) : "";
}

std::string NameEntry(const X509_NAME* name, int nid) {
  if (name == nullptr) return "";
  const int index = X509_NAME_get_index_by_NID(name, nid, -1);
  if (index < 0) return "";
  const X509_NAME_ENTRY* entry = X509_NAME_get_entry(name, index);
  unsigned char* utf8 = nullptr;
  const int size = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(entry));
  if (size < 0) return "";
  std::string out(reinterpret_cast<char*>(utf8), static_cast<size_t>(size));
  OPENSSL_free(utf8);
  return out;
}

CertificateInfo DescribeCertificate(X509* cert) {
  CertificateInfo info;
  const X509_NAME* subject = X509_get_subject_name(cert);
  info.subject = NameText(subject);
  info.common_name = NameEntry(subject, NID_commonName);
  info.organization = NameEntry(subject, NID_organizationName);
  info.country = NameEntry(subject, NID_countryName);
  info.serial_number = NameEntry(subject, NID_serialNumber);
  info.issuer = NameText(X509_get_issuer_name(cert));
  BignumPtr serial(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr));
  if (serial) {
    char* hex = BN_bn2hex(serial.get());
    if (hex != nullptr) {
      info.serial = hex;
      OPENSSL_free(hex);
    }
  }
  info.not_before = IsoTime(X509_get0_notBefore(cert));
  info.not_after = IsoTime(X509_get0_notAfter(cert));
  info.self_signed = X509_self_signed(cert, 1) == 1;
  return info;
}

// Hash of the concatenated parts, or "" when the digest is unknown.
std::string DigestHex(const EVP_MD* md,
                      const std::vector<std::string_view>& parts) {
  MdCtxPtr ctx(EVP_MD_CTX_new());
  if (!ctx || md == nullptr || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1) {
    return "";
  }
  for (std::string_view part : parts) {
    if (EVP_DigestUpdate(ctx.get(), part.data(), part.size()) != 1) return "";
  }
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_DigestFinal_ex(ctx.get(), out, &size) != 1) return "";
  return Hex(out, size);
}

std::string ObjectName(const ASN1_OBJECT* object) {
  if (object == nullptr) return "";
  const int nid = OBJ_obj2nid(object);
  if (nid != NID_undef) return OBJ_nid2sn(nid);
  char buf[128];
  OBJ_obj2txt(buf, sizeof buf, object, 1);
  return buf;
}

std::string SigningTime(CMS_SignerInfo* si) {
  const int index = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
  if (index < 0) return "";
  X509_ATTRIBUTE* attribute = CMS_signed_get_attr(si, index);
  ASN1_TYPE* value = X509_ATTRIBUTE_get0_type(attribute, 0);
  if (value == nullptr) return "";
  if (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME) {
    return "";
  }
  return IsoTime(value->value.utctime);
}

std::string MessageDigest(CMS_SignerInfo* si) {
  const auto* digest =
      static_cast<const ASN1_OCTET_STRING*>(CMS_signed_get0_data_by_OBJ(
          si, OBJ_nid2obj(NID_pkcs9_messageDigest), -3, V_ASN1_OCTET_STRING));
  if (digest == nullptr) return "";
  return Hex(ASN1_STRING_get0_data(digest),
             static_cast<size_t>(ASN1_STRING_length(digest)));
}

// An RFC 3161 document timestamp: the TSTInfo's messageImprint is the
// hash of the covered bytes; the CMS signs the TSTInfo itself.
void CheckTimestamp(CMS_ContentInfo* cms, CMS_SignerInfo* si, const EVP_MD* md,
                    const std::vector<std::string_view>& covered,
                    CmsCheck* out) {
  ASN1_OCTET_STRING** content = CMS_get0_content(cms);
  if (content == nullptr || *content == nullptr) {
    out->warnings.push_back("timestamp token without TSTInfo content");
    return;
  }
  const unsigned char* p = ASN1_STRING_get0_data(*content);
  const long size = ASN1_STRING_length(*content);
  TstInfoPtr tst(d2i_TS_TST_INFO(nullptr, &p, size));
  if (!tst) {
    out->warnings.push_back("timestamp token's TSTInfo cannot be read");
    return;
  }
  out->signing_time = IsoTime(TS_TST_INFO_get_time(tst.get()));
  TS_MSG_IMPRINT* imprint = TS_TST_INFO_get_msg_imprint(tst.get());
  const X509_ALGOR* algo = TS_MSG_IMPRINT_get_algo(imprint);
  const ASN1_OBJECT* algo_object = nullptr;
  X509_ALGOR_get0(&algo_object, nullptr, nullptr, algo);
  const EVP_MD* imprint_md = EVP_get_digestbyobj(algo_object);
  const ASN1_OCTET_STRING* signed_hash = TS_MSG_IMPRINT_get_msg(imprint);
  out->message_digest =
      Hex(ASN1_STRING_get0_data(signed_hash),
          static_cast<size_t>(ASN1_STRING_length(signed_hash)));
  out->document_digest = DigestHex(imprint_md, covered);
  if (!out->document_digest.empty()) {
    out->digest_valid = out->document_digest == out->message_digest;
  }
  // The messageDigest attribute is then over the TSTInfo.
  const std::string tst_digest = DigestHex(
      md, {std::string_view(
              reinterpret_cast<const char*>(ASN1_STRING_get0_data(*content)),
              static_cast<size_t>(size))});
  if (!tst_digest.empty() && tst_digest != MessageDigest(si)) {
    out->signature_valid = false;
  }
}

}  // namespace

CmsCheck CheckDetachedCms(std::string_view der,
                          const std::vector<std::string_view>& covered) {
  ErrorQueueGuard clear_errors;
  CmsCheck out;
  if (der.empty()) {
    out.warnings.push_back("/Contents is empty");
    return out;
  }
  if (der.size() > static_cast<size_t>(LONG_MAX)) {
    out.warnings.push_back("/Contents is too large");
    return out;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
  if (!cms) {
    out.warnings.push_back("/Contents is not a CMS (PKCS #7) structure");
    return out;
  }
  if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
    out.warnings.push_back("/Contents is a CMS structure but not SignedData");
    return out;
  }
  out.content_type = ObjectName(CMS_get0_eContentType(cms.get()));
  STACK_OF(CMS_SignerInfo)* signer_infos = CMS_get0_SignerInfos(cms.get());
  out.signer_count = signer_infos ? sk_CMS_SignerInfo_num(signer_infos) : 0;
  if (out.signer_count < 1) {
    out.warnings.push_back("the CMS SignedData has no signer");
    return out;
  }
  if (out.signer_count > 1) {
    out.warnings.push_back("the CMS SignedData has " +
                           std::to_string(out.signer_count) +
                           " signers; only the first is checked");
  }
  out.parsed = true;
  CMS_SignerInfo* si = sk_CMS_SignerInfo_value(signer_infos, 0);

  X509_ALGOR* digest_algo = nullptr;
  X509_ALGOR* signature_algo = nullptr;
  CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digest_algo, &signature_algo);
  const ASN1_OBJECT* digest_object = nullptr;
  if (digest_algo)
    X509_ALGOR_get0(&digest_object, nullptr, nullptr, digest_algo);
  const ASN1_OBJECT* signature_object = nullptr;
  if (signature_algo) {
    X509_ALGOR_get0(&signature_object, nullptr, nullptr, signature_algo);
  }
  out.digest_algorithm = ObjectName(digest_object);
  out.signature_algorithm = ObjectName(signature_object);
  const EVP_MD* md =
      digest_object ? EVP_get_digestbyobj(digest_object) : nullptr;
  if (md == nullptr) {
    out.warnings.push_back("unknown digest algorithm " + out.digest_algorithm);
  }

  CertStackPtr certs(CMS_get1_certs(cms.get()));
  X509* signer_cert = nullptr;
  for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i) {
    X509* cert = sk_X509_value(certs.get(), i);
    if (CMS_SignerInfo_cert_cmp(si, cert) == 0) {
      signer_cert = cert;
      break;
    }
  }
  if (signer_cert != nullptr) {
    out.signer = DescribeCertificate(signer_cert);
    CMS_SignerInfo_set1_signer_cert(si, signer_cert);
  } else {
    out.warnings.push_back(
        "the signer's certificate is not embedded; the signature cannot be "
        "checked");
  }

  out.has_signed_attributes = CMS_signed_get_attr_count(si) > 0;
  if (out.content_type == "id-smime-ct-TSTInfo") {
    if (signer_cert != nullptr) {
      out.signature_valid = CMS_SignerInfo_verify(si) == 1;
    }
    CheckTimestamp(cms.get(), si, md, covered, &out);
    return out;
  }
  if (!CMS_is_detached(cms.get())) {
    out.warnings.push_back(
        "the CMS carries its own content (not detached); the document "
        "digest is checked against the signed attributes only");
  }
  if (out.has_signed_attributes) {
    out.signing_time = SigningTime(si);
    out.message_digest = MessageDigest(si);
    if (out.message_digest.empty()) {
      out.warnings.push_back("the signed attributes have no messageDigest");
    }
    if (md != nullptr && !covered.empty()) {
      out.document_digest = DigestHex(md, covered);
      if (!out.message_digest.empty() && !out.document_digest.empty()) {
        out.digest_valid = out.document_digest == out.message_digest;
      }
    }
    if (signer_cert != nullptr) {
      out.signature_valid = CMS_SignerInfo_verify(si) == 1;
    }
  } else if (signer_cert != nullptr && !covered.empty()) {
    // Without signed attributes the signature is over the document's
    // digest itself: one verification answers both questions.
    std::string content;
    for (std::string_view part : covered) content.append(part);
    if (content.size() <= static_cast<size_t>(INT_MAX)) {
      BioPtr bio(
          BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
      if (bio) {
        // The chain of the signer is not verified (no trust store).
        const bool ok =
            CMS_verify(cms.get(), nullptr, nullptr, bio.get(), nullptr,
                       CMS_NO_SIGNER_CERT_VERIFY | CMS_BINARY) == 1;
        out.digest_valid = ok;
        out.signature_valid = ok;
      }
    }
  }
  return out;
}

}  // namespace finsam::signatures
