// Atomic file output: a reader sees the old file or the whole new one.
#ifndef FINSAM_BASE_ATOMIC_FILE_H_
#define FINSAM_BASE_ATOMIC_FILE_H_

#include <string>
#include <string_view>

#include "base/status.h"

namespace finsam {

// Writes `contents` to a temporary file beside `path`, flushes it to disk and
// renames it over `path`. On any failure the temporary file is removed and
// `path` is left as it was, so an interrupted run never leaves a partial
// output. Errors: kIoError naming the step that failed.
Status WriteFileAtomically(const std::string& path, std::string_view contents);

}  // namespace finsam

#endif  // FINSAM_BASE_ATOMIC_FILE_H_
