// The /ByteRange of a PDF signature, checked against the file's bytes.
//
// A signature covers the file except one hole: the /Contents hex string
// that holds the CMS itself. /ByteRange [a b c d] names the covered spans
// (a, b) and (c, d); the hole is [a+b, c). A signature made by a careful
// signer starts at 0, leaves out exactly "<...hex...>" and ends where the
// file ended when it was signed; whatever follows that end was appended
// later (incremental updates, each closed by "%%EOF").
//
// Pure and total: the numbers and bytes are untrusted input; every problem
// becomes a warning, never an exception or a read outside `file`.
#ifndef FINSAM_SIGNATURES_BYTE_RANGE_H_
#define FINSAM_SIGNATURES_BYTE_RANGE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace finsam::signatures {

struct ByteSpan {
  int64_t offset = 0;
  int64_t length = 0;
};

struct ByteRangeCheck {
  std::vector<ByteSpan> spans;  // as given, pairs of the /ByteRange numbers
  // All spans lie inside the file, in ascending order, without overlap:
  // the covered bytes can be hashed.
  bool usable = false;
  bool starts_at_zero = false;
  int64_t covered_end = 0;  // end of the last span (when usable)
  // The covered spans leave out exactly one hole, and it is a hex string
  // "<...>" (the /Contents): the file as it was at signing is covered.
  bool hole_is_contents = false;
  int64_t bytes_after = 0;            // file bytes after `covered_end`
  int incremental_updates_after = 0;  // "%%EOF" markers after `covered_end`
  std::string contents;  // the hole's hex string decoded (hole_is_contents)
  std::vector<std::string> warnings;

  // Covered from the first byte to the last, with only the /Contents left
  // out and nothing appended.
  bool covers_whole_file() const {
    return usable && starts_at_zero && hole_is_contents && bytes_after == 0;
  }
};

// Checks /ByteRange `numbers` against `file`.
ByteRangeCheck CheckByteRange(std::string_view file,
                              const std::vector<int64_t>& numbers);

// The bytes the spans cover, as views into `file` (empty unless usable).
std::vector<std::string_view> CoveredParts(std::string_view file,
                                           const ByteRangeCheck& check);

// Decodes a PDF hex string's body (between '<' and '>'): hex digits and
// white space, an odd final digit counting as if followed by 0. nullopt
// when it holds anything else.
std::optional<std::string> DecodeHex(std::string_view body);

// Number of "%%EOF" markers in `bytes`.
int CountEofMarkers(std::string_view bytes);

}  // namespace finsam::signatures

#endif  // FINSAM_SIGNATURES_BYTE_RANGE_H_
