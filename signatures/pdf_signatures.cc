#include "signatures/pdf_signatures.h"

#include <exception>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFAcroFormDocumentHelper.hh>
#include <qpdf/QPDFFormFieldObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <set>

#include "signatures/pdf_date.h"

namespace finsam::signatures {
namespace {

std::string NameValue(QPDFObjectHandle dict, const char* key) {
  QPDFObjectHandle value = dict.getKey(key);
  if (!value.isName()) return "";
  std::string name = value.getName();
  if (!name.empty() && name[0] == '/') name.erase(0, 1);
  return name;
}

// A text string (PDFDocEncoding or UTF-16) as UTF-8.
std::string TextValue(QPDFObjectHandle dict, const char* key) {
  QPDFObjectHandle value = dict.getKey(key);
  return value.isString() ? value.getUTF8Value() : "";
}

size_t CountByteRangeKeys(std::string_view pdf) {
  size_t count = 0;
  for (size_t at = pdf.find("/ByteRange"); at != std::string_view::npos;
       at = pdf.find("/ByteRange", at + 10)) {
    ++count;
  }
  return count;
}

PdfSignature ReadSignature(std::string_view pdf, const std::string& field,
                           QPDFObjectHandle dict) {
  PdfSignature sig;
  sig.field = field;
  sig.filter = NameValue(dict, "/Filter");
  sig.subfilter = NameValue(dict, "/SubFilter");
  sig.name = TextValue(dict, "/Name");
  sig.reason = TextValue(dict, "/Reason");
  sig.location = TextValue(dict, "/Location");
  QPDFObjectHandle m = dict.getKey("/M");
  if (m.isString()) {
    sig.signing_time_pdf = m.getStringValue();
    sig.signing_time = PdfDateToIso(sig.signing_time_pdf);
    if (sig.signing_time.empty()) {
      sig.warnings.push_back("/M is not a PDF date with a time zone: " +
                             sig.signing_time_pdf);
    }
  }

  QPDFObjectHandle range = dict.getKey("/ByteRange");
  if (range.isArray()) {
    sig.has_byte_range = true;
    bool numbers_ok = true;
    for (int i = 0; i < range.getArrayNItems(); ++i) {
      QPDFObjectHandle n = range.getArrayItem(i);
      if (!n.isInteger()) {
        numbers_ok = false;
        break;
      }
      sig.byte_range.push_back(n.getIntValue());
    }
    if (numbers_ok) {
      sig.range = CheckByteRange(pdf, sig.byte_range);
    } else {
      sig.warnings.push_back("/ByteRange holds something other than integers");
    }
  } else {
    sig.warnings.push_back(range.isNull() ? "missing /ByteRange"
                                          : "/ByteRange is not an array");
  }

  // The CMS is read from the bytes the range leaves out, which is what the
  // signer excluded; the dictionary's /Contents is the fallback.
  QPDFObjectHandle contents = dict.getKey("/Contents");
  std::string der;
  if (contents.isString()) {
    der = contents.getStringValue();
  } else {
    sig.warnings.push_back(contents.isNull() ? "missing /Contents"
                                             : "/Contents is not a string");
  }
  if (sig.range.hole_is_contents) {
    if (contents.isString() && der != sig.range.contents) {
      sig.warnings.push_back(
          "the bytes left out by /ByteRange are not this dictionary's "
          "/Contents");
    }
    der = sig.range.contents;
  }
  if (sig.subfilter == "adbe.x509.rsa_sha1") {
    // /Contents is then a bare PKCS #1 signature, the certificate in /Cert.
    sig.warnings.push_back(
        "subfilter adbe.x509.rsa_sha1 (PKCS #1, no CMS) is not checked");
  } else if (!der.empty() || contents.isString()) {
    sig.cms = CheckDetachedCms(der, CoveredParts(pdf, sig.range));
  }
  return sig;
}

}  // namespace

std::vector<std::string> PdfSignature::AllWarnings() const {
  std::vector<std::string> all = warnings;
  all.insert(all.end(), range.warnings.begin(), range.warnings.end());
  all.insert(all.end(), cms.warnings.begin(), cms.warnings.end());
  return all;
}

PdfSignatures ReadPdfSignatures(std::string_view pdf,
                                const std::string& password) {
  PdfSignatures out;
  // qpdf reports problems by throwing; none of that may leave this module.
  try {
    QPDF qpdf;
    qpdf.setSuppressWarnings(true);
    qpdf.processMemoryFile("input", pdf.data(), pdf.size(),
                           password.empty() ? nullptr : password.c_str());
    std::set<QPDFObjGen> seen;
    QPDFAcroFormDocumentHelper acroform(qpdf);
    for (QPDFFormFieldObjectHelper& field : acroform.getFormFields()) {
      try {
        if (field.getFieldType() != "/Sig") continue;
        QPDFObjectHandle value = field.getValue();
        if (!value.isDictionary()) continue;  // an empty signature field
        if (!seen.insert(value.getObjGen()).second) continue;
        out.signatures.push_back(
            ReadSignature(pdf, field.getFullyQualifiedName(), value));
      } catch (const std::exception& e) {
        out.warnings.push_back(
            std::string("a signature field cannot be read: ") + e.what());
      }
    }
    // Signature dictionaries the AcroForm does not reach (a damaged form,
    // or a later signing tool that dropped an earlier field). Only searched
    // when the bytes name more byte ranges than were found: the search
    // reads every object.
    if (CountByteRangeKeys(pdf) > out.signatures.size()) {
      for (QPDFObjectHandle object : qpdf.getAllObjects()) {
        if (!object.isDictionary() || !object.hasKey("/ByteRange")) continue;
        if (!seen.insert(object.getObjGen()).second) continue;
        PdfSignature sig = ReadSignature(pdf, "", object);
        sig.warnings.insert(sig.warnings.begin(),
                            "signature dictionary not referenced by a form "
                            "field of the AcroForm");
        out.signatures.push_back(std::move(sig));
      }
    }
  } catch (const std::exception& e) {
    out.warnings.push_back(std::string("the PDF's structure cannot be read: ") +
                           e.what());
  }
  for (PdfSignature& s : out.signatures) {
    if (!s.range.usable) continue;
    for (const PdfSignature& other : out.signatures) {
      if (other.range.usable && other.range.covered_end > s.range.covered_end) {
        ++s.later_signatures;
      }
    }
  }
  return out;
}

}  // namespace finsam::signatures
