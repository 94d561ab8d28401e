// StreamingAtomicFile: an output written piece by piece that appears
// atomically, for summaries too large to build in memory first.
//
// Pieces go to "PATH.tmp-XXXXXX" (the pattern of base/atomic_file.h);
// Commit() flushes it to disk and renames it over PATH. Destroyed without a
// successful Commit(), it removes the temporary file, so PATH is either the
// old file or the whole new one.
#ifndef FINSAM_BATCH_STREAMING_FILE_H_
#define FINSAM_BATCH_STREAMING_FILE_H_

#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace finsam::batch {

class StreamingAtomicFile {
 public:
  static Result<std::unique_ptr<StreamingAtomicFile>> Create(
      const std::string& path);

  StreamingAtomicFile(const StreamingAtomicFile&) = delete;
  StreamingAtomicFile& operator=(const StreamingAtomicFile&) = delete;
  ~StreamingAtomicFile();

  // Buffered; errors surface here or in Commit().
  Status Append(std::string_view data);
  Status Commit();

 private:
  StreamingAtomicFile(std::string path, std::string tmp, int fd)
      : path_(std::move(path)), tmp_(std::move(tmp)), fd_(fd) {}
  Status Flush();

  std::string path_;
  std::string tmp_;
  int fd_;
  std::string buffer_;
};

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_STREAMING_FILE_H_
