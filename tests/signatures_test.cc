// Signed PDFs: byte ranges, CMS checks, signature fields read from
// PDFs signed here with a throw-away self-signed certificate, the verdicts
// compared with Debian's pdfsig, Visma evidence and the signer match.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "records/record_builder.h"
#include "records/record_json.h"
#include "records/signer_match.h"
#include "signatures/byte_range.h"
#include "signatures/cms_signature.h"
#include "signatures/pdf_date.h"
#include "signatures/pdf_signatures.h"
#include "signatures/signature_record.h"
#include "signatures/visma_evidence.h"
#include "tests/testing/files.h"
#include "tests/testing/mini_pdf.h"
#include "tests/testing/signed_pdf.h"

namespace finsam::signatures {
namespace {

using Json = nlohmann::ordered_json;
using records::MatchSigners;
using records::SignerMatch;

bool AnyContains(const std::vector<std::string>& warnings,
                 const std::string& part) {
  for (const std::string& w : warnings) {
    if (w.find(part) != std::string::npos) return true;
  }
  return false;
}

std::string Joined(const std::vector<std::string>& warnings) {
  std::string out;
  for (const std::string& w : warnings) out += w + "; ";
  return out;
}

// --- byte ranges ---------------------------------------------------------

TEST(ByteRangeTest, WholeFileWithContentsHole) {
  const std::string file = "AAAA<3082ff>BBBB";
  const ByteRangeCheck c = CheckByteRange(file, {0, 4, 12, 4});
  EXPECT_TRUE(c.usable);
  EXPECT_TRUE(c.starts_at_zero);
  EXPECT_TRUE(c.hole_is_contents);
  EXPECT_EQ(c.contents, std::string("\x30\x82\xff"));
  EXPECT_EQ(c.bytes_after, 0);
  EXPECT_TRUE(c.covers_whole_file());
  EXPECT_TRUE(c.warnings.empty()) << Joined(c.warnings);
  const std::vector<std::string_view> parts = CoveredParts(file, c);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0], "AAAA");
  EXPECT_EQ(parts[1], "BBBB");
}

TEST(ByteRangeTest, AppendedUpdatesAreCounted) {
  const std::string file = "AAAA<00>BB%%EOF\nxref...%%EOF\nmore %%EOF\n";
  const ByteRangeCheck c = CheckByteRange(file, {0, 4, 8, 8});
  EXPECT_TRUE(c.usable);
  EXPECT_EQ(c.covered_end, 16);
  EXPECT_EQ(c.bytes_after, static_cast<int64_t>(file.size()) - 16);
  EXPECT_EQ(c.incremental_updates_after, 2);
  EXPECT_FALSE(c.covers_whole_file());
}

TEST(ByteRangeTest, BeyondTheFileIsAWarning) {
  const ByteRangeCheck c = CheckByteRange("AAAA<00>BBBB", {0, 4, 8, 9999});
  EXPECT_FALSE(c.usable);
  EXPECT_TRUE(AnyContains(c.warnings, "beyond the end")) << Joined(c.warnings);
  EXPECT_TRUE(CoveredParts("AAAA<00>BBBB", c).empty());
  // Huge numbers must not overflow into "inside".
  const ByteRangeCheck h = CheckByteRange("AAAA", {0, 2, INT64_MAX, INT64_MAX});
  EXPECT_FALSE(h.usable);
}

TEST(ByteRangeTest, OverlapNegativeOddAndEmpty) {
  EXPECT_TRUE(AnyContains(CheckByteRange("AAAA<00>BBBB", {0, 6, 4, 8}).warnings,
                          "overlap"));
  EXPECT_TRUE(AnyContains(
      CheckByteRange("AAAA<00>BBBB", {0, -4, 8, 4}).warnings, "negative"));
  EXPECT_TRUE(AnyContains(CheckByteRange("AAAA<00>BBBB", {0, 4, 8}).warnings,
                          "odd count"));
  EXPECT_TRUE(AnyContains(CheckByteRange("AAAA", {}).warnings, "empty"));
}

TEST(ByteRangeTest, HoleMustBeAHexString) {
  const ByteRangeCheck not_string =
      CheckByteRange("AAAA(xyzw)BBBB", {0, 4, 10, 4});
  EXPECT_TRUE(not_string.usable);
  EXPECT_FALSE(not_string.hole_is_contents);
  EXPECT_TRUE(AnyContains(not_string.warnings, "not a hex string"));
  const ByteRangeCheck bad_digits =
      CheckByteRange("AAAA<30zz>BBBB", {0, 4, 10, 4});
  EXPECT_TRUE(AnyContains(bad_digits.warnings, "not hex digits"));
  const ByteRangeCheck late_start =
      CheckByteRange("AAAA<00>BBBB", {2, 2, 8, 4});
  EXPECT_TRUE(AnyContains(late_start.warnings, "does not start"));
  EXPECT_FALSE(late_start.covers_whole_file());
  const ByteRangeCheck no_hole = CheckByteRange("AAAABBBB", {0, 4, 4, 4});
  EXPECT_TRUE(AnyContains(no_hole.warnings, "0 holes"));
}

TEST(ByteRangeTest, DecodeHex) {
  EXPECT_EQ(DecodeHex("41 42\n4"), std::string("AB@"));
  EXPECT_EQ(DecodeHex(""), std::string());
  EXPECT_FALSE(DecodeHex("4G").has_value());
}

TEST(PdfDateTest, ToIso) {
  EXPECT_EQ(PdfDateToIso("D:20240327140211+01'00'"),
            "2024-03-27T14:02:11+01:00");
  EXPECT_EQ(PdfDateToIso("D:20240327140211Z"), "2024-03-27T14:02:11Z");
  EXPECT_EQ(PdfDateToIso("D:20240327140211-05'30"),
            "2024-03-27T14:02:11-05:30");
  EXPECT_EQ(PdfDateToIso("D:202403271402Z"), "2024-03-27T14:02:00Z");
  EXPECT_EQ(PdfDateToIso("D:20240327140211"), "");   // no zone
  EXPECT_EQ(PdfDateToIso("D:20241327140211Z"), "");  // month 13
  EXPECT_EQ(PdfDateToIso("yesterday"), "");
}

TEST(CmsTest, GarbageIsAWarningNotACrash) {
  const CmsCheck empty = CheckDetachedCms("", {});
  EXPECT_FALSE(empty.parsed);
  EXPECT_TRUE(AnyContains(empty.warnings, "empty"));
  const CmsCheck garbage = CheckDetachedCms("\x30\x82\x01\x00garbage", {});
  EXPECT_FALSE(garbage.parsed);
  EXPECT_TRUE(AnyContains(garbage.warnings, "not a CMS"));
  EXPECT_FALSE(garbage.digest_valid.has_value());
}

// --- signed PDFs ---------------------------------------------------------

struct PdfsigVerdict {
  bool ran = false;
  bool signature_valid = false;  // "Signature is Valid."
  bool whole_document = false;   // "Total document signed"
  std::string output;
};
PdfsigVerdict RunPdfsig(const std::string& pdf);
bool HavePdfsig();

class SignedPdfTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    signer_ = testing::TestSigner::Create("Åsa Öberg").release();
  }
  static void TearDownTestSuite() {
    delete signer_;
    signer_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(signer_, nullptr); }

  static std::string BasePdf() {
    testing::MiniPage page;
    page.lines = {"Årsredovisning 2023", "Hello signed world"};
    return testing::MiniPdf({page});
  }
  static std::string Signed(
      const std::string& subfilter = "adbe.pkcs7.detached") {
    testing::SignOptions options;
    options.subfilter = subfilter;
    return testing::SignPdf(BasePdf(), *signer_, options);
  }
  // One byte inside the first signed span (the page text) changed.
  static std::string Tampered() {
    std::string pdf = Signed();
    const size_t at = pdf.find("Hello signed world");
    EXPECT_NE(at, std::string::npos);
    pdf[at] = 'J';
    return pdf;
  }
  static std::string Updated() {
    return testing::AppendIncrementalUpdate(Signed());
  }
  static PdfSignature Only(const std::string& pdf) {
    const PdfSignatures all = ReadPdfSignatures(pdf);
    EXPECT_TRUE(all.warnings.empty()) << Joined(all.warnings);
    EXPECT_EQ(all.signatures.size(), 1u);
    return all.signatures.empty() ? PdfSignature() : all.signatures[0];
  }

  static testing::TestSigner* signer_;
};

testing::TestSigner* SignedPdfTest::signer_ = nullptr;

TEST_F(SignedPdfTest, ValidSignatureIsReadAndVerified) {
  const PdfSignature s = Only(Signed());
  EXPECT_EQ(s.field, "Signature1");
  EXPECT_EQ(s.filter, "Adobe.PPKLite");
  EXPECT_EQ(s.subfilter, "adbe.pkcs7.detached");
  EXPECT_EQ(s.name, "Test Signer");
  EXPECT_EQ(s.signing_time, "2024-03-27T14:02:11+01:00");
  ASSERT_EQ(s.byte_range.size(), 4u);
  EXPECT_EQ(s.byte_range[0], 0);
  EXPECT_TRUE(s.range.covers_whole_file());
  EXPECT_EQ(s.range.bytes_after, 0);
  EXPECT_EQ(s.range.incremental_updates_after, 0);
  ASSERT_TRUE(s.cms.parsed);
  EXPECT_EQ(s.cms.digest_algorithm, "SHA256");
  ASSERT_TRUE(s.cms.signer.has_value());
  EXPECT_EQ(s.cms.signer->common_name, "Åsa Öberg");
  EXPECT_EQ(s.cms.signer->organization, "Testförbundet");
  EXPECT_EQ(s.cms.signer->country, "SE");
  EXPECT_NE(s.cms.signer->subject.find("CN=Åsa Öberg"), std::string::npos)
      << s.cms.signer->subject;
  EXPECT_TRUE(s.cms.signer->self_signed);
  EXPECT_EQ(s.cms.signer->serial, "1267");  // 4711
  EXPECT_EQ(s.cms.signing_time.size(), 20u) << s.cms.signing_time;
  EXPECT_EQ(s.cms.message_digest.size(), 64u);
  EXPECT_EQ(s.cms.message_digest, s.cms.document_digest);
  ASSERT_TRUE(s.cms.digest_valid.has_value());
  EXPECT_TRUE(*s.cms.digest_valid);
  ASSERT_TRUE(s.cms.signature_valid.has_value());
  EXPECT_TRUE(*s.cms.signature_valid);
  EXPECT_TRUE(s.AllWarnings().empty()) << Joined(s.AllWarnings());
}

TEST_F(SignedPdfTest, CadesSignatureIsVerified) {
  const PdfSignature s = Only(Signed("ETSI.CAdES.detached"));
  EXPECT_EQ(s.subfilter, "ETSI.CAdES.detached");
  EXPECT_TRUE(s.range.covers_whole_file());
  ASSERT_TRUE(s.cms.digest_valid.has_value());
  EXPECT_TRUE(*s.cms.digest_valid);
  ASSERT_TRUE(s.cms.signature_valid.has_value());
  EXPECT_TRUE(*s.cms.signature_valid);
}

TEST_F(SignedPdfTest, DocumentTimestampIsChecked) {
  testing::SignOptions options;
  options.subfilter = "ETSI.RFC3161";
  std::string pdf = testing::SignPdf(BasePdf(), *signer_, options);
  const PdfSignature s = Only(pdf);
  EXPECT_EQ(s.subfilter, "ETSI.RFC3161");
  ASSERT_TRUE(s.cms.parsed) << Joined(s.AllWarnings());
  EXPECT_EQ(s.cms.content_type, "id-smime-ct-TSTInfo");
  EXPECT_EQ(s.cms.signing_time.size(), 20u) << s.cms.signing_time;
  EXPECT_EQ(s.cms.message_digest, s.cms.document_digest);
  EXPECT_TRUE(s.cms.digest_valid.value_or(false));
  EXPECT_TRUE(s.cms.signature_valid.value_or(false));
  pdf[pdf.find("Hello signed world")] = 'J';
  const PdfSignature changed = Only(pdf);
  ASSERT_TRUE(changed.cms.digest_valid.has_value());
  EXPECT_FALSE(*changed.cms.digest_valid);
}

TEST_F(SignedPdfTest, ChangedByteBreaksTheDigestOnly) {
  const PdfSignature s = Only(Tampered());
  EXPECT_TRUE(s.range.covers_whole_file());
  ASSERT_TRUE(s.cms.digest_valid.has_value());
  EXPECT_FALSE(*s.cms.digest_valid);
  EXPECT_NE(s.cms.message_digest, s.cms.document_digest);
  // The signed attributes are untouched: the signature over them holds.
  ASSERT_TRUE(s.cms.signature_valid.has_value());
  EXPECT_TRUE(*s.cms.signature_valid);
}

TEST_F(SignedPdfTest, IncrementalUpdateAfterSigningIsReported) {
  const std::string signed_pdf = Signed();
  const std::string updated = testing::AppendIncrementalUpdate(signed_pdf);
  const PdfSignature s = Only(updated);
  EXPECT_FALSE(s.range.covers_whole_file());
  EXPECT_TRUE(s.range.starts_at_zero && s.range.hole_is_contents);
  EXPECT_EQ(s.range.bytes_after,
            static_cast<int64_t>(updated.size() - signed_pdf.size()));
  EXPECT_EQ(s.range.incremental_updates_after, 1);
  ASSERT_TRUE(s.cms.digest_valid.has_value());
  EXPECT_TRUE(*s.cms.digest_valid);  // the signed revision is intact
}

int Count(const std::string& text, const std::string& part) {
  int n = 0;
  for (size_t at = text.find(part); at != std::string::npos;
       at = text.find(part, at + 1)) {
    ++n;
  }
  return n;
}

TEST_F(SignedPdfTest, SecondSignatureIsALaterUpdateNotAChange) {
  testing::SignOptions second;
  second.field = "Signature2";
  second.name = "Second Signer";
  const std::string pdf = testing::SignPdf(Signed(), *signer_, second);
  const PdfSignatures all = ReadPdfSignatures(pdf);
  ASSERT_EQ(all.signatures.size(), 2u) << Joined(all.warnings);
  const PdfSignature& first = all.signatures[0];
  const PdfSignature& last = all.signatures[1];
  EXPECT_EQ(first.field, "Signature1");
  EXPECT_EQ(last.field, "Signature2");
  EXPECT_FALSE(first.range.covers_whole_file());
  EXPECT_EQ(first.range.incremental_updates_after, 1);
  EXPECT_EQ(first.later_signatures, 1);
  EXPECT_TRUE(first.cms.digest_valid.value_or(false));
  EXPECT_TRUE(last.range.covers_whole_file());
  EXPECT_EQ(last.later_signatures, 0);
  EXPECT_TRUE(last.cms.digest_valid.value_or(false));

  records::ReportRecord built = records::BuildRecord(records::RecordInput{});
  AddSignatureEvidence(all, {}, &built);
  Json record = records::RecordToJson(built);
  for (const Json& w : record["warnings"]) {
    EXPECT_NE(w["code"], "pdf_signature_changes_after_signing") << w.dump();
  }
  EXPECT_EQ(record["signatures"]["pdf"][0]["later_signatures"], 1);

  if (!HavePdfsig()) GTEST_SKIP() << "pdfsig (poppler-utils) not installed";
  const PdfsigVerdict reference = RunPdfsig(pdf);
  EXPECT_EQ(Count(reference.output, "Signature is Valid"), 2)
      << reference.output;
  EXPECT_EQ(Count(reference.output, "Not total document signed"), 1);
  EXPECT_EQ(Count(reference.output, "- Total document signed"), 1);
}

TEST_F(SignedPdfTest, UnsignedAndNonPdfInput) {
  const PdfSignatures unsigned_pdf = ReadPdfSignatures(BasePdf());
  EXPECT_TRUE(unsigned_pdf.signatures.empty());
  EXPECT_TRUE(unsigned_pdf.warnings.empty()) << Joined(unsigned_pdf.warnings);
  const PdfSignatures text = ReadPdfSignatures("not a pdf at all");
  EXPECT_TRUE(text.signatures.empty());
  EXPECT_FALSE(text.warnings.empty());
  // Truncated in the middle of the signature dictionary.
  const std::string pdf = Signed();
  const PdfSignatures cut =
      ReadPdfSignatures(pdf.substr(0, pdf.find("/Contents <") + 40));
  for (const PdfSignature& s : cut.signatures) {
    EXPECT_FALSE(s.range.covers_whole_file());
  }
}

// Same-length edits of a signed file: each malformed dictionary gives a
// warning naming the problem, never a crash or a "valid".
class MalformedSignatureTest : public SignedPdfTest {
 protected:
  static std::vector<std::string> WarningsOf(const std::string& pdf) {
    const PdfSignatures all = ReadPdfSignatures(pdf);
    std::vector<std::string> warnings = all.warnings;
    for (const PdfSignature& s : all.signatures) {
      EXPECT_FALSE(s.range.covers_whole_file() &&
                   s.cms.digest_valid.value_or(false) &&
                   s.AllWarnings().empty());
      for (const std::string& w : s.AllWarnings()) warnings.push_back(w);
    }
    return warnings;
  }
};

TEST_F(MalformedSignatureTest, MissingByteRange) {
  std::string pdf = Signed();
  pdf.replace(pdf.find("/ByteRange"), 10, "/ByteRangX");
  const std::vector<std::string> w = WarningsOf(pdf);
  EXPECT_TRUE(AnyContains(w, "missing /ByteRange")) << Joined(w);
}

TEST_F(MalformedSignatureTest, RangeBeyondTheFile) {
  std::string pdf = Signed();
  const int64_t size = static_cast<int64_t>(pdf.size());
  const size_t lt = pdf.find("/Contents <") + 10;
  const size_t gt = pdf.find('>', lt) + 1;
  ASSERT_TRUE(testing::RewriteByteRange(
      &pdf,
      {0, static_cast<int64_t>(lt), static_cast<int64_t>(gt), size * 10}));
  const std::vector<std::string> w = WarningsOf(pdf);
  EXPECT_TRUE(AnyContains(w, "beyond the end of the file")) << Joined(w);
}

TEST_F(MalformedSignatureTest, OverlappingRanges) {
  std::string pdf = Signed();
  const int64_t size = static_cast<int64_t>(pdf.size());
  ASSERT_TRUE(testing::RewriteByteRange(&pdf, {0, 200, 100, size - 100}));
  const std::vector<std::string> w = WarningsOf(pdf);
  EXPECT_TRUE(AnyContains(w, "overlap")) << Joined(w);
}

TEST_F(MalformedSignatureTest, NonHexContents) {
  std::string pdf = Signed();
  const size_t at = pdf.find("/Contents <") + 11;
  pdf.replace(at, 4, "zzzz");
  const std::vector<std::string> w = WarningsOf(pdf);
  EXPECT_TRUE(AnyContains(w, "not hex digits")) << Joined(w);
}

TEST_F(MalformedSignatureTest, HexThatIsNotACms) {
  std::string pdf = Signed();
  const size_t at = pdf.find("/Contents <") + 11;
  pdf.replace(at, 16, "DEADBEEFDEADBEEF");
  const std::vector<std::string> w = WarningsOf(pdf);
  EXPECT_TRUE(AnyContains(w, "not a CMS")) << Joined(w);
}

TEST_F(MalformedSignatureTest, UnsupportedSubfilterIsSaidNotGuessed) {
  testing::SignOptions options;
  options.subfilter = "adbe.x509.rsa_sha1";
  const PdfSignature s = Only(testing::SignPdf(BasePdf(), *signer_, options));
  EXPECT_TRUE(AnyContains(s.AllWarnings(), "is not checked"));
  EXPECT_FALSE(s.cms.digest_valid.has_value());
  EXPECT_FALSE(s.cms.signature_valid.has_value());
}

TEST_F(MalformedSignatureTest, AllZeroContents) {
  // A signature field whose /Contents placeholder was never filled.
  testing::SignOptions options;
  std::string pdf = testing::SignPdf(BasePdf(), *signer_, options);
  const size_t lt = pdf.find("/Contents <") + 11;
  const size_t gt = pdf.find('>', lt);
  pdf.replace(lt, gt - lt, std::string(gt - lt, '0'));
  const std::vector<std::string> w = WarningsOf(pdf);
  EXPECT_TRUE(AnyContains(w, "not a CMS")) << Joined(w);
}

// --- agreement with pdfsig -------------------------------------------------

PdfsigVerdict RunPdfsig(const std::string& pdf) {
  PdfsigVerdict v;
  char path[] = "/tmp/finsam-sig-XXXXXX";
  const int fd = mkstemp(path);
  if (fd < 0) return v;
  const bool written =
      write(fd, pdf.data(), pdf.size()) == static_cast<ssize_t>(pdf.size());
  close(fd);
  if (written) {
    // -nocert: the chain is not the question here (and needs no NSS trust).
    const std::string cmd = std::string("pdfsig -nocert '") + path + "' 2>&1";
    FILE* p = popen(cmd.c_str(), "r");
    if (p != nullptr) {
      char buf[4096];
      size_t n;
      while ((n = fread(buf, 1, sizeof buf, p)) > 0) v.output.append(buf, n);
      pclose(p);
      v.ran = v.output.find("Signature #1") != std::string::npos;
    }
  }
  unlink(path);
  v.signature_valid = v.output.find("Signature is Valid") != std::string::npos;
  v.whole_document =
      v.output.find("Total document signed") != std::string::npos;
  return v;
}

bool HavePdfsig() {
  return std::system("command -v pdfsig >/dev/null 2>&1") == 0;
}

TEST_F(SignedPdfTest, VerdictsAgreeWithPdfsig) {
  if (!HavePdfsig()) GTEST_SKIP() << "pdfsig (poppler-utils) not installed";
  struct Fixture {
    const char* name;
    std::string pdf;
    bool expect_valid;
    bool expect_whole;
  };
  const std::vector<Fixture> fixtures = {
      {"valid", Signed(), true, true},
      {"valid CAdES", Signed("ETSI.CAdES.detached"), true, true},
      {"one byte changed", Tampered(), false, true},
      {"incremental update appended", Updated(), true, false},
  };
  for (const Fixture& f : fixtures) {
    SCOPED_TRACE(f.name);
    const PdfsigVerdict reference = RunPdfsig(f.pdf);
    ASSERT_TRUE(reference.ran) << reference.output;
    const PdfSignature ours = Only(f.pdf);
    const bool our_valid = ours.cms.digest_valid.value_or(false) &&
                           ours.cms.signature_valid.value_or(false);
    EXPECT_EQ(our_valid, reference.signature_valid) << reference.output;
    EXPECT_EQ(ours.range.covers_whole_file(), reference.whole_document)
        << reference.output;
    // And both agree with what the fixture was made to be.
    EXPECT_EQ(our_valid, f.expect_valid);
    EXPECT_EQ(ours.range.covers_whole_file(), f.expect_whole);
  }
}

// --- Visma evidence and the signer match ---------------------------------

TEST(VismaEvidenceTest, StampPagesLinkAndCode) {
  std::vector<PageEvidence> pages(4);
  for (int i = 0; i < 4; ++i) pages[static_cast<size_t>(i)].number = i + 1;
  pages[0].stamp_lines = {"visma sign",
                          "Verifiera dokumentet: https://vismasign.frakt.io/"
                          "verify, verifieringskod: 7F3A-91BC-22"};
  pages[1].stamp_lines = {"¢ visma sign"};
  pages[3].signature_page = true;
  pages[3].stamp_lines = {"Verifieringskod: 7F3A-91BC-22"};
  const VismaStamp stamp = FindVismaStamp(pages);
  EXPECT_EQ(stamp.pages, (std::vector<int>{1, 2, 4}));
  EXPECT_EQ(stamp.verification_url, "https://vismasign.frakt.io/verify");
  EXPECT_EQ(stamp.verification_code, "7F3A-91BC-22");
  EXPECT_EQ(stamp.document_id, "");
  EXPECT_EQ(SignaturePages(pages), (std::vector<int>{4}));
  EXPECT_TRUE(FindVismaStamp({PageEvidence{1, false, {}}}).pages.empty());
}

TEST(VismaEvidenceTest, PagesBefore) {
  const auto ok = CheckPagesBefore(5, 6);
  ASSERT_TRUE(ok.has_value());
  EXPECT_TRUE(ok->agrees);
  const auto wrong = CheckPagesBefore(5, 8);
  ASSERT_TRUE(wrong.has_value());
  EXPECT_FALSE(wrong->agrees);
  EXPECT_EQ(wrong->actual, 7);
  EXPECT_FALSE(CheckPagesBefore(0, 6).has_value());
  EXPECT_FALSE(CheckPagesBefore(5, 0).has_value());
}

TEST(SignerMatchTest, FoldedNearAndUnmatched) {
  const SignerMatch m =
      MatchSigners({"Carola Johansson", "Jenny Barksjö Forslund",
                    "Harriet Östgren", "Okänd Person"},
                   {{"CAROLA JOHANSSON", "board"},
                    {"Harriet Ostgren", "board"},
                    {"Jenny Barksjé Forslund", "auditors"},  // OCR
                    {"Ulla Strauss", "board"}});
  ASSERT_EQ(m.matched.size(), 3u);
  EXPECT_EQ(m.matched[0].printed.name, "CAROLA JOHANSSON");
  EXPECT_EQ(m.matched[1].printed.under, "auditors");
  EXPECT_EQ(m.unmatched_signers, (std::vector<std::string>{"Okänd Person"}));
  ASSERT_EQ(m.unmatched_printed.size(), 1u);
  EXPECT_EQ(m.unmatched_printed[0].name, "Ulla Strauss");
}

TEST(SignerMatchTest, WordOrderAndNoDoubleUse) {
  const SignerMatch m = MatchSigners({"Johansson Carola", "Carola Johansson"},
                                     {{"Carola Johansson", "board"}});
  EXPECT_EQ(m.matched.size(), 1u);
  EXPECT_EQ(m.unmatched_signers.size(), 1u);
}

TEST(SignerMatchTest, LegalNamesWithMiddleNamesAndHyphens) {
  // visma.md: the e-ID's legal name against the name the report prints.
  const SignerMatch m =
      MatchSigners({"KARIN ELISABET LUNDQVIST", "EMMA NATALIE STRÖM",
                    "JENNY BARKSJÖ FORSLUND", "PER EK"},
                   {{"Karin Lundqvist", "board"},
                    {"Natalie Strom", "board"},
                    {"Jenny Barksjö-Forslund", "auditors"},
                    {"Eva Ek", "board"}});
  ASSERT_EQ(m.matched.size(), 3u);
  EXPECT_EQ(m.matched[0].printed.name, "Karin Lundqvist");
  EXPECT_EQ(m.matched[1].printed.name, "Natalie Strom");
  EXPECT_EQ(m.matched[2].printed.under, "auditors");
  // One shared surname is not a match.
  EXPECT_EQ(m.unmatched_signers, (std::vector<std::string>{"PER EK"}));
}

// A Visma signature page, as the text layer gives it.
std::string VismaPage(int pages_before, const std::vector<std::string>& names) {
  std::string page =
      "Signature page / Allekirjoitussivu / Signatursida / Signaturside\n"
      "Detta dokument innehåller " +
      std::to_string(pages_before) + " sidor före denna sida\n";
  int minute = 10;
  for (const std::string& n : names) {
    page += n + "\nLedamot, Samordningsförbundet Exempelbygd\n" +
            "Company - Yritys - Företag - Selskap - Virksomhed: "
            "Samordningsförbundet Exempelbygd\n" +
            "Authentication - Tunnistautuminen - Autentisering: BankID (SE)\n" +
            "Signed - Allekirjoitettu - Signerat - Signert: 2024-03-27 14:" +
            std::to_string(minute++) + ":11 UTC (SE)\n";
  }
  return page;
}

// Other services' evidence pages meet the printed names through the same
// matcher: the e-ID's legal name with a middle name, in capitals; one who
// signed two merged files (report and audit report) is one signer; an
// auditor signing under the board's names is matched as an auditor.
TEST(SignatureRecordTest, EvidenceSignersMatchedToPrintedNames) {
  records::RecordInput input;
  input.text =
      "Årsredovisning 2023\nBrf Exempel\n\f"
      "Styrelsens underskrifter\n\n"
      "Olof Strand\nOrdförande\n\nMaja Lind\nLedamot\n\n"
      "Karin Berg\nAuktoriserad revisor\n\f"
      "Verification\n"
      "Transaction ID\tAbCd12-Ef34\n"
      "Signing parties\n"
      "Olof Strand\tolof@example.se\tAction: Sign\tMethod: Swedish BankID\n"
      "Karin Berg\tkarin@example.se\tAction: Sign\tMethod: Swedish BankID\n"
      "Activity log\n"
      "Document signed by OLOF GUSTAV STRAND\n"
      "Birth date: 10/11/1980,2024-04-02 09:32:14 CEST,\n"
      "Document signed by Karin Berg\n"
      "Birth date: 21/11/1960,2024-04-03 14:50:22 CEST,\n"
      "Verified ensures that the document has been signed.\n"
      "\fVerification\n"
      "Transaction ID\tXyZ-987\n"
      "Signing parties\n"
      "Karin Berg\tkarin@example.se\tAction: Sign\tMethod: Swedish BankID\n"
      "Activity log\n"
      "Document signed by Karin Berg\n"
      "Birth date: 21/11/1960,2024-04-05 10:00:00 CEST,\n"
      "Verified ensures that the document has been signed.\n";
  records::ReportRecord built = records::BuildRecord(input);
  AddSignatureEvidence(PdfSignatures{}, {}, &built);
  const Json sig = records::RecordToJson(built)["signatures"];
  ASSERT_EQ(sig["evidence"].size(), 2u) << sig.dump(2);
  ASSERT_TRUE(sig.contains("match")) << sig.dump(2);
  const Json& m = sig["match"];
  ASSERT_EQ(m["matched"].size(), 2u) << m.dump(2);
  EXPECT_EQ(m["matched"][0]["signer"], "OLOF GUSTAV STRAND");
  EXPECT_EQ(m["matched"][0]["printed"], "Olof Strand");
  EXPECT_EQ(m["matched"][1]["printed"], "Karin Berg");
  EXPECT_EQ(m["matched"][1]["under"], "auditors");
  EXPECT_FALSE(m.contains("unmatched_signers") &&
               !m["unmatched_signers"].empty())
      << m.dump(2);
  ASSERT_EQ(m["unmatched_printed"].size(), 1u) << m.dump(2);
  EXPECT_EQ(m["unmatched_printed"][0]["name"], "Maja Lind");
}

// GetAccept's evidence page (laid out as ../shared/spec/visma.md lists it:
// signer, e-ID, time, IP, document id; the names are invented) goes into
// `evidence` and meets the printed names through the same matcher.
TEST(SignatureRecordTest, GetAcceptEvidencePageMatchedToPrintedNames) {
  records::RecordInput input;
  input.text =
      "Årsredovisning 2024\nBrf Exempel\n\f"
      "Styrelsens underskrifter\n\n"
      "Olof Strand\nOrdförande\n\nMaja Lind\nLedamot\n\f"
      "Signeringsbevis från GetAccept\n"
      "Dokument: Årsredovisning 2024 Brf Exempel\n"
      "Dokument-ID: 8f3a2c1e-5b7d-4e9a-a1c2-3d4e5f6a7b8c\n"
      "Undertecknare\n"
      "OLOF GUSTAV STRAND\n"
      "olof@example.se\n"
      "Signerat: 2025-03-12 09:41:07 (UTC+01:00)\n"
      "Verifierad med: BankID\n"
      "IP-adress: 192.0.2.14\n"
      "Maja Lind\n"
      "maja@example.se\n"
      "Verifierad med: BankID\n"
      "Signerat: 2025-03-13 18:02:55 UTC\n"
      "IP-adress: 198.51.100.7\n"
      "Detta dokument har signerats genom GetAccept\n";
  records::ReportRecord built = records::BuildRecord(input);
  AddSignatureEvidence(PdfSignatures{}, {}, &built);
  const Json sig = records::RecordToJson(built)["signatures"];
  ASSERT_EQ(sig["evidence"].size(), 1u) << sig.dump(2);
  const Json& ev = sig["evidence"][0];
  EXPECT_EQ(ev["service"], "getaccept");
  EXPECT_EQ(ev["transaction"], "8f3a2c1e-5b7d-4e9a-a1c2-3d4e5f6a7b8c");
  ASSERT_EQ(ev["signers"].size(), 2u) << ev.dump(2);
  EXPECT_EQ(ev["signers"][0]["name"], "OLOF GUSTAV STRAND");
  EXPECT_EQ(ev["signers"][0]["time"], "2025-03-12T09:41:07+01:00");
  EXPECT_EQ(ev["signers"][1]["time"], "2025-03-13T18:02:55Z");
  ASSERT_TRUE(sig.contains("match")) << sig.dump(2);
  const Json& m = sig["match"];
  ASSERT_EQ(m["matched"].size(), 2u) << m.dump(2);
  EXPECT_EQ(m["matched"][0]["signer"], "OLOF GUSTAV STRAND");
  EXPECT_EQ(m["matched"][0]["printed"], "Olof Strand");
  EXPECT_EQ(m["matched"][1]["printed"], "Maja Lind");
}

TEST(SignatureRecordTest, RecordGetsPdfVismaAndMatch) {
  records::RecordInput input;
  input.text =
      "Årsredovisning 2023\nSamordningsförbundet Exempelbygd\n\f"
      "Styrelsens underskrift\n\nÅrsredovisningen signeras digitalt.\n\n"
      "Carola Johansson\nOrdförande\n\nErika Karlsson\nLedamot\n\f" +
      VismaPage(2, {"Carola Johansson", "Okänd Person"}) + "\f";
  records::ReportRecord built = records::BuildRecord(input);
  std::vector<PageEvidence> pages = {
      {1, false, {"visma sign"}}, {2, false, {"visma sign"}}, {3, true, {}}};
  PdfSignatures pdf;
  PdfSignature broken;
  broken.field = "Signature1";
  broken.warnings.push_back("missing /ByteRange");
  pdf.signatures.push_back(broken);
  AddSignatureEvidence(pdf, pages, &built);
  Json record = records::RecordToJson(built);
  ASSERT_TRUE(record.contains("signatures")) << record.dump(2);
  const Json& sig = record["signatures"];
  ASSERT_EQ(sig["pdf"].size(), 1u);
  EXPECT_EQ(sig["pdf"][0]["field"], "Signature1");
  EXPECT_EQ(sig["pdf"][0]["covers_whole_file"], false);
  EXPECT_FALSE(sig["pdf"][0].contains("digest_valid"));  // undecided
  EXPECT_EQ(sig["pdf"][0]["chain_validated"], false);
  EXPECT_EQ(sig["pdf"][0]["warnings"][0], "missing /ByteRange");
  const Json& visma = sig["visma"];
  EXPECT_EQ(visma["pages_before"], 2);
  EXPECT_EQ(visma["pages_before_actual"], 2);
  EXPECT_EQ(visma["pages_before_agrees"], true);
  EXPECT_EQ(visma["stamp"]["pages"], Json::array({1, 2}));
  EXPECT_EQ(visma["signature_pages"], Json::array({3}));
  ASSERT_EQ(visma["signers"].size(), 2u) << visma.dump(2);
  EXPECT_EQ(visma["signers"][0]["time"], "2024-03-27T14:10:11Z");
  ASSERT_TRUE(sig.contains("match")) << sig.dump(2);
  EXPECT_EQ(sig["match"]["matched"].size(), 1u) << sig["match"].dump(2);
  EXPECT_EQ(sig["match"]["unmatched_signers"], Json::array({"Okänd Person"}));
  EXPECT_EQ(sig["match"]["unmatched_printed"][0]["name"], "Erika Karlsson");
  bool warned = false;
  for (const Json& w : record["warnings"]) {
    if (w["code"] == "pdf_signature" &&
        w["message"].get<std::string>().find("missing /ByteRange") !=
            std::string::npos) {
      warned = true;
    }
  }
  EXPECT_TRUE(warned) << record["warnings"].dump(2);
  const std::string text = SignaturesText(built.signatures);
  EXPECT_NE(text.find("not validated (offline)"), std::string::npos) << text;
  EXPECT_NE(text.find("did not sign:    Erika Karlsson"), std::string::npos)
      << text;
}

TEST(SignatureRecordTest, SignerHashIsKept) {
  records::RecordInput input;
  input.text = "Sida ett\n\f" + VismaPage(1, {"Carola Johansson"}) +
               "Hash: 3F2A9C0D11E2B7A4C5D6E7F8091A2B3C4D5E6F708192A3B4\n\f";
  const Json record = records::RecordToJson(records::BuildRecord(input));
  const Json& signer = record["signatures"]["visma"]["signers"][0];
  EXPECT_EQ(signer["name"], "Carola Johansson");
  EXPECT_EQ(signer["hash"], "3f2a9c0d11e2b7a4c5d6e7f8091a2b3c4d5e6f708192a3b4");
}

TEST(SignatureRecordTest, WrongStatedPageCountIsFlagged) {
  records::RecordInput input;
  input.text = "Sida ett\n\fSida två\n\fSida tre\n\f" +
               VismaPage(5, {"Carola Johansson"}) + "\f";
  records::ReportRecord built = records::BuildRecord(input);
  AddSignatureEvidence(PdfSignatures(), {}, &built);
  Json record = records::RecordToJson(built);
  const Json& visma = record["signatures"]["visma"];
  EXPECT_EQ(visma["pages_before"], 5);
  EXPECT_EQ(visma["pages_before_actual"], 3);
  EXPECT_EQ(visma["pages_before_agrees"], false);
  bool warned = false;
  for (const Json& w : record["warnings"]) {
    warned |= w["code"] == "visma_page_count_mismatch";
  }
  EXPECT_TRUE(warned);
}

TEST(SignatureRecordTest, SeedReportBoardMatchesVismaSigners) {
  const std::string seed_dir = std::string(FINSAM_SHARED_DIR) + "/seeds";
  std::string seed;
  for (const char* name : {"/000_19aabd22bd163055.txt"}) {
    seed = testing::ReadFileOrEmpty(seed_dir + name);
  }
  if (seed.empty()) GTEST_SKIP() << "no ../shared/seeds/000_*.txt";
  // The seed is the OCR text of one Visma-signed report (one "page": it has
  // no form feeds); its signature page is added here, names spelled right.
  records::RecordInput input;
  input.text = seed + "\n\f" +
               VismaPage(1, {"Carola Johansson", "Erika Karlsson",
                             "Christopher Hedbom Rydaeus", "Harriet Östgren",
                             "Ulla Strauss", "Jenny Barksjö Forslund",
                             "Per Folkeson", "Annika Blomgren"}) +
               "\f";
  records::ReportRecord built = records::BuildRecord(input);
  AddSignatureEvidence(PdfSignatures(), {}, &built);
  Json record = records::RecordToJson(built);
  const Json& sig = record["signatures"];
  ASSERT_TRUE(sig.contains("match")) << sig.dump(2);
  EXPECT_EQ(sig["match"]["unmatched_signers"].size(), 0u)
      << sig["match"].dump(2);
  EXPECT_EQ(sig["match"]["unmatched_printed"].size(), 0u)
      << sig["match"].dump(2);
  EXPECT_EQ(sig["match"]["matched"].size(), 8u);
  EXPECT_EQ(sig["visma"]["pages_before_agrees"], true);
}

}  // namespace
}  // namespace finsam::signatures
