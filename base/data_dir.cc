#include "base/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>

namespace finsam {

namespace fs = std::filesystem;

std::vector<std::string> DataDirCandidates(const std::string& executable,
                                           const char* env_value) {
  std::vector<std::string> candidates;
  if (!executable.empty()) {
    const fs::path exe_dir = fs::path(executable).parent_path();
    candidates.push_back(
        (exe_dir / ".." / "share" / "finsam-extract").lexically_normal());
    candidates.push_back(exe_dir.lexically_normal());
  }
  if (env_value != nullptr && *env_value != '\0') {
    candidates.push_back(fs::path(env_value).lexically_normal());
  }
  // A trailing separator ("/opt/data/") would print oddly in messages.
  for (std::string& c : candidates) {
    while (c.size() > 1 && c.back() == '/') c.pop_back();
  }
  return candidates;
}

Result<std::string> FirstDataDir(const std::vector<std::string>& candidates) {
  std::string tried;
  for (const std::string& dir : candidates) {
    std::error_code ec;
    if (fs::is_regular_file(fs::path(dir) / kDataDirMarker, ec)) return dir;
    if (!tried.empty()) tried += ", ";
    tried += dir;
  }
  if (tried.empty()) tried = "no folder";
  return Status(ErrorCode::kDataMissing,
                std::string("language tables (") + kDataDirMarker +
                    ") not found in " + tried +
                    "; install the finsam-extract package, build them "
                    "(cmake --build BUILD) or set " +
                    kDataDirEnv + " to a folder holding lexicon/");
}

Result<std::string> FindDataDir() {
  std::error_code ec;
  // The running binary itself, symlinks resolved (Linux).
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return FirstDataDir(DataDirCandidates(ec ? std::string() : exe.string(),
                                        std::getenv(kDataDirEnv)));
}

std::string LexiconDir(const std::string& data_dir) {
  return (fs::path(data_dir) / "lexicon").string();
}

std::string DataVersion(const std::string& data_dir) {
  std::ifstream in(fs::path(LexiconDir(data_dir)) / "VERSION");
  std::string line;
  if (!in || !std::getline(in, line) || line.empty()) return "unknown";
  return line;
}

}  // namespace finsam
