// SHA-256 of a byte string, for the record's source.sha256 (the record
// names exactly which input it was read from).
#ifndef FINSAM_RECORDS_SHA256_H_
#define FINSAM_RECORDS_SHA256_H_

#include <string>
#include <string_view>

namespace finsam::records {

// Lower-case hex digest (64 characters).
std::string Sha256Hex(std::string_view data);

}  // namespace finsam::records

#endif  // FINSAM_RECORDS_SHA256_H_
