// Signed PDFs for tests: a throw-away self-signed certificate made with
// OpenSSL at test time, and an incremental update that adds a signed
// signature field to a MiniPdf (as a signing tool would: /ByteRange over
// the whole file but the /Contents hex string, CMS detached).
#ifndef FINSAM_TESTS_TESTING_SIGNED_PDF_H_
#define FINSAM_TESTS_TESTING_SIGNED_PDF_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace finsam::testing {

// A self-signed RSA certificate and its key, in memory only.
class TestSigner {
 public:
  // Subject CN=`common_name`, O=Testförbundet, C=SE. nullptr if OpenSSL
  // fails.
  static std::unique_ptr<TestSigner> Create(const std::string& common_name);
  ~TestSigner();
  TestSigner(const TestSigner&) = delete;
  TestSigner& operator=(const TestSigner&) = delete;

  // DER CMS SignedData over `data`, detached, SHA-256, with signed
  // attributes (and ESS signingCertificateV2 when `cades`).
  std::string SignDetached(const std::vector<std::string_view>& data,
                           bool cades) const;
  // DER RFC 3161 timestamp token (a CMS SignedData over a TSTInfo whose
  // messageImprint is the SHA-256 of `data`), issued by this certificate,
  // which then carries the timeStamping extended key usage.
  std::string Timestamp(const std::vector<std::string_view>& data) const;

 private:
  struct Keys;
  explicit TestSigner(std::unique_ptr<Keys> keys);
  std::unique_ptr<Keys> keys_;
};

struct SignOptions {
  std::string field = "Signature1";
  // or ETSI.CAdES.detached, or ETSI.RFC3161 (a document timestamp)
  std::string subfilter = "adbe.pkcs7.detached";
  std::string name = "Test Signer";                  // /Name
  std::string pdf_time = "D:20240327140211+01'00'";  // /M
  size_t contents_bytes = 8192;  // room for the CMS in the /Contents string
};

// `pdf` (a MiniPdf: catalog 1 0 R, pages 2 0 R, classic xref) with an
// incremental update adding a signature field signed by `signer`.
std::string SignPdf(const std::string& pdf, const TestSigner& signer,
                    const SignOptions& options = SignOptions());

// `pdf` with one more incremental update after it (a new /Info
// dictionary), as an editor saving the file would append.
std::string AppendIncrementalUpdate(const std::string& pdf);

// Rewrites the first /ByteRange array at or after `from` in place with
// `numbers`, padded to the array's original length so no offset moves.
// False if there is none or they do not fit.
bool RewriteByteRange(std::string* pdf, const std::vector<int64_t>& numbers,
                      size_t from = 0);

}  // namespace finsam::testing

#endif  // FINSAM_TESTS_TESTING_SIGNED_PDF_H_
