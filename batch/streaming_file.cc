#include "batch/streaming_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace finsam::batch {
namespace {

constexpr size_t kBufferBytes = 1 << 16;

Status IoError(const std::string& step, const std::string& path) {
  return Status(ErrorCode::kIoError,
                step + " " + path + ": " + std::strerror(errno));
}

}  // namespace

Result<std::unique_ptr<StreamingAtomicFile>> StreamingAtomicFile::Create(
    const std::string& path) {
  std::string tmp = path + ".tmp-XXXXXX";
  const int fd = mkstemp(tmp.data());
  if (fd < 0) return IoError("cannot create a file beside", path);
  return std::unique_ptr<StreamingAtomicFile>(
      new StreamingAtomicFile(path, std::move(tmp), fd));
}

StreamingAtomicFile::~StreamingAtomicFile() {
  if (fd_ >= 0) {
    close(fd_);
    unlink(tmp_.c_str());
  }
}

Status StreamingAtomicFile::Flush() {
  size_t done = 0;
  while (done < buffer_.size()) {
    const ssize_t n = write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return IoError("cannot write", path_);
    }
    done += static_cast<size_t>(n);
  }
  buffer_.clear();
  return Status::Ok();
}

Status StreamingAtomicFile::Append(std::string_view data) {
  if (fd_ < 0) {
    return Status(ErrorCode::kInternal, "append after commit: " + path_);
  }
  buffer_.append(data);
  if (buffer_.size() >= kBufferBytes) return Flush();
  return Status::Ok();
}

Status StreamingAtomicFile::Commit() {
  if (fd_ < 0) return Status(ErrorCode::kInternal, "committed twice: " + path_);
  Status s = Flush();
  if (!s.ok()) return s;
  if (fsync(fd_) != 0) return IoError("cannot flush", path_);
  if (fchmod(fd_, 0644) != 0) return IoError("cannot set mode of", path_);
  const int fd = fd_;
  fd_ = -1;
  if (close(fd) != 0) {
    unlink(tmp_.c_str());
    return IoError("cannot close", path_);
  }
  if (rename(tmp_.c_str(), path_.c_str()) != 0) {
    Status failed = IoError("cannot rename onto", path_);
    unlink(tmp_.c_str());
    return failed;
  }
  return Status::Ok();
}

}  // namespace finsam::batch
