#include "batch/commit_group.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace finsam::batch {
namespace {

Status IoError(const std::string& step, const std::string& path) {
  return Status(ErrorCode::kIoError,
                step + " " + path + ": " + std::strerror(errno));
}

// Writes `contents` to a new temporary beside `path`; returns its name.
Result<std::string> WriteTemporary(const std::string& path,
                                   std::string_view contents) {
  std::string tmp = path + ".tmp-XXXXXX";
  const int fd = mkstemp(tmp.data());
  if (fd < 0) return IoError("cannot create a file beside", path);
  size_t done = 0;
  while (done < contents.size()) {
    const ssize_t n = write(fd, contents.data() + done, contents.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      Status failed = IoError("cannot write", path);
      close(fd);
      unlink(tmp.c_str());
      return failed;
    }
    done += static_cast<size_t>(n);
  }
  // mkstemp creates 0600; outputs are ordinary files.
  if (fchmod(fd, 0644) != 0 || close(fd) != 0) {
    Status failed = IoError("cannot close", path);
    unlink(tmp.c_str());
    return failed;
  }
  return tmp;
}

}  // namespace

CommitGroup::CommitGroup(std::string sync_dir, size_t max_files,
                         std::chrono::milliseconds max_delay)
    : sync_dir_(std::move(sync_dir)),
      max_files_(max_files),
      max_delay_(max_delay) {}

CommitGroup::~CommitGroup() {
  for (const auto& [tmp, path] : pending_) unlink(tmp.c_str());
}

Status CommitGroup::Stage(const std::vector<File>& files) {
  std::vector<std::pair<std::string, std::string>> staged;
  for (const File& file : files) {
    auto tmp = WriteTemporary(file.path, file.contents);
    if (!tmp.ok()) {
      for (const auto& [t, p] : staged) unlink(t.c_str());
      return tmp.status();
    }
    staged.emplace_back(std::move(tmp).value(), file.path);
  }
  MutexLock lock(&mu_);
  const auto now = std::chrono::steady_clock::now();
  if (pending_.empty()) oldest_ = now;
  for (auto& entry : staged) pending_.push_back(std::move(entry));
  if (pending_.size() >= max_files_ || now - oldest_ >= max_delay_) {
    return FlushLocked();
  }
  return Status::Ok();
}

Status CommitGroup::Flush() {
  MutexLock lock(&mu_);
  return FlushLocked();
}

Status CommitGroup::FlushLocked() {
  if (pending_.empty()) return Status::Ok();
  // One flush of the file system makes every temporary's data durable
  // before any of them is renamed into place.
  const int dir = open(sync_dir_.c_str(), O_RDONLY | O_DIRECTORY);
  if (dir < 0) return IoError("cannot open", sync_dir_);
  const bool synced = syncfs(dir) == 0;
  Status failed = synced ? Status::Ok() : IoError("cannot flush", sync_dir_);
  for (const auto& [tmp, path] : pending_) {
    if (failed.ok() && rename(tmp.c_str(), path.c_str()) != 0) {
      failed = IoError("cannot rename onto", path);
    }
    if (!failed.ok()) unlink(tmp.c_str());
  }
  pending_.clear();
  // The renames themselves reach the disk with the next flush (or the
  // file system's own); a power cut before that loses only renames, and the
  // next run redoes those documents.
  if (failed.ok()) fsync(dir);
  close(dir);
  return failed;
}

}  // namespace finsam::batch
