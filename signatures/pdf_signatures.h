// The digital signatures of a PDF: every signed signature field, its
// dictionary, its byte range checked against the file, and its CMS checked
// with OpenSSL.
//
// Fields are found through the AcroForm (/FT /Sig with a /V dictionary);
// a file whose AcroForm names none but whose bytes hold a signature
// dictionary (/ByteRange) is searched object by object, with a warning.
// qpdf reads the structure; everything after that works on the raw bytes.
//
// Total over untrusted input: malformed dictionaries (missing /ByteRange,
// ranges beyond the file or overlapping, garbage or non-hex /Contents) and
// unreadable files give warnings, never an exception or a crash.
// Certificate chains are not validated (see cms_signature.h).
#ifndef FINSAM_SIGNATURES_PDF_SIGNATURES_H_
#define FINSAM_SIGNATURES_PDF_SIGNATURES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "signatures/byte_range.h"
#include "signatures/cms_signature.h"

namespace finsam::signatures {

struct PdfSignature {
  std::string field;         // fully qualified field name; "" if not a field
  std::string filter;        // "Adobe.PPKLite" (names without the slash)
  std::string subfilter;     // "adbe.pkcs7.detached", "ETSI.CAdES.detached"
  std::string signing_time;  // /M as ISO 8601 with zone; "" if unknown
  std::string signing_time_pdf;  // /M as written
  std::string name;              // /Name: the signer as the signing tool put it
  std::string reason;
  std::string location;
  std::vector<int64_t> byte_range;  // as written
  bool has_byte_range = false;
  ByteRangeCheck range;
  CmsCheck cms;
  std::vector<std::string> warnings;  // the dictionary's own problems
  // Signatures whose byte range ends after this one's: each accounts for
  // at least one of `range.incremental_updates_after`.
  int later_signatures = 0;
  // Every warning: the dictionary's, the byte range's and the CMS's.
  std::vector<std::string> AllWarnings() const;
};

struct PdfSignatures {
  std::vector<PdfSignature> signatures;  // in AcroForm order
  std::vector<std::string> warnings;     // the file's (e.g. unreadable)
};

// Reads the signatures of the PDF `pdf` (`password` for encrypted files).
PdfSignatures ReadPdfSignatures(std::string_view pdf,
                                const std::string& password = "");

}  // namespace finsam::signatures

#endif  // FINSAM_SIGNATURES_PDF_SIGNATURES_H_
