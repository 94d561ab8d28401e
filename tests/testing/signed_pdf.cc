#include "tests/testing/signed_pdf.h"

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <cstdlib>

namespace finsam::testing {
namespace {

template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const { Free(p); }
};
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo,
                               Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using MdCtxPtr =
    std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using TsReqPtr = std::unique_ptr<TS_REQ, Deleter<TS_REQ, TS_REQ_free>>;
using TsImprintPtr =
    std::unique_ptr<TS_MSG_IMPRINT,
                    Deleter<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>>;
using AlgorPtr =
    std::unique_ptr<X509_ALGOR, Deleter<X509_ALGOR, X509_ALGOR_free>>;
using TsCtxPtr =
    std::unique_ptr<TS_RESP_CTX, Deleter<TS_RESP_CTX, TS_RESP_CTX_free>>;
using TsRespPtr = std::unique_ptr<TS_RESP, Deleter<TS_RESP, TS_RESP_free>>;
using ObjectPtr =
    std::unique_ptr<ASN1_OBJECT, Deleter<ASN1_OBJECT, ASN1_OBJECT_free>>;

// The number after the last occurrence of `key` at or after `from`.
long long NumberAfter(const std::string& pdf, const std::string& key,
                      size_t from) {
  const size_t at = pdf.find(key, from);
  if (at == std::string::npos) return -1;
  return std::strtoll(pdf.c_str() + at + key.size(), nullptr, 10);
}

std::string XrefEntry(size_t offset) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", offset);
  return buf;
}

}  // namespace

struct TestSigner::Keys {
  EVP_PKEY* key = nullptr;
  X509* cert = nullptr;
  ~Keys() {
    X509_free(cert);
    EVP_PKEY_free(key);
  }
};

TestSigner::TestSigner(std::unique_ptr<Keys> keys) : keys_(std::move(keys)) {}
TestSigner::~TestSigner() = default;

std::unique_ptr<TestSigner> TestSigner::Create(const std::string& common_name) {
  auto keys = std::make_unique<Keys>();
  keys->key = EVP_RSA_gen(2048);
  keys->cert = X509_new();
  if (keys->key == nullptr || keys->cert == nullptr) return nullptr;
  X509* cert = keys->cert;
  X509_set_version(cert, 2);
  ASN1_INTEGER_set(X509_get_serialNumber(cert), 4711);
  X509_gmtime_adj(X509_getm_notBefore(cert), 0);
  X509_gmtime_adj(X509_getm_notAfter(cert), 365L * 24 * 3600);
  X509_set_pubkey(cert, keys->key);
  X509_NAME* name = X509_get_subject_name(cert);
  auto add = [name](const char* field, const std::string& value) {
    X509_NAME_add_entry_by_txt(
        name, field, MBSTRING_UTF8,
        reinterpret_cast<const unsigned char*>(value.c_str()), -1, -1, 0);
  };
  add("C", "SE");
  add("O", "Testförbundet");
  add("CN", common_name);
  X509_set_issuer_name(cert, name);
  // Lets the same test certificate also act as a timestamp authority.
  X509_EXTENSION* eku = X509V3_EXT_conf_nid(nullptr, nullptr, NID_ext_key_usage,
                                            "critical,timeStamping");
  if (eku == nullptr) return nullptr;
  X509_add_ext(cert, eku, -1);
  X509_EXTENSION_free(eku);
  if (X509_sign(cert, keys->key, EVP_sha256()) <= 0) return nullptr;
  return std::unique_ptr<TestSigner>(new TestSigner(std::move(keys)));
}

std::string TestSigner::SignDetached(const std::vector<std::string_view>& data,
                                     bool cades) const {
  std::string content;
  for (std::string_view part : data) content.append(part);
  BioPtr in(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
  int flags = CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP;
  if (cades) flags |= CMS_CADES;
  CmsPtr cms(CMS_sign(keys_->cert, keys_->key, nullptr, in.get(), flags));
  if (!cms) return "";
  unsigned char* der = nullptr;
  const int size = i2d_CMS_ContentInfo(cms.get(), &der);
  if (size <= 0) return "";
  std::string out(reinterpret_cast<char*>(der), static_cast<size_t>(size));
  OPENSSL_free(der);
  return out;
}

std::string TestSigner::Timestamp(
    const std::vector<std::string_view>& data) const {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_size = 0;
  MdCtxPtr md(EVP_MD_CTX_new());
  EVP_DigestInit_ex(md.get(), EVP_sha256(), nullptr);
  for (std::string_view part : data) {
    EVP_DigestUpdate(md.get(), part.data(), part.size());
  }
  EVP_DigestFinal_ex(md.get(), digest, &digest_size);

  // The request a PDF signer would send to its timestamp authority.
  TsReqPtr req(TS_REQ_new());
  TsImprintPtr imprint(TS_MSG_IMPRINT_new());
  AlgorPtr algo(X509_ALGOR_new());
  X509_ALGOR_set0(algo.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
  TS_MSG_IMPRINT_set_algo(imprint.get(), algo.get());  // copies
  TS_MSG_IMPRINT_set_msg(imprint.get(), digest, static_cast<int>(digest_size));
  TS_REQ_set_version(req.get(), 1);
  TS_REQ_set_msg_imprint(req.get(), imprint.get());  // copies
  TS_REQ_set_cert_req(req.get(), 1);
  BioPtr request(BIO_new(BIO_s_mem()));
  i2d_TS_REQ_bio(request.get(), req.get());

  // The authority's answer, signed by this certificate.
  TsCtxPtr ctx(TS_RESP_CTX_new());
  TS_RESP_CTX_set_signer_cert(ctx.get(), keys_->cert);
  TS_RESP_CTX_set_signer_key(ctx.get(), keys_->key);
  TS_RESP_CTX_set_signer_digest(ctx.get(), EVP_sha256());
  ObjectPtr policy(OBJ_txt2obj("1.2.3.4.1", 1));
  TS_RESP_CTX_set_def_policy(ctx.get(), policy.get());  // copies
  TS_RESP_CTX_add_md(ctx.get(), EVP_sha256());
  TS_RESP_CTX_set_serial_cb(
      ctx.get(),
      [](TS_RESP_CTX*, void*) -> ASN1_INTEGER* {
        ASN1_INTEGER* serial = ASN1_INTEGER_new();
        ASN1_INTEGER_set(serial, 42);
        return serial;
      },
      nullptr);
  TsRespPtr response(TS_RESP_create_response(ctx.get(), request.get()));
  if (!response || TS_RESP_get_token(response.get()) == nullptr) return "";
  unsigned char* der = nullptr;
  const int size = i2d_PKCS7(TS_RESP_get_token(response.get()), &der);
  if (size <= 0) return "";
  std::string out(reinterpret_cast<char*>(der), static_cast<size_t>(size));
  OPENSSL_free(der);
  return out;
}

bool RewriteByteRange(std::string* pdf, const std::vector<int64_t>& numbers,
                      size_t from) {
  const size_t start = pdf->find("/ByteRange [", from);
  if (start == std::string::npos) return false;
  const size_t open = start + 11;
  const size_t close = pdf->find(']', open);
  if (close == std::string::npos) return false;
  std::string text = "[";
  for (size_t i = 0; i < numbers.size(); ++i) {
    if (i > 0) text += ' ';
    text += std::to_string(numbers[i]);
  }
  const size_t room = close - open;  // '[' up to, not including, ']'
  if (text.size() > room) return false;
  text.append(room - text.size(), ' ');
  pdf->replace(open, room, text);
  return true;
}

std::string SignPdf(const std::string& pdf, const TestSigner& signer,
                    const SignOptions& options) {
  const long long prev =
      NumberAfter(pdf, "startxref\n", pdf.rfind("startxref"));
  const long long size = NumberAfter(pdf, "/Size ", pdf.rfind("trailer"));
  const std::string field = std::to_string(size);
  const std::string sig = std::to_string(size + 1);
  // Fields of an earlier signature stay in the new AcroForm.
  std::string fields;
  const size_t earlier = pdf.rfind("/Fields [");
  if (earlier != std::string::npos) {
    const size_t from = earlier + 9;
    fields = pdf.substr(from, pdf.find(']', from) - from) + " ";
  }
  std::string out = pdf;
  if (out.back() != '\n') out += '\n';
  const size_t catalog_at = out.size();
  out += "1 0 obj\n<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [" +
         fields + field + " 0 R] /SigFlags 3 >> >>\nendobj\n";
  const size_t field_at = out.size();
  out += field + " 0 obj\n<< /Type /Annot /Subtype /Widget /FT /Sig /T (" +
         options.field + ") /V " + sig +
         " 0 R /Rect [0 0 0 0] /F 132 /P 4 0 R >>\nendobj\n";
  const size_t sig_at = out.size();
  out += sig + " 0 obj\n<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /" +
         options.subfilter + " /Name (" + options.name + ") /M (" +
         options.pdf_time + ") /ByteRange [0 " + std::string(32, '0') +
         "] /Contents <";
  const size_t contents_start = out.size() - 1;  // the '<'
  out += std::string(options.contents_bytes * 2, '0');
  out += ">";
  const size_t contents_end = out.size();  // after the '>'
  out += " >>\nendobj\n";
  const size_t xref = out.size();
  out += "xref\n1 1\n" + XrefEntry(catalog_at) + field + " 2\n" +
         XrefEntry(field_at) + XrefEntry(sig_at);
  out += "trailer\n<< /Size " + std::to_string(size + 2) +
         " /Root 1 0 R /Prev " + std::to_string(prev) + " >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";

  const int64_t total = static_cast<int64_t>(out.size());
  RewriteByteRange(&out,
                   {0, static_cast<int64_t>(contents_start),
                    static_cast<int64_t>(contents_end),
                    total - static_cast<int64_t>(contents_end)},
                   sig_at);
  const std::string_view all(out);
  const std::vector<std::string_view> covered = {all.substr(0, contents_start),
                                                 all.substr(contents_end)};
  const std::string der =
      options.subfilter == "ETSI.RFC3161"
          ? signer.Timestamp(covered)
          : signer.SignDetached(covered,
                                options.subfilter == "ETSI.CAdES.detached");
  static const char kDigits[] = "0123456789ABCDEF";
  for (size_t i = 0; i < der.size() && i < options.contents_bytes; ++i) {
    const auto byte = static_cast<unsigned char>(der[i]);
    out[contents_start + 1 + 2 * i] = kDigits[byte >> 4];
    out[contents_start + 2 + 2 * i] = kDigits[byte & 15];
  }
  return out;
}

std::string AppendIncrementalUpdate(const std::string& pdf) {
  const size_t trailer = pdf.rfind("trailer");
  const long long prev =
      NumberAfter(pdf, "startxref\n", pdf.rfind("startxref"));
  const long long size = NumberAfter(pdf, "/Size ", trailer);
  const long long root = NumberAfter(pdf, "/Root ", trailer);
  std::string out = pdf;
  const size_t info_at = out.size();
  const std::string info = std::to_string(size);
  out += info + " 0 obj\n<< /Producer (finsam test editor) >>\nendobj\n";
  const size_t xref = out.size();
  out += "xref\n" + info + " 1\n" + XrefEntry(info_at);
  out += "trailer\n<< /Size " + std::to_string(size + 1) + " /Root " +
         std::to_string(root) + " 0 R /Info " + info + " 0 R /Prev " +
         std::to_string(prev) + " >>\nstartxref\n" + std::to_string(xref) +
         "\n%%EOF\n";
  return out;
}

}  // namespace finsam::testing
