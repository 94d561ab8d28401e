#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace finsam {

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  std::string tmp = path + ".tmp-XXXXXX";
  const int fd = mkstemp(tmp.data());
  if (fd < 0) {
    return Status(ErrorCode::kIoError, "cannot create a file beside " + path +
                                           ": " + std::strerror(errno));
  }
  const auto fail = [&](const char* step) {
    const std::string why = std::strerror(errno);
    close(fd);
    unlink(tmp.c_str());
    return Status(ErrorCode::kIoError,
                  std::string(step) + " " + path + ": " + why);
  };
  size_t done = 0;
  while (done < contents.size()) {
    const ssize_t n = write(fd, contents.data() + done, contents.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("cannot write");
    }
    done += static_cast<size_t>(n);
  }
  if (fsync(fd) != 0) return fail("cannot flush");
  // mkstemp creates 0600; outputs are ordinary files.
  if (fchmod(fd, 0644) != 0) return fail("cannot set mode of");
  if (close(fd) != 0) {
    unlink(tmp.c_str());
    return Status(ErrorCode::kIoError, "cannot close " + path);
  }
  if (rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    unlink(tmp.c_str());
    return Status(ErrorCode::kIoError,
                  "cannot rename onto " + path + ": " + why);
  }
  return Status::Ok();
}

}  // namespace finsam
