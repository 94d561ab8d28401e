// SHA-256 of a byte string: the record's source.sha256 (the record names
// exactly which input it was read from), a batch's output names and shards.
#ifndef FINSAM_BASE_SHA256_H_
#define FINSAM_BASE_SHA256_H_

#include <string>
#include <string_view>

namespace finsam {

// Lower-case hex digest (64 characters).
std::string Sha256Hex(std::string_view data);

}  // namespace finsam

#endif  // FINSAM_BASE_SHA256_H_
