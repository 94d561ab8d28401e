// CommitGroup: atomic outputs made durable in groups rather than one by one.
//
// Flushing each file to disk before its rename (base/atomic_file.h) costs a
// disk flush per file: on ordinary disks that was 10-30 ms, three files per
// document, several times the work of converting a text document. A batch
// instead writes each output to a temporary file beside it (Stage), and
// every `max_files` files or `max_delay` (Flush) flushes the whole file
// system once (syncfs) and then renames the temporaries in the order they
// were staged. So:
//   - a reader, a kill or a power cut never sees a partial output: a file is
//     either the old one or the whole new one, as before;
//   - files staged together (a document's text, record, then its meta) are
//     renamed in that order, so a meta never names outputs that are not
//     there;
//   - a run killed between flushes loses at most the unflushed documents'
//     work; their temporaries are removed by the next run, which redoes them.
// Thread-safe.
#ifndef FINSAM_BATCH_COMMIT_GROUP_H_
#define FINSAM_BATCH_COMMIT_GROUP_H_

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/mutex.h"
#include "base/status.h"

namespace finsam::batch {

class CommitGroup {
 public:
  // `sync_dir`: a directory on the file system the outputs go to.
  CommitGroup(std::string sync_dir, size_t max_files,
              std::chrono::milliseconds max_delay);
  CommitGroup(const CommitGroup&) = delete;
  CommitGroup& operator=(const CommitGroup&) = delete;
  // Removes the temporaries of anything staged but not flushed.
  ~CommitGroup();

  struct File {
    std::string path;
    std::string_view contents;
  };
  // Writes each file to its temporary; they replace their paths, in this
  // order, at a later Flush. Flushes first when one is due. kIoError when a
  // temporary cannot be written (nothing of `files` is staged then).
  Status Stage(const std::vector<File>& files) EXCLUDES(mu_);

  // Makes everything staged durable and visible now.
  Status Flush() EXCLUDES(mu_);

 private:
  Status FlushLocked() REQUIRES(mu_);

  const std::string sync_dir_;
  const size_t max_files_;
  const std::chrono::milliseconds max_delay_;
  Mutex mu_;
  // (temporary, final path), in staging order.
  std::vector<std::pair<std::string, std::string>> pending_ GUARDED_BY(mu_);
  std::chrono::steady_clock::time_point oldest_ GUARDED_BY(mu_);
};

}  // namespace finsam::batch

#endif  // FINSAM_BATCH_COMMIT_GROUP_H_
