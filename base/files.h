// Reading whole files.
#ifndef FINSAM_BASE_FILES_H_
#define FINSAM_BASE_FILES_H_

#include <string>

#include "base/status.h"

namespace finsam {

// The bytes of the file at `path`. Errors, with a message that does not
// repeat the path: kNotFound "no such file"; kIoError "is a directory", the
// system's reason when it cannot be opened ("Permission denied"), or "read
// failed".
Result<std::string> ReadFile(const std::string& path);

}  // namespace finsam

#endif  // FINSAM_BASE_FILES_H_
