#include "base/files.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace finsam {

Result<std::string> ReadFile(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    return Status(ErrorCode::kIoError, "is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) return Status(ErrorCode::kNotFound, "no such file");
    return Status(ErrorCode::kIoError, std::strerror(errno));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status(ErrorCode::kIoError, "read failed");
  return std::move(buffer).str();
}

}  // namespace finsam
