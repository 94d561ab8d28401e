// libFuzzer target: the signature parser on untrusted bytes. The input is
// read three ways: as a PDF (signature fields through qpdf, byte ranges,
// CMS), as a /ByteRange over the rest of the input (its first 32 bytes give
// four numbers, folded into the file's size most of the time so the checks
// past "beyond the file" are reached), and as a PDF date.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "signatures/byte_range.h"
#include "signatures/cms_signature.h"
#include "signatures/pdf_date.h"
#include "signatures/pdf_signatures.h"

namespace {

void CheckInvariants(std::string_view file,
                     const finsam::signatures::ByteRangeCheck& c) {
  int64_t covered = 0;
  for (std::string_view part : finsam::signatures::CoveredParts(file, c)) {
    if (part.data() < file.data() ||
        part.data() + part.size() > file.data() + file.size()) {
      __builtin_trap();
    }
    covered += static_cast<int64_t>(part.size());
  }
  if (covered > static_cast<int64_t>(file.size())) __builtin_trap();
  if (c.covers_whole_file() &&
      (c.spans.empty() || c.spans.front().offset != 0 ||
       c.covered_end != static_cast<int64_t>(file.size()))) {
    __builtin_trap();
  }
  if (c.usable && c.bytes_after < 0) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  const finsam::signatures::PdfSignatures pdf =
      finsam::signatures::ReadPdfSignatures(input);
  for (const auto& s : pdf.signatures) {
    CheckInvariants(input, s.range);
    if (s.cms.digest_valid.value_or(false) && s.cms.message_digest.empty() &&
        s.cms.has_signed_attributes) {
      __builtin_trap();
    }
  }

  if (size >= 33) {
    std::vector<int64_t> numbers(4);
    std::memcpy(numbers.data(), data, 32);
    const std::string_view file = input.substr(33);
    if (data[32] & 1) {
      const int64_t modulus = static_cast<int64_t>(file.size()) + 2;
      for (int64_t& n : numbers) {
        n = static_cast<int64_t>(static_cast<uint64_t>(n) %
                                 static_cast<uint64_t>(modulus));
      }
    }
    const finsam::signatures::ByteRangeCheck c =
        finsam::signatures::CheckByteRange(file, numbers);
    CheckInvariants(file, c);
    finsam::signatures::CheckDetachedCms(
        c.hole_is_contents ? std::string_view(c.contents) : file,
        finsam::signatures::CoveredParts(file, c));
  }

  const std::string iso = finsam::signatures::PdfDateToIso(input);
  if (!iso.empty() && iso.size() < 20) __builtin_trap();
  return 0;
}
